import { useEffect, useState } from 'react';
import type { WorkshopTimer } from '@iap/shared';

/**
 * Milliseconds left on the session's countdown, ticking. The server's answer says when it ends
 * and what its clock read (`serverNow`); the gap to this device's clock is taken from when that
 * answer arrived (`receivedAt`), so a phone whose clock is minutes off still shows what the
 * facilitator's screen shows.
 */
export function useCountdown(timer: WorkshopTimer, serverNow: string, receivedAt: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timer.running) return undefined;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [timer.running]);
  if (!timer.running || !timer.endsAt) return timer.remainingMs;
  const serverTime = Math.max(now, receivedAt) + (Date.parse(serverNow) - receivedAt);
  return Math.max(0, Date.parse(timer.endsAt) - serverTime);
}

/** `mm:ss`, rounded up, so 0:00 shows only when time is really up. */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
