import { MEMBER_PARAM, parseAnswers, resultPathOf, serialiseAnswers, TEAM_PATH } from './decision-url';
import {
  changeText,
  confidenceText,
  favoursText,
  reasonGroupHeading,
  reasonGroups,
  scoreText,
  shortOutcomeText,
  verdictText,
  type ChangeLabels,
  type ReasonGroup,
} from './decision-text';
import { decisionRecord, recordFileName } from './decision-record';
import { withBase } from '../site/site';
import { decide, receivedQuestions, type Answers, type DecisionResult, type EngineQuestion } from './decision';
import { FRAMEWORKS } from '../site/vocabulary';
import { absoluteUrl } from './record-export';

/**
 * <decision-widget> turns the decision form (DecisionForm.astro) into a live calculator: every
 * change recomputes the result (DecisionResult.astro) and mirrors it in the address with
 * history.replaceState, as the result page of its verdict plus the answers in the query
 * (/decide/django/high/?size=large&…), so the address is always the shareable link to the
 * result. Opening such an address (or an old /decide/?… one) restores the answers. The questions
 * and the advisories they name arrive as JSON in non-executed <script type="application/json">
 * elements inside the element.
 */
class DecisionWidget extends HTMLElement {
  private questions: EngineQuestion[] = [];
  private form: HTMLFormElement | null = null;
  private panel: HTMLElement | null = null;
  private compact: HTMLElement | null = null;
  private panelInView = false;
  private reasonsKey = '';

  /** Question prompts and option labels as the form shows them, for sentences about answers. */
  private readonly labels: ChangeLabels = {
    prompt: (question) => this.text(`[data-decision-question="${question}"] [data-decision-prompt]`),
    option: (question, option) => this.text(`label[for="${this.form?.id}-${question}-${option}"]`),
  };

