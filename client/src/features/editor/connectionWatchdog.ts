import type { WebsocketProvider } from 'y-websocket';

/**
 * The session sends our heartbeat (type 102) this often and the server answers it at once, so
 * a live connection always hears something back, even when nobody else is in the document.
 */
export const HEARTBEAT_INTERVAL_MS = 1_500;
/**
 * Silence after which the connection counts as lost. y-websocket's own watchdog waits 30 s,
 * during which the badge said "Saving…" and presence still showed people who were gone.
 * Heard-from every 1.5 s, a lost connection shows within 4.5 s.
 */
export const HEARTBEAT_TIMEOUT_MS = 4_000;
const CHECK_EVERY_MS = 500;

/**
 * Notices a dead connection within seconds. A network that goes away without closing the
 * socket (Wi-Fi dropping, a laptop lid) leaves it silent; the browser's offline event says
 * so even sooner. Either way the socket is dropped and a new one started: the provider then
 * reports "disconnected" at once, drops everyone else's presence, and keeps retrying.
 * Returns the function that stops watching.
 */
export function watchConnection(provider: WebsocketProvider): () => void {
  // A hidden tab's timers are throttled to one a minute: its silence proves nothing, so it is
  // not judged, and the clock starts again when it is shown.
  let judgedFrom = Date.now();

  const restart = (): void => {
    // Not after a permanent refusal (44xx) or a deliberate disconnect.
    if (!provider.shouldConnect) return;
    provider.disconnect();
    provider.connect();
  };

  const timer = setInterval(() => {
    if (document.hidden || !provider.wsconnected) return;
    const heardAt = Math.max(provider.wsLastMessageReceived, judgedFrom);
    if (Date.now() - heardAt > HEARTBEAT_TIMEOUT_MS) restart();
  }, CHECK_EVERY_MS);

  const onOffline = (): void => {
    if (provider.wsconnected || provider.wsconnecting) restart();
  };
  // Back online: try now instead of waiting out the reconnect backoff.
  const onOnline = (): void => {
    if (!provider.wsconnected) restart();
  };
  const onVisibilityChange = (): void => {
    if (!document.hidden) judgedFrom = Date.now();
  };

  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    clearInterval(timer);
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
