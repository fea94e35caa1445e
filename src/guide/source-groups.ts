import { slug } from 'github-slugger';
import { SOURCE_SUBJECTS } from '../content/content-schemas.ts';

interface GroupableSource {
  data: { kind: 'article' | 'reference'; subject?: (typeof SOURCE_SUBJECTS)[number] | undefined; title: string };
}

/**
 * The groups of /sources/: the five compared articles first, then the primary references by
 * subject in SOURCE_SUBJECTS order, then references without a subject; each group sorted by
 * title, empty groups dropped. Each group's id is its heading, slugged as headings are.
 */
export function groupSources<T extends GroupableSource>(sources: readonly T[]): { heading: string; id: string; items: T[] }[] {
  const byTitle = (a: T, b: T) => a.data.title.localeCompare(b.data.title, 'en', { sensitivity: 'base' });
  const references = sources.filter((source) => source.data.kind === 'reference');
  return [
    { heading: 'The five compared articles', items: sources.filter((source) => source.data.kind === 'article') },
    ...SOURCE_SUBJECTS.map((subject) => ({ heading: subject, items: references.filter((source) => source.data.subject === subject) })),
    { heading: 'Other references', items: references.filter((source) => source.data.subject === undefined) },
  ]
    .map(({ heading, items }) => ({ heading, id: slug(heading), items: items.sort(byTitle) }))
    .filter(({ items }) => items.length > 0);
}
