/**
 * `validate` for idea files (SPEC §2, "Idea files"): an idea is checked as
 * an idea (`title`, `services`, `date`, body and images), never as a post,
 * which would call its `title` an unknown key. The checks are the ones a
 * plan makes before `createIdea`, so `validate` and `plan` agree.
 */
import { posix } from 'node:path';
import type { Finding } from '../posts/model.js';
// Reading goes through the reader a run uses, so `validate` refuses links,
// binaries, huge and non-UTF-8 files exactly as a run does.
import { readIdeaFile } from '../posts/read-post-file.js';

export interface IdeaValidateOptions {
  /** IANA zone for a `date` without an offset (the `timezone` setting); a bare date is midnight there, UTC when unset. */
  timezone?: string;
}

/**
 * Every problem with the idea file at `path` (relative to `workspace`,
 * forward slashes), in file order. Offline: ideas name services, not
 * channels, so there is nothing more Buffer could check before `createIdea`.
 */
export function validateIdeaFile(workspace: string, path: string, opts: IdeaValidateOptions = {}): Finding[] {
  return readIdeaFile(workspace, path, { timezone: opts.timezone }).findings;
}

/**
 * True when `path` (repository-relative) is an idea file: under the ideas
 * folder and not under the posts folder (a run reads a file in both as a
 * post, so `validate` does too).
 */
export function isIdeaPath(path: string, dirs: { ideasDir: string; postsDir: string }): boolean {
  return inDir(path, dirs.ideasDir) && !inDir(path, dirs.postsDir);
}

function inDir(path: string, dir: string): boolean {
  const folder = posix.normalize(dir.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (folder === '.' || folder === '') return true;
  const file = posix.normalize(path.replace(/\\/g, '/'));
  return file === folder || file.startsWith(`${folder}/`);
}
