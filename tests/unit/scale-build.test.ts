import { describe, expect, it } from 'vitest';
import { buildResources, syntheticChapter } from '../../src/build/scale-build';

describe('the scale check', () => {
  it('takes the largest peak memory and the summed CPU time of the processes that reported', () => {
    const output = 'building\nBUILD_RESOURCES 1000 2000000\nmore\nBUILD_RESOURCES 3000 500000\n';
    expect(buildResources(output)).toEqual({ peakBytes: 3000 * 1024, cpuSeconds: 2.5 });
  });

  it('reads a build that reported nothing as unmeasured, which fails any budget', () => {
    const { peakBytes, cpuSeconds } = buildResources('build failed early');
    expect(peakBytes).toBeNaN();
    expect(cpuSeconds).toBeNaN();
  });

  it('writes distinct chapters, each with front matter, a citation and six sections', () => {
    const chapter = syntheticChapter(7);
    expect(chapter).toMatch(/^---\ntitle: Synthetic chapter 7\n/);
    expect(chapter).toContain('<Cite s="apidog" />');
    expect(chapter.match(/^## /gm)).toHaveLength(6);
    expect(syntheticChapter(8)).not.toBe(chapter);
  });
});
