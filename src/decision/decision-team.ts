/**
 * The team view of the decision tool (/decide/team/): several members' shared links side by
 * side, where they disagree, a combined verdict, and which disagreements would change it. The
 * team view's own address is the link to send: one `m` parameter per member, each the query
 * string of that member's /decide/ link, with an optional `name`. Everything here is untrusted
 * input: parsing keeps only known questions and answers, caps the members, checks names, and
 * returns a note for everything it ignored (quoted short and without control characters, for
 * the page to show as text). Pure, so the unit tests and the page script share it.
 */
import { decide, type Answers, type DecisionResult, type EngineAdvisory, type EngineQuestion, type Outcome } from './decision';
import { MEMBER_PARAM, serialiseAnswers, TEAM_PATH } from './decision-url';

// Defined in decision-url.ts, where the widget can import them without the rest of this module.
export { MEMBER_PARAM, TEAM_PATH };
import {
  decisionSection,
  markdownText,
  outcomeSections,
  recordHeader,
  recordTitle,
  reproduceSection,
  type AbsoluteUrl,
} from './decision-record';
import { changeText, shortOutcomeText, type ChangeLabels } from './decision-text';

/** More members than this are left out, with a note: the view must stay readable on a phone. */
export const MAX_MEMBERS = 12;
export const MAX_NAME_LENGTH = 40;
/** The key inside a member's query that carries their name (MEMBER_PARAM carries the member). */
export const NAME_KEY = 'name';
/** A member's query is ten short pairs and a name; anything far longer is not one. */
const MAX_MEMBER_LENGTH = 1000;
/** A team URL is never read past this many parameters. */
const MAX_TEAM_PARAMS = 50;
/** Letters (any script), digits, spaces and a little punctuation: enough for names, nothing that is markup. */
const NAME_PATTERN = /^[\p{L}\p{M}\p{N} .'’_()-]+$/u;

export interface Member {
  /** The name given, if it passed the check. */
  name: string | null;
  /** The name, or "Member 2". */
  label: string;
  answers: Answers;
}

export interface TeamInput {
  members: Member[];
  /** What was ignored and why, in plain text for the page to show. */
  notes: string[];
}

/** Untrusted text quoted in a note: control characters removed, cut short. */
export function quoteInput(text: string, max = 30): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim();
  return `“${clean.length > max ? `${clean.slice(0, max)}…` : clean}”`;
}

/** A name as given, or null with the reason it was refused. */
export function checkName(raw: string): { name: string | null; problem?: string } {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name === '') return { name: null };
  if (name.length > MAX_NAME_LENGTH) return { name: null, problem: `longer than ${MAX_NAME_LENGTH} characters` };
  if (!NAME_PATTERN.test(name)) return { name: null, problem: "only letters, digits, spaces and . ' _ ( ) - are kept in names" };
  return { name };
}

/** The query string of a member link: a full /decide/ URL, a site path, or the query itself ("?a=b" or "a=b"). */
function memberQuery(link: string): string | null {
  const text = link.trim();
  if (text.length > MAX_MEMBER_LENGTH) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('/')) {
    let url: URL;
    try {
      url = new URL(text, 'https://placeholder.invalid');
    } catch {
      return null;
    }
    if (!/^https?:$/.test(url.protocol) || !/\/decide\/(?:[a-z-]+\/[a-z]+\/)?$/.test(url.pathname)) return null;
    return url.search.slice(1);
  }
  const query = text.startsWith('?') ? text.slice(1) : text;
  return query.includes('=') ? query : null;
}

/**
 * One member from a link (or query) and an optional name typed beside it. `position` is the
 * member's number for labels and notes. Returns null (with notes) when nothing usable is left.
 */
export function parseMember(
  questions: readonly EngineQuestion[],
  labels: ChangeLabels,
  link: string,
  position: number,
  typedName = '',
): { member: Member | null; notes: string[] } {
  const who = `Member ${position}`;
  const query = memberQuery(link);
  if (query === null) return { member: null, notes: [`${who}: ${quoteInput(link)} is not a link to the decision tool; ignored.`] };
  const params = new URLSearchParams(query);
  const notes: string[] = [];
  const found: Record<string, string> = {};
  let rawName = typedName;
  let seen = 0;
  for (const [key, value] of params) {
    if (++seen > MAX_TEAM_PARAMS) break;
    if (key === NAME_KEY) {
      rawName ||= value;
      continue;
    }
    const question = questions.find((candidate) => candidate.id === key);
    if (!question) notes.push(`${who}: unknown question ${quoteInput(key)} ignored.`);
    else if (!question.options.some((option) => option.id === value))
      notes.push(`${who}: unknown answer ${quoteInput(value)} to “${labels.prompt(key)}” ignored.`);
    else found[key] ??= value;
  }
  const { name, problem } = checkName(rawName);
  if (problem) notes.push(`${who}: name ignored (${problem}).`);
  if (Object.keys(found).length === 0) return { member: null, notes: [...notes, `${who}: no answers the tool knows; left out.`] };
  return { member: { name, label: name ?? who, answers: found }, notes };
}

