/**
 * The Node flags `astro build` runs with: `npm run build` (package.json) and every throw-away
 * build (tests/helpers/fixture-project.ts) pass the same ones; tests/unit/build-heap.test.ts
 * holds the two together.
 *
 * Why a heap cap: V8 sizes its heap against the machine's memory (a 4 GB limit on 24 GiB) and,
 * with that room, lets the garbage of rendering thousands of pages pile up before collecting.
 * Measured at +500 synthetic chapters: the live heap stays under 450 MB after each collection,
 * yet the heap grew to 730 MB and the process peaked at 1.7 GB. Capped at 1 GB, V8 collects
 * sooner and the same build peaks at 1.35 GB (a 768 MB cap gives the same peak: the cap is
 * headroom, not a squeeze). Pagefind's indexer, a child process, has its own memory.
 */
export const BUILD_HEAP_MB = 1024;

export const BUILD_NODE_FLAGS: readonly string[] = [`--max-old-space-size=${BUILD_HEAP_MB}`];
