/**
 * The `branches` input reads patterns as GitHub's `on.push.branches` filter
 * does, so a list copied from a workflow means the same thing here.
 */
import { describe, expect, it } from 'vitest';
import { compileBranchPattern, matchesBranches, splitPatternList } from '../../src/config/branch-patterns.js';

const list = (...patterns: string[]) => patterns.map(compileBranchPattern);
const matches = (branch: string, ...patterns: string[]) => matchesBranches(branch, list(...patterns));

describe('branch patterns (GitHub filter semantics)', () => {
  it('a plain name matches only itself', () => {
    expect(matches('main', 'main')).toBe(true);
    expect(matches('main2', 'main')).toBe(false);
    expect(matches('feature/main', 'main')).toBe(false);
    // Regex characters in names are literal.
    expect(matches('v1.2', 'v1.2')).toBe(true);
    expect(matches('v1x2', 'v1.2')).toBe(false);
  });

  it('`*` stays within one path segment, `**` crosses them', () => {
    expect(matches('release/v1', 'release/*')).toBe(true);
    expect(matches('release/v1/hotfix', 'release/*')).toBe(false);
    expect(matches('release/v1/hotfix', 'release/**')).toBe(true);
    expect(matches('release/', 'release/**')).toBe(true);
    expect(matches('main', '*')).toBe(true);
    expect(matches('a/b', '*')).toBe(false);
    expect(matches('a/b', '**')).toBe(true);
  });

  it('`?` makes the preceding character optional and `+` repeats it, as GitHub documents', () => {
    expect(matches('colour', 'colou?r')).toBe(true);
    expect(matches('color', 'colou?r')).toBe(true);
    expect(matches('colouur', 'colou?r')).toBe(false);
    expect(matches('v111', 'v1+')).toBe(true);
    expect(matches('v', 'v1+')).toBe(false);
  });

  it('character classes and escapes', () => {
    expect(matches('v2', 'v[0-9]')).toBe(true);
    expect(matches('vx', 'v[0-9]')).toBe(false);
    expect(matches('vx', 'v[!0-9]')).toBe(true);
    expect(matches('a*b', 'a\\*b')).toBe(true);
    expect(matches('axb', 'a\\*b')).toBe(false);
  });

  it('a leading `!` excludes, and the last matching pattern decides', () => {
    expect(matches('release/old', 'release/**', '!release/old')).toBe(false);
    expect(matches('release/new', 'release/**', '!release/old')).toBe(true);
    expect(matches('release/old', '!release/old', 'release/**')).toBe(true);
    expect(matches('main', 'release/**', '!release/old')).toBe(false);
  });

  it('refuses patterns it cannot read, with the pattern in the message', () => {
    expect(() => compileBranchPattern('')).toThrow(/empty/);
    expect(() => compileBranchPattern('!')).toThrow(/empty/);
    expect(() => compileBranchPattern('?main')).toThrow(/"\?main".*must follow/);
    expect(() => compileBranchPattern('v[0-9')).toThrow(/"v\[0-9".*closing/);
    expect(() => compileBranchPattern('main\\')).toThrow(/ends with/);
  });

  it('reads one pattern per line or a comma-separated list', () => {
    expect(splitPatternList('main\n  release/**\n\n# a comment\n')).toEqual(['main', 'release/**']);
    expect(splitPatternList('main, develop')).toEqual(['main', 'develop']);
  });
});
