import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { cleanIndexedContent, indexedText, searchRecords } from '../../src/search/search-records';
import { matchingSynonyms, unusedSynonymProblems, type Synonym } from '../../src/search/search-synonyms';
import { synonymSchema } from '../../src/content/content-schemas';
import { parseYamlCollection } from '../../src/content/yaml-collection';

const cleaned = (html: string) => {
  const body = parse(`<div data-pagefind-body>${html}</div>`).querySelector('div')!;
  cleanIndexedContent(body);
  return indexedText(body);
};

describe('the index copy of a page', () => {
  it('drops citations without leaving a space before the punctuation after them', () => {
    expect(
      cleaned(
        '<p>It serves the front end <span class="cite not-prose"><a href="#src-apidog">3</a></span>. Then more <span data-pagefind-ignore>[x]</span>, and so on.</p>',
      ),
    ).toBe('It serves the front end. Then more, and so on.');
  });
  it('drops controls marked as UI and code blocks', () => {
    expect(cleaned('<div class="code-block-bar" data-pagefind-ignore><button>Copy</button></div><pre>print(1)</pre><p>Text</p>')).toBe(
      'Text',
    );
  });
  it('keeps ignored elements that declare filters or metadata, for Pagefind to read', () => {
    const body = parse(
      '<div data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-filter="kind:FAQ"></span></div></div>',
    ).querySelector('div')!;
    cleanIndexedContent(body);
    expect(body.querySelector('[data-pagefind-filter]')).not.toBeNull();
  });
  it('separates fields that would run together, a term from its description with a colon', () => {
    expect(cleaned('<dl><dt>Publisher</dt><dd>Flask-Admin project</dd><dt>Date</dt><dd>consulted November 2026</dd></dl>')).toBe(
      'Publisher: Flask-Admin project Date: consulted November 2026',
    );
  });
});

const synonyms: Synonym[] = [
  { id: 'admin', means: 'admin', terms: ['admin panel', 'back office'] },
  { id: 'deploy', means: 'deploy', terms: ['hosting'] },
];

const PAGE = `<!doctype html><html lang="en"><body><nav>Menu</nav><main><div data-pagefind-body>
  <div hidden data-pagefind-ignore><span data-pagefind-filter="kind:Comparison"></span></div>
  <h1>Compared</h1><p>Intro.</p>
  <table><thead><tr><th>Dimension</th><th>Django</th><th>Flask</th><th>Edge</th><th>Notes and sources</th></tr></thead><tbody>
    <tr id="row-admin" data-search-record="row-admin" data-pagefind-meta="title:Admin interface" data-pagefind-filter="framework:Both">
      <th>Admin interface<copy-link data-pagefind-ignore><a href="#row-admin">#</a></copy-link></th><td>Built in</td><td>Flask-Admin <span data-pagefind-ignore>[x]</span>.</td><td data-label="Edge" data-pagefind-ignore>Django</td><td data-label="Notes and sources">Both work.</td></tr>
  </tbody></table>
  <section data-search-record="faq-host" data-pagefind-meta="title:Where do I deploy?" data-pagefind-filter="framework:Both"><h2 id="faq-host">Where do I deploy?</h2><p>Anywhere.</p></section>
</div></main></body></html>`;

describe('search records of a page', () => {
  const records = searchRecords('/compare/', PAGE, synonyms);
  const [page, row, faq] = records;

  it('makes each marked entry a record landing on its anchor, and takes it out of the page', () => {
    expect(records.map((record) => record.url)).toEqual(['/compare/', '/compare/#row-admin', '/compare/#faq-host']);
    expect(page!.text).toBe('Compared Intro. Dimension Django Flask Edge Notes and sources');
    expect(page!.html).not.toContain('row-admin');
  });
  it("labels a row's framework cells with their column, leaves other labels out, and indexes cells as blocks, without ids", () => {
    expect(row!.text).toBe('Admin interface Django: Built in Flask: Flask-Admin. Both work.');
    expect(row!.text).not.toMatch(/Edge|Notes and sources:/);
    expect(row!.html).not.toMatch(/<t[rdh]\b|\bid=/);
    expect(faq!.html).not.toMatch(/\bid=/);
  });
  it("carries the entry's title and filters, and the page's kind", () => {
    expect(row!.html).toContain('data-pagefind-meta="title:Admin interface"');
    expect(row!.html).toContain('data-pagefind-filter="framework:Both"');
    expect(row!.html).toContain('data-pagefind-filter="kind:Comparison"');
  });
  it("adds readers' terms as metadata to the records whose titles or headings name the topic", () => {
    expect(row!.html).toContain('data-pagefind-meta="readerterms:admin panel back office"');
    expect(faq!.html).toContain('data-pagefind-meta="readerterms:hosting"');
    expect(page!.html).not.toContain('readerterms');
  });
  it('indexes nothing of a page without data-pagefind-body', () => {
    expect(searchRecords('/search/', '<html><body><h1>Search</h1></body></html>', synonyms)).toEqual([]);
  });
});