  connectedCallback(): void {
    this.form = this.querySelector('form[data-decision-form]');
    this.panel = this.querySelector('[data-decision-result]');
    this.compact = this.querySelector('[data-decision-compact]');
    const data = this.querySelector('script[data-decision-questions]')?.textContent;
    const advisories = this.querySelector('script[data-decision-advisory-data]')?.textContent;
    if (!this.form || !this.panel || !data || !advisories) return;
    try {
      this.questions = receivedQuestions(data, advisories);
    } catch {
      return; // Leave the plain form; the guidance table still serves.
    }

    this.form.addEventListener('change', () => this.update());
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.querySelector<HTMLElement>('#decision-result-heading')?.focus();
    });
    this.form.addEventListener('reset', (event) => {
      event.preventDefault();
      this.check({});
      this.update();
    });

    // The URL wins over anything the browser restored into the form. A link with answers is a
    // shared result: on narrow screens its verdict then comes before the questions.
    const shared = parseAnswers(this.questions, window.location.search);
    this.toggleAttribute('data-shared', Object.keys(shared).length > 0);
    this.check(shared);
    this.update();
    this.panel.hidden = false;
    this.form.querySelector<HTMLElement>('[data-decision-show]')?.removeAttribute('hidden');

    // The compact result shows only while the full panel is off screen (CSS keeps it to narrow screens).
    new IntersectionObserver(([entry]) => {
      this.panelInView = entry?.isIntersecting ?? false;
      this.showCompact();
    }).observe(this.panel);
  }

  private radios(): HTMLInputElement[] {
    return Array.from(this.form?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? []);
  }

  private check(answers: Answers): void {
    for (const radio of this.radios()) radio.checked = answers[radio.name] === radio.value;
  }

  private answers(): Answers {
    const raw: Record<string, string> = {};
    for (const radio of this.radios()) if (radio.checked) raw[radio.name] = radio.value;
    return raw;
  }

  private update(): void {
    const answers = this.answers();
    const result = decide(this.questions, answers);
    const query = serialiseAnswers(this.questions, answers);
    const url = `${withBase(resultPathOf(result))}${query ? `?${query}` : ''}`;
    window.history.replaceState(window.history.state, '', url);
    this.querySelector('copy-link a')?.setAttribute('href', url);
    // The team view opened with these answers as its first member.
    const team = query ? `?${new URLSearchParams({ [MEMBER_PARAM]: query }).toString()}` : '';
    this.querySelector('[data-decision-team-link]')?.setAttribute('href', `${withBase(TEAM_PATH)}${team}`);
    this.render(result);
    this.renderRecord(answers, result);
  }

  /** The decision record of the current answers, from the same result and sentences as the panel. */
  private renderRecord(answers: Answers, result: DecisionResult): void {
    const date = new Date();
    const record = decisionRecord({
      questions: this.questions,
      labels: this.labels,
      answers,
      result,
      date,
      absoluteUrl,
      reproduceUrl: window.location.href,
    });
    this.setText('[data-record-text]', record);
    const exporter = this.querySelector<HTMLElement>('record-export');
    if (exporter) exporter.dataset.fileName = recordFileName(date);
  }

  private render(result: DecisionResult): void {
    this.setText('[data-decision-verdict]', verdictText(result));
    this.setText('[data-decision-confidence]', confidenceText(result));
    this.setText('[data-decision-compact-verdict]', result.answered ? `Result: ${shortOutcomeText(result)}` : 'No answers yet');
    const { scale } = result;
    for (const framework of FRAMEWORKS) {
      const score = result.scores[framework];
      this.setText(`[data-decision-points="${framework}"]`, scoreText(score, scale));
      this.setText(`[data-decision-compact-points="${framework}"]`, String(score));
      const bar = this.querySelector<HTMLElement>(`[data-decision-bar="${framework}"]`);
      if (bar) bar.style.width = `${scale > 0 ? (Math.max(0, score) / scale) * 100 : 0}%`;
    }
    for (const advisory of this.querySelectorAll<HTMLElement>('[data-decision-advisory]')) {
      advisory.hidden = !result.advisories.some(({ id }) => id === advisory.dataset.decisionAdvisory);
    }
    this.setText('[data-decision-change]', result.answered ? changeText(result.change, this.labels) : 'Answer a question first.');
    this.renderReasons(reasonGroups(result).filter((group) => group.reasons.length > 0));
    this.showCompact();
  }

  private showCompact(): void {
    if (this.compact) this.compact.hidden = this.panelInView || this.panel?.hidden !== false;
  }

  /**
   * Rebuilds the reasons only when they changed, so the live region does not repeat them: one
   * list per side, headed by its points (equal to its bar), the side behind labelled as such.
   */
  private renderReasons(groups: ReasonGroup[]): void {
    const key = groups
      .map((group) => `${reasonGroupHeading(group)}:${group.reasons.map((r) => `${r.questionId}=${r.optionId}`).join('&')}`)
      .join('|');
    if (key === this.reasonsKey && key !== '') return;
    this.reasonsKey = key;
    const container = this.querySelector('[data-decision-reasons]');
    const empty = this.querySelector<HTMLElement>('[data-decision-no-reasons]');
    if (!container || !empty) return;
    container.replaceChildren(
      ...groups.map((group) => {
        const section = document.createElement('div');
        section.dataset.decisionReasonGroup = group.framework;
        const heading = document.createElement('p');
        heading.className = 'text-sm font-semibold';
        heading.textContent = reasonGroupHeading(group);
        const list = document.createElement('ol');
        list.className = 'list-decimal space-y-2 pl-5';
        list.append(...group.reasons.map((reason) => this.reasonItem(reason)));
        section.append(heading, list);
        return section;
      }),
    );
    empty.hidden = groups.length > 0;
  }

  private reasonItem(reason: DecisionResult['reasons'][number]): HTMLLIElement {
    const item = document.createElement('li');
    const question = document.createElement('span');
    question.className = 'block text-sm text-[var(--text-muted)]';
    question.textContent = `${this.labels.prompt(reason.questionId)} “${this.labels.option(reason.questionId, reason.optionId)}”`;
    const link = document.createElement('a');
    link.href = withBase(reason.link);
    link.textContent = reason.reason;
    const lean = document.createElement('span');
    lean.className = 'block text-sm text-[var(--text-muted)]';
    lean.textContent = favoursText(reason);
    item.append(question, link, lean);
    return item;
  }

  private text(selector: string): string {
    return this.querySelector(selector)?.textContent?.trim() ?? '';
  }

  /** Writes text only when it differs, so unchanged parts are not announced again. */
  private setText(selector: string, text: string): void {
    const element = this.querySelector(selector);
    if (element && element.textContent !== text) element.textContent = text;
  }
}

if (!customElements.get('decision-widget')) customElements.define('decision-widget', DecisionWidget);
