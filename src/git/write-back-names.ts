/**
 * How the write-back names what it pushes: its commit's first line and the
 * branch of `write-back: pull-request`. Kept apart from git/write-back.ts
 * (which runs git) so the action's entry can tell a write-back commit in a
 * push payload (event/push-files.ts) without loading it.
 */

/** Every write-back commit's first line starts so: `buffer-gitops: record Buffer post IDs in 1 file [skip ci]`. */
export const WRITE_BACK_MESSAGE_PREFIX = 'buffer-gitops: record ';

/** `write-back: pull-request` pushes `buffer-gitops/ids-<12 hex of the commit>`. */
export const WRITE_BACK_BRANCH_PREFIX = 'buffer-gitops/ids-';

/**
 * The write-back commit's message. `what` is e.g. "Buffer post IDs" or
 * "Buffer post statuses and metrics"; `[skip ci]` ends it, so the
 * write-back never triggers another run (SPEC §3).
 */
export function writeBackMessage(what: string, files: number): string {
  return `${WRITE_BACK_MESSAGE_PREFIX}${what} in ${files} file${files === 1 ? '' : 's'} [skip ci]`;
}
