/**
 * Link previews with pictures (issue 18): every HTML page names a share image that exists in
 * dist/, is a 1200 × 630 PNG, has alternative text, and asks for the large Twitter card.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../helpers/dist';

/** Width and height from a PNG's IHDR chunk (bytes 16-23), or undefined if it is not a PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('share images', () => {
  const pages = builtPages();
  const meta = (root: (typeof pages)[number]['root'], key: string) =>
    (root.querySelector(`meta[property="${key}"]`) ?? root.querySelector(`meta[name="${key}"]`))?.getAttribute('content') ?? '';

  it('every page has a 1200 × 630 PNG share image with alt text and a large card', () => {
    expect(pages.length).toBeGreaterThan(100);
    const problems = pages.flatMap(({ path, root }) => {
      const image = meta(root, 'og:image');
      if (!image) return [`${path}: no og:image`];
      const file = join(DIST, new URL(image).pathname);
      const size = existsSync(file) ? pngSize(file) : undefined;
      return [
        ...(size ? [] : [`${path}: ${image} is not a PNG in dist/`]),
        ...(size && (size.width !== 1200 || size.height !== 630) ? [`${path}: image is ${size.width} × ${size.height}`] : []),
        ...(meta(root, 'og:image:alt').length > 10 ? [] : [`${path}: no og:image:alt`]),
        ...(meta(root, 'twitter:card') === 'summary_large_image' ? [] : [`${path}: twitter:card is not summary_large_image`]),
        ...(meta(root, 'twitter:image') === image ? [] : [`${path}: twitter:image differs from og:image`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('pages that show the same preview share one image, and different previews differ', () => {
    const byImage = new Map<string, Set<string>>();
    for (const { root } of pages) {
      const key = `${meta(root, 'og:title')}\n${meta(root, 'og:description')}`;
      const image = meta(root, 'og:image');
      byImage.set(image, (byImage.get(image) ?? new Set()).add(key));
    }
    expect([...byImage.values()].filter((previews) => previews.size > 1)).toEqual([]);
    expect(byImage.size).toBeLessThan(pages.length);
  });
});
