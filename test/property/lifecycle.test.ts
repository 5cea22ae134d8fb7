/**
 * Property-based test of the apply lifecycle (issue 11): a seeded random
 * history of a content team (team-model.ts: adds, edits of every field,
 * renames, moves, template copies with their `buffer:` block,
 * rename-and-replace, deletes, several commits per push, queued runs acting
 * on an older checkout, force pushes over the bot's write-back, edits and
 * deletes in Buffer's app, sandbox faults, syncs), played against the bundled
 * action, real git with a bare remote and the Buffer sandbox.
 *
 * After every step: no crash, no lost user commit. At the end of each
 * history, after one clean run (an apply of the tip without faults, plus
 * `on-drift: restore` when posts were changed in Buffer and their files not
 * since): Buffer equals the files at the tip (converged.ts).
 *
 * Budget (environment; `npm run bundle` first, the test runs dist/index.js):
 *   LIFECYCLE_SEED   one seed, or several separated by commas (default: the fixed list below)
 *   LIFECYCLE_RUNS   histories per seed (default 1)
 *   LIFECYCLE_STEPS  longest history, in top-level steps (default 30)
 *   LIFECYCLE_PATH   replay one counterexample (with its LIFECYCLE_SEED), as printed on failure
 *   LIFECYCLE_SHRINK_MS  time allowed for shrinking a failure, per seed (default 60000; 0: no shrinking)
 * The default (npm test): 3 seeds, 232 steps (file operations, pushes, syncs,
 * Buffer-side changes) in 43 action runs, about a minute on a busy 2-core
 * machine. The nightly workflow plays 40 histories of up to 40 steps.
 */
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_ENTRY } from '../helpers/run-action.js';
import { divergences } from './converged.js';
import { HistoryBroken, TeamHistory, idsOf, type StepCounts } from './team-history.js';
import { describeSteps, historyArb, renderFile, sizeOf, type Step } from './team-model.js';

/** Chosen for their length: 232 steps in 43 action runs (see the header). */
const DEFAULT_SEEDS = [10, 7, 40];
const MIN_STEPS_PER_NPM_TEST = 200;

