/**
 * The decision record (src/decision/decision-record.ts) for a set of real answers: its ADR shape,
 * every answer in the tool's words, open questions, absolute links, the rule, and what would
 * change it; and the check of what weights rest on (src/decision/decision-basis.ts). That the links
 * land on real anchors of the build is checked by tests/site/decision-record.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decision/decision';
import { checkWeightBases } from '../../src/decision/decision-basis';
import { decisionRecord, markdownText, recordFileName, resultPageRecord } from '../../src/decision/decision-record';
import { labelsOf } from '../../src/decision/decision-text';
import { realDecisionQuestions } from '../helpers/decision-questions';

const questions = realDecisionQuestions();
const labels = labelsOf(questions);
const SITE = 'https://example.org/docs';
const absoluteUrl = (path: string) => `${SITE}${path}`;
const DATE = new Date('2026-12-06T10:00:00Z');

const ANSWERS = { size: 'large', admin: 'yes', 'app-type': 'api', team: 'medium', experience: 'flask', realtime: 'central' };

function record(answers: Record<string, string> = ANSWERS): string {
  return decisionRecord({
    questions,
    labels,
    answers,
    result: decide(questions, answers),
    date: DATE,
    absoluteUrl,
    reproduceUrl: `${SITE}/decide/django/medium/?size=large`,
  });
}

describe('decision record', () => {
  it('has the ADR shape: title, date, status, context, decision, consequences, alternatives, change, reproduce', () => {
    const outline = record()
      .split('\n')
      .filter((line) => /^(#|- Date|- Status)/.test(line) || /points?:$/.test(line));
    expect(outline).toMatchInlineSnapshot(`
      [
        "# Use Django for this project",
        "- Date: 2026-12-06",
        "- Status: proposed",
        "## Context",
        "## Decision",
        "## Consequences",
        "For Django: 8 points:",
        "For Flask, the other side: 3 points:",
        "## Alternatives considered",
        "## What would change this decision",
        "## Reproduce",
      ]
    `);
  });

  it('lists every answered question with its answer in the tool’s words, and the rest as open', () => {
    const text = record();
    for (const [questionId, optionId] of Object.entries(ANSWERS))
      expect(text).toContain(`- ${labels.prompt(questionId)} **${labels.option(questionId, optionId)}**`);
    const open = questions.filter((q) => !(q.id in ANSWERS));
    expect(open.length).toBeGreaterThan(0);
    expect(text).toContain(`Open questions (not answered yet):\n\n${open.map((q) => `- ${q.prompt}`).join('\n')}`);
  });

  it('states the verdict, confidence, points and rule, the single change, the advisories and the reproducing URL', () => {
    const text = record();
    const result = decide(questions, ANSWERS);
    expect(text).toContain('Django fits this project better.');
    expect(text).toContain(`Points: Django ${result.scores.django}, Flask ${result.scores.flask}.`);
    expect(text).toMatch(/Rule: Each answer gives up to 3 points to one framework\./);
    expect(text).toContain('Consider Quart, or Django with Channels.');
    expect(text).toMatch(
      /## What would change this decision\n\n(If you answered “[^”]+” to “[^”]+”, the verdict would be|No single changed answer)/,
    );
    expect(text).toContain(`Open ${SITE}/decide/django/medium/?size=large to see these answers`);
  });

  it('links every reason and advisory by absolute URL on the site', () => {
    const urls = record().match(/https?:\/\/\S+/g) ?? [];
    expect(urls.length).toBeGreaterThan(4);
    for (const url of urls) expect(url.startsWith(`${SITE}/`), url).toBe(true);
    expect(urls.filter((url) => url.includes('/guide/') && url.includes('#')).length).toBeGreaterThan(3);
  });

  it('says plainly when nothing is answered, and names the download by date', () => {
    const text = record({});
    expect(text).toContain('Answers given to the Django or Flask decision tool (0 of 10 questions):');
    expect(text).toContain('No answer gave either framework a point');
    expect(recordFileName(DATE)).toBe('decision-record-2026-12-06.md');
  });

  it('holds, without JavaScript, what a result page’s address names', () => {
    const text = resultPageRecord({ verdict: 'flask', lean: null }, 'high', `${SITE}/decide/flask/high/`);
    expect(text).toContain('# Use Flask for this project');
    expect(text).toContain('Confidence: High.');
    expect(text).toContain('- Date: the day you record it');
  });

  it('makes outside text inert in Markdown', () => {
    expect(markdownText('<script>*x*</script>\u0007[a](b)')).toBe('\\<script\\>\\*x\\*\\</script\\> \\[a\\](b)');
  });
});

describe('what a weight rests on', () => {
  const question = (restsOn: string, django = 1) => [{ id: 'size', options: [{ id: 'yes', django, flask: 0, restsOn }] }];

  it('refuses a weight on a claim the stance matrix marks wrong, or does not have', () => {
    const claims = new Map([
      ['flask-faster', 'wrong'],
      ['django-batteries', 'holds'],
    ]);
    expect(checkWeightBases('content/decision.yaml', question('claim:django-batteries'), claims)).toEqual([]);
    expect(checkWeightBases('content/decision.yaml', question('claim:flask-faster'), claims).map((p) => p.message)).toEqual([
      'gives points on claim "flask-faster", which content/claims.yaml marks wrong; rest the weight on the evidence instead, or set it to 0',
    ]);
    // A zero weight may point at a refuted claim: it says the claim gives no points.
    expect(checkWeightBases('content/decision.yaml', question('claim:flask-faster', 0), claims)).toEqual([]);
    expect(checkWeightBases('content/decision.yaml', question('claim:nope'), claims).map((p) => p.message)).toEqual([
      'rests on claim "nope", which content/claims.yaml does not have',
    ]);
  });

  it('leaves guide sections to the link check', () => {
    expect(checkWeightBases('content/decision.yaml', question('/guide/myths/#x'), undefined)).toEqual([]);
  });
});
