/**
 * The fault matrix's world: what the repository and Buffer should look like
 * after a push of post and idea files has been fully applied, and the check
 * that they do (issue 6's invariant). Shared by the in-process matrix and
 * the process-kill cases, so both prove exactly the same thing.
 *
 * The invariant, after the last run:
 * 1. every post file has exactly one Buffer post per channel, with the
 *    file's text, and the file's `buffer:` block holds that post's ID;
 * 2. every idea file has exactly one idea on the board, its ID written back;
 * 3. no Buffer post or idea exists that no file tracks, except the ones the
 *    user made in Buffer's app (seeded before the run);
 * 4. edited posts keep their ID (edited in place, never re-created), and
 *    removed files' posts are gone;
 * 5. no byte outside `buffer:` blocks changed, in any file of the repository.
 */
import { execFile } from 'node:child_process';
import { parsePostFile } from '../../src/posts/parse.js';
import {
  defaultChannelId,
  defaultSeed,
  type RunningSandbox,
  type SandboxSeed,
  type StoredPost,
} from '../../src/sandbox/index.js';
import type { Service } from '../../src/buffer/types.js';
import { readBufferBlock, stripBufferBlock } from '../../src/writeback/buffer-block.js';

/** The sandbox clock and the engine's `now` in the in-process runs. */
export const NOW = '2027-01-01T00:00:00.000Z';
/** Before any attempt of the runs under test could start (createdSince excludes it). */
const LONG_AGO = '2026-01-15T10:00:00.000Z';

export interface PostSpec {
  /** File name under the case's posts dir. */
  name: string;
  services: Service[];
  /** Text in the file at `before` (tracked files) and at `after` (undefined: removed). */
  before?: string;
  after?: string;
  dueAt: string;
}

export interface IdeaSpec {
  name: string;
  title: string;
  text: string;
}

/** One push: files as they were (`before`, tracked and in Buffer) and as the push leaves them. */
export interface World {
  posts: PostSpec[];
  ideas: IdeaSpec[];
  /** IDs the seeded Buffer posts of tracked files have, by `${name}|${service}`. */
  seededIds: Map<string, string>;
  /** Posts the user made in Buffer's app: must survive, untracked. */
  userPosts: StoredPost[];
}

let idCounter = 0;
/** 24-hex IDs like Buffer's, distinct from the sandbox's own (which start with the clock's seconds). */
function seededId(): string {
  return `5eed0000${(++idCounter).toString(16).padStart(16, '0')}`;
}

/** The default inputs: what most repositories use. */
export const POSTS_DIR = 'posts';
export const IDEAS_DIR = 'ideas';

export function newWorld(posts: PostSpec[], ideas: IdeaSpec[] = []): World {
  const seededIds = new Map<string, string>();
  for (const p of posts)
    if (p.before !== undefined) for (const s of p.services) seededIds.set(`${p.name}|${s}`, seededId());
  // A post the user scheduled by hand long ago with the same text a new file
  // has: exactly-once must not adopt it, and nothing may delete it.
  const first = posts[0]!;
  const userPosts: StoredPost[] = [
    userPost(first.services[0]!, first.after ?? first.before ?? 'hand-made', '2027-05-01T10:00:00.000Z'),
  ];
  return { posts, ideas, seededIds, userPosts };
}

function userPost(service: Service, text: string, dueAt: string): StoredPost {
  const seed = defaultSeed();
  const channelId = defaultChannelId(service);
  const channel = seed.channels.find((c) => c.id === channelId)!;
  return {
    id: seededId(),
    organizationId: channel.organizationId,
    channelId,
    channelService: service,
    status: 'scheduled',
    text,
    assets: [],
    metadata: null,
    dueAt,
    sentAt: null,
    createdAt: LONG_AGO,
    updatedAt: LONG_AGO,
    shareMode: 'customScheduled',
    schedulingType: 'automatic',
    isCustomScheduled: true,
    sharedNow: false,
    via: 'buffer',
    externalLink: null,
    error: null,
    tagIds: [],
    ideaId: null,
    authorId: null,
  };
}

