import { describe, expect, it } from 'vitest';
import { keepOwnHashes } from '../../src/build/csp-page-hashes';
import { inlineScriptHash } from '../../src/build/inline-script-hash';

const script = 'document.documentElement.dataset.theme="dark"';
const style = '@layer base{:root{color:red}}';
const unused = inlineScriptHash('elsewhere()');
const external = inlineScriptHash('');

function page(body: string): string {
  const policy = `default-src 'self'; script-src 'self' '${inlineScriptHash(script)}' '${unused}' '${external}'; style-src 'self' '${inlineScriptHash(style)}' '${unused}';`;
  return `<head><meta http-equiv="content-security-policy" content="${policy}">${body}</head>`;
}

describe('keepOwnHashes', () => {
  it("keeps the hashes of the page's inline scripts and styles and drops the others", () => {
    const html = keepOwnHashes(page(`<script>${script}</script><style>${style}</style><script type="module" src="/a.js"></script>`));
    expect(html).toContain(`script-src 'self' '${inlineScriptHash(script)}';`);
    expect(html).toContain(`style-src 'self' '${inlineScriptHash(style)}';`);
    expect(html).not.toContain(unused);
    // An external script's empty body is not inline code: its hash is not kept.
    expect(html).not.toContain(external);
  });

  it('leaves the rest of the policy and the page as they were', () => {
    const html = keepOwnHashes(page(`<p>text</p>`));
    expect(html).toContain(`content="default-src 'self'; script-src 'self'; style-src 'self';"`);
    expect(html.endsWith('<p>text</p></head>')).toBe(true);
  });

  it('leaves a page without a policy alone', () => {
    expect(keepOwnHashes('<p>no policy</p>')).toBe('<p>no policy</p>');
  });
});
