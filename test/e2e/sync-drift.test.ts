/**
 * Drift (issue 5): a post deleted in Buffer and another edited in Buffer's
 * app are reported with file, channel and what differs, and Buffer is left
 * alone; with `on-drift: restore` the deleted one is created again (its new
 * ID written back) and the edited one overwritten from the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBufferBlock } from '../../src/writeback/buffer-block.js';
import { createHarness, mutationInputs, postsOf, type Harness } from './harness.js';
import { runScheduled, type ScheduledRun } from './sync-run.js';

const post = (text: string, due: string) => `---
channel: twitter
mode: customScheduled
dueAt: ${due}
---
${text}
`;

describe('drift: a post deleted and another edited in Buffer', () => {
  let h: Harness;
  let deletedId: string;
  let editedId: string;
  let report: ScheduledRun;

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    const push = await h.runPush(
      await h.pushFiles(
        {
          'posts/gone.md': post('This one is deleted in Buffer.', '2027-02-01T09:00:00Z'),
          'posts/edited.md': post('The file says this.', '2027-02-02T09:00:00Z'),
        },
        'add',
      ),
    );
    expect(push.exitCode, push.stdout).toBe(0);
    await h.pull();
    deletedId = readBufferBlock(await h.read('posts/gone.md')).twitter!.id;
    editedId = readBufferBlock(await h.read('posts/edited.md')).twitter!.id;
    const control = (id: string, init: RequestInit) => fetch(`${h.sandbox.url}/__sandbox/posts/${id}`, init);
    expect((await control(deletedId, { method: 'DELETE' })).status).toBe(204);
    const patched = await control(editedId, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Someone changed this in Buffer.', dueAt: '2027-02-03T12:00:00Z' }),
    });
    expect(patched.status).toBe(200);
    report = await runScheduled(h);
  });
  afterAll(async () => h?.close());

  it('reports both with file, channel and what differs, and does not fail', () => {
    expect(report.exitCode, report.stdout).toBe(0);
    const drift = report.annotations.filter(
      (a) =>
        a.level === 'warning' &&
        /Buffer/.test(a.message) &&
        (a.file === 'posts/gone.md' || a.file === 'posts/edited.md'),
    );
    const gone = drift.find((a) => a.file === 'posts/gone.md')!;
    expect(gone.line).toBe(2);
    expect(gone.message).toContain(
      `twitter (${deletedId}): Buffer no longer has post ${deletedId} (deleted in Buffer)`,
    );
    const edited = drift.find((a) => a.file === 'posts/edited.md')!;
    expect(edited.message).toContain(
      'text: Buffer has "Someone changed this in Buffer.", the file has "The file says this."',
    );
    expect(edited.message).toContain(
      'time: Buffer has 2027-02-03T12:00:00.000Z, the file has 2027-02-02T09:00:00.000Z',
    );
    expect(
      report.report.sync.drift.map((d: { file: string; kind: string; fields: string[] }) => [d.file, d.kind, d.fields]),
    ).toEqual([
      ['posts/edited.md', 'changed', ['text', 'time']],
      ['posts/gone.md', 'gone', []],
    ]);
  });

  it('leaves Buffer alone and records only that the post is gone', async () => {
    expect(mutationInputs(h.requests, 'createPost')).toHaveLength(2); // the push's two
    expect(mutationInputs(h.requests, 'editPost')).toHaveLength(0);
    expect(postsOf(h.sandbox).find((p) => p.id === editedId)!.text).toBe('Someone changed this in Buffer.');
    await h.pull();
    expect(readBufferBlock(await h.read('posts/gone.md')).twitter).toEqual({
      id: deletedId,
      status: 'deleted',
      dueAt: '2027-02-01T09:00:00.000Z',
    });
  });

  it('with on-drift: restore, recreates the deleted post, overwrites the edited one, and writes the new ID', async () => {
    const restore = await runScheduled(h, { eventName: 'workflow_dispatch', inputs: { 'on-drift': 'restore' } });
    expect(restore.exitCode, restore.stdout).toBe(0);
    expect(restore.outputs.created).toBe('1');
    expect(restore.outputs.edited).toBe('1');
    expect(mutationInputs(h.requests, 'editPost')).toEqual([
      { id: editedId, text: 'The file says this.', mode: 'customScheduled', dueAt: '2027-02-02T09:00:00.000Z' },
    ]);
    const posts = postsOf(h.sandbox);
    expect(posts.find((p) => p.id === editedId)).toMatchObject({
      text: 'The file says this.',
      dueAt: '2027-02-02T09:00:00.000Z',
    });
    await h.pull();
    const entry = readBufferBlock(await h.read('posts/gone.md')).twitter!;
    expect(entry.id).not.toBe(deletedId);
    expect(posts.find((p) => p.id === entry.id)).toMatchObject({
      text: 'This one is deleted in Buffer.',
      dueAt: '2027-02-01T09:00:00.000Z',
      status: 'scheduled',
    });
    expect(entry).toMatchObject({ status: 'scheduled' });
  });

  it('after restoring, a sync finds no drift and commits nothing', async () => {
    const again = await runScheduled(h);
    expect(again.exitCode).toBe(0);
    expect(again.report.sync.drift).toEqual([]);
    expect(again.report.writeBack.status).toBe('nothing-to-record');
  });
});
