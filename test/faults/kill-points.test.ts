/**
 * The runner dies at a phase boundary (issue 6): the bundled action is
 * killed (SIGKILL, no chance to clean up) after it applied the push to
 * Buffer but before the write-back commit, after that commit but before the
 * push, and right after its push landed but before it learned so. Then the
 * job is re-run without faults, and the world must satisfy the invariant of
 * world.ts.
 *
 * The kill needs no hook in the product: a `git` first on PATH
 * (helpers/git-double.ts) kills its parent, the action's node process, when
 * it sees the chosen subcommand, before or after running the real git.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installGitDouble, type GitDouble } from '../helpers/git-double.js';
import { createActionBench, type ActionBench } from './action-runs.js';
import { gitRaw, invariantViolations, newWorld, type World } from './world.js';

const KILL_POINTS = [
  // The creates are recorded as an attempt (the applied state's notes ref) before any is sent.
  {
    name: 'while recording the attempt, before anything was sent',
    on: 'push',
    when: 'before',
    match: 'refs/notes/',
    applied: false,
    landed: false,
  },
  {
    name: 'after apply, before the write-back commit',
    on: 'add',
    when: 'before',
    match: undefined,
    applied: true,
    landed: false,
  },
  {
    name: 'after the write-back commit, before the push',
    on: 'push',
    when: 'before',
    match: 'refs/heads/',
    applied: true,
    landed: false,
  },
  {
    name: 'during the push: it landed, the action never learned',
    on: 'push',
    when: 'after',
    match: 'refs/heads/',
    applied: true,
    landed: true,
  },
] as const;

/** A push touching every mutation kind: two new files (three channels), an edit, a removal, an untouched file, a new idea. */
function mixedWorld(): World {
  return newWorld(
    [
      { name: 'new-a.md', services: ['twitter'], dueAt: '2027-03-01T09:00:00+01:00', after: 'A new post.' },
      {
        name: 'new-b.md',
        services: ['linkedin', 'mastodon'],
        dueAt: '2027-03-02T09:00:00+01:00',
        after: 'Another new post.',
      },
      {
        name: 'edited.md',
        services: ['twitter'],
        dueAt: '2027-03-03T09:00:00+01:00',
        before: 'Old words.',
        after: 'Better words.',
      },
      { name: 'removed.md', services: ['bluesky'], dueAt: '2027-03-04T09:00:00+01:00', before: 'Going away.' },
      {
        name: 'kept.md',
        services: ['twitter'],
        dueAt: '2027-03-05T09:00:00+01:00',
        before: 'Staying.',
        after: 'Staying.',
      },
    ],
    [{ name: 'idea.md', title: 'A series on sync', text: 'Three posts about how sync works.' }],
  );
}

describe('the action killed at each phase boundary, then re-run', () => {
  let bench: ActionBench;
  let git: GitDouble;

  beforeAll(async () => {
    bench = await createActionBench();
    git = await installGitDouble(path.join(bench.fx.root, 'git-double'), bench.fx.env);
  });
  afterAll(async () => bench?.close());

  for (const point of KILL_POINTS) {
    it(`killed ${point.name}: the re-run leaves no duplicate, no lost ID, no foreign byte`, async () => {
      const world = mixedWorld();
      const { branch, before, after } = await bench.stage(world);
      const { fx, sandbox } = bench;

      const killed = await bench.run(
        branch,
        { before, after },
        { env: git.env({ killOn: point.on, killWhen: point.when, killMatch: point.match }) },
      );
      expect(killed.exitCode, killed.stdout).not.toBe(0);
      // It died where it should: applied (or not yet), the push never reported.
      expect(/created\s+create-idea/.test(killed.stdout)).toBe(point.applied);
      expect(killed.stdout).not.toMatch(/Pushed [0-9a-f]{7}/);
      const tipAfterKill = (await gitRaw(['rev-parse', branch], fx.bare, fx.env)).toString().trim();
      expect(tipAfterKill === after).toBe(!point.landed);

      const rerun = await bench.run(branch, { before, after });
      expect(rerun.exitCode, rerun.stdout + rerun.stderr).toBe(0);
      // Nothing was created twice: the posts and the idea made before the kill were adopted, unless
      // the IDs landed (the re-run acts on the branch tip, where the files hold them).
      expect(/adopted\s+create\s/.test(rerun.stdout)).toBe(point.applied && !point.landed);
      expect(/adopted\s+create-idea/.test(rerun.stdout)).toBe(point.applied && !point.landed);
      const violations = await invariantViolations(world, { sandbox, bare: fx.bare, env: fx.env, branch, after });
      console.log(`kill point "${point.name}": ${violations.length} invariant violations`);
      expect(violations, rerun.stdout).toEqual([]);
    });
  }
});