describe("readers' vocabulary", () => {
  it('applies an entry when a title or heading contains its words as word beginnings', () => {
    expect(matchingSynonyms(['Deployment (WSGI and ASGI servers)'], synonyms)).toEqual(['hosting']);
    expect(matchingSynonyms(['The admin', 'Limits of the admin'], synonyms)).toEqual(['admin panel', 'back office']);
    expect(matchingSynonyms(['Redeploying'], synonyms)).toEqual([]);
    expect(matchingSynonyms(['Background tasks'], [{ id: 'jobs', means: 'background tasks', terms: ['jobs'] }])).toEqual(['jobs']);
    expect(matchingSynonyms(['Background work'], [{ id: 'jobs', means: 'background tasks', terms: ['jobs'] }])).toEqual([]);
  });
  it('rejects a malformed entry, naming the file, the entry and the field', () => {
    const yaml = '- id: admin\n  means: admin\n  terms: []\n- id: bad\n  means: "<b>"\n  terms: [ok]\n';
    expect(() => parseYamlCollection('content/synonyms.yaml', yaml, synonymSchema)).toThrow(
      /content\/synonyms\.yaml: entry "admin" › terms: list at least one reader term[\s\S]*entry "bad" › means: must be one or more plain words/,
    );
  });
});

describe("readers' words in the section devoted to the topic", () => {
  const page = (body: string) =>
    `<html><body><main data-pagefind-body><h1 data-pagefind-meta="title">Deployment</h1>${body}</main></body></html>`;
  const terms = (html: string) =>
    [
      ...html.matchAll(
        /<h(\d) id="([^"]+)"[^>]*>[^<]*<\/h\d><span data-pagefind-index-attrs="data-reader-terms" data-reader-terms="([^"]*)"/g,
      ),
    ].map((m) => `${m[2]}: ${m[3]}`);
  const containers: Synonym[] = [{ id: 'containers', means: 'containers', terms: ['docker', 'kubernetes'] }];

  it('follow the first h2 that names the topic, ahead of an earlier h3', () => {
    const [record] = searchRecords(
      '/guide/deployment/',
      page(
        '<h3 id="small">Small containers</h3><p>x</p><h2 id="containers">Containers and platforms</h2><p>y</p><h2 id="more">More containers</h2>',
      ),
      containers,
    );
    expect(terms(record!.html)).toEqual(['containers: docker kubernetes']);
  });

  it('follow an h3 when no h2 names it, and nothing when no heading does', () => {
    const [withH3] = searchRecords('/guide/x/', page('<h2 id="ops">Operations</h2><h3 id="images">Containers and images</h3>'), containers);
    expect(terms(withH3!.html)).toEqual(['images: docker kubernetes']);
    const [none] = searchRecords('/guide/x/', page('<h2 id="ops">Operations</h2>'), containers);
    expect(none!.html).not.toContain('data-reader-terms');
  });
});

describe('synonyms that name nothing', () => {
  it('are reported, naming the file, the entry and the field', () => {
    const used = new Set<string>();
    searchRecords('/compare/', PAGE, [...synonyms, { id: 'typo', means: 'admni', terms: ['x'] }], used);
    expect([...used].sort()).toEqual(['admin', 'deploy']);
    expect(unusedSynonymProblems('content/synonyms.yaml', [...synonyms, { id: 'typo', means: 'admni', terms: ['x'] }], used)).toEqual([
      { file: 'content/synonyms.yaml', field: 'entry "typo" › means', message: '"admni" names no title or heading that search indexes' },
    ]);
  });
});
