/** How the size checks and the benchmarks count bytes, so that they all agree. */
import { gzipSync } from 'node:zlib';

export const KB = 1024;

/**
 * Bytes a static host sends for `data` with gzip on: gzip at zlib's default level, as hosts use
 * for on-the-fly compression, or the data as is when it is gzip already (Pagefind's index files).
 */
export function gzippedSize(data: Buffer | string): number {
  const alreadyGzip = typeof data !== 'string' && data[0] === 0x1f && data[1] === 0x8b;
  return alreadyGzip ? data.length : gzipSync(data).length;
}

/** "12.3 KB". */
export const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
