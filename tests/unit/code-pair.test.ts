import { describe, expect, it } from 'vitest';
import { FRAMEWORK_STORAGE_KEY, parseFrameworkChoice, tabIndexForKey } from '../../src/guide/code-pair-tabs';

describe('stored framework choice', () => {
  const known = ['django', 'flask'] as const;
  it('accepts a known framework', () => {
    expect(FRAMEWORK_STORAGE_KEY).toBe('dvf:framework');
    expect(parseFrameworkChoice('flask', known)).toBe('flask');
    expect(parseFrameworkChoice('django', known)).toBe('django');
  });
  it('ignores missing, unknown or malformed values', () => {
    for (const value of [null, undefined, '', 'Flask', ' flask', 'fastapi', '<script>', 'x'.repeat(10_000), 1, {}]) {
      expect(parseFrameworkChoice(value, known)).toBeUndefined();
    }
  });
});

describe('tab keyboard moves', () => {
  it('moves right and left, wrapping around', () => {
    expect(tabIndexForKey('ArrowRight', 0, 2)).toBe(1);
    expect(tabIndexForKey('ArrowRight', 1, 2)).toBe(0);
    expect(tabIndexForKey('ArrowLeft', 0, 2)).toBe(1);
    expect(tabIndexForKey('ArrowLeft', 2, 3)).toBe(1);
  });
  it('jumps to the ends with Home and End', () => {
    expect(tabIndexForKey('Home', 2, 3)).toBe(0);
    expect(tabIndexForKey('End', 0, 3)).toBe(2);
  });
  it('leaves other keys alone', () => {
    for (const key of ['Tab', 'Enter', ' ', 'ArrowDown', 'ArrowUp', 'a']) expect(tabIndexForKey(key, 0, 2)).toBeUndefined();
    expect(tabIndexForKey('ArrowRight', 0, 0)).toBeUndefined();
  });
});
