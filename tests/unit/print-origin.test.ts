import { describe, expect, it } from 'vitest';
import { printOriginCss } from '../../src/site/print-origin';

describe('printOriginCss', () => {
  it('holds the origin alone (hrefs carry the base path) as a CSS string in the base layer', () => {
    expect(printOriginCss('https://example.org/docs/')).toBe('@layer base{:root{--print-origin:"https://example.org"}}');
    expect(printOriginCss(new URL('http://localhost:4321'))).toBe('@layer base{:root{--print-origin:"http://localhost:4321"}}');
  });
});
