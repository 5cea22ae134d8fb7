/**
 * What the bot's commits are signed with, and what a refused push means:
 * shared by the write-back (branch pushes) and the applied state (notes-ref
 * pushes), so both read git's answer the same way.
 */
import { decisiveLine, type Git } from './git.js';

export interface CommitIdentity {
  name: string;
  email: string;
}

/** The identity GitHub shows for commits made with `GITHUB_TOKEN`. */
export const GITHUB_ACTIONS_BOT: CommitIdentity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/**
 * `git -c …` arguments committing as `identity`, per command: the runner's
 * configuration is neither needed nor touched, and the bot has no signing key.
 */
export function identityArgs(identity: CommitIdentity): string[] {
  return ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`, '-c', 'commit.gpgsign=false'];
}

/** The environment's author/committer variables would override the identity given per command. */
export const WITHOUT_IDENTITY_ENV: NodeJS.ProcessEnv = {
  GIT_AUTHOR_NAME: undefined,
  GIT_AUTHOR_EMAIL: undefined,
  GIT_COMMITTER_NAME: undefined,
  GIT_COMMITTER_EMAIL: undefined,
};

export interface PushRefusal {
  /**
   * `behind`: the remote ref moved (someone pushed, or a lease failed);
   * `declined`: a protection rule, ruleset or hook refused it;
   * `unauthorized`: the token may not push; `other`: anything else.
   */
  kind: 'behind' | 'declined' | 'unauthorized' | 'other';
  /** The refused ref's status and the remote's own lines, redacted. */
  detail: string;
  /** The ref's porcelain status alone, e.g. `[rejected] (fetch first)`. */
  summary: string;
  stdout: string;
  stderr: string;
}

/** Reads why `git push --porcelain` failed, from its status line for the ref and the remote's messages. */
export function pushRefusal(git: Git, result: { exitCode: number; stdout: string; stderr: string }): PushRefusal {
  const stdout = git.redact(result.stdout);
  const stderr = git.redact(result.stderr);
  // Porcelain status line for the ref: "!\t<src>:<dst>\t[rejected] (fetch first)".
  const refLine = stdout.split('\n').find((line) => line.startsWith('!\t')) ?? '';
  const summary = refLine.split('\t')[2] ?? '';
  const remoteLines = stderr
    .split('\n')
    .filter((line) => line.startsWith('remote:'))
    .map((line) => line.replace(/^remote:\s*/, '').trim())
    .filter((line) => line.length > 0 && !/^(?:error:\s*)?-+$/.test(line));
  const detail =
    [summary, ...remoteLines].filter(Boolean).join('; ') ||
    decisiveLine(stderr) ||
    `git push exited with ${result.exitCode}`;
  const refused = (kind: PushRefusal['kind'], text = detail): PushRefusal => ({
    kind,
    detail: text,
    summary,
    stdout,
    stderr,
  });

  if (
    (/^\[rejected\]/.test(summary) && /fetch first|non-fast-forward|stale info/.test(summary)) ||
    // The server lost a race with another push while updating the ref: also "the ref moved meanwhile".
    (/^\[remote rejected\]/.test(summary) && /cannot lock ref|incorrect old value|failed to update ref/.test(summary))
  ) {
    return refused('behind');
  }
  if (
    summary.startsWith('[rejected]') ||
    summary.startsWith('[remote rejected]') ||
    /GH0\d\d|protected branch|hook declined/i.test(stderr)
  ) {
    return refused('declined');
  }
  if (
    /Authentication failed|could not read Username|Permission to .* denied|returned error: 40[13]|HTTP 40[13]|Write access to repository not granted|permission denied/i.test(
      stderr,
    )
  ) {
    return refused('unauthorized', decisiveLine(stderr));
  }
  return refused('other');
}
