/** Records Buffer IDs in the files and pushes them (SPEC §3 write-back), as the settings say. */
import type { Git } from '../git/git.js';
import { commitAndPush, WriteBackRejectedError, WriteBackRetriesExhaustedError } from '../git/write-back.js';
import type { RunReport } from '../report/run-report.js';
import type { TrackedUpdates } from '../writeback/tracked-updates.js';
import { writeTrackedUpdates } from '../writeback/write-files.js';
import type { RunContext } from './context.js';

export async function writeBack(
  ctx: RunContext,
  git: Git,
  updates: TrackedUpdates,
  pushRef: string | undefined,
): Promise<NonNullable<RunReport['writeBack']>> {
  const { settings, reporter, event } = ctx;
  if (updates.size === 0) return { status: 'nothing-to-record', files: [] };
  if (settings.dryRun) return { status: 'skipped (dry run)', files: [...updates.keys()] };
  if (settings.writeBack === 'none') return { status: 'skipped (write-back: none)', files: [...updates.keys()] };
  if (ctx.writeFilesOnly) {
    const files = await writeTrackedUpdates(settings.workspace, updates);
    return { status: 'written', files };
  }
  const branch = branchOf(pushRef) ?? event.branch;
  if (!branch) {
    return { status: 'failed', files: [...updates.keys()], message: 'no branch to push to (the event has no branch ref)' };
  }
  return reporter.group('Writing Buffer IDs back', async () => {
    let files: string[] = [];
    const count = updates.size;
    try {
      const result = await commitAndPush(git, {
        branch,
        message: `buffer-gitops: record Buffer post IDs in ${count} file${count === 1 ? '' : 's'} [skip ci]`,
        apply: async () => (files = await writeTrackedUpdates(settings.workspace, updates)),
        onAttempt: (n, reason) => reporter.info(`Push attempt ${n}: the branch moved (${reason}); re-applying on the new tip`),
      });
      if (result.status === 'nothing-to-commit') return { status: 'nothing-to-commit', files };
      reporter.info(`Pushed ${result.commit.slice(0, 7)} to ${branch} (${files.length} file(s), attempt ${result.attempts})`);
      return { status: 'pushed', commit: result.commit, files };
    } catch (error) {
      if (error instanceof WriteBackRejectedError || error instanceof WriteBackRetriesExhaustedError) {
        reporter.error(error.message);
        return { status: 'failed', files, message: error.message };
      }
      throw error;
    }
  });
}

function branchOf(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}
