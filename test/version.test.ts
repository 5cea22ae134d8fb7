/**
 * One version: src/version.ts (what `--version`, init's `uses:` tag and the
 * Buffer client's user-agent say) is package.json's, which the release
 * workflow checks against the tag.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('the version', () => {
  it("is package.json's", () => {
    expect(VERSION).toBe(pkg.version);
  });
});
