/**
 * Broken content must fail `astro build` with a message that names the file and the problem.
 * Every kind of bad content is checked in memory, with its exact message, by
 * tests/content/content-checks.test.ts; the few real builds here show that each way a build can
 * fail reaches the author: Astro's own schema and MDX errors, errors while a chapter renders, and
 * both steps of the content check (src/checks/content-gate.ts). Each case builds a
 * throw-away copy of the project (tests/helpers/fixture-project.ts) after one small edit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createFixtureProject, type FixtureProject } from '../helpers/fixture-project';
import { benchComparisons } from '../../src/benchmark/bench-compare';
import { parseBenchmarkResults } from '../../src/benchmark/benchmark-results';

const fixtures: FixtureProject[] = [];
afterAll(() => fixtures.forEach((fixture) => fixture.remove()));

/**
 * Applies `edit` to a copy of the content, builds it, and returns the build's output. The cases
 * run two at a time (describe.concurrent, maxConcurrency in vitest.config.ts): a build keeps
 * about one core busy, and the machine has two.
 */
async function buildWith(edit: (project: FixtureProject) => void): Promise<string> {
  const fixture = createFixtureProject();
  fixtures.push(fixture);
  edit(fixture);
  const { status, output } = await fixture.astroAsync('build');
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

const appendTo = (relative: string, text: string) => (project: FixtureProject) => editFile(project, relative, (t) => `${t}\n${text}\n`);

describe.concurrent('a build with broken content fails and says where', () => {
  it('a code block showing a missing region of an example file', async () => {
    const output = await buildWith((p) =>
      editFile(p, 'guide/tooling.mdx', (t) => t.replace('flask-snippets/cli.py#command', 'flask-snippets/cli.py#no-such-region')),
    );
    expect(output).toContain('content/guide/tooling.mdx: content/examples/flask-snippets/cli.py: no "# region: no-such-region" marker');
  });

  it('front matter without a title and with an order of the wrong type (the collection schema)', async () => {
    const output = await buildWith((p) =>
      editFile(p, 'guide/overview.mdx', (t) => t.replace(/^title:.*\n/m, '').replace(/^order: .*$/m, 'order: first')),
    );
    expect(output).toMatch(/content\/guide\/overview\.mdx/);
    expect(output).toMatch(/title\W+Required|title: Invalid input/i);
    expect(output).toMatch(/order/);
  });

  it('an unclosed tag in MDX (the MDX compiler)', async () => {
    const output = await buildWith(appendTo('guide/overview.mdx', '<Aside kind="note">\nThis callout is never closed.'));
    expect(output).toMatch(/content\/guide\/overview\.mdx/);
    expect(output).toMatch(/Aside/);
    expect(output).toMatch(/clos/i);
  });

  it('an unknown component (while the chapter renders)', async () => {
    const output = await buildWith(appendTo('guide/overview.mdx', 'A widget: <NoSuchWidget />'));
    expect(output).toContain('content/guide/overview.mdx: (while rendering): Expected component `NoSuchWidget` to be defined');
  });

  it('an expression that throws (while the chapter renders)', async () => {
    const output = await buildWith(appendTo('guide/data-layer.mdx', 'Broken: {[].at(0).name}'));
    expect(output).toContain("content/guide/data-layer.mdx: (while rendering): Cannot read properties of undefined (reading 'name')");
  });

  it('a decision answer giving points to the framework its own advisory calls a poor fit (an incoherent verdict)', async () => {
    const output = await buildWith((p) =>
      editFile(p, 'decision.yaml', (t) =>
        t.replace(/django: 3\n(\s+)flask: 0\n(\s+reason: Django runs on ASGI)/, 'django: 0\n$1flask: 1\n$2'),
      ),
    );
    expect(output).toContain(
      'content/decision.yaml: entry "realtime" › options[0].flask: gives Flask 1 point(s), but its advisory "async-frameworks" says Flask serves this answer poorly',
    );
  });

  it('two broken data files and a broken chapter, all named by one run (each loader hands its problems to the gate)', async () => {
    const output = await buildWith((p) => {
      editFile(p, 'faq.yaml', (t) => t.replace('  question: What is the main difference between Django and Flask?\n', ''));
      editFile(p, 'glossary.yaml', (t) => t.replace('  term: WSGI\n', '  term: 7\n'));
      writeFileSync(p.content('sources.yaml'), Buffer.concat([readFileSync(p.content('sources.yaml')), Buffer.from('\n# Caf\xe9\n', 'latin1')]));
      editFile(p, 'guide/overview.mdx', (t) => `${t}\nThe newest: <Fact id="no-such-fact" />.\n`);
    });
    expect(output).toMatch(/content\/faq\.yaml: entry "main-difference" › question: /);
    expect(output).toMatch(/content\/glossary\.yaml: entry "wsgi" › term: /);
    expect(output).toMatch(/content\/sources\.yaml:\d+: \(file\): not valid UTF-8; save the file as UTF-8/);
    expect(output).toMatch(/content\/guide\/overview\.mdx:\d+: <Fact id="no-such-fact">: no such entry in content\/facts\.yaml/);
  });

  it('an unknown fact and an unknown benchmark metric referred to from data files (the gate, on the loaded entries)', async () => {
    const output = await buildWith((p) => {
      editFile(p, 'faq.yaml', (t) => t.replace('{{fact:django-feature}} series', '{{fact:no-such-fact}} series'));
      editFile(p, 'comparison.yaml', (t) => t.replace('{{bench:instructions.plaintext.ratio}}', '{{bench:instructions.no-such-scenario.ratio}}'));
    });
    expect(output).toContain('content/faq.yaml: entry "what-is-django" › answer: {{fact:no-such-fact}}: unknown fact id "no-such-fact"');
    expect(output).toMatch(
      /content\/comparison\.yaml: entry "request-overhead" › note: \{\{bench:instructions\.no-such-scenario\.ratio\}\}: unknown benchmark metric "instructions\.no-such-scenario"/,
    );
  });

  it('bytes that are not UTF-8 in a chapter (the guide loader hands its text to the content check, before rendering)', async () => {
    const output = await buildWith((p) => {
      const path = p.content('guide/overview.mdx');
      writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.from('\nCaf\xe9\n', 'latin1')]));
    });
    const lines = readFileSync('content/guide/overview.mdx', 'utf8').split('\n').length;
    expect(output).toContain(`content/guide/overview.mdx:${lines + 1}: (file): not valid UTF-8 (or a U+FFFD character); save the file as UTF-8`);
  });

  it('a reference-style link to a missing page and aliases emptied (the content check, on the built pages)', async () => {
    const output = await buildWith((p) => {
      editFile(p, 'guide/overview.mdx', (t) => `${t}\nSee [the list][gone].\n\n[gone]: /guide/gone/\n`);
      writeFileSync(p.content('aliases.yaml'), 'fragments: []\npages: []\n');
    });
    expect(output).toMatch(/content\/guide\/overview\.mdx:\d+: definition \[gone\] \/guide\/gone\/: no page at \/guide\/gone\//);
    for (const page of ['/faq/', '/glossary/']) {
      expect(output).toContain(
        `content/anchors.json: ${page}: a published page is no longer built; restore it, or move it with an entry under pages: in content/aliases.yaml`,
      );
    }
    expect(output).toContain('content/anchors.json: /guide/ecosystem/#popularity-as-of-june-2026: a published fragment is gone');
  });

  it('a typed count of articles and a verdict without evidence (the claims data, before rendering)', async () => {
    const output = await buildWith((p) => {
      editFile(p, 'guide/overview.mdx', (t) => `${t}\nFour of the five articles agree <Cite s="apidog" />.\n`);
      editFile(p, 'claims.yaml', (t) => t.replace(/(id: django-large-only[\s\S]*?)evidence: \{[^}]*\}/, '$1evidence: {}'));
    });
    expect(output).toMatch(
      /content\/guide\/overview\.mdx:\d+: "Four of the five articles": a typed count of articles: render it with <ClaimCount topic="…" stance="…" \/> from content\/claims\.yaml/,
    );
    expect(output).toContain(
      'content/claims.yaml: entry "django-large-only" › evidence: the verdict "wrong" rests on no evidence; name at least one source, fact or benchmark metric',
    );
    // What the data has for that number: the typed "four" matches the topic it meant.
    expect(output).toMatch(/"Four of the five articles": .*\(content\/claims\.yaml has 4 for: .*flask-faster makes/);
  });

  it('a release date typed beside a package and a claim citing an unknown source (what the registry and sources say)', async () => {
    const output = await buildWith((p) => {
      editFile(p, 'comparison.yaml', (t) => t.replace('(newest release {{fact:flask-socketio-latest|month}})', '(newest release February 2026)'));
      editFile(p, 'claims.yaml', (t) => t.replace(/(id: flask-small-projects-only[\s\S]*?)sources: \[flask-docs\]/, '$1sources: [flask-manual]'));
    });
    expect(output).toMatch(
      /content\/comparison\.yaml:\d+: Flask-SocketIO … February 2026: typed release date: .* \(the registry has flask-socketio-latest: [\d.]+, \d{4}-\d{2}-\d{2}\)/,
    );
    expect(output).toContain(
      'content/claims.yaml: entry "flask-small-projects-only" › evidence.sources[0]: no such entry in content/sources.yaml: "flask-manual"',
    );
  });

  it('benchmark results missing a figure the performance chapter shows', async () => {
    const output = await buildWith((p) => editFile(p, 'benchmarks.json', (t) => t.replace(/"cpuUs": \{\n(\s*)"django"/, '"cpuUs": {\n$1"djangoo"')));
    expect(output).toMatch(/content\/benchmarks\.json: scenarios\[0\]\.cpuUs\.django: /);
  });

  // Measured claims (src/benchmark/bench-claims.ts): the planted sentence or edge, and what the data says.
  const comparisons = benchComparisons(parseBenchmarkResults(JSON.parse(readFileSync('content/benchmarks.json', 'utf8')), 'content/benchmarks.json'));

  it('a comparison row whose edge the measurements it cites contradict', async () => {
    const output = await buildWith((p) =>
      editFile(p, 'comparison.yaml', (t) =>
        t.replace(/(- id: memory-cold-start\n[\s\S]*?\n  edge: )(\w+)/, (_, head: string, edge: string) => `${head}${edge === 'django' ? 'flask' : 'django'}`),
      ),
    );
    expect(output).toMatch(/content\/comparison\.yaml: entry "memory-cold-start" › edge: edge "\w+" contradicts the measurements it cites \(expected [\w ]+\): (?:coldStart|idleMemory)\.bare: /);
  });

  it('a hand-typed performance comparison in a chapter', async () => {
    const output = await buildWith(appendTo('guide/deployment.mdx', 'In our experience Flask starts faster than Django and uses less memory.'));
    expect(output).toMatch(
      /content\/guide\/deployment\.mdx:\d+: text: compares the frameworks on a measured property without a benchmark reference: "In our experience Flask starts faster/,
    );
  });

  it('a difference claimed inside the measured spread', async () => {
    const overlapping = [...comparisons.values()].find((c) => c.favours === 'none');
    expect(overlapping, 'the results have a metric whose intervals overlap').toBeDefined();
    const output = await buildWith(appendTo('guide/deployment.mdx', `Django is cheaper here: <Bench metric="${overlapping!.id}" />.`));
    expect(output).toMatch(/content\/guide\/deployment\.mdx:\d+: text: claims a difference inside the measured spread: .*the data says .*(no measurable difference|varies too much here to compare)/);
  });
});
