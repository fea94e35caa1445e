import { withBase } from '../site/site';

/** A topic the search offers when it finds nothing: a featured comparison row and its chapter. */
export interface SearchHelpTopic {
  /** The row's dimension, e.g. "Admin interface". */
  text: string;
  /** Where the guide covers it, base included. */
  href: string;
}

/** Where the build serves the help's topics (src/pages/search-help.json.ts). */
const TOPICS_URL = '/search-help.json';

/**
 * The way on from a search that finds nothing: the guide's headline topics and the list of
 * chapters. Built hidden with the search panel; the topics are fetched the first time it shows,
 * so no page carries them and a search that finds something never fetches them.
 */
export function searchHelp(): HTMLElement {
  const help = document.createElement('div');
  help.className = 'search-help';
  help.dataset.searchHelp = '';
  help.hidden = true;
  const title = document.createElement('p');
  title.className = 'search-help-title';
  title.textContent = 'Popular topics';
  const topics = document.createElement('ul');
  topics.className = 'search-help-topics';
  const chapters = document.createElement('a');
  chapters.href = withBase('/guide/');
  chapters.textContent = 'list of chapters';
  const more = document.createElement('p');
  more.append('Or browse the ', chapters, '.');
  help.append(title, topics, more);
  return help;
}

let topicsLoaded: Promise<SearchHelpTopic[]> | undefined;

/** Shows or hides the help; the first time it shows, fills in its topics (text and links as plain values). */
export function showSearchHelp(help: HTMLElement, shown: boolean): void {
  help.hidden = !shown;
  const list = help.querySelector('ul');
  if (!shown || !list || list.childElementCount > 0) return;
  topicsLoaded ??= fetch(withBase(TOPICS_URL)).then((response) => (response.ok ? (response.json() as Promise<SearchHelpTopic[]>) : []));
  void topicsLoaded
    .then((topics) => {
      if (list.childElementCount > 0) return;
      for (const { text, href } of topics) {
        const link = document.createElement('a');
        link.href = href;
        link.textContent = text;
        const item = document.createElement('li');
        item.append(link);
        list.append(item);
      }
    })
    .catch(() => {
      // Without its topics the help still leads to the list of chapters; a later search tries again.
      topicsLoaded = undefined;
    });
}
