/**
 * Property: a pull request's plan against the base branch's applied state
 * (src/plan/range-state.ts, issue 16) is the plan that reads every file
 * (collectFiles + settleClaims, what a plan did before).
 *
 * Each case is a random repository in a real git repository (a temp dir): post
 * files on 1–3 channels, each fully tracked and recorded complete, left
 * incomplete (a channel without an ID, recorded so), tracked but never
 * recorded, or recorded with another blob (changed since the record); the
 * state is written and read back by the product's own notes code, sometimes
 * with a post whose delete failed (an orphan). Then a random pull request:
 * edits, channels dropped or added, files added, deleted, renamed (with and
 * without an edit) and copied with their `buffer:` block.
 *
 * The two plans must have the same items (action, file, channel, post ID) and
 * the same findings; the plan against the state adds only the deletes of the
 * state's orphans. Before the plan against the state runs, every file it
 * trusts is overwritten in the work tree with text that would plan something
 * else: so it must never open one.
 *
 * In-process, no action spawns: about 20 git processes a case.
 * PLAN_STATE_RUNS (default 15) and PLAN_STATE_SEED replay or widen it.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../src/buffer/types.js';
import { detectChanges } from '../../src/git/changes.js';
import { Git } from '../../src/git/git.js';
import { blobsAt } from '../../src/git/tree-blobs.js';
import { buildPlan, type PostFileChange } from '../../src/plan/build-plan.js';
import { settleClaims } from '../../src/plan/claims.js';
import { collectFiles } from '../../src/plan/collect.js';
import { collectRangeAgainstState } from '../../src/plan/range-state.js';
import type { Plan } from '../../src/plan/types.js';
import { renderPost } from '../../src/posts/render.js';
import type { AppliedState } from '../../src/state/applied-state.js';
import { readAppliedState, writeAppliedState } from '../../src/state/notes.js';
import { validatePost } from '../../src/validate/rules.js';
import { createGitFixture } from '../helpers/git-fixture.js';

const REFS = ['twitter', 'linkedin', 'bluesky'] as const;
const channels: Channel[] = REFS.map((service) => ({
  id: `c-${service}`,
  service,
  name: 'acme',
  organizationId: 'o',
  timezone: 'UTC',
}));
const NOW = new Date('2026-06-01T00:00:00Z');
const ORPHAN = { id: 'orphan-1', file: 'posts/gone.md', ref: 'twitter' };

type Kind = 'complete' | 'incomplete' | 'unrecorded' | 'changed-since';
const word = fc.constantFrom('alpha', 'beta', 'gamma', 'delta');
const refs = fc.subarray([...REFS], { minLength: 1 });
const at = fc.nat(20);
const caseArb = fc.record({
  files: fc.array(
    fc.record({
      channels: refs,
      kind: fc.constantFrom<Kind>('complete', 'complete', 'complete', 'incomplete', 'unrecorded', 'changed-since'),
      word,
    }),
    { minLength: 2, maxLength: 7 },
  ),
  ops: fc.array(
    fc.oneof(
      fc.record({ op: fc.constant('edit' as const), at, word }),
      fc.record({ op: fc.constant('drop-channel' as const), at }),
      fc.record({ op: fc.constant('add-channel' as const), at }),
      fc.record({ op: fc.constant('add' as const), channels: refs, word }),
      fc.record({ op: fc.constant('delete' as const), at }),
      fc.record({ op: fc.constant('rename' as const), at, edit: fc.boolean() }),
      fc.record({ op: fc.constant('copy' as const), at }),
    ),
    { minLength: 1, maxLength: 4 },
  ),
  orphan: fc.boolean(),
});

/** A post file as a team writes it and the write-back leaves it. */
interface Model {
  channels: string[];
  ids: Record<string, string>;
  text: string;
}
function render(m: Model): string {
  const tracked = Object.entries(m.ids);
  const block = tracked.length
    ? `buffer:\n${tracked.map(([ref, id]) => `  ${ref}: {id: ${id}, status: scheduled}\n`).join('')}`
    : '';
  return `---\nchannels: [${m.channels.join(', ')}]\n${block}---\n${m.text}\n`;
}

/** The plan as the comparison sees it: what each item does to which post, and every finding. */
function shape(plan: Plan) {
  return {
    items: plan.items.map((i) => [i.action, i.file, i.ref ?? '', 'postId' in i ? (i.postId ?? '') : '']),
    findings: plan.findings.map((f) => [f.file, f.line, f.severity, f.code, f.message]),
  };
}
const planOf = (posts: PostFileChange[]) =>
  buildPlan({
    basis: 'diff',
    posts,
    channels,
    deleteSent: false,
    now: NOW,
    render: renderPost,
    validate: validatePost,
  });

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