const envInt = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got ${JSON.stringify(raw)}`);
  return value;
};
const seeds = process.env.LIFECYCLE_SEED
  ? process.env.LIFECYCLE_SEED.split(',').map((s) => Number(s.trim()))
  : DEFAULT_SEEDS;
if (seeds.some((s) => !Number.isInteger(s)))
  throw new Error(
    `LIFECYCLE_SEED must be integers separated by commas, got ${JSON.stringify(process.env.LIFECYCLE_SEED)}`,
  );
const runsPerSeed = envInt('LIFECYCLE_RUNS', 1);
const maxSteps = envInt('LIFECYCLE_STEPS', 30);
const replayPath = process.env.LIFECYCLE_PATH || undefined;
const shrinkMs = envInt('LIFECYCLE_SHRINK_MS', 60_000);
const defaultBudget = !process.env.LIFECYCLE_SEED && !process.env.LIFECYCLE_RUNS && !process.env.LIFECYCLE_STEPS;

/** Plays one history and checks it; throws with the run log when an invariant does not hold. `played` gets the counts either way. */
async function play(steps: Step[], played: (counts: StepCounts) => void): Promise<void> {
  const team = await TeamHistory.start();
  try {
    try {
      for (const [i, step] of steps.entries()) await team.play(step, i + 1);
      const clean = await team.cleanApply();
      const problems: string[] = [];
      if (clean.exitCode !== 0) problems.push(`the clean apply of the tip exited ${clean.exitCode}`);
      if (team.drifted.size > 0) {
        const restore = await team.restoreSync();
        if (restore.exitCode !== 0) problems.push(`the sync with on-drift: restore exited ${restore.exitCode}`);
      }
      await team.checkNoLostCommit();
      problems.push(...(await divergences(team)));
      if (problems.length > 0)
        throw new HistoryBroken(
          `Buffer does not equal the files at the tip:\n  ${problems.slice(0, 25).join('\n  ')}${problems.length > 25 ? `\n  … ${problems.length - 25} more` : ''}`,
        );
    } catch (e) {
      (e as Error).message += `\n\nWhat happened:\n${team.log.join('\n')}`;
      throw e;
    }
  } finally {
    played({ ...team.counts });
    await team.close();
  }
}

const total: StepCounts = { steps: 0, fileOps: 0, pushes: 0, syncs: 0, bufferSide: 0, actionRuns: 0 };

describe('lifecycle: after any team history, one clean run makes Buffer equal the files at the tip', () => {
  beforeAll(() => {
    if (!existsSync(ACTION_ENTRY))
      throw new Error(`${ACTION_ENTRY} is missing: run \`npm run bundle\` first (the test runs the bundled action).`);
  });

  for (const seed of seeds) {
    it(
      `seed ${seed}: ${runsPerSeed} histor${runsPerSeed === 1 ? 'y' : 'ies'} of up to ${maxSteps} steps`,
      async () => {
        let sequence = 0;
        let shrinking = false;
        const property = fc.asyncProperty(historyArb(maxSteps), async (steps) => {
          const started = Date.now();
          const which = shrinking ? 'shrink attempt' : `history ${++sequence}`;
          let counts: StepCounts | undefined;
          let outcome = 'converged';
          try {
            await play(steps, (c) => (counts = c));
          } catch (e) {
            outcome = 'FAILED';
            if (shrinking)
              console.log(
                `[lifecycle] seed=${seed} shrinking: still fails with ${steps.length} top-level steps, ${sizeOf(steps)} in all (${Date.now() - started} ms)`,
              );
            throw e;
          } finally {
            if (!shrinking && counts) {
              for (const key of Object.keys(total) as (keyof StepCounts)[]) total[key] += counts[key];
              console.log(
                `[lifecycle] seed=${seed} ${which}: ${counts.steps} steps (${counts.fileOps} file operations in ${counts.pushes} pushes, ${counts.syncs} syncs, ` +
                  `${counts.bufferSide} Buffer-side changes), ${counts.actionRuns} action runs, ${Date.now() - started} ms: ${outcome}`,
              );
            }
          }
        });

        // First pass without shrinking: on success this is the whole cost.
        const first = await fc.check(property, { seed, numRuns: runsPerSeed, path: replayPath, endOnFailure: true });
        if (!first.failed) return;
        // Shrink from the failing history within the time budget; the best counterexample found so far is reported.
        shrinking = true;
        const shrunk =
          shrinkMs > 0
            ? await fc.check(property, {
                seed,
                numRuns: runsPerSeed,
                path: first.counterexamplePath ?? undefined,
                plugins: [fc.interruptAfterTimeLimit(shrinkMs)],
              })
            : first;
        const best = shrunk.failed && shrunk.counterexample ? shrunk : first;
        const steps: Step[] = (best.counterexample as [Step[]])[0];
        const report = [
          `Lifecycle property failed for seed ${seed} (${first.numRuns} histor${first.numRuns === 1 ? 'y' : 'ies'} run, ${best === first ? 'not shrunk' : `shrunk ${shrunk.numShrinks} times${shrunk.interrupted ? `, shrinking stopped after LIFECYCLE_SHRINK_MS=${shrinkMs}` : ''}`}).`,
          `Reproduce: npm run bundle && LIFECYCLE_SEED=${seed} LIFECYCLE_RUNS=${runsPerSeed} LIFECYCLE_STEPS=${maxSteps} LIFECYCLE_PATH=${best.counterexamplePath} npx vitest run test/property`,
          `Counterexample (${steps.length} top-level steps, ${sizeOf(steps)} with the file operations):`,
          describeSteps(steps),
          '',
          String((best.errorInstance as Error | undefined)?.message ?? best.errorInstance),
        ].join('\n');
        expect.fail(report);
      },
      runsPerSeed * maxSteps * 5_000 + shrinkMs + 120_000,
    );
  }

  it('the end check itself sees an orphan, a post changed in Buffer and a file without its ID', async () => {
    const team = await TeamHistory.start();
    try {
      const add = (name: number) => ({
        op: 'add' as const,
        name,
        folder: 0,
        spec: {
          channelMask: 1,
          texts: [name],
          image: null,
          itemImage: null,
          due: null,
          draft: false,
          firstComment: null,
        },
      });
      await team.play({ step: 'push', how: 'run', fault: null, commits: [[add(1), add(2)]] }, 1);
      expect(await divergences(team)).toEqual([]);
      // A post no file tracks, as a second repository or a lost answer would leave it.
      const created = await fetch(team.h.sandbox.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${team.h.sandbox.apiKey}` },
        body: JSON.stringify({
          query: 'mutation($input: CreatePostInput!) { createPost(input: $input) { __typename } }',
          variables: {
            input: {
              channelId: (await team.bufferPosts())[0]!.channelId,
              text: 'Nobody tracks me',
              schedulingType: 'automatic',
              mode: 'addToQueue',
              assets: [],
            },
          },
        }),
      });
      expect(created.status).toBe(200);
      const [first] = team.files;
      const id = Object.values(idsOf((await team.tipFiles()).get(first!.path)!))[0]!;
      await team.control('PATCH', `/__sandbox/posts/${id}`, { text: 'Changed in Buffer' });
      // The second file loses its ID: the team's push of the file without its buffer: block.
      await team.h.pull();
      const second = team.files[1]!;
      await team.h.pushFiles({ [second.path]: renderFile(second.spec) }, 'drop the ID');
      const problems = (await divergences(team)).join('\n');
      expect(problems).toMatch(/orphan: scheduled post \w+ on twitter \("Nobody tracks me"\)/);
      expect(problems).toContain(`${first!.path} × twitter (${id}): text: Buffer has "Changed in Buffer"`);
      expect(problems).toContain(`${second.path} × twitter: no post ID in the file's buffer: block`);
    } finally {
      await team.close();
    }
  });

  it(`played at least ${defaultBudget ? MIN_STEPS_PER_NPM_TEST : 1} steps (${MIN_STEPS_PER_NPM_TEST} with the default budget of npm test)`, () => {
    console.log(
      `[lifecycle] total: ${total.steps} steps, ${total.actionRuns} action runs over seeds ${seeds.join(', ')}`,
    );
    expect(total.steps).toBeGreaterThanOrEqual(defaultBudget ? MIN_STEPS_PER_NPM_TEST : 1);
  });
});
