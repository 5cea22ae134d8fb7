/** Records Buffer IDs in the files and pushes them (SPEC §3 write-back), as the settings say. */
import type { Git } from '../git/git.js';
import {
  commitAndPush,
  openPullRequestBranch,
  WriteBackRejectedError,
  WriteBackRetriesExhaustedError,
} from '../git/write-back.js';
import { writeBackMessage } from '../git/write-back-names.js';
import type { RunReport } from '../report/run-report.js';
import type { TrackedUpdates } from '../writeback/tracked-updates.js';
import { writeWholeFiles, type WholeFileWrite } from '../writeback/whole-files.js';
import { writeTrackedUpdates } from '../writeback/write-files.js';
import type { RunContext } from './context.js';

export async function writeBack(
  ctx: RunContext,
  git: Git,
  updates: TrackedUpdates,
  pushRef: string | undefined,
  /** What the commit records, e.g. "Buffer post IDs" or "Buffer post statuses". */
  what = 'Buffer post IDs',
  /** Files rewritten as a whole in the same commit (sync's metrics file). */
  wholeFiles: readonly WholeFileWrite[] = [],
): Promise<NonNullable<RunReport['writeBack']>> {
  const { settings, reporter, event } = ctx;
  if (updates.size === 0 && wholeFiles.length === 0) return { status: 'nothing-to-record', files: [] };
  const planned = [...updates.keys(), ...wholeFiles.map((w) => w.path)];
  if (settings.dryRun) return { status: 'skipped (dry run)', files: planned };
  if (settings.writeBack === 'none') return { status: 'skipped (write-back: none)', files: planned };
  // Re-run after a rejected push: both re-read the files on the new tip.
  const writeAll = async () => [
    ...(await writeTrackedUpdates(settings.workspace, updates)),
    ...(await writeWholeFiles(settings.workspace, wholeFiles)),
  ];
  if (ctx.writeFilesOnly) {
    const files = await writeAll();
    return { status: 'written', files };
  }
  const branch = branchOf(pushRef) ?? event.branch;
  if (!branch) {
    return {
      status: 'failed',
      files: [...updates.keys()],
      message: 'no branch to push to (the event has no branch ref)',
    };
  }
  const count = planned.length;
  const message = writeBackMessage(what, count);
  if (settings.writeBack === 'pull-request') return writeBackByPullRequest(ctx, git, writeAll, branch, message);
  return reporter.group('Writing Buffer IDs back', async () => {
    let files: string[] = [];
    try {
      const result = await commitAndPush(git, {
        branch,
        message,
        apply: async () => (files = await writeAll()),
        onAttempt: (n, reason) =>
          reporter.info(`Push attempt ${n}: the branch moved (${reason}); re-applying on the new tip`),
      });
      if (result.status === 'nothing-to-commit') return { status: 'nothing-to-commit', files };
      reporter.info(
        `Pushed ${result.commit.slice(0, 7)} to ${branch} (${files.length} file(s), attempt ${result.attempts})`,
      );
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

/**
 * `write-back: pull-request`: the changes go to a new branch and a pull
 * request into the run's branch, for repositories whose branch protection
 * does not let the workflow push.
 */
async function writeBackByPullRequest(
  ctx: RunContext,
  git: Git,
  writeAll: () => Promise<string[]>,
  base: string,
  message: string,
): Promise<NonNullable<RunReport['writeBack']>> {
  const { settings, reporter, event } = ctx;
  return reporter.group('Opening a pull request with the Buffer IDs', async () => {
    let files: string[] = [];
    try {
      const pushed = await openPullRequestBranch(git, {
        message,
        apply: async () => (files = await writeAll()),
      });
      if (pushed.status === 'nothing-to-commit') return { status: 'nothing-to-commit', files };
      if (!settings.githubToken || !event.repository) {
        const why = `pushed branch ${pushed.branch}, but cannot open the pull request without a github-token and GITHUB_REPOSITORY; open it by hand`;
        reporter.error(why);
        return { status: 'failed', commit: pushed.commit, files, message: why };
      }
      // GitHub's REST client is loaded only when a pull request is opened.
      const { openPullRequest } = await import('../github/pull-requests.js');
      const pull = await openPullRequest({
        token: settings.githubToken,
        apiUrl: event.apiUrl,
        repository: event.repository,
        head: pushed.branch,
        base,
        title: message.replace(/ \[skip ci\]$/, ''),
        body: `Buffer post IDs and statuses recorded by buffer-gitops for:\n\n${files.map((f) => `- \`${f}\``).join('\n')}\n\nMerge it so later runs know these posts are in Buffer. Until it is merged, runs still find them by the exactly-once check and never create them twice.`,
      });
      reporter.info(`Opened pull request #${pull.number} (${pull.url}) from ${pushed.branch} into ${base}`);
      return { status: 'pull-request', commit: pushed.commit, files, message: pull.url };
    } catch (error) {
      const text = git.redact(error instanceof Error ? error.message : String(error));
      reporter.error(`Could not open the pull request with the Buffer IDs: ${text}`);
      return { status: 'failed', files, message: text };
    }
  });
}

function branchOf(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}
