/**
 * How often a chapter names the source articles in its prose. The guide teaches the frameworks;
 * attribution belongs in citation markers, so a chapter names an article only where the claim is
 * the subject (wrong, out of date, disputed). This module measures that, per chapter.
 *
 * What counts as prose: paragraphs and list items (Markdown text, including text inside an
 * `<Aside>`), not front matter, headings, tables, fenced code, import/export lines or component
 * tags on their own lines. Inline component tags (`<Cite … />`, `<Fact … />`) are removed before
 * counting; a `<Fact>` stands for one word (the value it renders). A link counts as its text.
 * An `<ArticleName s="…" />` renders an article's name from the registry: it is one mention.
 *
 * What counts as a mention: one of the source articles' short names (from sources.yaml) or
 * publisher's first word, with an optional possessive and a following "article"; "Dec 2020" or
 * "December 2020" (the unsigned article's date, its name in prose); or the words "article" and
 * "articles" on their own ("the articles", "five articles", "one article"). A phrase such as
 * "Apidog's article" or "the Dec 2020 article" is one mention.
 */

/** One chapter's measurement. */
export interface MentionRate {
  words: number;
  mentions: number;
  /** The matched phrases, in order, so a failure shows what to rewrite. */
  phrases: string[];
  /** Mentions per 1,000 words of prose (0 for a chapter with no prose). */
  perThousand: number;
}

/** Escapes a literal for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern that finds mentions, built from the articles' names (short names, publishers). */
export function mentionPattern(names: readonly string[]): RegExp {
  const named = [...new Set(names.map((name) => name.trim()).filter(Boolean))].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const alternatives = [
    ...(named.length > 0 ? [`(?:${named.join('|')})(?:['’]s)?(?:\\s+(?:article|post|blog))?`] : []),
    `Dec(?:ember|\\.)?\\s+2020(?:\\s+article)?`,
    `articles?`,
  ];
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi');
}

const FENCE = /^\s*(```|~~~)/;
/** A line that is markup, not prose: a heading, a table row, an import, a lone component tag. */
const NOT_PROSE = /^\s*(?:#{1,6}\s|\||import\s|export\s|<\/?[A-Za-z][\w.-]*(?:\s[^>]*)?\/?>\s*$)/;

/** The prose lines of an MDX chapter (front matter, code, headings, tables and tags left out). */
export function proseOf(mdx: string): string {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const kept: string[] = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence || NOT_PROSE.test(line)) continue;
    kept.push(line);
  }
  return kept
    .join('\n')
    .replace(/<Fact\b[^>]*\/>/g, ' X ')
    .replace(/<ArticleName\b[^>]*\/>/g, ' article ')
    .replace(/<Cite\b[^>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][\w.-]*(?:\s[^>]*)?\/?>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\{#[\w-]+\}/g, ' ');
}

/** Counts words (tokens holding a letter or digit) and article mentions in a chapter's prose. */
export function mentionRate(mdx: string, names: readonly string[]): MentionRate {
  const prose = proseOf(mdx);
  const words = prose.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  const phrases = [...prose.matchAll(mentionPattern(names))].map((match) => match[0]);
  const perThousand = words === 0 ? 0 : (phrases.length * 1000) / words;
  return { words, mentions: phrases.length, phrases, perThousand };
}
