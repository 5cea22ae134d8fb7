/**
 * The applied state lives on the remote as a git note: the notes ref
 * `refs/notes/buffer-gitops/<branch>` holds exactly one note, on the commit
 * the state describes; the ref's history is the apply log. GitHub keeps
 * `refs/notes/*`, and the workflow's `contents: write` token may push it.
 *
 * Every record is one new notes commit whose parent is the notes commit the
 * run read, pushed with a lease on that commit: when another run recorded
 * meanwhile (or someone deleted the ref to start over) the push fails and
 * nothing is overwritten. Nothing but the notes ref is ever pushed.
 */
import { decisiveLine, type Git } from '../git/git.js';
import { GITHUB_ACTIONS_BOT, identityArgs, pushRefusal, WITHOUT_IDENTITY_ENV } from '../git/push.js';
import { parseAppliedState, serializeAppliedState, stateRef, type AppliedState } from './applied-state.js';

export interface ReadAppliedStateOptions {
  /** Default `origin`. */
  remote?: string;
  branch: string;
  /** The notes ref was already fetched (with the branch tip, `notesRefspec`), or only the local copy counts: read the local copy. */
  fetched?: boolean;
}

export interface ReadAppliedStateResult {
  /** The recorded state; absent when there is none or it cannot be used (see `reason`). */
  state?: AppliedState;
  /** The notes ref's commit as read: give it to `writeAppliedState` as `expectedNoteCommit`. Absent when the ref does not exist. */
  noteCommit?: string;
  /** Why there is no state. */
  reason?: string;
}

export const NO_STATE_YET = 'no applied state recorded yet';

/**
 * The refspec `readAppliedState` fetches, for a fetch that takes it along
 * with the branch tip (one round trip); undefined for a branch name git
 * refuses (reading the state then says why).
 */
export async function notesRefspec(git: Git, branch: string): Promise<string | undefined> {
  try {
    const ref = await stateRef(git, branch);
    return `+${ref}:${ref}`;
  } catch {
    return undefined;
  }
}

/**
 * A refspec that fetches the branch's notes ref when the remote has it and
 * matches nothing when it does not, so the state can come along with a fetch
 * that must not fail on a first run (a pull request's plan). A pattern
 * (`…/main*`: it also brings the notes of branches whose names continue
 * `main`, a few small refs at most); with `git fetch --prune` a local copy the
 * remote no longer has is removed. Undefined for a branch name git refuses.
 */
export async function optionalNotesRefspec(git: Git, branch: string): Promise<string | undefined> {
  try {
    const ref = await stateRef(git, branch);
    return `+${ref}*:${ref}*`;
  } catch {
    return undefined;
  }
}

