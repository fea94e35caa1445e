/**
 * The scale check (issue 33): a clean build of a throw-away copy of the project with N synthetic
 * chapters added, timed, with the build's peak memory. Its memory budget is a test
 * (tests/scale/scale-build.test.ts); its speed, which depends on how busy the machine is, is a
 * figure `npm run bench` prints against its target.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFixtureProject } from '../../tests/helpers/fixture-project.ts';

export const SCALE_BUDGET = {
  /** Synthetic chapters added to the site's own. */
  chapters: 500,
  /** Peak resident memory of the build's Node process, in bytes. */
  peakBytes: 1.5 * 1024 ** 3,
  /** Pages written per second of wall time, at least. */
  pagesPerSecond: 30,
} as const;

/**
 * Makes every Node process of a build print, as it exits, its peak resident memory and the CPU
 * time it used (Pagefind's indexer, a native child process, is not counted). CPU time per page
 * does not depend on how busy the machine is; pages per second does. NODE_OPTIONS splits at
 * spaces: the module has none.
 */
const RESOURCE_REPORT = `--import=data:text/javascript,process.on('exit',(_,u=process.resourceUsage())=>console.error('\\nBUILD_RESOURCES',u.maxRSS,u.userCPUTime+u.systemCPUTime))`;

/** The largest peak memory any Node process of the build printed (bytes), and their CPU time added up (seconds); NaN when none printed. */
export function buildResources(output: string): { peakBytes: number; cpuSeconds: number } {
  const reports = [...output.matchAll(/BUILD_RESOURCES (\d+) (\d+)/g)].map((match) => [Number(match[1]), Number(match[2])] as const);
  if (reports.length === 0) return { peakBytes: Number.NaN, cpuSeconds: Number.NaN };
  return {
    peakBytes: Math.max(...reports.map(([kb]) => kb)) * 1024,
    cpuSeconds: reports.reduce((sum, [, us]) => sum + us, 0) / 1e6,
  };
}

/** A chapter of six sections of generated words, each section with a subsection, citing one source. */
export function syntheticChapter(n: number): string {
  const sections = Array.from({ length: 6 }, (_, s) => {
    const words = Array.from({ length: 120 }, (_, w) => `term${(n * 7 + s * 13 + w) % 997}`).join(' ');
    return `## Synthetic section ${n}.${s + 1}\n\n${words}.\n\n### Detail ${n}.${s + 1}\n\n${words.split(' ').reverse().join(' ')}.\n`;
  }).join('\n');
  return `---\ntitle: Synthetic chapter ${n}\ndescription: A generated chapter used only to measure how the build scales.\norder: ${100 + n}\ngroup: Reference\nupdated: 2026-11-21\n---\n\nGenerated text <Cite s="apidog" />.\n\n${sections}`;
}

export interface TimedBuild {
  seconds: number;
  pages: number;
  /** Peak resident memory of the build's Node processes, in bytes. */
  peakBytes: number;
  /** CPU time (user and system) of the build's Node processes. */
  cpuSeconds: number;
}

/**
 * Builds a throw-away copy of the project with `extraChapters` synthetic chapters. Share images
 * are not drawn when chapters are added: thousands of them would measure the drawing, not how
 * the build scales, and fill the image cache (their cost shows in the site build).
 */
export function timedBuild(extraChapters = 0): TimedBuild {
  const fixture = createFixtureProject();
  try {
    for (let i = 1; i <= extraChapters; i++) {
      writeFileSync(fixture.content(`guide/synthetic-${i}.mdx`), syntheticChapter(i));
    }
    const env = {
      NODE_OPTIONS: [process.env['NODE_OPTIONS'], RESOURCE_REPORT].filter(Boolean).join(' '),
      ...(extraChapters > 0 ? { SHARE_IMAGES: 'off' } : {}),
    };
    const started = performance.now();
    const { status, output } = fixture.astro('build', env);
    const seconds = (performance.now() - started) / 1000;
    if (status !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`);
    const pages = readdirSync(join(fixture.root, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    return { seconds, pages, ...buildResources(output) };
  } finally {
    fixture.remove();
  }
}
