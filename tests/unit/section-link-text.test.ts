import { describe, expect, it } from 'vitest';
import { sectionLinkText, type LinkTargets } from '../../src/guide/section-link-text';

const targets: LinkTargets = new Map([['/guide/data-layer/', { title: 'Data layer', headings: new Map([['the-admin', 'The admin']]) }]]);

describe('sectionLinkText', () => {
  it('names the heading and its chapter', () => {
    expect(sectionLinkText('/guide/data-layer/#the-admin', targets)).toBe('The admin (Data layer)');
  });

  it('names the chapter for a link without a fragment', () => {
    expect(sectionLinkText('/guide/data-layer/', targets)).toBe('Data layer');
  });

  it('fails naming the link when the heading is gone', () => {
    expect(() => sectionLinkText('/guide/data-layer/#orm', targets)).toThrow(/no heading with the id "orm".*#orm/);
  });

  it('fails naming the link when the page is unknown', () => {
    expect(() => sectionLinkText('/guide/nowhere/#x', targets)).toThrow('no guide page at /guide/nowhere/');
  });
});
