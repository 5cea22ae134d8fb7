import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../src/buffer/types.js';
import { NETWORK_LIMITS } from '../../src/validate/network-limits.js';

const doc = readFileSync(new URL('../../docs/limits.md', import.meta.url), 'utf8');

/** The docs/limits.md table row of a service, found by its backquoted service name. */
function textRow(service: string): string {
  const row = doc.split('\n').find((line) => line.startsWith('|') && line.includes(`(\`${service}\`)`));
  if (!row) throw new Error(`docs/limits.md has no text-length row for ${service}`);
  return row;
}

describe('docs/limits.md', () => {
  it.each(SERVICES)('documents the %s text limit and every source URL', (service) => {
    const rules = NETWORK_LIMITS[service];
    const limit = rules.length.limit;
    // Mastodon's limit is the channel's; its row is checked below.
    if (limit !== null && service !== 'mastodon')
      expect(textRow(service)).toContain(`| ${limit.toLocaleString('en-US')} |`);
    for (const source of rules.sources.filter((s) => s.startsWith('http'))) expect(doc).toContain(source);
  });

  it('documents Mastodon as the channel limit with 500 as fallback', () => {
    expect(textRow('mastodon')).toContain("the channel's `maxCharacters`; 500 when unknown");
  });
});
