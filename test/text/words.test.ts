import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, plural } from '../../src/text/words.js';

describe('formatNumber', () => {
  it('groups whole numbers as en-US does', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(-63206)).toBe('-63,206');
    expect(formatNumber(Number.MAX_SAFE_INTEGER)).toBe('9,007,199,254,740,991');
    expect(formatNumber(-0)).toBe((-0).toLocaleString('en-US'));
  });

  it("gives toLocaleString('en-US')'s text for any number", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, 1e21, 0.5)),
        (n) => {
          expect(formatNumber(n)).toBe(n.toLocaleString('en-US'));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('is what plural() counts with', () => {
    expect(plural(12345, 'file')).toBe('12,345 files');
    expect(plural(1, 'file')).toBe('1 file');
  });
});