async function check(input: Case): Promise<void> {
  const fx = await createGitFixture();
  try {
    const git = new Git({ cwd: fx.work, env: fx.env });
    const files = new Map<string, Model>();
    input.files.forEach((f, i) => {
      const ids: Record<string, string> = {};
      // Incomplete: the last channel has no post yet (an earlier run failed, a queue was full).
      const tracked = f.kind === 'incomplete' ? f.channels.slice(0, -1) : f.channels;
      for (const ref of tracked) ids[ref] = `id-${i}-${ref}`;
      files.set(`posts/p${i}.md`, { channels: f.channels, ids, text: `Post ${i}: ${f.word}` });
    });
    await fx.writeFiles(Object.fromEntries([...files].map(([p, m]) => [p, render(m)])));
    const base = await fx.commitAll('posts');
    await fx.push();

    // The applied state of main at the base, as the apply that wrote these IDs records it.
    const blobs = await blobsAt(git, base, ['posts']);
    const state: AppliedState = {
      version: 1,
      branch: 'main',
      commit: base,
      recordedAt: '2026-05-31T12:00:00Z',
      files: {},
      ideas: {},
      orphans: input.orphan ? [ORPHAN] : [],
      attempts: [],
    };
    input.files.forEach((f, i) => {
      const file = `posts/p${i}.md`;
      const ids = files.get(file)!.ids;
      if (f.kind === 'unrecorded') return;
      const blob = f.kind === 'changed-since' ? 'b'.repeat(40) : blobs.get(file)!;
      state.files[file] = { blob, complete: f.kind !== 'incomplete', posts: { ...ids } };
    });
    const written = await writeAppliedState(git, { branch: 'main', state, expectedNoteCommit: undefined });
    expect(written.status).toBe('recorded');
    const read = await readAppliedState(git, { branch: 'main' });
    expect(read.reason).toBeUndefined();

    // The pull request.
    let added = 0;
    const live = () => [...files.keys()];
    const pick = (n: number) => live()[n % live().length];
    for (const op of input.ops) {
      if (op.op === 'add') {
        files.set(`posts/new-${++added}.md`, { channels: op.channels, ids: {}, text: `New ${added}: ${op.word}` });
        continue;
      }
      if (files.size === 0) continue;
      const file = pick(op.at)!;
      const m = files.get(file)!;
      if (op.op === 'edit') files.set(file, { ...m, text: `${m.text} ${op.word}` });
      else if (op.op === 'drop-channel' && m.channels.length > 1) {
        const [dropped, ...kept] = m.channels;
        const ids = { ...m.ids };
        delete ids[dropped!];
        files.set(file, { ...m, channels: kept, ids });
      } else if (op.op === 'add-channel') {
        const more = REFS.find((r) => !m.channels.includes(r));
        if (more) files.set(file, { ...m, channels: [...m.channels, more] });
      } else if (op.op === 'delete') files.delete(file);
      else if (op.op === 'rename') {
        files.delete(file);
        files.set(`posts/moved-${++added}.md`, op.edit ? { ...m, text: `${m.text} moved` } : m);
      } else if (op.op === 'copy') files.set(`posts/copy-${++added}.md`, { ...m, ids: { ...m.ids } });
    }
    const before = new Set(input.files.map((_, i) => `posts/p${i}.md`));
    await fx.writeFiles({
      ...Object.fromEntries([...before].filter((p) => !files.has(p)).map((p) => [p, null])),
      ...Object.fromEntries([...files].map(([p, m]) => [p, render(m)])),
    });
    const head = await fx.commitAll('the pull request');
    const changes = await detectChanges(git, { before: base, after: head, dirs: ['posts', 'ideas'] });
    if (changes.kind !== 'diff') throw new Error(`no diff: ${changes.reason}`);
    const opts = { workspace: fx.work, postsDir: 'posts', ideasDir: 'ideas', git };

    // Every file read (the plan before the state).
    const all = await collectFiles(changes, opts);
    const addedPaths = new Set(changes.changes.filter((c) => c.status === 'added').map((c) => c.path));
    all.decisions = settleClaims(all.tipFiles, all.posts, addedPaths);
    const expected = shape(planOf(all.posts));

    // Against the state: the files it vouches for are made to say something else on disk first.
    const headBlobs = await blobsAt(git, head, ['posts']);
    const touched = new Set(changes.changes.flatMap((c) => [c.path, c.oldPath ?? c.path]));
    const vouched = [...headBlobs].filter(
      ([p, blob]) => read.state!.files[p]?.complete && read.state!.files[p]?.blob === blob && !touched.has(p),
    );
    for (const [p] of vouched)
      await writeFile(path.join(fx.work, p), '---\nchannels: [twitter, linkedin, bluesky]\n---\nNot the file\n');
    const against = await collectRangeAgainstState({
      ...opts,
      changes,
      state: read.state!,
      blobs: headBlobs,
      removals: true,
    });
    expect(against.trusted).toBe(vouched.length);
    const actual = shape(planOf(against.posts));

    const orphanItems = actual.items.filter((i) => i[1] === ORPHAN.file);
    expect({ ...actual, items: actual.items.filter((i) => i[1] !== ORPHAN.file) }).toEqual(expected);
    expect(orphanItems).toEqual(input.orphan ? [['delete', ORPHAN.file, ORPHAN.ref, ORPHAN.id]] : []);
    expect(against.removals).toBe(input.orphan ? 1 : 0);
  } finally {
    await fx.cleanup();
  }
}

describe('a pull request plan against the applied state', () => {
  it('plans what reading every file plans, without opening a file the state vouches for', async () => {
    const runs = Number(process.env.PLAN_STATE_RUNS ?? 15);
    const seed = process.env.PLAN_STATE_SEED ? Number(process.env.PLAN_STATE_SEED) : undefined;
    await fc.assert(fc.asyncProperty(caseArb, check), { numRuns: runs, seed, endOnFailure: true });
  }, 120_000);
});
