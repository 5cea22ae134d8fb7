/**
 * Whether a folder is the top of a git checkout, asked before any command
 * runs, so a workflow that checked out into a subfolder (actions/checkout
 * `path:`) gets one sentence naming what to set instead of git's raw
 * `fatal: not a git repository`.
 */
import { realpathSync } from 'node:fs';
import type { Git } from './git.js';

export type RepositoryCheck =
  | { ok: true }
  | { ok: false; kind: 'missing' }
  | { ok: false; kind: 'not-a-repository' }
  | { ok: false; kind: 'not-the-top'; top: string };

export async function checkRepository(git: Git): Promise<RepositoryCheck> {
  let folder: string;
  try {
    folder = realpathSync(git.cwd);
  } catch {
    return { ok: false, kind: 'missing' };
  }
  const top = await topLevel(git);
  if (top === undefined) return { ok: false, kind: 'not-a-repository' };
  let realTop = top;
  try {
    realTop = realpathSync(top);
  } catch {
    // git printed it, so it exists; keep git's spelling.
  }
  return realTop === folder ? { ok: true } : { ok: false, kind: 'not-the-top', top };
}

/** The top folder of the work tree around `git.cwd`, as git finds it; undefined outside a repository. */
export async function topLevel(git: Git): Promise<string | undefined> {
  const result = await git.exec(['rev-parse', '--show-toplevel'], { allowFailure: true });
  const top = result.stdout.trim();
  return result.exitCode === 0 && top ? top : undefined;
}
