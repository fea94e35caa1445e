import { describe, expect, it } from 'vitest';
import { parseYamlCollection } from '../../src/content/yaml-collection';
import { ContentError } from '../../src/site/content-errors';
import type { z } from 'astro/zod';
import { comparisonRowSchema, faqSchema } from '../../src/content/content-schemas';

const FILE = 'content/faq.yaml';

const validFaq = `
- id: which-is-faster
  question: Which is faster?
  answer: It depends on your database.
  sources: [stepmedia]
- id: which-to-learn
  question: Which should I learn first?
  answer: Flask, to see the parts.
  sources: [apidog]
`;

function problemsOf(text: string, schema: z.ZodType = faqSchema) {
  try {
    parseYamlCollection(FILE, text, schema);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected parseYamlCollection to throw');
}

describe('parseYamlCollection', () => {
  it('returns the entries of a valid file', () => {
    const entries = parseYamlCollection(FILE, validFaq, faqSchema);
    expect(entries.map((entry) => entry.id)).toEqual(['which-is-faster', 'which-to-learn']);
  });

  it('names the file, the entry and the missing field', () => {
    const problems = problemsOf(validFaq.replace('  question: Which is faster?\n', ''));
    expect(problems).toEqual([expect.objectContaining({ file: FILE, field: 'entry "which-is-faster" › question' })]);
  });

  it('names the field with the wrong type', () => {
    const problems = problemsOf(validFaq.replace('sources: [apidog]', 'sources: apidog'));
    expect(problems[0]).toMatchObject({ file: FILE, field: 'entry "which-to-learn" › sources' });
  });

  it('names the list index of a bad nested value', () => {
    const problems = problemsOf(validFaq.replace('sources: [apidog]', 'sources: [apidog, "Not An Id"]'));
    expect(problems[0]).toMatchObject({ field: 'entry "which-to-learn" › sources[1]' });
  });

  it('falls back to the entry number when the id itself is missing', () => {
    const problems = problemsOf(validFaq.replace('- id: which-to-learn\n  question', '- question'));
    expect(problems[0]).toMatchObject({ field: 'entry #2 › id' });
  });

  it('rejects duplicate ids, pointing at the first occurrence', () => {
    const problems = problemsOf(validFaq.replace('which-to-learn', 'which-is-faster'));
    expect(problems).toEqual([{ file: FILE, field: 'entry "which-is-faster" › id', message: 'duplicate id (also entry #1)' }]);
  });

  it('rejects an unknown comparison category', () => {
    const row = `- {id: orm, category: databases, dimension: ORM, django: Built in, flask: SQLAlchemy, edge: django, note: n, sources: [edureka], link: /guide/overview/}`;
    const problems = problemsOf(row, comparisonRowSchema);
    expect(problems).toEqual([expect.objectContaining({ field: 'entry "orm" › category' })]);
  });

  it('reports invalid YAML and non-list files against the file', () => {
    expect(problemsOf('- id: [unclosed')[0]).toMatchObject({ file: FILE, field: '(file)' });
    expect(problemsOf('id: just-a-map')[0]).toMatchObject({ file: FILE, message: 'expected a list of entries' });
  });

  it('puts every problem in the error message', () => {
    expect(() => parseYamlCollection(FILE, validFaq.replace(/sources: \[\w+\]/g, 'sources: []'), faqSchema)).toThrow(
      /content\/faq\.yaml: entry "which-is-faster" › sources: .*\n.*content\/faq\.yaml: entry "which-to-learn" › sources/,
    );
  });
});
