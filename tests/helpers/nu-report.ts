/** Reads the W3C Nu HTML Checker's JSON report (`--format json`) into one line per error. */
import { fileURLToPath } from 'node:url';

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/**
 * The checker's CSS parser predates container queries (CSS Containment Level 3), so it rejects
 * every `@container` rule and `container-type` declaration the layout relies on; browsers support
 * both. Only those two messages are left out; any other CSS message still counts.
 */
const CONTAINER_QUERY_CSS = /^CSS: (Unrecognized at-rule “@container”|“container-type”: Property “container-type” doesn't exist)/;

/** Every error the report holds, as "<page path> <line>: <message>", container-query CSS left out. */
export function nuErrors(reportJson: string, pages: readonly { file: string; path: string }[]): string[] {
  let report: { messages?: NuMessage[] };
  try {
    report = JSON.parse(reportJson) as { messages?: NuMessage[] };
  } catch {
    throw new Error(`the Nu checker did not write a JSON report: ${reportJson.slice(0, 500)}`);
  }
  const pathOf = new Map(pages.map((page) => [page.file, page.path]));
  return (report.messages ?? [])
    .filter((message) => message.type === 'error' && !CONTAINER_QUERY_CSS.test(message.message))
    .map((message) => {
      const file = message.url?.startsWith('file:') ? fileURLToPath(message.url) : (message.url ?? '?');
      return `${pathOf.get(file) ?? file} ${message.lastLine ?? '?'}: ${message.message}`;
    });
}
