/** Citations: each one points at a listed source, and every listed source is cited somewhere. */
import { describe, expect, it } from 'vitest';
import { builtPages, pageAt } from '../helpers/dist';

const sourcesPage = pageAt('/sources/');
const listedSources = (sourcesPage?.root.querySelectorAll('li[id]') ?? []).map((li) => li.getAttribute('id') ?? '');

const citedIds = builtPages()
  .filter((page) => page.path !== '/sources/')
  // A page's list of the sources it cites, which its markers link to (checked in citation-markers.test.ts).
  .flatMap((page) => page.root.querySelectorAll('section.source-list li a').map((a) => a.getAttribute('href') ?? ''))
  .map((href) => {
    const match = /^\/sources\/#(.+)$/.exec(href);
    if (!match) throw new Error(`citation link does not point at /sources/: ${href}`);
    return match[1] ?? '';
  });

describe('citations', () => {
  it('the sources page lists the five articles and the reference sources', () => {
    expect(listedSources).toEqual(expect.arrayContaining(['stepmedia', 'citrusbug', 'apidog', 'edureka', 'dec2020']));
  });

  it('every citation resolves to a listed source', () => {
    expect(citedIds.length).toBeGreaterThan(100);
    expect(citedIds.filter((id) => !listedSources.includes(id))).toEqual([]);
  });

  it('every listed source is cited at least once', () => {
    expect(listedSources.filter((id) => !citedIds.includes(id))).toEqual([]);
  });
});
