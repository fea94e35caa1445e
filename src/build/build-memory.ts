/**
 * How `astro build` is started so that its memory stays within budget (tests/scale/scale-build.test.ts):
 * `npm run build` (package.json) and every throw-away build (tests/helpers/fixture-project.ts)
 * start it the same way; tests/unit/build-memory.test.ts holds the two together. Both settings
 * must be there when the process starts, so the config file cannot make them.
 *
 * Measured at +500 synthetic chapters (about 4,200 pages), peak memory of the build process:
 * 1.7 GB as Astro starts by default, 1.35 GB with the heap cap, 1.1 to 1.2 GB with both settings.
 */

/**
 * V8's heap cap, in MB. Uncapped, V8 sizes its heap to the machine (a 4 GB limit on 24 GiB) and
 * lets the garbage of rendering thousands of pages pile up: the live heap stays under 450 MB
 * after each collection, yet the heap grew to 730 MB. Capped, V8 collects sooner (768 MB and
 * 1.5 GB caps give the same peak: the cap is headroom, not a squeeze; +1,000 chapters build).
 */
export const BUILD_HEAP_MB = 1024;

export const BUILD_NODE_FLAGS: readonly string[] = [`--max-old-space-size=${BUILD_HEAP_MB}`];

/**
 * mimalloc, the allocator of Rolldown (Vite's bundler, native code), keeps memory it has freed
 * mapped and, by default, only marks it reusable, so it still counts in the process's memory;
 * it is the larger part of the build's memory outside the heap. These make it hand freed memory
 * back to the system at once. mimalloc reads them as Rolldown loads, before the config does.
 */
export const BUILD_ENV: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DECOMMITS: '1', MIMALLOC_PURGE_DELAY: '0' };

/** `npm run build`, as package.json must spell it. */
export const BUILD_SCRIPT = [
  ...Object.entries(BUILD_ENV).map(([name, value]) => `${name}=${value}`),
  'node',
  ...BUILD_NODE_FLAGS,
  'node_modules/astro/bin/astro.mjs build',
].join(' ');
