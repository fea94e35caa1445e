import { getCollection } from 'astro:content';
import type { ExampleFiles } from './examples-loader.ts';

/** Every example file, from the `examples` collection (src/content/examples-loader.ts), for what renders at page time: the Markdown twins. */
export async function getExampleFiles(): Promise<ExampleFiles> {
  return Object.fromEntries((await getCollection('examples')).map(({ id, data }) => [id, (data as { text: string }).text]));
}
