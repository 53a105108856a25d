import type { AgendaItem, WorkshopTimer } from '@iap/shared';
import { isoAt } from '../clock.js';

/**
 * The countdown as stored: a running one is the wall-clock instant it reaches zero, a stopped
 * one what is left. Nothing ticks on the server, so a restart resumes it exactly, and a late
 * joiner computes the same remaining time from `endsAt` and the `serverNow` of the answer.
 */
export interface Countdown {
  endsAt: number | null;
  remainingMs: number;
}

export function itemBoxMs(item: AgendaItem | undefined): number {
  return (item?.minutes ?? 0) * 60_000;
}

export function remainingAt(countdown: Countdown, now: number): number {
  return countdown.endsAt === null ? countdown.remainingMs : Math.max(0, countdown.endsAt - now);
}

export function timerView(countdown: Countdown, now: number): WorkshopTimer {
  const remainingMs = remainingAt(countdown, now);
  // A countdown that reached zero is shown as stopped at zero.
  const running = countdown.endsAt !== null && remainingMs > 0;
  return { running, endsAt: running ? isoAt(countdown.endsAt!) : null, remainingMs };
}

/**
 * `start`: with `seconds`, runs that long; without, resumes what is left, or runs the item's
 * time box again once the countdown has reached zero. Starting a running countdown changes nothing
 * unless `seconds` is given.
 */
export function started(countdown: Countdown, now: number, boxMs: number, seconds?: number): Countdown {
  if (seconds !== undefined) return { endsAt: now + seconds * 1000, remainingMs: seconds * 1000 };
  const left = remainingAt(countdown, now);
  if (countdown.endsAt !== null && left > 0) return countdown;
  const runFor = left > 0 ? left : boxMs;
  return { endsAt: now + runFor, remainingMs: runFor };
}

export function paused(countdown: Countdown, now: number): Countdown {
  return { endsAt: null, remainingMs: remainingAt(countdown, now) };
}

/** Adds time; a countdown that already reached zero restarts from now with what was added, stopped. */
export function extended(countdown: Countdown, now: number, seconds: number): Countdown {
  const left = remainingAt(countdown, now);
  if (countdown.endsAt !== null && left > 0) return { endsAt: countdown.endsAt + seconds * 1000, remainingMs: left + seconds * 1000 };
  return { endsAt: null, remainingMs: left + seconds * 1000 };
}
