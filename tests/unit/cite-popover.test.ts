import { describe, expect, it } from 'vitest';
import { citeEntryId, citePopoverId } from '../../src/guide/cite-popover';

describe('citation ids', () => {
  it('gives each source one list entry and one popover, distinct from each other and from heading ids', () => {
    expect(citeEntryId('apidog')).toBe('src-apidog');
    expect(citeEntryId('apidog')).not.toBe(citeEntryId('edureka'));
    expect(citePopoverId(citeEntryId('apidog'))).toBe('pop-src-apidog');
    expect(citePopoverId(citeEntryId('apidog'))).not.toBe(citeEntryId('apidog'));
  });
});
