import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/site/visible-text';

describe('visibleText', () => {
  it('keeps the title, the text of blocks on lines of their own and image alt text', () => {
    const html =
      '<html><head><title>Overview · Site</title><style>p{}</style></head><body><h1>Over&shy;view</h1><p>Django <em>and</em>   Flask</p><img src="a.png" alt="A chart"></body></html>';
    expect(visibleText(html)).toBe('title: Overview · Site\nOver\u00adview\nDjango and Flask\n[A chart]');
  });

  it('leaves out scripts, templates, svg and hidden elements', () => {
    const html =
      '<body><script>let x = 1</script><template><p>later</p></template><svg><text>icon</text></svg><p hidden>no</p><p>yes</p></body>';
    expect(visibleText(html)).toBe('title:\nyes');
  });

  it('changes when what a reader sees changes, not when the markup does', () => {
    expect(visibleText('<body><p class="a">Text</p></body>')).toBe(visibleText('<body><div data-x="1"><p>Text</p></div></body>'));
    expect(visibleText('<body><p>Text</p></body>')).not.toBe(visibleText('<body><p>Test</p></body>'));
  });
});