/** The sandbox seed: the default organization, the tracked files' posts, the user's own posts. */
export function seedFor(world: World): SandboxSeed {
  const seed = defaultSeed();
  const posts: NonNullable<SandboxSeed['posts']> = [...world.userPosts];
  for (const p of world.posts) {
    if (p.before === undefined) continue;
    for (const service of p.services) {
      posts.push({
        id: world.seededIds.get(`${p.name}|${service}`)!,
        channelId: defaultChannelId(service),
        text: p.before,
        status: 'scheduled',
        dueAt: new Date(p.dueAt).toISOString(),
        shareMode: 'customScheduled',
        isCustomScheduled: true,
        via: 'api',
        createdAt: LONG_AGO,
        updatedAt: LONG_AGO,
      });
    }
  }
  seed.posts = posts;
  return seed;
}

/** A post file as a user writes it; `tracked` adds the block an earlier run wrote. */
export function postFile(p: PostSpec, text: string, tracked?: Map<string, string>): string {
  const channels = p.services.length === 1 ? `channel: ${p.services[0]}` : `channels: [${p.services.join(', ')}]`;
  const lines = [
    '---',
    '# written by hand; the action may only touch buffer:',
    channels,
    'mode: customScheduled',
    `dueAt: ${p.dueAt}`,
  ];
  if (tracked) {
    lines.push('buffer:');
    for (const s of p.services) {
      lines.push(
        `  ${s}: {id: ${tracked.get(`${p.name}|${s}`)}, status: scheduled, dueAt: "${new Date(p.dueAt).toISOString()}"}`,
      );
    }
  }
  lines.push('---', text, '');
  return lines.join('\n');
}

export function ideaFile(i: IdeaSpec): string {
  return ['---', `title: ${i.title}`, 'services: [linkedin]', '---', i.text, ''].join('\n');
}

/** Files at `before` (only tracked posts exist then). */
export function filesBefore(world: World): Record<string, string> {
  const files: Record<string, string> = {};
  for (const p of world.posts) {
    if (p.before !== undefined) files[`${POSTS_DIR}/${p.name}`] = postFile(p, p.before, world.seededIds);
  }
  return files;
}

/** The push: new, edited and removed files (`null` removes). */
export function filesAfter(world: World): Record<string, string | null> {
  const files: Record<string, string | null> = {};
  for (const p of world.posts) {
    const path = `${POSTS_DIR}/${p.name}`;
    if (p.after === undefined) files[path] = null;
    else if (p.after !== p.before)
      files[path] = postFile(p, p.after, p.before === undefined ? undefined : world.seededIds);
  }
  for (const i of world.ideas) files[`${IDEAS_DIR}/${i.name}`] = ideaFile(i);
  return files;
}

// ------------------------------------------------------------------ check

/** Runs git and returns stdout as raw bytes (files are compared byte for byte). */
export function gitRaw(args: string[], cwd: string, env: NodeJS.ProcessEnv, input?: Buffer | string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      { cwd, env, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`git ${args.join(' ')}: ${stderr.toString()}`));
        else resolve(stdout);
      },
    );
    // git may exit without reading stdin (nothing asked for it): that is not an error here.
    child.stdin!.on('error', () => {});
    child.stdin!.end(input ?? '');
  });
}

/** Many `rev:path` blobs in one git process; a missing one maps to undefined. */
export async function readBlobs(
  repo: string,
  env: NodeJS.ProcessEnv,
  specs: string[],
): Promise<Map<string, string | undefined>> {
  const out = await gitRaw(['cat-file', '--batch'], repo, env, specs.map((s) => `${s}\n`).join(''));
  const blobs = new Map<string, string | undefined>();
  let at = 0;
  for (const spec of specs) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      blobs.set(spec, undefined);
      continue;
    }
    blobs.set(spec, out.subarray(at, at + Number(size)).toString('utf8'));
    at += Number(size) + 1;
  }
  return blobs;
}

export interface CheckTarget {
  sandbox: RunningSandbox;
  /** The bare `origin` repository and the git environment. */
  bare: string;
  env: NodeJS.ProcessEnv;
  branch: string;
  /** The push's `after` commit: what the user pushed. */
  after: string;
}

