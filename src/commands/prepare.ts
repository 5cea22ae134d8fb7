/**
 * Everything up to the plan, shared by plan (PRs, CLI) and apply (push):
 * read the files, connect to Buffer (unless offline), look up the Buffer
 * posts an edit or delete would touch, and build the plan.
 */
import type { BufferClient } from '../buffer/client.js';
import type { ChangeSet } from '../git/changes.js';
import type { Git } from '../git/git.js';
import { buildPlan } from '../plan/build-plan.js';
import { settleClaims } from '../plan/claims.js';
import { collectFiles, type Collected } from '../plan/collect.js';
import type { Plan, RemotePosts } from '../plan/types.js';
import { renderPost } from '../posts/render.js';
import { validatePost } from '../validate/rules.js';
import type { RunContext } from './context.js';
import { connect, type Connection } from './connect.js';

export interface Prepared {
  collected: Collected;
  connection?: Connection;
  plan: Plan;
}

export async function preparePlan(
  ctx: RunContext,
  changes: ChangeSet | undefined,
  git: Git | undefined,
  client: BufferClient | undefined,
  /** apply: fetch the posts created since then with the channels, for the exactly-once check. */
  recentSince?: Date,
  /** The files already read against the applied state (apply); otherwise read here from `changes`. */
  given?: Collected,
): Promise<Prepared> {
  const { settings, reporter } = ctx;
  const collected =
    given ??
    (await reporter.group('Reading post files', async () => {
      const result = await collectFiles(changes, {
        workspace: settings.workspace,
        postsDir: settings.postsDir,
        ideasDir: settings.ideasDir,
        timezone: settings.timezone,
        git,
      });
      reporter.info(
        `${result.basis === 'diff' ? 'Changed' : 'Reconciling'}: ${result.posts.length} post file(s), ${result.ideas.length} idea file(s)` +
          (result.basisReason ? ` (${result.basisReason})` : ''),
      );
      // One file, one claim: without an applied state, the range's history says which file a shared ID belongs to.
      const added =
        changes?.kind === 'diff'
          ? new Set(changes.changes.filter((c) => c.status === 'added').map((c) => c.path))
          : undefined;
      result.decisions = settleClaims(result.tipFiles, result.posts, added);
      return result;
    }));

  let connection: Connection | undefined;
  let remote: RemotePosts | undefined;
  if (client && needsBuffer(collected)) {
    connection = await reporter.group('Connecting to Buffer', async () => {
      const c = await connect(
        client,
        settings.organizationId,
        recentSince && mayCreate(collected) ? recentSince : undefined,
      );
      reporter.info(`Organization ${c.organization.name} (${c.organization.id}), ${c.channels.length} channel(s)`);
      return c;
    });
    const ids = idsToLookUp(collected);
    if (ids.length > 0) {
      remote = await reporter.group('Looking up tracked Buffer posts', () => client.postsByIds(ids));
    }
  }

  const plan = buildPlan({
    basis: client ? collected.basis : 'offline',
    basisReason: collected.basisReason,
    posts: collected.posts,
    ideas: collected.ideas,
    channels: connection?.channels,
    remote,
    deleteSent: settings.deleteSent,
    now: ctx.now(),
    render: renderPost,
    validate: validatePost,
  });
  return { collected, connection, plan };
}

/**
 * Whether anything could change in Buffer. A push of only write-back commits
 * or renames costs no request at all (SPEC §3: no loop, no spend).
 */
function needsBuffer(collected: Collected): boolean {
  return (
    collected.posts.some(
      (p) => p.kind === 'added' || p.kind === 'deleted' || p.kind === 'unchanged' || !p.onlyBufferBlockChanged,
    ) || collected.ideas.some((i) => i.kind !== 'renamed')
  );
}

/** Whether a file has a channel without a Buffer ID: only then is the exactly-once look-up worth fetching. */
function mayCreate(collected: Collected): boolean {
  return collected.posts.some((p) => p.current?.channels.some((c) => !p.current!.tracked[c.ref]?.id));
}

/** Tracked posts whose Buffer state decides the plan: edits, deletes, and every one in a full reconcile. */
function idsToLookUp(collected: Collected): string[] {
  const ids = new Set<string>();
  for (const change of collected.posts) {
    const contentChanged = change.kind !== 'unchanged' && !change.onlyBufferBlockChanged;
    if (change.kind === 'deleted' || contentChanged || collected.basis === 'full') {
      for (const entry of Object.values(change.previous?.tracked ?? {})) if (entry.id) ids.add(entry.id);
      for (const entry of Object.values(change.current?.tracked ?? {})) if (entry.id) ids.add(entry.id);
    }
  }
  return [...ids].sort();
}