export async function readAppliedState(git: Git, opts: ReadAppliedStateOptions): Promise<ReadAppliedStateResult> {
  const remote = opts.remote ?? 'origin';
  let ref: string;
  try {
    ref = await stateRef(git, opts.branch);
  } catch (err) {
    return { reason: (err as Error).message };
  }
  if (remote.startsWith('-')) return { reason: `"${remote}" is not a remote` };

  // The remote is the truth: a local ref left by an earlier run is overwritten (or removed below).
  // One commit deep in a shallow clone (only the tip's note is read); a full clone stays full.
  const fetched = opts.fetched
    ? { exitCode: 0, stderr: '' }
    : await git.exec(
        [
          'fetch',
          '--no-tags',
          '--no-recurse-submodules',
          ...((await git.isShallow()) ? ['--depth=1'] : []),
          remote,
          `+${ref}:${ref}`,
        ],
        { allowFailure: true, auth: true },
      );
  if (fetched.exitCode !== 0) {
    // Told apart by asking again rather than by git's (translatable) wording.
    const listed = await git.exec(['ls-remote', '--exit-code', remote, ref], { allowFailure: true, auth: true });
    if (listed.exitCode === 2) {
      // Deleted on the remote (a reset): forget any local copy, so it is never written on top of.
      await git.exec(['update-ref', '-d', ref], { allowFailure: true });
      return { reason: NO_STATE_YET };
    }
    return {
      reason: `could not fetch the applied state (${ref}) from ${remote}: ${git.redact(decisiveLine(fetched.stderr)) || `git fetch exited with ${fetched.exitCode}`}`,
    };
  }
  const [noteCommit, listed] = await Promise.all([
    // Absent after a fetch with `optionalNotesRefspec`, or locally (the CLI reads only its own copy).
    git.revParse(ref).catch(() => undefined),
    git.exec(['notes', `--ref=${ref}`, 'list'], { allowFailure: true }),
  ]);
  if (noteCommit === undefined) return { reason: NO_STATE_YET };
  if (listed.exitCode !== 0)
    return { noteCommit, reason: `could not list the notes in ${ref}: ${git.redact(decisiveLine(listed.stderr))}` };
  const notes = listed.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((parts): parts is [string, string] => parts.length === 2);
  if (notes.length !== 1) {
    return {
      noteCommit,
      reason: `${ref} holds ${notes.length} notes where one is expected; the state cannot be used (delete the ref on ${remote} to start over)`,
    };
  }
  const [noteBlob, annotated] = notes[0]!;
  const text = (await git.blob(noteBlob)).toString('utf8');
  const parsed = parseAppliedState(text);
  if (!parsed.ok) return { noteCommit, reason: `${ref}: ${parsed.error}` };
  if (parsed.state.commit.toLowerCase() !== annotated.toLowerCase()) {
    return {
      noteCommit,
      reason: `${ref}: the note on ${annotated.slice(0, 7)} describes commit ${parsed.state.commit.slice(0, 7)}; the state cannot be used`,
    };
  }
  const branch = opts.branch.replace(/^refs\/heads\//, '');
  if (parsed.state.branch !== branch) {
    return {
      noteCommit,
      reason: `${ref}: the state was recorded for branch "${parsed.state.branch}", not "${branch}"; the state cannot be used`,
    };
  }
  return { state: parsed.state, noteCommit };
}

export interface WriteAppliedStateOptions {
  /** Default `origin`. */
  remote?: string;
  branch: string;
  state: AppliedState;
  /** The notes commit `readAppliedState` (or the previous write) returned; `undefined` when the ref did not exist. */
  expectedNoteCommit: string | undefined;
}

export type WriteAppliedStateResult =
  | { status: 'recorded'; noteCommit: string }
  /** Another run recorded (or the ref was deleted) since `expectedNoteCommit`: nothing was overwritten. */
  | { status: 'moved'; message: string }
  | { status: 'failed'; message: string };

export async function writeAppliedState(git: Git, opts: WriteAppliedStateOptions): Promise<WriteAppliedStateResult> {
  const remote = opts.remote ?? 'origin';
  const failed = (message: string): WriteAppliedStateResult => ({ status: 'failed', message: git.redact(message) });
  let ref: string;
  let text: string;
  try {
    ref = await stateRef(git, opts.branch);
    text = serializeAppliedState(opts.state);
  } catch (err) {
    return failed(`could not record the applied state: ${(err as Error).message}`);
  }
  if (remote.startsWith('-')) return failed(`"${remote}" is not a remote`);
  const branch = opts.branch.replace(/^refs\/heads\//, '');
  if (opts.state.branch !== branch)
    return failed(`could not record the applied state: it describes branch "${opts.state.branch}", not "${branch}"`);
  const { commit } = opts.state;
  if (!(await git.commitExists(commit)))
    return failed(`could not record the applied state: commit ${commit.slice(0, 7)} is not in the local repository`);
  const expected = opts.expectedNoteCommit;
  if (expected !== undefined && !(await git.commitExists(expected))) {
    return failed(
      `could not record the applied state: the expected notes commit ${expected.slice(0, 7)} is not in the local repository (read the state first)`,
    );
  }

  // Built with plumbing so that one record is exactly one commit whose tree
  // holds exactly one note (`git notes add` + `remove` would make two commits).
  const blob = (await git.exec(['hash-object', '-w', '--stdin'], { input: text })).stdout.trim();
  const tree = (await git.exec(['mktree'], { input: `100644 blob ${blob}\t${commit}\n` })).stdout.trim();
  const noteCommit = (
    await git.exec(
      [
        ...identityArgs(GITHUB_ACTIONS_BOT),
        'commit-tree',
        tree,
        ...(expected !== undefined ? ['-p', expected] : []),
        '-F',
        '-',
      ],
      {
        input: `buffer-gitops: applied state of ${branch} at ${commit.slice(0, 12)}\n`,
        env: WITHOUT_IDENTITY_ENV,
      },
    )
  ).stdout.trim();

  // The lease is a compare-and-swap on the remote ref: it must still be what
  // this run read (or still absent). Never a plain force.
  const args = [
    'push',
    '--porcelain',
    '--no-verify',
    `--force-with-lease=${ref}:${expected ?? ''}`,
    remote,
    `${noteCommit}:${ref}`,
  ];
  const pushed = await git.exec(args, { allowFailure: true, auth: true });
  if (pushed.exitCode === 0) {
    await git.exec(['update-ref', ref, noteCommit]);
    return { status: 'recorded', noteCommit };
  }

  const refused = pushRefusal(git, pushed);
  const { detail } = refused;
  switch (refused.kind) {
    case 'behind':
      return {
        status: 'moved',
        message: `the applied state of "${branch}" was not recorded: ${ref} changed on ${remote} since this run read it (another run recorded, or it was deleted); nothing was overwritten (${detail})`,
      };
    case 'unauthorized':
      return failed(
        `the applied state of "${branch}" was not recorded: the token may not push ${ref} (${detail}). ` +
          'Give the workflow `permissions: contents: write` (or a `github-token` that can push).',
      );
    case 'declined':
      return failed(
        `the applied state of "${branch}" was not recorded: ${remote} refused ${ref} (${detail}). ` +
          `Allow the workflow token to push refs/notes/buffer-gitops/* (a ruleset or hook on ${remote} blocks it).`,
      );
    case 'other':
      return failed(
        `the applied state of "${branch}" was not recorded: git push of ${ref} to ${remote} failed (${detail})`,
      );
  }
}
