/**
 * `npm run visible-text -- OUT [DIST]`: writes what every built page shows (src/site/visible-text.ts)
 * to OUT, one .txt file per page at the page's path, and copies the built text files (Markdown
 * twins, llms.txt, the feed) as they are. Diffing two dumps (`diff -r`) shows whether a change to
 * the code changed anything a reader sees.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { visibleText } from '../site/visible-text.ts';

const [out, dist = 'dist'] = process.argv.slice(2);
if (!out) {
  process.stderr.write('usage: npm run visible-text -- OUT [DIST]\n');
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
let pages = 0;
for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
  if (!entry.isFile()) continue;
  const file = join(entry.parentPath, entry.name);
  const path = relative(dist, file);
  const kind = extname(path);
  if (kind !== '.html' && kind !== '.md' && kind !== '.txt' && kind !== '.xml') continue;
  const target = join(out, kind === '.html' ? `${path}.txt` : path);
  mkdirSync(dirname(target), { recursive: true });
  if (kind === '.html') writeFileSync(target, `${visibleText(readFileSync(file, 'utf8'))}\n`);
  else copyFileSync(file, target);
  pages += 1;
}
process.stdout.write(`${pages} file(s) written to ${out}\n`);
