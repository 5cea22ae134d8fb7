/**
 * `import` (CLI, and `command: import` for a manual workflow run): a team
 * with an existing Buffer queue adopts the tool by getting one post file per
 * Buffer post that no file tracks yet (scheduled and draft by default). Files
 * already tracking a post are never touched, so a second import writes
 * nothing, and a plan right after shows nothing to do.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { POST_STATUSES, type PostStatus } from '../buffer/types.js';
import { commitAndPush, WriteBackRejectedError, WriteBackRetriesExhaustedError } from '../git/write-back.js';
import { isWritable, planFiles, type ImportFile } from '../import/plan-files.js';
import { readQueue } from '../import/read-queue.js';
import type { ImportedPost } from '../import/wire-post.js';
import { collectFiles } from '../plan/collect.js';
import type { Plan } from '../plan/types.js';
import { buildRunReport, type RunReport } from '../report/run-report.js';
import { finish, type CommandResult } from './finish.js';
import { connect } from './connect.js';
import { clientFor, gitFor, type RunContext } from './context.js';

export const DEFAULT_IMPORT_STATUSES: PostStatus[] = ['scheduled', 'draft'];

export interface ImportOptions {
  /** Buffer statuses to import (CLI `--status`); default scheduled and draft. */
  statuses?: PostStatus[];
}

/** `scheduled,draft` → statuses, or a message naming the ones Buffer does not have. */
export function parseStatuses(text: string): PostStatus[] | { error: string } {
  const wanted = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = wanted.filter((s) => !(POST_STATUSES as readonly string[]).includes(s));
  if (wanted.length === 0 || unknown.length > 0) {
    return {
      error: `--status takes a comma-separated list of ${POST_STATUSES.join(', ')}${unknown.length ? `; not a status: ${unknown.join(', ')}` : ''}`,
    };
  }
  return [...new Set(wanted)] as PostStatus[];
}

export async function runImport(ctx: RunContext, opts: ImportOptions = {}): Promise<CommandResult> {
  const { settings, reporter, event } = ctx;
  const client = clientFor(ctx, 'import');
  const statuses = opts.statuses ?? DEFAULT_IMPORT_STATUSES;

  const { connection, queue } = await reporter.group('Reading Buffer', async () => {
    const c = await connect(client, settings.organizationId);
    const q = await readQueue(client, c.organization.id, statuses);
    reporter.info(
      `Organization ${c.organization.name} (${c.organization.id}): ${q.length} post(s) ${statuses.join(' or ')}`,
    );
    return { connection: c, queue: q };
  });

  /** The files to write on the work tree as it is now (again after a rejected push: the tip moved). */
  const plan = async (): Promise<ImportFile[]> => {
    const collected = await collectFiles(undefined, {
      workspace: settings.workspace,
      postsDir: settings.postsDir,
      ideasDir: settings.ideasDir,
      timezone: settings.timezone,
    });
    return planFiles(queue, {
      workspace: settings.workspace,
      postsDir: settings.postsDir,
      channels: connection.channels,
      trackedIds: collected.trackedIds,
      timezone: settings.timezone,
    });
  };
  let files = await plan();
  const write = async (list: ImportFile[]): Promise<string[]> => {
    const written: string[] = [];
    for (const file of list.filter(isWritable)) {
      const absolute = join(settings.workspace, file.path);
      await mkdir(dirname(absolute), { recursive: true });
      // `wx`: never overwrite a file, whatever happened since the names were chosen.
      await writeFile(absolute, file.text, { encoding: 'utf8', flag: 'wx' });
      written.push(file.path);
    }
    return written;
  };

  const writeBack = await reporter.group(
    settings.dryRun ? 'Files to write (dry run)' : 'Writing post files',
    async (): Promise<NonNullable<RunReport['writeBack']>> => {
      for (const file of files) reporter.info(`${file.path} ← ${file.ref} ${file.status} (${file.postId})`);
      const count = files.filter(isWritable).length;
      if (count === 0) return { status: 'nothing-to-record', files: [] };
      if (settings.dryRun) return { status: 'skipped (dry run)', files: files.map((f) => f.path) };
      if (ctx.writeFilesOnly || settings.writeBack === 'none') return { status: 'written', files: await write(files) };
      const branch = event.ref?.startsWith('refs/heads/') ? event.ref.slice('refs/heads/'.length) : event.branch;
      if (!branch)
        return { status: 'failed', files: [], message: 'no branch to push to (the event has no branch ref)' };
      const git = gitFor(ctx);
      let written: string[] = [];
      let first = true;
      try {
        const result = await commitAndPush(git, {
          branch,
          message: `buffer-gitops: import ${count} Buffer post${count === 1 ? '' : 's'} as files [skip ci]`,
          apply: async () => {
            if (!first) files = await plan();
            first = false;
            return (written = await write(files));
          },
          onAttempt: (n, reason) =>
            reporter.info(`Push attempt ${n}: the branch moved (${reason}); importing again on the new tip`),
        });
        if (result.status === 'nothing-to-commit') return { status: 'nothing-to-commit', files: written };
        reporter.info(`Pushed ${result.commit.slice(0, 7)} to ${branch} (${written.length} file(s))`);
        return { status: 'pushed', commit: result.commit, files: written };
      } catch (error) {
        if (error instanceof WriteBackRejectedError || error instanceof WriteBackRetriesExhaustedError) {
          reporter.error(error.message);
          return { status: 'failed', files: written, message: error.message };
        }
        throw error;
      }
    },
  );

  const findings = files.flatMap((f) => f.findings);
  for (const finding of findings) reporter.finding(finding);
  const result: Plan = { basis: 'full', items: [], findings, notes: importNotes(queue, files, writeBack, statuses) };
  for (const note of result.notes) reporter.info(note);
  const report = Object.assign(buildRunReport('import', result, [], settings.dryRun), {
    import: {
      statuses,
      files: files.map((f) => ({
        file: f.path,
        postId: f.postId,
        channel: f.ref,
        status: f.status,
        written: writeBack.files.includes(f.path),
      })),
    },
  });
  report.requests = client.requestCount;
  report.writeBack = writeBack;
  return finish(ctx, report, result);
}

function importNotes(
  queue: ImportedPost[],
  files: ImportFile[],
  writeBack: NonNullable<RunReport['writeBack']>,
  statuses: PostStatus[],
): string[] {
  const already = queue.length - files.length;
  const notes = [
    `Buffer has ${queue.length} post(s) ${statuses.join(' or ')}; ${already} already tracked by a file; ${writeBack.files.length} file(s) ${writeBack.status === 'pushed' ? 'committed and pushed' : writeBack.status.startsWith('skipped') ? 'to write' : 'written'}.`,
  ];
  // The CLI leaves the files for a person to review; the action has pushed them.
  if (writeBack.status === 'written' && writeBack.files.length > 0)
    notes.push('Review the new files and commit them; `buffer-gitops plan` then shows nothing to do.');
  return notes;
}
