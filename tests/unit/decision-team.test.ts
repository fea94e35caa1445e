/**
 * The team view's logic (src/decision/decision-team.ts): reading members from a team URL or pasted
 * links, with every kind of bad input ignored and noted; where members disagree; the combined
 * verdict on the agreed answers; and whether settling each disagreement changes it.
 */
import { describe, expect, it } from 'vitest';

import { labelsOf } from '../../src/decision/decision-text';
import {
  analyseTeam,
  checkName,
  MAX_MEMBERS,
  parsePastedMembers,
  parseTeamQuery,
  serialiseTeam,
  swingText,
  teamRecord,
  type Member,
} from '../../src/decision/decision-team';
import { realDecisionQuestions } from '../helpers/decision-questions';

const option = (id: string, django: number, flask: number) => ({
  id,
  label: id.toUpperCase(),
  django,
  flask,
  reason: `${id}.`,
  link: '/guide/x/#y',
});
/** q1 decides everything (3 points either way), q2 adds one Django point, q3 is neutral either way. */
const QUESTIONS = [
  {
    id: 'q1',
    prompt: 'Q1?',
    options: [option('a', 3, 0), option('b', 0, 3)],
  },
  {
    id: 'q2',
    prompt: 'Q2?',
    options: [option('x', 1, 0), option('y', 0, 0)],
  },
  {
    id: 'q3',
    prompt: 'Q3?',
    options: [option('m', 0, 0), option('n', 0, 0)],
  },
];
const labels = labelsOf(QUESTIONS);
const member = (label: string, answers: Record<string, string>): Member => ({ name: label, label, answers });

