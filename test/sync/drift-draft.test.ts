/**
 * A draft is drift like text and time (issue 11: draft is reconciled): a draft
 * scheduled in Buffer's app is reported, and restoring it, or restoring any
 * other field of a draft, keeps it a draft; a file that is no longer a draft
 * gets its schedule.
 */
import { describe, expect, it } from 'vitest';
import type { Channel, Post } from '../../src/buffer/types.js';
import { parsePostFile } from '../../src/posts/parse.js';
import { renderPost } from '../../src/posts/render.js';
import { detectDrift } from '../../src/sync/drift.js';
import { restoreItem } from '../../src/sync/restore.js';
import { trackedRefs } from '../../src/sync/tracked.js';

const channel: Channel = { id: 'c1', name: 'acme', service: 'twitter', organizationId: 'o1', timezone: 'UTC' };
const NOW = new Date('2027-01-01T00:00:00Z');

function fileSaying(draft: boolean) {
  const raw = `---\nchannel: twitter\ndueAt: 2027-02-01T09:00:00Z\ndraft: ${draft}\nbuffer:\n  twitter: {id: p1}\n---\nHello.\n`;
  return trackedRefs([parsePostFile('posts/a.md', raw)])[0]!;
}
const remote = (status: Post['status'], dueAt = '2027-02-01T09:00:00.000Z'): Post => ({
  id: 'p1',
  channelId: 'c1',
  status,
  text: 'Hello.',
  dueAt,
});

describe('draft drift', () => {
  it('a draft scheduled in Buffer is drift; restoring it makes it a draft again', () => {
    const drift = detectDrift(fileSaying(true), remote('scheduled'), channel, renderPost);
    expect(drift?.fields).toEqual(['draft']);
    const item = restoreItem(drift!, renderPost, NOW);
    expect(item).toMatchObject({ action: 'edit', input: { id: 'p1', saveToDraft: true } });
  });

  it("restoring a draft's time keeps it a draft", () => {
    const drift = detectDrift(fileSaying(true), remote('draft', '2027-03-01T09:00:00.000Z'), channel, renderPost);
    expect(drift?.fields).toEqual(['time']);
    expect(restoreItem(drift!, renderPost, NOW)).toMatchObject({
      input: { mode: 'customScheduled', dueAt: '2027-02-01T09:00:00.000Z', saveToDraft: true },
    });
  });

  it('a post the file no longer calls a draft is scheduled as the file says', () => {
    const drift = detectDrift(fileSaying(false), remote('draft'), channel, renderPost);
    expect(drift?.fields).toEqual(['draft']);
    expect(restoreItem(drift!, renderPost, NOW)).toMatchObject({
      input: { saveToDraft: false, mode: 'customScheduled', dueAt: '2027-02-01T09:00:00.000Z' },
    });
  });

  it('no drift when Buffer agrees', () => {
    expect(detectDrift(fileSaying(true), remote('draft'), channel, renderPost)).toBeUndefined();
    expect(detectDrift(fileSaying(false), remote('scheduled'), channel, renderPost)).toBeUndefined();
  });

  it('a queued post given a fixed time in Buffer goes back to the queue', () => {
    const raw = `---\nchannel: twitter\nbuffer:\n  twitter: {id: p1}\n---\nHello.\n`;
    const queued = trackedRefs([parsePostFile('posts/q.md', raw)])[0]!;
    const drift = detectDrift(queued, { ...remote('scheduled'), shareMode: 'customScheduled' }, channel, renderPost);
    expect(drift?.fields).toEqual(['time']);
    expect(restoreItem(drift!, renderPost, NOW)).toMatchObject({ input: { id: 'p1', mode: 'addToQueue' } });
    expect(
      detectDrift(queued, { ...remote('scheduled'), shareMode: 'addToQueue' }, channel, renderPost),
    ).toBeUndefined();
  });
});
