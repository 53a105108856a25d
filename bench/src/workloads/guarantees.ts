/** What each server promises about an update another client has already seen. */
export const DURABILITY_GUARANTEES = {
  ours:
    'ours: each update is committed to SQLite (WAL, synchronous=NORMAL, which survives a process crash) before any other client receives it; updates that arrive in one event-loop turn share one transaction.',
  hocuspocus:
    'hocuspocus: applies and broadcasts at once; stores the whole document 2 s after the last change, at most 10 s after the first unsaved one, and when the last client leaves. A crash loses up to ~10 s of edits that everyone saw.',
  'y-websocket-server':
    'y-websocket-server: broadcasts first, then appends the update to SQLite (WAL, NORMAL) in the same tick (its persistence handler runs after the broadcast handler). A crash between the two loses an update that peers saw.',
} as const;
