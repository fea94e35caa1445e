/**
 * src/content/ordered.ts resolves a data collection's references once per entry however many
 * pages show it, and again when `astro dev` reloads the entry, the facts or the benchmark results.
 * astro:content is stood in for by a store the test edits the way a loader does (new objects).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const store = vi.hoisted(() => ({
  collections: new Map<string, { id: string; data: Record<string, unknown> }[]>(),
  results: undefined as object | undefined,
}));
vi.mock('astro:content', () => ({
  getCollection: async (name: string) => (store.collections.get(name) ?? []).map((entry) => ({ ...entry, collection: name })),
  getEntry: async () => (store.results ? { id: 'results', data: store.results } : undefined),
}));
import { dataCollection, inFileOrder } from '../../src/content/ordered';

const fact = (value: string) => ({
  id: 'django-latest',
  data: { id: 'django-latest', value, package: 'Django', source: ['django-docs'], checked: '2026-11-01' },
});
const faq = (answer: string) => [
  { id: 'b', data: { id: 'b', position: 1, answer: `${answer} {{fact:django-latest}}` } },
  { id: 'a', data: { id: 'a', position: 0, answer: 'No reference.' } },
];

beforeEach(() => {
  store.collections = new Map<string, { id: string; data: Record<string, unknown> }[]>([
    ['facts', [fact('6.0.1')]],
    ['faq', faq('Django is at')],
  ]);
});

describe('dataCollection', () => {
  it('resolves references, in file order for inFileOrder', async () => {
    expect((await inFileOrder('faq')).map(({ data }) => data.answer)).toEqual(['No reference.', 'Django is at 6.0.1']);
  });

  it('resolves an entry once for every page that shows it', async () => {
    const [first] = await dataCollection('faq');
    const [again] = await dataCollection('faq');
    expect(again!.data).toBe(first!.data);
  });

  it('resolves again when the facts, or the collection itself, are loaded again (an edit in astro dev)', async () => {
    const [before] = await dataCollection('faq');
    store.collections.set('facts', [fact('6.0.2')]);
    const [afterFacts] = await dataCollection('faq');
    expect(afterFacts!.data).not.toBe(before!.data);
    expect(afterFacts!.data.answer).toBe('Django is at 6.0.2');
    store.collections.set('faq', faq('Django stands at'));
    expect((await dataCollection('faq'))[0]!.data.answer).toBe('Django stands at 6.0.2');
  });
});
