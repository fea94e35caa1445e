/**
 * Share images: every page's link preview carries a 1200 × 630 PNG drawn from its own preview
 * title and description (og:title, og:description). The file is named by a hash of exactly what
 * it shows, so pages that show the same thing share one file and an unchanged image is never
 * drawn twice (src/share/share-images.ts draws them after the build).
 */
import { createHash } from 'node:crypto';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;
export const SHARE_IMAGE_DIR = '/og/';
/** Bump when the drawing changes, so every image is drawn anew. */
const DESIGN_VERSION = '2';

/** The site path of the share image for a preview title and description. */
export function shareImagePath(title: string, description: string): string {
  const hash = createHash('sha256').update(`${DESIGN_VERSION}\n${title}\n${description}`).digest('hex').slice(0, 16);
  return `${SHARE_IMAGE_DIR}${hash}.png`;
}

/**
 * What the image shows: the title in large type, and above it the chapter a section comes from
 * (share cards title their preview "Section · Chapter", src/share/share.ts), else `fallback`.
 */
export function shareImageLines(title: string, fallback: string): { kicker: string; title: string } {
  const cut = title.lastIndexOf(' · ');
  return cut === -1 ? { kicker: fallback, title } : { kicker: title.slice(cut + 3), title: title.slice(0, cut) };
}

/** The alternative text of a share image: what it says, in words. */
export function shareImageAlt(title: string, siteName: string): string {
  const { kicker, title: main } = shareImageLines(title, siteName);
  return kicker === siteName ? `“${main}”, from ${siteName}` : `“${main}”, from the chapter “${kicker}” of ${siteName}`;
}
