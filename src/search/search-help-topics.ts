import { inFileOrder } from '../content/ordered';
import { withBase } from '../site/site';
import type { SearchHelpTopic } from './search-help';

/** The guide's headline topics, in the comparison table's order (served as /search-help.json). */
export async function searchHelpTopics(): Promise<SearchHelpTopic[]> {
  return (await inFileOrder('comparison'))
    .filter((row) => row.data.featured)
    .map(({ data }) => ({ text: data.dimension, href: withBase(data.link) }));
}
