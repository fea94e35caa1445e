/**
 * The claims data (content/claims.yaml) for the parts of the build that render, in file order,
 * and the five articles' short names for labels. The decision tool and components look a topic up
 * with claimById (src/content/claims.ts): `claimById(await getClaims(), 'flask-faster')`.
 */
import { dataCollection } from './ordered';
import { ARTICLE_IDS, type ArticleId, type Claim } from './claim-schema';

/** Every topic, in the order of content/claims.yaml. */
export async function getClaims(): Promise<Claim[]> {
  const entries = await dataCollection('claims');
  return entries.sort((a, b) => a.data.position - b.data.position).map(({ data }) => data);
}

/**
 * Each article's short label ("Stepmedia", "Dec 2020 article") from content/sources.yaml; with
 * `inTable`, its `tableName` where it has one, since a table's column of names has no prose around
 * a label like "Dec 2020 article" to say what it is.
 */
export async function articleNames({ inTable = false } = {}): Promise<Record<ArticleId, string>> {
  const sources = new Map(
    (await dataCollection('sources')).map(({ id, data }) => [id, (inTable ? data.tableName : undefined) ?? data.short]),
  );
  return Object.fromEntries(ARTICLE_IDS.map((id) => [id, sources.get(id) ?? id])) as Record<ArticleId, string>;
}
