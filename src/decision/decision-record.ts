/**
 * The decision record: a result of the decision tool as a Markdown architecture decision record
 * (title, date, status, context, decision, consequences, alternatives, what would change it, and
 * the link that reproduces the answers). Built from the engine's result and the same sentences
 * as the result panel (decision-text.ts), so the record and the panel cannot drift apart. Pure:
 * the widget (browser), the result pages (build) and the team view all call it.
 */
import type { Answers, DecisionResult, EngineAdvisory, EngineQuestion, Outcome } from './decision';
import {
  CONFIDENCE_NAMES,
  CONFIDENCE_RULE_TEXT,
  VERDICT_RULE_TEXT,
  changeText,
  confidenceText,
  favoursText,
  outcomeText,
  reasonGroupHeading,
  reasonGroups,
  type ChangeLabels,
} from './decision-text';
import { FRAMEWORK_NAMES } from '../site/vocabulary.ts';

/** How many reasons per side the record lists (the panel lists them all; a record keeps to the strongest). */
export const RECORD_REASONS_PER_SIDE = 3;

/** Turns a site path ("/guide/x/#y") into the absolute URL of the deployed site. */
export type AbsoluteUrl = (sitePath: string) => string;

export interface RecordInput {
  questions: readonly EngineQuestion[];
  labels: ChangeLabels;
  answers: Answers;
  result: DecisionResult;
  /** The day the record is made. */
  date: Date;
  absoluteUrl: AbsoluteUrl;
  /** The absolute URL that reproduces the answers. */
  reproduceUrl: string;
}

