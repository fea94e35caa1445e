import { describe, expect, it } from 'vitest';
import { citePopoverId } from '../../src/guide/cite-popover';

describe('citePopoverId', () => {
  it('gives each source one id, distinct from the per-marker ids cite-N', () => {
    expect(citePopoverId('apidog')).toBe('source-pop-apidog');
    expect(citePopoverId('apidog')).not.toBe(citePopoverId('edureka'));
    expect(citePopoverId('1')).not.toMatch(/^cite-\d+$/);
  });
});
