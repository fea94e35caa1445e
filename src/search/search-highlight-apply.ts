import { HIGHLIGHT_PARAM, highlightPattern } from './search';
import { withBase } from '../site/site';

interface MarkInstance {
  markRegExp(pattern: RegExp, options: object): void;
}
interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string };
}
interface PagefindHighlight {
  markOptions: object;
  markText(instance: MarkInstance, words: string[]): void;
}
type PagefindHighlightClass = new (options: PagefindHighlightOptions) => PagefindHighlight;

/**
 * A reader arriving from a search result has the searched words in ?pagefind-highlight=…;
 * Pagefind's highlight script then marks them in the page's indexed content. The script is
 * fetched only when that parameter is present. Two of its defaults are changed: its inline
 * <style> would break the CSP (global.css styles the marks, background only, so nothing
 * moves), and it marks a word anywhere inside another ("orm" in "normally"), where Pagefind
 * matches word beginnings only, so the marking step uses highlightPattern instead.
 */
export async function highlightSearchTerms(): Promise<void> {
  const script = withBase('/pagefind/pagefind-highlight.js'); // served by the site, not bundled
  try {
    const { default: Highlight } = (await import(/* @vite-ignore */ script)) as { default: PagefindHighlightClass };
    class WordStartHighlight extends Highlight {
      override markText(instance: MarkInstance, words: string[]): void {
        const pattern = highlightPattern(words);
        if (pattern) instance.markRegExp(pattern, this.markOptions);
      }
    }
    new WordStartHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markOptions: { className: 'search-highlight' } });
  } catch {
    // Highlighting is a nicety: without it the page is still the right page.
  }
}
