import { decide, type Answers, type DecisionResult, type EngineQuestion } from '../lib/decision';
import { FRAMEWORKS } from '../lib/vocabulary';
import { parseAnswers, serialiseAnswers } from '../lib/decision-url';
import { favoursText, scoreText, verdictText, confidenceText } from '../lib/decision-text';

const REASONS_SHOWN = 3;

/**
 * <decision-widget> turns the decision form (DecisionForm.astro) into a live calculator: every
 * change recomputes the result (DecisionResult.astro) and mirrors the answers in the URL query
 * with history.replaceState, so the address is always the shareable link to the result. Opening
 * such an address restores the answers. The questions arrive as JSON in a non-executed
 * <script type="application/json"> inside the element.
 */
class DecisionWidget extends HTMLElement {
  private questions: EngineQuestion[] = [];
  private form: HTMLFormElement | null = null;
  private panel: HTMLElement | null = null;
  private reasonsKey = '';

  connectedCallback(): void {
    this.form = this.querySelector('form[data-decision-form]');
    this.panel = this.querySelector('[data-decision-result]');
    const data = this.querySelector('script[data-decision-questions]')?.textContent;
    if (!this.form || !this.panel || !data) return;
    try {
      this.questions = JSON.parse(data) as EngineQuestion[];
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

    // The URL wins over anything the browser restored into the form.
    this.check(parseAnswers(this.questions, window.location.search));
    this.update();
    this.panel.hidden = false;
    this.form.querySelector<HTMLElement>('[data-decision-show]')?.removeAttribute('hidden');
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
    const query = serialiseAnswers(this.questions, answers);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    window.history.replaceState(window.history.state, '', url);
    this.querySelector('copy-link a')?.setAttribute('href', url);
    this.render(decide(this.questions, answers));
  }

  private render(result: DecisionResult): void {
    this.setText('[data-decision-verdict]', verdictText(result));
    this.setText('[data-decision-confidence]', confidenceText(result));
    for (const framework of FRAMEWORKS) {
      const score = result.scores[framework];
      const max = result.maxScores[framework];
      this.setText(`[data-decision-points="${framework}"]`, scoreText(score, max));
      const bar = this.querySelector<HTMLElement>(`[data-decision-bar="${framework}"]`);
      if (bar) bar.style.width = `${max > 0 ? (Math.max(0, score) / max) * 100 : 0}%`;
    }
    this.renderReasons(result.reasons.filter((reason) => reason.strength > 0).slice(0, REASONS_SHOWN));
  }

  /** Rebuilds the reasons list only when it changed, so the live region does not repeat it. */
  private renderReasons(reasons: DecisionResult['reasons']): void {
    const key = reasons.map((reason) => `${reason.questionId}=${reason.optionId}`).join('&');
    if (key === this.reasonsKey && key !== '') return;
    this.reasonsKey = key;
    const list = this.querySelector('[data-decision-reasons]');
    const empty = this.querySelector<HTMLElement>('[data-decision-no-reasons]');
    if (!list || !empty) return;
    list.replaceChildren(
      ...reasons.map((reason) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = reason.link;
        link.textContent = reason.reason;
        const lean = document.createElement('span');
        lean.className = 'block text-sm text-[var(--text-muted)]';
        lean.textContent = favoursText(reason);
        item.append(link, lean);
        return item;
      }),
    );
    empty.hidden = reasons.length > 0;
  }

  /** Writes text only when it differs, so unchanged parts are not announced again. */
  private setText(selector: string, text: string): void {
    const element = this.querySelector(selector);
    if (element && element.textContent !== text) element.textContent = text;
  }
}

if (!customElements.get('decision-widget')) customElements.define('decision-widget', DecisionWidget);