/** "2026-12-06": the date an ADR carries. */
export const recordDate = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * Text from outside the site (a member's name) made inert in Markdown: control characters
 * dropped, characters Markdown or HTML would read as syntax escaped with a backslash.
 */
export function markdownText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
      .replace(/[\\`*_[\]<>#|]/g, (character) => `\\${character}`)
  );
}

/** The record's title: what is decided, e.g. "Use Django for this project". */
export function recordTitle(outcome: Outcome): string {
  if (outcome.heldBy && outcome.lean) return `Django or Flask: no plain verdict yet (${FRAMEWORK_NAMES[outcome.lean]} ahead on points)`;
  if (outcome.verdict !== 'either') return `Use ${FRAMEWORK_NAMES[outcome.verdict]} for this project`;
  return outcome.lean ? `Django or Flask: either would do, leaning ${FRAMEWORK_NAMES[outcome.lean]}` : 'Django or Flask: either would do';
}

export const recordHeader = (title: string, date: Date | undefined): string[] => [
  `# ${title}`,
  '',
  `- Date: ${date ? recordDate(date) : 'the day you record it'}`,
  '- Status: proposed',
];

/** The context: every answered question with its answer, then the unanswered ones as open. */
export function contextSection(questions: readonly EngineQuestion[], labels: ChangeLabels, answers: Answers): string[] {
  const answered = questions.filter((question) => answers[question.id] !== undefined);
  const open = questions.filter((question) => answers[question.id] === undefined);
  return [
    '## Context',
    '',
    `Answers given to the Django or Flask decision tool (${answered.length} of ${questions.length} questions):`,
    '',
    ...answered.map((question) => `- ${labels.prompt(question.id)} **${labels.option(question.id, answers[question.id]!)}**`),
    ...(open.length > 0
      ? ['', 'Open questions (not answered yet):', '', ...open.map((question) => `- ${labels.prompt(question.id)}`)]
      : []),
  ];
}

/** The decision: the verdict, its confidence, its points, and the rules that set them. */
export function decisionSection(result: DecisionResult): string[] {
  return [
    '## Decision',
    '',
    outcomeText(result),
    '',
    `${confidenceText(result)}. Points: ${FRAMEWORK_NAMES.django} ${result.scores.django}, ${FRAMEWORK_NAMES.flask} ${result.scores.flask}.`,
    '',
    `Rule: ${VERDICT_RULE_TEXT} ${CONFIDENCE_RULE_TEXT}`,
  ];
}

/** The consequences: the strongest reasons for each side, the other side labelled, each linked by absolute URL. */
export function consequencesSection(result: DecisionResult, labels: ChangeLabels, absoluteUrl: AbsoluteUrl): string[] {
  const groups = reasonGroups(result).filter((group) => group.reasons.length > 0);
  if (groups.length === 0) return ['## Consequences', '', 'No answer gave either framework a point, so nothing follows yet.'];
  return [
    '## Consequences',
    '',
    ...groups.flatMap((group) => [
      `${reasonGroupHeading(group)}:`,
      '',
      ...group.reasons
        .slice(0, RECORD_REASONS_PER_SIDE)
        .map(
          (reason) =>
            `- ${favoursText(reason)} (${labels.option(reason.questionId, reason.optionId)}): ${reason.reason} ${absoluteUrl(reason.link)}`,
        ),
      ...(group.reasons.length > RECORD_REASONS_PER_SIDE ? [`- and ${group.reasons.length - RECORD_REASONS_PER_SIDE} more`] : []),
      '',
    ]),
  ].slice(0, -1);
}

/** Alternatives considered: the advisories, which point past both frameworks. */
export function alternativesSection(advisories: readonly EngineAdvisory[], absoluteUrl: AbsoluteUrl): string[] {
  return [
    '## Alternatives considered',
    '',
    ...(advisories.length === 0
      ? ['Django and Flask only: no answer pointed past both frameworks.']
      : advisories.map(({ title, reason, link }) => `- ${title}. ${reason} ${absoluteUrl(link)}`)),
  ];
}

/** Consequences, alternatives and what would change the decision: the sections every record ends with before Reproduce. */
export function outcomeSections(
  result: DecisionResult,
  advisories: readonly EngineAdvisory[],
  labels: ChangeLabels,
  absoluteUrl: AbsoluteUrl,
  change: string,
): string[] {
  return [
    ...consequencesSection(result, labels, absoluteUrl),
    '',
    ...alternativesSection(advisories, absoluteUrl),
    '',
    '## What would change this decision',
    '',
    change,
  ];
}

export const reproduceSection = (url: string, what = 'these answers'): string[] => [
  '## Reproduce',
  '',
  `Open ${url} to see ${what} in the decision tool.`,
];

/** The whole record for one set of answers. */
export function decisionRecord({ questions, labels, answers, result, date, absoluteUrl, reproduceUrl }: RecordInput): string {
  return [
    ...recordHeader(recordTitle(result), date),
    '',
    ...contextSection(questions, labels, answers),
    '',
    ...decisionSection(result),
    '',
    ...outcomeSections(
      result,
      result.advisories,
      labels,
      absoluteUrl,
      result.answered ? changeText(result.change, labels) : 'Answer a question first.',
    ),
    '',
    ...reproduceSection(reproduceUrl),
    '',
  ].join('\n');
}

/**
 * The record a result page can give without JavaScript: the page's address names only the
 * verdict and confidence (the answers sit in the query, which a static page cannot read).
 */
export function resultPageRecord(outcome: Outcome, confidence: DecisionResult['confidence'], pageUrl: string): string {
  return [
    ...recordHeader(recordTitle(outcome), undefined),
    '',
    '## Context',
    '',
    'The answers are in the query of this page’s address; without JavaScript the page cannot read them, so this record holds what the address itself names. With JavaScript the record lists every answer and the reasons behind it.',
    '',
    '## Decision',
    '',
    outcomeText(outcome),
    '',
    `Confidence: ${CONFIDENCE_NAMES[confidence]}.`,
    '',
    `Rule: ${VERDICT_RULE_TEXT} ${CONFIDENCE_RULE_TEXT}`,
    '',
    ...reproduceSection(pageUrl, 'the answers and the reasons'),
    '',
  ].join('\n');
}

/** A file name for the downloaded record, e.g. "decision-record-2026-12-06.md". */
export const recordFileName = (date: Date, kind = 'decision-record'): string => `${kind}-${recordDate(date)}.md`;
