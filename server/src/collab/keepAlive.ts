import type { Connection } from './Connection.js';

/** Slices a round of pings is spread over. */
const SLICES = 30;

/**
 * Pings every connection once per interval, a slice at a time: one loop over 5,000 sockets
 * stalled the event loop for 150-200 ms (bench/README.md). A connection that did not answer
 * the previous ping is terminated by Connection.ping().
 */
export function startKeepAlive(connections: ReadonlySet<Connection>, intervalMs: number): () => void {
  let round: Connection[] = [];
  let slice = 0;
  const timer = setInterval(() => {
    if (slice === 0) round = [...connections];
    const size = Math.ceil(round.length / SLICES);
    for (const connection of round.slice(slice * size, (slice + 1) * size)) connection.ping();
    slice = (slice + 1) % SLICES;
  }, Math.max(1, Math.floor(intervalMs / SLICES)));
  timer.unref();
  return () => clearInterval(timer);
}
