/**
 * Helpers for the level-triggered apply tests (issue 11): the end-state check
 * "Buffer equals the files at the branch tip", a checkout of an exact commit
 * the way actions/checkout makes one for a queued run, the sandbox's control
 * endpoints over HTTP (a person in Buffer's app), and a second repository on
 * the same Buffer account.
 *
 * The expected post is computed here from the file, independently of the
 * product's parser, for files written the way these tests write them: a plain
 * text body (no Markdown markup) whose thread items are separated by a `---`
 * line between blank lines, `channel:`/`channels:`, optional `dueAt` with a
 * UTC offset and optional `draft:`. That keeps the check from agreeing with
 * the product by construction.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { RunningSandbox, StoredPost } from '../../src/sandbox/index.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import type { ActionRun } from '../helpers/run-action.js';
import { repositoryOn, type Harness } from './harness.js';

/** A due time `days` from now at a whole hour, in UTC, as a post file writes it (the action checks it against the real clock). */
export function futureDue(days: number, hour = 9): string {
  const at = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString().replace('.000Z', 'Z');
}

/** A post file as a person writes it: plain text items, a `---` line between thread items. */
export function postFile(opts: { channels?: string[]; due?: string; draft?: boolean; items: string[] }): string {
  const channels = opts.channels ?? ['twitter'];
  const lines = ['---', channels.length === 1 ? `channel: ${channels[0]}` : `channels: [${channels.join(', ')}]`];
  if (opts.due) lines.push('mode: customScheduled', `dueAt: ${opts.due}`);
  if (opts.draft !== undefined) lines.push(`draft: ${opts.draft}`);
  lines.push('---');
  return `${lines.join('\n')}\n${opts.items.join('\n\n---\n\n')}\n`;
}

/**
 * A checkout of exactly `sha`, as actions/checkout makes it for a push event:
 * depth 1, the commit fetched by SHA into `origin/<branch>` and the local
 * branch created on it. A queued run gets the commit that triggered it, even
 * when the branch has moved on since.
 */
export async function checkoutAt(fx: GitFixture, sha: string): Promise<string> {
  const dir = await mkdtemp(path.join(fx.root, 'checkout-'));
  await fx.git(['init', '--quiet', dir], fx.root);
  await fx.git(['remote', 'add', 'origin', pathToFileURL(fx.bare).href], dir);
  await fx.git(
    ['fetch', '--quiet', '--depth=1', '--no-tags', 'origin', `+${sha}:refs/remotes/origin/${fx.branch}`],
    dir,
  );
  await fx.git(['checkout', '--quiet', '--force', '-B', fx.branch, `refs/remotes/origin/${fx.branch}`], dir);
  return dir;
}

/** Runs the action for a push whose run was queued: its checkout is the pushed commit, not the tip. */
export function runQueuedPush(
  h: Harness,
  range: { before: string; after: string },
  opts: { forced?: boolean; inputs?: Record<string, string> } = {},
) {
  return checkoutAt(h.fx, range.after).then((workspace) => h.runPush(range, { ...opts, workspace }));
}

/** A control request to the sandbox over HTTP (`/__sandbox/...`), as a test outside the process would send it. */
export async function sandboxControl(
  sandbox: RunningSandbox,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  route: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${sandbox.url}/__sandbox/${route}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} /__sandbox/${route}: HTTP ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Someone changes the post in Buffer's app (text, dueAt, status: 'sent' …). */
export function patchPostInBuffer(
  sandbox: RunningSandbox,
  id: string,
  patch: Record<string, unknown>,
): Promise<unknown> {
  return sandboxControl(sandbox, 'PATCH', `posts/${encodeURIComponent(id)}`, patch);
}

/** Someone deletes the post in Buffer's app. */
export function deletePostInBuffer(sandbox: RunningSandbox, id: string): Promise<unknown> {
  return sandboxControl(sandbox, 'DELETE', `posts/${encodeURIComponent(id)}`);
}

export function setFaults(sandbox: RunningSandbox, config: Record<string, unknown>): Promise<unknown> {
  return sandboxControl(sandbox, 'POST', 'faults', config);
}

