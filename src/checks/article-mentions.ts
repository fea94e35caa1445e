/**
 * How often a chapter names the source articles in its prose. The guide teaches the frameworks;
 * attribution belongs in citation markers, so a chapter names an article only where the claim is
 * the subject (wrong, out of date, disputed). This module measures that, per chapter.
 *
 * What counts as prose: the paragraphs the chapter's one walk recorded (src/content/chapter-scan.ts,
 * ProseBlock), those of list items and of an `<Aside>` included; not front matter, headings,
 * tables, code or components on their own. Inline components (`<Cite … />`) say nothing; a
 * `<Fact>` stands for one word (the value it renders). A link counts as its text. An
 * `<ArticleName s="…" />` renders an article's name from the registry: it is one mention.
 *
 * What counts as a mention: one of the source articles' short names (from sources.yaml) or
 * publisher's first word, with an optional possessive and a following "article"; "Dec 2020" or
 * "December 2020" (the unsigned article's date, its name in prose); or the words "article" and
 * "articles" on their own ("the articles", "five articles", "one article"). A phrase such as
 * "Apidog's article" or "the Dec 2020 article" is one mention.
 */

import type { ChapterRecord } from '../content/chapter-scan.ts';

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

/** What an inline component stands for in prose: a <Fact> one word, an <ArticleName> an article's name, others nothing. */
const COMPONENT_WORDS: Readonly<Record<string, string>> = { Fact: 'X', ArticleName: 'article' };

/** The prose of a chapter: its recorded paragraphs, each component as the words it stands for. */
export function proseOf({ blocks }: Pick<ChapterRecord, 'blocks'>): string {
  return blocks
    .filter(({ kind }) => kind === 'paragraph')
    .map(({ parts }) => parts.map((part) => (typeof part === 'string' ? part : ` ${COMPONENT_WORDS[part.name] ?? ''} `)).join(''))
    .join('\n');
}

/** Counts words (tokens holding a letter or digit) and article mentions in a chapter's prose. */
export function mentionRate(chapter: Pick<ChapterRecord, 'blocks'>, names: readonly string[]): MentionRate {
  const prose = proseOf(chapter);
  const words = prose.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  const phrases = [...prose.matchAll(mentionPattern(names))].map((match) => match[0]);
  const perThousand = words === 0 ? 0 : (phrases.length * 1000) / words;
  return { words, mentions: phrases.length, phrases, perThousand };
}
