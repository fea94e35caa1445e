/**
 * Broken content must fail `astro build` with a message that names the file and the problem.
 * Each case builds a throw-away copy of the project (tests/helpers/fixture-project.ts) after
 * one small edit to its content.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createFixtureProject, type FixtureProject } from '../helpers/fixture-project';

let fixture: FixtureProject | undefined;
afterEach(() => fixture?.remove());

/** Applies `edit` to a copy of the content, builds it, and returns the build's output. */
function buildWith(edit: (project: FixtureProject) => void): string {
  fixture = createFixtureProject();
  edit(fixture);
  const { status, output } = fixture.astro('build');
  expect(status, `the build should have failed; output:\n${output.slice(-2000)}`).not.toBe(0);
  return output;
}

function editFile(project: FixtureProject, relative: string, change: (text: string) => string): void {
  const path = project.content(relative);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the edit to ${relative} changed nothing`).not.toBe(before);
  writeFileSync(path, after);
}

describe('a build with broken content fails and says where', () => {
  it('a chapter without a title', () => {
    const output = buildWith((p) => editFile(p, 'guide/overview.mdx', (t) => t.replace(/^title:.*\n/m, '')));
    expect(output).toMatch(/content\/guide\/overview\.mdx/);
    expect(output).toMatch(/title\W+Required|title: Invalid input/i);
  });

  it('a chapter whose front matter has the wrong type', () => {
    const output = buildWith((p) => editFile(p, 'guide/overview.mdx', (t) => t.replace(/^order: .*$/m, 'order: first')));
    expect(output).toMatch(/content\/guide\/overview\.mdx/);
    expect(output).toMatch(/order/);
  });

  it('a chapter citing an unknown source in its front matter', () => {
    const output = buildWith((p) =>
      editFile(p, 'guide/overview.mdx', (t) => t.replace(/^sources: \[/m, 'sources: [no-such-source, ')),
    );
    expect(output).toContain('content/guide/overview.mdx: sources: unknown source id "no-such-source"');
  });

  it('a <Cite> with an unknown source id', () => {
    const output = buildWith((p) =>
      editFile(p, 'guide/overview.mdx', (t) => `${t}\nOne more claim <Cite s="made-up-blog" />.\n`),
    );
    expect(output).toContain('content/guide/overview.mdx: body <Cite s="made-up-blog">: unknown source id "made-up-blog"');
  });

  it('a link to a missing chapter and to a missing anchor', () => {
    const output = buildWith((p) =>
      editFile(
        p,
        'guide/overview.mdx',
        (t) => `${t}\nSee [nowhere](/guide/no-such-chapter/) and [gone](/guide/philosophy-and-architecture/#no-such-heading).\n`,
      ),
    );
    expect(output).toContain('content/guide/overview.mdx: body link /guide/no-such-chapter/: no page at /guide/no-such-chapter/');
    expect(output).toContain('/guide/philosophy-and-architecture/ has no #no-such-heading');
  });

  it('a duplicate id in a data file', () => {
    const entry = '\n- {id: dup, term: Dup, definition: A duplicated term., sources: []}\n';
    // An empty list is written `[]`, which a block entry cannot follow.
    const output = buildWith((p) => editFile(p, 'glossary.yaml', (t) => (t.trim() === '[]' ? '' : t) + entry + entry));
    expect(output).toMatch(/content\/glossary\.yaml: entry "dup" › id: duplicate id/);
  });

  it('a source entry missing a required field', () => {
    const output = buildWith((p) => editFile(p, 'sources.yaml', (t) => t.replace(/^  publisher: Apidog \(blog\)\n/m, '')));
    expect(output).toMatch(/content\/sources\.yaml: entry "apidog" › publisher/);
  });

  it('an unclosed tag in MDX', () => {
    const output = buildWith((p) =>
      editFile(p, 'guide/overview.mdx', (t) => `${t}\n<Aside kind="note">\nThis callout is never closed.\n`),
    );
    expect(output).toMatch(/content\/guide\/overview\.mdx/);
    expect(output).toMatch(/Aside/);
    expect(output).toMatch(/clos/i);
  });

  it('a comparison row with an unknown category', () => {
    const output = buildWith((p) => editFile(p, 'comparison.yaml', (t) => t.replace(/^  category: \w+$/m, '  category: databases')));
    expect(output).toMatch(/content\/comparison\.yaml: entry "[a-z0-9-]+" › category: /);
  });

  it('a decision option linking to a missing anchor', () => {
    const output = buildWith((p) =>
      editFile(p, 'decision.yaml', (t) => t.replace(/^(\s+link: \/guide\/[a-z-]+\/)#[a-z0-9-]+$/m, '$1#no-such-section')),
    );
    expect(output).toMatch(/content\/decision\.yaml: entry "[a-z0-9-]+" › options\[\d+\]\.link: \/guide\/[a-z-]+\/ has no #no-such-section/);
  });

  it('benchmark results missing a figure the performance chapter shows', () => {
    const output = buildWith((p) => editFile(p, 'benchmarks.json', (t) => t.replace(/"latencyP99Ms": \{/, '"latencyP99Mz": {')));
    expect(output).toMatch(/content\/benchmarks\.json: scenarios\[0\]\.django\.latencyP99Ms: /);
  });
});
