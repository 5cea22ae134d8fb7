/**
 * The applied state over one run (issue 11): read it at the start, record
 * the creates about to be sent (so a crash or a lost answer leaves a window
 * in which the next run may adopt what this one made, and nothing else), and
 * record what Buffer holds at the end. Every write is a compare-and-swap on
 * the notes ref: a run never overwrites a record it did not read.
 */
import { LOST_ANSWER_SLACK_MS, type AttemptWindow } from '../apply/exactly-once.js';
import type { Git } from '../git/git.js';
import type { CreateItem, ReplaceItem } from '../plan/types.js';
import { serializeAppliedState, type AppliedState } from './applied-state.js';
import { readAppliedState, writeAppliedState } from './notes.js';

export class AppliedRecorder {
  private noteCommit: string | undefined;
  /** Why nothing more can be recorded this run (a push refused or overtaken). */
  private stopped: string | undefined;
  /** The attempts this run recorded. */
  readonly attempts: AppliedState['attempts'] = [];
  /** Records this run wrote to the remote. */
  writes = 0;

  private constructor(
    private readonly git: Git,
    readonly branch: string,
    /** The state read at the start; undefined when there is none (see `reason`). */
    readonly state: AppliedState | undefined,
    readonly reason: string | undefined,
    noteCommit: string | undefined,
  ) {
    this.noteCommit = noteCommit;
  }

  /** `fetched`: the notes ref came with the branch tip's fetch (see `notesRefspec`). */
  static async open(git: Git, branch: string, opts: { fetched?: boolean } = {}): Promise<AppliedRecorder> {
    const read = await readAppliedState(git, { branch, ...opts });
    return new AppliedRecorder(git, branch, read.state, read.reason, read.noteCommit);
  }

  /** Whether the run can still record (nothing refused it so far). */
  get problem(): string | undefined {
    return this.stopped;
  }

  /**
   * Records the creates about to be sent. Returns a problem when the record
   * could not be written: the creates then go without a recorded attempt.
   */
  async recordAttempt(
    creates: readonly (CreateItem | ReplaceItem)[],
    now: Date,
    commit: string,
  ): Promise<string | undefined> {
    if (creates.length === 0) return undefined;
    const attempt = {
      startedAt: now.toISOString(),
      items: creates.map((c) => ({ file: c.file, ref: c.ref, channelId: c.channelId })),
    };
    const base: AppliedState = this.state ?? {
      version: 1,
      branch: this.branch,
      commit,
      recordedAt: now.toISOString(),
      files: {},
      ideas: {},
      orphans: [],
      attempts: [],
    };
    // This run's earlier attempts too: each record replaces the whole note.
    // The note moves to the commit this run acts on (the state describes files by blob, not by commit): an older one may not be in this checkout.
    const problem = await this.write({
      ...base,
      commit,
      recordedAt: now.toISOString(),
      attempts: [...base.attempts, ...this.attempts, attempt],
    });
    if (!problem) this.attempts.push(attempt);
    return problem;
  }

  /**
   * Records the state after the run; a run that changed nothing the state
   * holds (same files, posts, orphans and attempts) writes nothing: the
   * record read at the start still says it all, and no push is spent on it.
   */
  async recordFinal(state: AppliedState): Promise<string | undefined> {
    if (this.state && this.attempts.length === 0 && sameRecord(this.state, state)) return undefined;
    return this.write(state);
  }

  /**
   * When an earlier attempt at `item` may have created its post: only inside
   * an attempt the state recorded for that file × channel. Without a state
   * (the first run), `fallback` decides.
   */
  windowFor(item: CreateItem, fallback: AttemptWindow): AttemptWindow | undefined {
    if (!this.state) return fallback;
    const starts = this.state.attempts
      .filter((a) => a.items.some((i) => i.file === item.file && i.ref === item.ref && i.channelId === item.channelId))
      .map((a) => Date.parse(a.startedAt))
      .filter(Number.isFinite);
    if (starts.length === 0) return undefined;
    // Open-ended: Buffer's clock, not the runner's, dates the post; the attempt closes when its file records an ID.
    return { start: new Date(Math.min(...starts) - LOST_ANSWER_SLACK_MS), sentAllowed: true };
  }

  /** The earliest time an adoptable post could have been created (for the look-up), or undefined when none can be. */
  earliestAttempt(fallback: Date): Date | undefined {
    if (!this.state) return fallback;
    const starts = this.state.attempts.map((a) => Date.parse(a.startedAt)).filter(Number.isFinite);
    return starts.length ? new Date(Math.min(...starts) - LOST_ANSWER_SLACK_MS) : undefined;
  }

  private async write(state: AppliedState): Promise<string | undefined> {
    if (this.stopped) return this.stopped;
    const result = await writeAppliedState(this.git, {
      branch: this.branch,
      state,
      expectedNoteCommit: this.noteCommit,
    });
    if (result.status === 'recorded') {
      this.noteCommit = result.noteCommit;
      this.writes++;
      return undefined;
    }
    this.stopped = result.message;
    return result.message;
  }
}

/** Equal but for when and on which commit they were written. */
function sameRecord(a: AppliedState, b: AppliedState): boolean {
  const content = (s: AppliedState) => serializeAppliedState({ ...s, commit: a.commit, recordedAt: a.recordedAt });
  return content(a) === content(b);
}
