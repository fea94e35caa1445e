/**
 * After the build, draws the share image every page names in og:image (src/share/share-image.ts)
 * from that page's own og:title and og:description, with satori (layout to SVG) and resvg (SVG
 * to PNG): well-kept libraries, no browser needed. Each image is drawn once per build whatever
 * the number of pages naming it, and kept in node_modules/.cache/share-images/ by its hash, so
 * a rebuild only draws what changed. Fails the build naming the page if its meta tags and its
 * image name disagree. SHARE_IMAGES=off skips the drawing (the benchmark's synthetic scale run);
 * the pages then name images that do not exist.
 */
import { withoutBase } from '../site/site.ts';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { shareImagePath } from './share-image.ts';
import type { BuildStep } from '../site/written-pages.ts';
import { drawShareImage } from './share-image-draw.ts';

const CACHE = fileURLToPath(new URL('../../node_modules/.cache/share-images/', import.meta.url));
const DRAW_BATCH = 4;
const cachedFile = (path: string) => join(CACHE, path.split('/').pop() ?? '');

/** The <head> of a page: all the meta tags live there, and it is a small part of the page to parse. */
function headOf(html: string): string {
  const end = html.indexOf('</head>');
  return end === -1 ? html : html.slice(0, end);
}

export function shareImages(): BuildStep {
  // Image path → what it shows; each image once, whatever the number of pages naming it.
  const wanted = new Map<string, { title: string; description: string }>();
  const off = process.env['SHARE_IMAGES'] === 'off';
  return {
    name: 'share-images',
    page: ({ file, html }, { base }) => {
      if (off) return;
      const root = parse(headOf(html));
      const meta = (key: string) => root.querySelector(`meta[property="${key}"]`)?.getAttribute('content');
      const image = meta('og:image');
      if (!image) return;
      const title = meta('og:title') ?? '';
      const description = meta('og:description') ?? '';
      // og:image is an absolute URL under the site's base; dist/ holds the files without it.
      const path = withoutBase(new URL(image).pathname, base);
      if (shareImagePath(title, description) !== path) {
        throw new Error(`${file}: og:image ${path} does not match its og:title and og:description`);
      }
      wanted.set(path, { title, description });
    },
    finish: async ({ outDir, logger }) => {
      if (off) {
        logger.warn('SHARE_IMAGES=off: share images not drawn');
        return;
      }
      const started = performance.now();
      mkdirSync(CACHE, { recursive: true });
      const missing = [...wanted].filter(([path]) => !existsSync(cachedFile(path)));
      // A few at a time: layout runs on the main thread, rasterising on the thread pool.
      for (let i = 0; i < missing.length; i += DRAW_BATCH) {
        await Promise.all(
          missing.slice(i, i + DRAW_BATCH).map(async ([path, { title, description }]) => {
            writeFileSync(cachedFile(path), await drawShareImage(title, description));
          }),
        );
      }
      for (const path of wanted.keys()) {
        const target = join(outDir, path);
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(cachedFile(path), target);
      }
      const drawn = missing.length;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      logger.info(`${wanted.size} share images (${drawn} drawn, ${wanted.size - drawn} from cache) in ${seconds}s`);
    },
  };
}
