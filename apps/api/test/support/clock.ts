import { Clock } from '../../src/core/clock/clock';
import type { TestApp } from './test-app';

const DAY_MS = 86_400_000;

/**
 * Runs `work` with the server's Clock at `at`, so what it does is dated as it would have been then
 * (a past operation is made at its own dates); afterwards the Clock tells what it told before.
 */
export function asAt<T>(t: Pick<TestApp, 'app'>, at: string | Date, work: () => Promise<T>): Promise<T> {
  return t.app.get(Clock).at(at, work);
}

/**
 * Runs the planning of a plan whose window starts at `startsAt` (building it, submitting it,
 * deciding on it): as it is when the window still lies ahead on the server's Clock; otherwise with
 * the Clock a week before the window, so a past operation is planned as it would have been then
 * and WINDOW_STARTED (which blocks submission and approval) does not stand in its way.
 */
export function whilePlanning<T>(t: Pick<TestApp, 'app'>, startsAt: string | null | undefined, work: () => Promise<T>): Promise<T> {
  if (!startsAt || Date.parse(startsAt) > t.app.get(Clock).now().getTime()) return work();
  return asAt(t, new Date(Date.parse(startsAt) - 7 * DAY_MS), work);
}
