/**
 * Draws one share image, 1200 × 630 PNG: the site's mark and name, the chapter (for a section),
 * the title in large type, the description, and the two frameworks' colours as a band. Satori
 * lays it out (it reads the Inter font files from @fontsource/inter: TTF/OTF/WOFF only, not
 * WOFF2); resvg turns the SVG into a PNG.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { SITE_NAME } from '../site/site.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, shareImageLines } from './share-image.ts';
import { truncate } from '../content/sections.ts';

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700 | 800) => ({
  name: 'Inter',
  weight,
  style: 'normal' as const,
  data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
});
let fonts: ReturnType<typeof font>[] | undefined;

// The light theme's colours (src/layout/global.css); an image cannot follow the reader's theme.
const INK = '#1b1f24';
const MUTED = '#4b5563';
const DJANGO = '#0c4b33';
const FLASK = '#1d4f91';

type Node = { type: string; props: { style?: Record<string, string | number>; children?: Node[] | string } };
const box = (style: Record<string, string | number>, children?: Node[] | string): Node => ({
  type: 'div',
  props: { style, ...(children ? { children } : {}) },
});

export async function drawShareImage(ogTitle: string, description: string): Promise<Buffer> {
  fonts ??= [font(400), font(700), font(800)];
  const { kicker, title } = shareImageLines(ogTitle, '');
  const titleSize = title.length > 60 ? 56 : title.length > 32 ? 68 : 84;
  const tile = (left: number, top: number, color: string) =>
    box({ position: 'absolute', left, top, width: 38, height: 38, borderRadius: 10, background: color, border: '4px solid #ffffff' });
  const tree = box(
    { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: 'Inter', color: INK },
    [
      box({ display: 'flex', height: 16 }, [box({ flex: 1, background: DJANGO }), box({ flex: 1, background: FLASK })]),
      box({ display: 'flex', flexDirection: 'column', flex: 1, padding: '56px 72px 56px' }, [
        box({ display: 'flex', alignItems: 'center', gap: 20 }, [
          box({ display: 'flex', position: 'relative', width: 64, height: 64 }, [tile(0, 0, DJANGO), tile(22, 22, FLASK)]),
          box({ display: 'flex', fontSize: 34, fontWeight: 700 }, [
            box({}, 'Django'),
            box({ color: MUTED, fontWeight: 400, margin: '0 12px' }, 'vs'),
            box({}, 'Flask'),
          ]),
        ]),
        box({ display: 'flex', flexDirection: 'column', flex: 1, justifyContent: 'center' }, [
          ...(kicker ? [box({ fontSize: 28, fontWeight: 700, color: FLASK, marginBottom: 16 }, kicker)] : []),
          box({ fontSize: titleSize, fontWeight: 800, lineHeight: 1.08, letterSpacing: -1.5 }, title),
          box({ fontSize: 26, color: MUTED, marginTop: 24, lineHeight: 1.4 }, truncate(description, 150)),
        ]),
        box({ display: 'flex', fontSize: 22, color: MUTED }, `${SITE_NAME} · five comparisons, checked and cited`),
      ]),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, fonts });
  // resvg renders on libuv's thread pool, so several images rasterise while satori lays out the next.
  return (await renderAsync(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE_WIDTH } })).asPng();
}
