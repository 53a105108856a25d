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

/** How the silence of a connection that sends our heartbeat is judged (docs/PROTOCOL.md, Heartbeat). */
export interface SilencePolicy {
  /** Quiet this long (the web client beats every 1.5 s), the connection is pinged. */
  silenceMs: number;
  /** Unanswered this long after that ping, it is dropped with its presence. */
  pongTimeoutMs: number;
}

/**
 * A person whose network died is gone from everyone's presence within silence + pong timeout
 * + two check periods (a quarter of the shorter one each): 8.5 s at most with these. Four
 * seconds are more than two missed heartbeats, the time the web client itself gives up after.
 */
export const DEFAULT_SILENCE_POLICY: SilencePolicy = { silenceMs: 4_000, pongTimeoutMs: 3_000 };

/**
 * Checks the silence of every heartbeating connection a few times per period. A comparison per
 * socket (5,000 of them take well under a millisecond); pings go only to the silent ones.
 */
export function startSilenceWatch(connections: ReadonlySet<Connection>, policy: SilencePolicy): () => void {
  const periodMs = Math.max(1, Math.floor(Math.min(policy.silenceMs, policy.pongTimeoutMs) / 4));
  let lastCheck = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    const stalled = now - lastCheck > 2 * periodMs;
    lastCheck = now;
    // After the event loop was blocked, timers run before the frames and pongs that arrived
    // meanwhile are read: judging now would drop connections whose answer is waiting unread.
    if (stalled) return;
    for (const connection of connections) connection.checkSilence(now, policy);
  }, periodMs);
  timer.unref();
  return () => clearInterval(timer);
}
