/**
 * The decision record and the team view against the build: every link a record can hold (each
 * answer's section, each advisory) lands on a real page and id; the result pages carry the
 * record as selectable text for readers without JavaScript; the team view has its own preview.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decision/decision';
import { decisionRecord } from '../../src/decision/decision-record';
import { analyseTeam, teamRecord, TEAM_PATH } from '../../src/decision/decision-team';
import { labelsOf } from '../../src/decision/decision-text';
import { isResultPagePath } from '../../src/decision/decision-url';
import { builtPages, fragmentTargets, pageAt } from '../helpers/dist';
import { realDecisionQuestions } from '../helpers/decision-questions';

const questions = realDecisionQuestions();
const labels = labelsOf(questions);
const SITE = 'https://example.org/base';
const absoluteUrl = (path: string) => `${SITE}${path}`;
const meta = (path: string, key: string) =>
  pageAt(path)?.root.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';

/** Answer sets that together choose every option of every question once. */
function everyOption(): Record<string, string>[] {
  const most = Math.max(...questions.map((q) => q.options.length));
  return Array.from({ length: most }, (_, i) => Object.fromEntries(questions.map((q) => [q.id, q.options[i % q.options.length]!.id])));
}

describe('decision record links', () => {
  it('land on a real page and id of the build, for every answer and advisory', () => {
    const broken: string[] = [];
    const records = everyOption().map((answers) =>
      decisionRecord({ questions, labels, answers, result: decide(questions, answers), date: new Date(), absoluteUrl, reproduceUrl: SITE }),
    );
    const team = analyseTeam(
      questions,
      everyOption().map((answers, i) => ({ name: null, label: `Member ${i + 1}`, answers })),
    );
    records.push(teamRecord({ labels, analysis: team, date: new Date(), absoluteUrl, reproduceUrl: SITE }));
    const links = new Set(records.flatMap((text) => text.match(/https:\/\/example\.org\/base\/guide\/\S+/g) ?? []));
    expect(links.size).toBeGreaterThan(10);
    for (const link of links) {
      const [path, id] = link.slice(SITE.length).split('#') as [string, string | undefined];
      const page = pageAt(path);
      if (!page || !id || !fragmentTargets(page).has(id)) broken.push(link);
    }
    expect(broken).toEqual([]);
  });

  it('is selectable text on every result page without JavaScript', () => {
    const pages = builtPages().filter((page) => isResultPagePath(page.path));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const noscript = page.root.querySelector('noscript');
      expect(noscript?.innerHTML, page.path).toContain('data-record-text');
      expect(noscript?.textContent, page.path).toMatch(/# (Use (Django|Flask) for this project|Django or Flask: either would do)/);
      expect(noscript?.textContent, page.path).toContain('- Status: proposed');
    }
  });
});

describe('team view', () => {
  it('has its own title, description and share image, and explains what needs JavaScript', () => {
    const page = pageAt(TEAM_PATH);
    expect(page).toBeDefined();
    expect(meta(TEAM_PATH, 'og:title')).toContain('team disagrees');
    expect(meta(TEAM_PATH, 'og:description')).toMatch(/where the answers differ/);
    expect(meta(TEAM_PATH, 'og:image')).not.toBe(meta('/decide/', 'og:image'));
    expect(page!.root.querySelector('[data-team-no-js]')?.textContent).toMatch(/need JavaScript/);
    // No inline script runs here: the questions travel as JSON, which the browser never executes.
    const inline = page!.root.querySelectorAll('script:not([src])').filter((s) => s.getAttribute('type') !== 'application/json');
    expect(inline.map((s) => s.getAttribute('type'))).toEqual(
      pageAt('/decide/')!
        .root.querySelectorAll('script:not([src])')
        .filter((s) => s.getAttribute('type') !== 'application/json')
        .map((s) => s.getAttribute('type')),
    );
  });
});