/** Every way the world differs from the invariant; empty when it holds. */
export async function invariantViolations(world: World, target: CheckTarget): Promise<string[]> {
  const v: string[] = [];
  const { sandbox, bare, env, branch, after } = target;
  const state = sandbox.state();
  const trackedIds = new Set<string>();

  const changed = (await gitRaw(['diff', '--name-only', '-z', after, branch], bare, env))
    .toString('utf8')
    .split('\0')
    .filter(Boolean);
  const postPaths = world.posts.map((p) => `${POSTS_DIR}/${p.name}`);
  const ideaPaths = world.ideas.map((i) => `${IDEAS_DIR}/${i.name}`);
  const paths = [...new Set([...changed, ...postPaths, ...ideaPaths])];
  const blobs = await readBlobs(
    bare,
    env,
    paths.flatMap((p) => [`${after}:${p}`, `${branch}:${p}`]),
  );
  const tip = (path: string) => blobs.get(`${branch}:${path}`);

  // 5. Only buffer: blocks changed between what the user pushed and the tip.
  for (const path of changed) {
    const [was, now] = [blobs.get(`${after}:${path}`), tip(path)];
    if (was === undefined || now === undefined)
      v.push(`${path}: ${was === undefined ? 'added' : 'removed'} by the action`);
    else if (stripBufferBlock(was) !== stripBufferBlock(now))
      v.push(`${path}: bytes outside the buffer: block changed`);
  }

  // 1 & 4. Post files.
  for (const p of world.posts) {
    const path = `${POSTS_DIR}/${p.name}`;
    if (p.after === undefined) {
      if (tip(path) !== undefined) v.push(`${path}: removed by the push, back on the branch`);
      for (const s of p.services) {
        const id = world.seededIds.get(`${p.name}|${s}`)!;
        if (state.posts.some((post) => post.id === id))
          v.push(`${path} (${s}): removed file, but its post ${id} is still in Buffer`);
      }
      continue;
    }
    const raw = tip(path);
    if (raw === undefined) {
      v.push(`${path}: missing on the branch`);
      continue;
    }
    const block = readBufferBlock(raw);
    if (parsePostFile(path, raw).channels.length !== p.services.length) v.push(`${path}: channels changed in the file`);
    for (const s of p.services) {
      const channelId = defaultChannelId(s);
      const mine = state.posts.filter(
        (post) =>
          post.channelId === channelId && post.text === p.after && !world.userPosts.some((u) => u.id === post.id),
      );
      if (mine.length !== 1) v.push(`${path} (${s}): ${mine.length} Buffer posts with its text, expected exactly 1`);
      const id = block[s]?.id;
      if (!id) {
        v.push(`${path} (${s}): no Buffer ID written back`);
        continue;
      }
      trackedIds.add(id);
      if (!mine.some((post) => post.id === id)) v.push(`${path} (${s}): written-back ID ${id} is not its Buffer post`);
      const seeded = world.seededIds.get(`${p.name}|${s}`);
      if (seeded && id !== seeded) v.push(`${path} (${s}): edited post was re-created (${seeded} → ${id})`);
    }
  }

  // 2. Idea files.
  const ideaIds = new Set<string>();
  for (const i of world.ideas) {
    const path = `${IDEAS_DIR}/${i.name}`;
    const raw = tip(path);
    const mine = state.ideas.filter((idea) => idea.content.title === i.title);
    if (mine.length !== 1) v.push(`${path}: ${mine.length} ideas with its title, expected exactly 1`);
    const id = raw === undefined ? undefined : readBufferBlock(raw).idea?.id;
    if (!id) {
      v.push(`${path}: no idea ID written back`);
      continue;
    }
    ideaIds.add(id);
    if (!mine.some((idea) => idea.id === id)) v.push(`${path}: written-back ID ${id} is not its idea`);
  }

  // 3. Nothing untracked in Buffer besides the user's own.
  for (const post of state.posts) {
    if (trackedIds.has(post.id) || world.userPosts.some((u) => u.id === post.id)) continue;
    v.push(`Buffer post ${post.id} ("${post.text}") is tracked by no file`);
  }
  for (const u of world.userPosts) {
    if (!state.posts.some((post) => post.id === u.id && post.text === u.text))
      v.push(`the user's own post ${u.id} was changed or deleted`);
  }
  for (const idea of state.ideas)
    if (!ideaIds.has(idea.id)) v.push(`idea ${idea.id} ("${idea.content.title}") is tracked by no file`);
  return v;
}
