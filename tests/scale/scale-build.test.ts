/**
 * The build's memory does not grow with the whole site (issue 33): a clean build with 500
 * synthetic chapters added (about 4,200 pages) stays within its peak-memory budget. The same
 * build's speed is a figure of `npm run bench`, which depends on how busy the machine is.
 */
import { describe, expect, it } from 'vitest';
import { SCALE_BUDGET, timedBuild } from '../../src/build/scale-build';

describe('a build with many more chapters', () => {
  it(`peaks under ${SCALE_BUDGET.peakBytes / 1024 ** 3} GiB of memory at +${SCALE_BUDGET.chapters} chapters`, () => {
    const run = timedBuild(SCALE_BUDGET.chapters);
    expect(run.pages).toBeGreaterThan(8 * SCALE_BUDGET.chapters);
    expect(run.peakBytes).toBeLessThanOrEqual(SCALE_BUDGET.peakBytes);
  }, 900_000);
});