/** Members from the team view's address: one `m` per member, at most MAX_MEMBERS. */
export function parseTeamQuery(questions: readonly EngineQuestion[], labels: ChangeLabels, search: string): TeamInput {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { members: [], notes: [] };
  }
  const raw = params.getAll(MEMBER_PARAM).slice(0, MAX_TEAM_PARAMS);
  return membersFrom(
    questions,
    labels,
    raw.map((link) => ({ link, name: '' })),
  );
}

/**
 * Members from pasted lines: each line a link, optionally after a name ("Ana https://…/decide/?…").
 * Blank lines are skipped.
 */
export function parsePastedMembers(questions: readonly EngineQuestion[], labels: ChangeLabels, text: string): TeamInput {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, MAX_TEAM_PARAMS);
  return membersFrom(
    questions,
    labels,
    lines.map((line) => {
      const cut = line.search(/\S+$/);
      return { link: line.slice(cut), name: line.slice(0, cut) };
    }),
  );
}

function membersFrom(questions: readonly EngineQuestion[], labels: ChangeLabels, entries: { link: string; name: string }[]): TeamInput {
  const notes: string[] = [];
  const members: Member[] = [];
  let leftOut = 0;
  entries.forEach(({ link, name }, i) => {
    if (members.length >= MAX_MEMBERS) {
      leftOut += 1;
      return;
    }
    const parsed = parseMember(questions, labels, link, i + 1, name);
    notes.push(...parsed.notes);
    if (parsed.member) members.push(parsed.member);
  });
  if (leftOut > 0)
    notes.push(`Only the first ${MAX_MEMBERS} members are shown; ${leftOut} more ${leftOut === 1 ? 'was' : 'were'} left out.`);
  return { members, notes };
}

/** The team view's query string (without "?"): one `m` per member, names inside. */
export function serialiseTeam(questions: readonly EngineQuestion[], members: readonly Member[]): string {
  const params = new URLSearchParams();
  for (const member of members.slice(0, MAX_MEMBERS)) {
    const answers = serialiseAnswers(questions, member.answers);
    params.append(MEMBER_PARAM, member.name ? `${new URLSearchParams({ [NAME_KEY]: member.name }).toString()}&${answers}` : answers);
  }
  return params.toString();
}

export interface QuestionView {
  questionId: string;
  /** Each member's answer (same order as the members), null when they left it open. */
  answers: (string | null)[];
  /** The different answers given, in option order. */
  given: string[];
  disputed: boolean;
}

/** What settling one disagreement each way would give. */
export interface Swing {
  questionId: string;
  outcomes: { optionId: string; outcome: Outcome }[];
  /** Whether some way of settling it gives a verdict other than the combined one. */
  changesVerdict: boolean;
}

export interface TeamAnalysis {
  members: { member: Member; result: DecisionResult }[];
  questions: QuestionView[];
  /** The answers every member who answered gave alike: what the combined verdict counts. */
  agreed: Answers;
  combined: DecisionResult;
  swings: Swing[];
  /** Advisories any member's answers named, in order, each once. */
  advisories: EngineAdvisory[];
}

/** Whether two outcomes are the same verdict: Django, Flask, either, or held back by an advisory (a mere lean does not count). */
const sameVerdict = (a: Outcome, b: Outcome) => a.verdict === b.verdict && a.heldBy?.id === b.heldBy?.id;

/** The rule behind the combined verdict, in words. */
export const TEAM_RULE_TEXT =
  'The combined verdict counts only the answers on which every member who answered agrees; a disputed question counts for neither side. ' +
  'Each disagreement is then settled each way in turn, on top of the agreed answers, to show whether it would change that verdict.';

