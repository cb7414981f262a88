/**
 * Preloaded with `node --import` (through NODE_OPTIONS) to run a whole program, such as
 * `astro build`, as if it were FIXED_CLOCK (an ISO date-time) — see test/e2e/fixture-builds.test.ts.
 */
import { shiftClockTo } from './clock.ts';

const target = process.env['FIXED_CLOCK'];
if (target) shiftClockTo(target);
