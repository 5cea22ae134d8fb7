/**
 * The end of an apply (issue 11): what Buffer now holds, recorded as the
 * applied state on the commit the files are at, so the next run starts from
 * it. Files the write-back's retry carried a teammate's change into are left
 * for the next run to compare: this run did not apply that change.
 */
import type { Outcome } from '../apply/outcome.js';
import { detectChanges } from '../git/changes.js';
import type { Git } from '../git/git.js';
import { blobsAt } from '../git/tree-blobs.js';
import type { Collected } from '../plan/collect.js';
import type { StateCollected } from '../plan/collect-state.js';
import type { Plan } from '../plan/types.js';
import type { PostFile } from '../posts/model.js';
import type { RunReport } from '../report/run-report.js';
import { nextState } from '../state/next-state.js';
import type { AppliedRecorder } from '../state/recorder.js';
import type { TrackedUpdates } from '../writeback/tracked-updates.js';
import { IDEA_KEY } from '../writeback/tracked-updates.js';
import type { RunContext } from './context.js';

export interface FinalRecordInput {
  /** The commit the run acted on. */
  tip: string;
  collected: Collected;
  stateRun?: StateCollected;
  plan: Plan;
  outcomes: Outcome[];
  updates: TrackedUpdates;
  writeBack: NonNullable<RunReport['writeBack']>;
}

/** Records the state after the run; returns why it could not, if it could not. */
export async function recordFinal(
  ctx: RunContext,
  git: Git,
  recorder: AppliedRecorder,
  input: FinalRecordInput,
): Promise<string | undefined> {
  const { settings } = ctx;
  const pushed = input.writeBack.status === 'pushed' && input.writeBack.commit ? input.writeBack.commit : undefined;
  const commit = pushed ?? input.tip;
  const blobs = await blobsAt(git, commit, [settings.postsDir]);

  // Files someone else changed between the tip this run read and the commit its write-back went on top of.
  const unwritten = new Set<string>();
  if (pushed) {
    const parent = await git.revParse(`${pushed}^1`);
    if (parent !== input.tip) {
      const moved = await detectChanges(git, { before: input.tip, after: parent, dirs: [settings.postsDir] });
      // When the difference cannot be computed, every file is looked at again.
      for (const path of moved.kind === 'diff'
        ? moved.changes.flatMap((c) => [c.path, c.oldPath ?? c.path])
        : moved.files)
        unwritten.add(path);
    }
  } else {
    for (const file of input.updates.keys()) unwritten.add(file);
  }

  const read = new Map<string, PostFile>();
  for (const change of input.collected.posts) if (change.current) read.set(change.path, change.current);
  const ideas: Record<string, string> = {};
  for (const [path, id] of Object.entries(recorder.state?.ideas ?? {})) ideas[path] = id;
  for (const change of input.collected.ideas)
    if (change.current?.tracked?.id) ideas[change.path] = change.current.tracked.id;
  for (const [file, entries] of input.updates) {
    const idea = entries.get(IDEA_KEY);
    if (idea) ideas[file] = idea.id;
  }

  const state = nextState({
    previous: recorder.state,
    branch: recorder.branch,
    commit,
    now: ctx.now(),
    tipFiles: input.stateRun?.tipFiles ?? input.collected.tipFiles,
    trusted: input.stateRun?.trusted ?? new Map(),
    read,
    outcomes: input.outcomes,
    findings: input.plan.findings,
    blobs,
    unwritten,
    ideas,
    attempts: recorder.attempts,
  });
  return recorder.recordFinal(state);
}