export function analyseTeam(questions: readonly EngineQuestion[], members: readonly Member[]): TeamAnalysis {
  const views: QuestionView[] = questions.map((question) => {
    const answers = members.map((member) => member.answers[question.id] ?? null);
    const given = question.options.map((option) => option.id).filter((id) => answers.includes(id));
    return { questionId: question.id, answers, given, disputed: given.length > 1 };
  });
  const agreed: Record<string, string> = {};
  for (const view of views) if (view.given.length === 1) agreed[view.questionId] = view.given[0]!;
  const combined = decide(questions, agreed);
  const swings: Swing[] = views
    .filter((view) => view.disputed)
    .map((view) => {
      const outcomes = view.given.map((optionId) => {
        const { verdict, lean, heldBy } = decide(questions, { ...agreed, [view.questionId]: optionId });
        return { optionId, outcome: { verdict, lean, ...(heldBy ? { heldBy } : {}) } };
      });
      return { questionId: view.questionId, outcomes, changesVerdict: outcomes.some(({ outcome }) => !sameVerdict(outcome, combined)) };
    })
    // The disagreements that matter first (a stable sort keeps question order within each kind).
    .sort((a, b) => Number(b.changesVerdict) - Number(a.changesVerdict));
  const results = members.map((member) => ({ member, result: decide(questions, member.answers) }));
  const advisories = [...new Map(results.flatMap(({ result }) => result.advisories.map((advisory) => [advisory.id, advisory]))).values()];
  return { members: results, questions: views, agreed, combined, swings, advisories };
}

/** "Settling it changes the verdict: “A” gives Django; “B” gives either, leaning Flask." */
export function swingText(swing: Swing, combined: Outcome, labels: ChangeLabels): string {
  const ways = swing.outcomes
    .map(({ optionId, outcome }) => `“${labels.option(swing.questionId, optionId)}” gives ${shortOutcomeText(outcome)}`)
    .join('; ');
  return swing.changesVerdict
    ? `Settling it changes the verdict: ${ways}.`
    : `Settled either way, the verdict stays ${shortOutcomeText(combined)}: ${ways}.`;
}

export interface TeamRecordInput {
  labels: ChangeLabels;
  analysis: TeamAnalysis;
  date: Date;
  absoluteUrl: AbsoluteUrl;
  reproduceUrl: string;
}

/** The team's decision record: as the single record, with each member's answers, the disputes and their effect. */
export function teamRecord({ labels, analysis, date, absoluteUrl, reproduceUrl }: TeamRecordInput): string {
  const { combined, members } = analysis;
  const names = members.map(({ member }) => markdownText(member.label));
  const context = analysis.questions.map((view) => {
    const prompt = labels.prompt(view.questionId);
    if (view.given.length === 0) return `- ${prompt} Open: no member answered.`;
    if (!view.disputed) return `- ${prompt} Agreed: **${labels.option(view.questionId, view.given[0]!)}**`;
    const who = view.answers.map((answer, i) => `${names[i]}: ${answer ? labels.option(view.questionId, answer) : 'open'}`);
    return `- ${prompt} Disputed. ${who.join('; ')}`;
  });
  const changes = analysis.swings.filter((swing) => swing.changesVerdict);
  return [
    ...recordHeader(`Team decision: ${recordTitle(combined)}`, date),
    '',
    '## Context',
    '',
    `${members.length} members answered the Django or Flask decision tool: ${names.join(', ')}.`,
    '',
    ...context,
    '',
    ...decisionSection(combined),
    '',
    `Team rule: ${TEAM_RULE_TEXT}`,
    '',
    'Each member’s own verdict:',
    '',
    ...members.map(({ result }, i) => `- ${names[i]}: ${shortOutcomeText(result)}, ${result.confidence} confidence`),
    '',
    '## Disagreements',
    '',
    ...(analysis.swings.length === 0
      ? ['None: every member who answered a question gave the same answer.']
      : analysis.swings.map((swing) => `- ${labels.prompt(swing.questionId)} ${swingText(swing, combined, labels)}`)),
    '',
    ...outcomeSections(
      combined,
      analysis.advisories,
      labels,
      absoluteUrl,
      changes.length > 0
        ? `Settling ${changes.map((swing) => `“${labels.prompt(swing.questionId)}”`).join(' or ')} as shown above.`
        : combined.answered
          ? changeText(combined.change, labels)
          : 'The team agrees on no answer yet.',
    ),
    '',
    ...reproduceSection(reproduceUrl, 'every member’s answers'),
    '',
  ].join('\n');
}
