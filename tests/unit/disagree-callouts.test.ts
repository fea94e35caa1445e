/**
 * Answer boxes give the answer. The "Sources disagree" callout (`<Aside kind="disagree">`) reports
 * who claims what, which is the myths chapter's subject; elsewhere a disagreement between the
 * articles lives in the claims table and the markers, and the text says what holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixture-project';

const ALLOWED = new Set(['myths']);
const DISAGREE = /<Aside\b[^>]*\bkind=["']disagree["']/g;

/** Line numbers of the "Sources disagree" callouts in an MDX text. */
function disagreeLines(mdx: string): number[] {
  return [...mdx.matchAll(DISAGREE)].map((match) => mdx.slice(0, match.index).split('\n').length);
}

describe('"Sources disagree" callouts', () => {
  it('are found with their line numbers', () => {
    expect(disagreeLines('intro\n\n<Aside kind="disagree">\nA says, B says\n</Aside>\n<Aside kind="note">')).toEqual([3]);
  });

  it('appear only in the myths chapter', () => {
    const dir = join(PROJECT_ROOT, 'content', 'guide');
    const misplaced = readdirSync(dir)
      .filter((file) => file.endsWith('.mdx') && !ALLOWED.has(file.replace(/\.mdx$/, '')))
      .flatMap((file) => disagreeLines(readFileSync(join(dir, file), 'utf8')).map((line) => `content/guide/${file}:${line}`));
    expect(misplaced, 'answer the question in the text instead; the claims table shows who said what').toEqual([]);
  });
});