export async function buffersPosts(sandbox: RunningSandbox): Promise<StoredPost[]> {
  return ((await sandboxControl(sandbox, 'GET', 'state')) as { posts: StoredPost[] }).posts;
}

/** One post file at the tip, as this module reads it. */
export interface TipFile {
  file: string;
  /** Where it came from, for messages when several repositories share one account. */
  repo: string;
  refs: string[];
  /** Thread items (one item: a single post). */
  items: string[];
  dueAt?: string;
  draft: boolean;
  /** channel reference → the ID written in the file's `buffer:` block. */
  ids: Record<string, string | undefined>;
}

/** Reads every `*.md` under `postsDir` of a checkout. */
export async function readTipFiles(checkout: string, postsDir = 'posts'): Promise<TipFile[]> {
  const root = path.join(checkout, postsDir);
  const names = await readdir(root, { recursive: true }).catch(() => [] as string[]);
  const files: TipFile[] = [];
  for (const name of names
    .map(String)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const file = `${postsDir}/${name.split(path.sep).join('/')}`;
    files.push(parsePostFile(file, checkout, await readFile(path.join(checkout, file), 'utf8')));
  }
  return files;
}

export function parsePostFile(file: string, repo: string, raw: string): TipFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!match) throw new Error(`${file}: no front-matter`);
  const front = (parseYaml(match[1]!, { schema: 'core' }) ?? {}) as Record<string, unknown>;
  const refs = Array.isArray(front.channels)
    ? front.channels.map(String)
    : front.channel !== undefined
      ? [String(front.channel)]
      : [];
  const items = match[2]!
    .split(/\r?\n[ \t]*\r?\n---[ \t]*\r?\n[ \t]*\r?\n/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const block = (front.buffer ?? {}) as Record<string, { id?: unknown } | undefined>;
  const ids: TipFile['ids'] = {};
  for (const ref of refs) ids[ref] = block[ref]?.id === undefined ? undefined : String(block[ref]!.id);
  const due =
    front.dueAt === undefined
      ? undefined
      : String(front.dueAt instanceof Date ? front.dueAt.toISOString() : front.dueAt);
  return { file, repo, refs, items, dueAt: due, draft: front.draft === true, ids };
}

function channelFor(sandbox: RunningSandbox, ref: string): string {
  const channels = sandbox.state().channels;
  const byId = channels.find((c) => c.id === ref);
  if (byId) return byId.id;
  const [service, name] = ref.includes(':')
    ? [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)]
    : [ref, undefined];
  const found = channels.filter(
    (c) => c.service === service && (name === undefined || c.name === name || c.displayName === name),
  );
  if (found.length !== 1) throw new Error(`channel reference ${ref} matches ${found.length} sandbox channels`);
  return found[0]!.id;
}

function threadOf(post: StoredPost): string[] | undefined {
  const thread = (post.metadata as { thread?: { text?: string }[] } | null)?.thread;
  return thread?.map((item) => item.text ?? '');
}

/** Statuses of a post that will still go out (or is held): such a post must belong to a file. */
const LIVE = new Set(['scheduled', 'draft', 'needs_approval', 'error']);

/**
 * Buffer equals the files at the tip of every repository given (default: the
 * harness's origin): one post per file × channel, with the file's channel,
 * text, thread, due time and draft state, its ID written in the file, no ID
 * claimed twice, and no post that will still go out without a file claiming
 * it (except `foreign` ones: posts made in Buffer's app, not by a repository).
 * Returns file → channel reference → post, for further assertions.
 */
