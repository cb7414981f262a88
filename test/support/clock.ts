/**
 * The moment every browser test believes it is: a Monday, in the half-year of the rate table's
 * provisional row, so no test depends on the day it runs.
 */
export const TEST_NOW = '2026-12-07T10:00:00';

/**
 * Moves this JavaScript realm's clock to `target` (an ISO date-time): `new Date()` and
 * `Date.now()` start from there and keep running, so timers and durations behave as usual.
 * Self-contained, so it can also run in a page (Playwright's `addInitScript`).
 */
export function shiftClockTo(target: string): void {
  const RealDate = Date;
  const offset = RealDate.parse(target) - RealDate.now();
  if (Number.isNaN(offset)) throw new Error(`Date invalide pour l’horloge des tests : ${target}`);
  const now = () => RealDate.now() + offset;
  // A function, not a class, so `Date()` called without `new` still returns a string.
  function ShiftedDate(this: unknown, ...args: unknown[]) {
    if (!new.target) return new RealDate(now()).toString();
    return args.length === 0 ? new RealDate(now()) : new (RealDate as new (...a: unknown[]) => Date)(...args);
  }
  Object.assign(ShiftedDate, { now, parse: RealDate.parse, UTC: RealDate.UTC });
  ShiftedDate.prototype = RealDate.prototype;
  globalThis.Date = ShiftedDate as unknown as DateConstructor;
}