describe('team analysis', () => {
  const team = [member('Ana', { q1: 'a', q2: 'x', q3: 'm' }), member('Ben', { q1: 'b', q2: 'x', q3: 'n' }), member('Cy', { q2: 'x' })];
  const analysis = analyseTeam(QUESTIONS, team);

  it('shows what each member answered and where they disagree', () => {
    expect(analysis.questions.map(({ questionId, answers, disputed }) => ({ questionId, answers, disputed }))).toEqual([
      { questionId: 'q1', answers: ['a', 'b', null], disputed: true },
      { questionId: 'q2', answers: ['x', 'x', 'x'], disputed: false },
      { questionId: 'q3', answers: ['m', 'n', null], disputed: true },
    ]);
  });

  it('combines on the agreed answers only, and gives each member a verdict', () => {
    expect(analysis.agreed).toEqual({ q2: 'x' });
    expect(analysis.combined).toMatchObject({ verdict: 'either', lean: 'django' });
    expect(analysis.members.map(({ result }) => result.verdict)).toEqual(['django', 'flask', 'either']);
  });

  it('says which disagreements would change the verdict, those first', () => {
    expect(analysis.swings.map(({ questionId, changesVerdict }) => ({ questionId, changesVerdict }))).toEqual([
      { questionId: 'q1', changesVerdict: true },
      { questionId: 'q3', changesVerdict: false },
    ]);
    expect(swingText(analysis.swings[0]!, analysis.combined, labels)).toBe(
      'Settling it changes the verdict: “A” gives Django; “B” gives Flask.',
    );
    expect(swingText(analysis.swings[1]!, analysis.combined, labels)).toBe(
      'Settled either way, the verdict stays either, leaning Django: “M” gives either, leaning Django; “N” gives either, leaning Django.',
    );
  });

  it('exports a team decision record with each member’s answers and the disputes', () => {
    const text = teamRecord({
      labels,
      analysis,
      date: new Date('2026-12-06T00:00:00Z'),
      absoluteUrl: (path) => `https://example.org${path}`,
      reproduceUrl: 'https://example.org/decide/team/?m=q1%3Da',
    });
    expect(text).toMatch(/^# Team decision: Django or Flask: either would do, leaning Django\n\n- Date: 2026-12-06\n- Status: proposed\n/);
    expect(text).toContain('3 members answered the Django or Flask decision tool: Ana, Ben, Cy.');
    expect(text).toContain('- Q1? Disputed. Ana: A; Ben: B; Cy: open');
    expect(text).toContain('- Q2? Agreed: **X**');
    expect(text).toContain('- Q1? Settling it changes the verdict');
    expect(text).toContain('Settling “Q1?” as shown above.');
    expect(text).toContain('Open https://example.org/decide/team/?m=q1%3Da to see every member’s answers');
  });
});

describe('reading members', () => {
  it('reads a team URL and writes it back the same, names included', () => {
    const query = serialiseTeam(QUESTIONS, [
      member('Ana Lu', { q1: 'a' }),
      { name: null, label: 'Member 2', answers: { q1: 'b', q2: 'y' } },
    ]);
    expect(query).toBe('m=name%3DAna%2BLu%26q1%3Da&m=q1%3Db%26q2%3Dy');
    const parsed = parseTeamQuery(QUESTIONS, labels, `?${query}`);
    expect(parsed.notes).toEqual([]);
    expect(parsed.members).toEqual([
      { name: 'Ana Lu', label: 'Ana Lu', answers: { q1: 'a' } },
      { name: null, label: 'Member 2', answers: { q1: 'b', q2: 'y' } },
    ]);
  });

  it('reads pasted lines: full links to /decide/ or a result page, with an optional name first', () => {
    const parsed = parsePastedMembers(
      QUESTIONS,
      labels,
      'Ana https://example.org/docs/decide/django/high/?q1=a&q2=x\n\n  https://example.org/decide/?q1=b  \nBo ?q3=n',
    );
    expect(parsed.notes).toEqual([]);
    expect(parsed.members.map((m) => [m.label, m.answers])).toEqual([
      ['Ana', { q1: 'a', q2: 'x' }],
      ['Member 2', { q1: 'b' }],
      ['Bo', { q3: 'n' }],
    ]);
  });

  it('ignores bad links, unknown questions and answers, and hostile names, each with a note', () => {
    const hostile = [
      'm=' + encodeURIComponent('name=<script>alert(1)</script>&q1=a'),
      'm=' + encodeURIComponent(`name=${'x'.repeat(200)}&q1=b`),
      'm=' + encodeURIComponent('name=Bad\u0000\u001b[31mName&q2=x&zz=1&q1=nope'),
      'm=' + encodeURIComponent('https://evil.example/steal?q1=a'),
      'm=' + encodeURIComponent('javascript:alert(1)//decide/?q1=a'),
      'm=' + encodeURIComponent('q9=zz'),
    ].join('&');
    const parsed = parseTeamQuery(QUESTIONS, labels, hostile);
    expect(parsed.members.map((m) => [m.label, m.answers])).toEqual([
      ['Member 1', { q1: 'a' }],
      ['Member 2', { q1: 'b' }],
      ['Member 3', { q2: 'x' }],
    ]);
    expect(parsed.notes).toEqual([
      "Member 1: name ignored (only letters, digits, spaces and . ' _ ( ) - are kept in names).",
      'Member 2: name ignored (longer than 40 characters).',
      'Member 3: unknown question “zz” ignored.',
      'Member 3: unknown answer “nope” to “Q1?” ignored.',
      "Member 3: name ignored (only letters, digits, spaces and . ' _ ( ) - are kept in names).",
      'Member 4: “https://evil.example/steal?q1=…” is not a link to the decision tool; ignored.',
      'Member 5: “javascript:alert(1)//decide/?q…” is not a link to the decision tool; ignored.',
      'Member 6: unknown question “q9” ignored.',
      'Member 6: no answers the tool knows; left out.',
    ]);
    // Notes quote input without control characters.
    expect([...parsed.notes.join('')].some((character) => character.charCodeAt(0) < 0x20)).toBe(false);
  });

  it(`keeps at most ${MAX_MEMBERS} members and says how many were left out`, () => {
    const many = Array.from({ length: MAX_MEMBERS + 3 }, () => `m=${encodeURIComponent('q1=a')}`).join('&');
    const parsed = parseTeamQuery(QUESTIONS, labels, many);
    expect(parsed.members).toHaveLength(MAX_MEMBERS);
    expect(parsed.notes).toEqual([`Only the first ${MAX_MEMBERS} members are shown; 3 more were left out.`]);
  });

  it('accepts names in any script, and refuses markup', () => {
    expect(checkName('  José  Ñúñez ')).toEqual({ name: 'José Ñúñez' });
    expect(checkName('山田 太郎')).toEqual({ name: '山田 太郎' });
    expect(checkName('<b>x</b>').name).toBeNull();
    expect(checkName('')).toEqual({ name: null });
  });

  it('works with the real questions: a team where real-time is disputed', () => {
    const questions = realDecisionQuestions();
    const team = [
      member('Ana', { size: 'small', admin: 'no', 'app-type': 'api', team: 'small', experience: 'flask', realtime: 'central' }),
      member('Ben', { size: 'small', admin: 'no', 'app-type': 'api', team: 'small', experience: 'flask', realtime: 'no' }),
    ];
    const analysis = analyseTeam(questions, team);
    expect(analysis.combined.verdict).toBe('flask');
    expect(analysis.swings).toHaveLength(1);
    expect(analysis.swings[0]).toMatchObject({ questionId: 'realtime', changesVerdict: true });
    expect(analysis.swings[0]!.outcomes.find((o) => o.optionId === 'central')!.outcome).toMatchObject({
      verdict: 'either',
      heldBy: { id: 'async-frameworks', poorFit: 'flask' },
    });
  });
});
