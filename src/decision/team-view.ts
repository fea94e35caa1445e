import { receivedQuestions, type SentQuestion } from './decision';
import {
  analyseTeam,
  parsePastedMembers,
  parseTeamQuery,
  serialiseTeam,
  swingText,
  teamRecord,
  TEAM_PATH,
  type Member,
  type TeamAnalysis,
} from './decision-team';
import { DECIDE_PATH, serialiseAnswers } from './decision-url';
import { confidenceText, labelsOf, shortOutcomeText, verdictText } from './decision-text';
import { recordFileName } from './decision-record';
import { withBase } from '../site/site';
import { absoluteUrl } from './record-export';

type SentLabelledQuestion = SentQuestion & { prompt: string; options: (SentQuestion['options'][number] & { label: string })[] };
type LabelledQuestion = ReturnType<typeof receivedQuestions<SentLabelledQuestion>>[number];

/**
 * <decision-team> (src/pages/decide/team.astro): reads the members from the address (one `m`
 * per member) or from the pasted links, and shows the comparison. Every piece of member input
 * reaches the page through textContent only; what was ignored is listed as notes. Submitting
 * rewrites the address (history.replaceState), so it is always the link to this team view.
 */
class DecisionTeam extends HTMLElement {
  private questions: LabelledQuestion[] = [];
  private labels = labelsOf([]);

  connectedCallback(): void {
    const data = this.querySelector('script[data-decision-questions]')?.textContent;
    const advisories = this.querySelector('script[data-decision-advisory-data]')?.textContent;
    const form = this.querySelector<HTMLFormElement>('form[data-team-form]');
    const textarea = this.querySelector<HTMLTextAreaElement>('textarea');
    if (!data || !advisories || !form || !textarea) return;
    try {
      this.questions = receivedQuestions<SentLabelledQuestion>(data, advisories);
    } catch {
      return;
    }
    this.labels = labelsOf(this.questions);
    document.querySelector<HTMLElement>('[data-team-no-js]')?.setAttribute('hidden', '');
    form.hidden = false;

    const fromAddress = parseTeamQuery(this.questions, this.labels, window.location.search);
    // Opened with a team: on narrow screens the comparison comes before the text box.
    this.toggleAttribute('data-shared', fromAddress.members.length > 0);
    textarea.value = fromAddress.members.map((member) => this.memberLine(member)).join('\n');
    this.show(fromAddress.members, fromAddress.notes);

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const pasted = parsePastedMembers(this.questions, this.labels, textarea.value);
      this.show(pasted.members, pasted.notes);
      this.querySelector<HTMLElement>(pasted.members.length > 0 ? '#team-verdict-heading' : '#team-notes-heading')?.focus();
    });
  }

  /** A member as a line of the text box: their name, then their /decide/ link. */
  private memberLine(member: Member): string {
    const link = `${absoluteUrl(DECIDE_PATH)}?${serialiseAnswers(this.questions, member.answers)}`;
    return member.name ? `${member.name} ${link}` : link;
  }

  private show(members: Member[], notes: string[]): void {
    const query = serialiseTeam(this.questions, members);
    const url = `${withBase(TEAM_PATH)}${query ? `?${query}` : ''}`;
    window.history.replaceState(window.history.state, '', url);
    this.querySelector('copy-link a')?.setAttribute('href', url);
    this.renderNotes(notes);
    const result = this.querySelector<HTMLElement>('[data-team-result]');
    if (!result) return;
    result.hidden = members.length === 0;
    if (members.length > 0) this.render(analyseTeam(this.questions, members));
  }

  private renderNotes(notes: string[]): void {
    const section = this.querySelector<HTMLElement>('[data-team-notes]');
    const list = this.querySelector('[data-team-notes-list]');
    if (!section || !list) return;
    list.replaceChildren(...notes.map((note) => element('li', note)));
    section.hidden = notes.length === 0;
  }

  private render(analysis: TeamAnalysis): void {
    const { combined } = analysis;
    this.setText(
      '[data-team-verdict]',
      combined.answered ? verdictText(combined) : 'The members agree on no answer yet, so there is no combined verdict.',
    );
    this.setText('[data-team-confidence]', combined.answered ? `${confidenceText(combined)} on agreed answers` : '');
    const names = analysis.members.map(({ member }) => member.label);

    this.list(
      '[data-team-swings]',
      analysis.swings.length === 0
        ? [element('li', 'None: every member who answered a question gave the same answer.')]
        : analysis.swings.map((swing) => {
            const item = element('li', '');
            item.append(
              element('span', this.labels.prompt(swing.questionId), 'block font-medium'),
              element('span', swingText(swing, combined, this.labels), swing.changesVerdict ? 'block font-semibold' : 'block'),
            );
            return item;
          }),
    );

    this.list(
      '[data-team-members]',
      analysis.members.map(({ member, result }) => {
        const item = element('li', '');
        item.append(
          element('span', `${member.label}: `, 'font-medium'),
          element('span', `${shortOutcomeText(result)}, ${result.confidence} confidence`),
        );
        return item;
      }),
    );

    const questions = this.querySelector('[data-team-questions]');
    questions?.replaceChildren(
      ...analysis.questions.map((view) => {
        const box = element('div', '', 'team-question');
        if (view.disputed) box.dataset.disputed = '';
        const heading = element('p', this.labels.prompt(view.questionId), 'font-medium');
        if (view.disputed) heading.append(element('span', 'Disagreement', 'team-badge'));
        const answers = element('ul', '', 'mt-1 space-y-0.5 text-sm');
        view.answers.forEach((answer, i) => {
          const line = element('li', '');
          line.append(
            element('span', `${names[i]}: `, 'text-[var(--text-muted)]'),
            element('span', answer ? this.labels.option(view.questionId, answer) : 'not answered'),
          );
          answers.append(line);
        });
        box.append(heading, answers);
        return box;
      }),
    );

    const date = new Date();
    this.setText(
      '[data-record-text]',
      teamRecord({ labels: this.labels, analysis, date, absoluteUrl, reproduceUrl: window.location.href }),
    );
    const exporter = this.querySelector<HTMLElement>('record-export');
    if (exporter) exporter.dataset.fileName = recordFileName(date, 'team-decision-record');
  }

  private list(selector: string, items: HTMLElement[]): void {
    this.querySelector(selector)?.replaceChildren(...items);
  }

  private setText(selector: string, text: string): void {
    const target = this.querySelector(selector);
    if (target && target.textContent !== text) target.textContent = text;
  }
}

/** An element with text set through textContent (member input never becomes markup). */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

if (!customElements.get('decision-team')) customElements.define('decision-team', DecisionTeam);