export async function assertBufferEqualsFiles(
  h: Harness,
  more: { fx: GitFixture }[] = [],
  opts: { foreign?: string[] } = {},
): Promise<Record<string, Record<string, StoredPost>>> {
  const checkouts = await Promise.all([h, ...more].map((r) => r.fx.cloneShallow(1)));
  // Repositories are named by their place in the call in messages: 1 is the harness's.
  const files = (
    await Promise.all(
      checkouts.map(async (c, i) => (await readTipFiles(c)).map((f) => ({ ...f, repo: `repository ${i + 1}` }))),
    )
  ).flat();
  const posts = new Map((await buffersPosts(h.sandbox)).map((p) => [p.id, p]));
  const claimedBy = new Map<string, string>();
  const result: Record<string, Record<string, StoredPost>> = {};
  const problems: string[] = [];
  for (const f of files) {
    const where = more.length > 0 ? `${f.file} (${f.repo})` : f.file;
    for (const ref of f.refs) {
      const id = f.ids[ref];
      if (!id) {
        problems.push(`${where}: no ID written for ${ref}`);
        continue;
      }
      const other = claimedBy.get(id);
      if (other) problems.push(`${where}: ${ref} claims post ${id}, which ${other} claims too`);
      claimedBy.set(id, `${where} ${ref}`);
      const post = posts.get(id);
      if (!post) {
        problems.push(`${where}: ${ref} post ${id} is not in Buffer`);
        continue;
      }
      (result[f.file] ??= {})[ref] = post;
      if (post.channelId !== channelFor(h.sandbox, ref))
        problems.push(`${where}: ${ref} post ${id} is on channel ${post.channelId}`);
      if (post.text !== f.items[0])
        problems.push(
          `${where}: ${ref} post ${id} text ${JSON.stringify(post.text)}, file says ${JSON.stringify(f.items[0])}`,
        );
      const thread = threadOf(post);
      if (f.items.length > 1 && JSON.stringify(thread) !== JSON.stringify(f.items)) {
        problems.push(
          `${where}: ${ref} post ${id} thread ${JSON.stringify(thread)}, file says ${JSON.stringify(f.items)}`,
        );
      }
      if (f.items.length === 1 && thread !== undefined && thread.length > 1)
        problems.push(`${where}: ${ref} post ${id} is still a thread of ${thread.length}`);
      if (f.dueAt !== undefined && post.dueAt !== new Date(f.dueAt).toISOString())
        problems.push(`${where}: ${ref} post ${id} due ${post.dueAt}, file says ${f.dueAt}`);
      if (f.draft !== (post.status === 'draft'))
        problems.push(`${where}: ${ref} post ${id} has status ${post.status}, file says draft: ${f.draft}`);
      if (post.status === 'error') problems.push(`${where}: ${ref} post ${id} is in error: ${post.error?.message}`);
    }
  }
  for (const post of posts.values()) {
    if (LIVE.has(post.status) && !claimedBy.has(post.id) && !opts.foreign?.includes(post.id))
      problems.push(`orphan: post ${post.id} (${post.status}, ${JSON.stringify(post.text)}) is claimed by no file`);
  }
  if (problems.length > 0) throw new Error(`Buffer differs from the files at the tip:\n  ${problems.join('\n  ')}`);
  return result;
}

/** The posts of a file, by channel reference, from the returned map of assertBufferEqualsFiles (throws when missing). */
export function idOf(state: Record<string, Record<string, StoredPost>>, file: string, ref = 'twitter'): string {
  const post = state[file]?.[ref];
  if (!post) throw new Error(`no post for ${file} × ${ref}`);
  return post.id;
}

/** The log of a run (stdout and stderr), for expectation messages. */
export function logOf(run: ActionRun): string {
  return `${run.stdout}\n${run.stderr}`;
}

/**
 * A second repository publishing to the same Buffer account: its own bare
 * origin and clones, the same sandbox. `pushFiles`/`runPush` work like the
 * harness's; `repository` names it in the event (GITHUB_REPOSITORY).
 */
export async function createRepoOn(
  h: Harness,
  repository = 'acme/social-eu',
): Promise<Pick<Harness, 'fx' | 'pushFiles' | 'runPush' | 'pull' | 'read' | 'head'> & { close(): Promise<void> }> {
  const fx = await createGitFixture();
  await fx.writeFiles({ 'README.md': `# ${repository}\n` });
  await fx.commitAll('initial');
  await fx.push();
  return { ...repositoryOn(fx, h.sandbox, repository), close: () => fx.cleanup() };
}
