/**
 * GitHub's own webhook payloads (`@octokit/webhooks-examples`), made runnable
 * against a fixture repository: data nobody here wrote.
 *
 * The examples name commits that exist only in GitHub's sample repositories.
 * `replaceShas` swaps those SHAs (and nothing else) for real commits of the
 * fixture, so every other field stays exactly as GitHub ships it: refs,
 * `deleted`/`created` flags, `repository.default_branch`, `head.repo`, actions.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { ObservedRequest } from '../../src/sandbox/index.js';
import { ROOT_FIELDS } from '../../src/sandbox/schema.js';
import type { GitFixture } from './git-fixture.js';

export type WebhookPayload = Record<string, any>;

interface ExampleIndexEntry {
  name: string;
  examples: WebhookPayload[];
}

const require = createRequire(import.meta.url);

/** Every example the package ships for one event, in the package's order (deep copies). */
export function webhookExamples(event: string): WebhookPayload[] {
  const index = require('@octokit/webhooks-examples/api.github.com/index.json') as ExampleIndexEntry[];
  const entry = index.find((e) => e.name === event);
  if (!entry) throw new Error(`@octokit/webhooks-examples ships no "${event}" examples`);
  return entry.examples.map((example) => structuredClone(example));
}

/** A deep copy of `payload` with every string equal to a key of `shas` replaced by its value. */
export function replaceShas<T>(payload: T, shas: Record<string, string>): T {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return Object.hasOwn(shas, value) ? shas[value] : value;
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(payload) as T;
}

/** Every ref of the bare remote and the commit it points to. */
export async function remoteRefs(fx: GitFixture): Promise<Map<string, string>> {
  const text = await fx.git(['for-each-ref', '--format=%(refname) %(objectname)'], fx.bare);
  return new Map(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ') as [string, string]),
  );
}

/** Puts the bare remote's refs back as `snapshot` had them: moved refs reset, new refs deleted, lost refs recreated. */
export async function restoreRefs(fx: GitFixture, snapshot: Map<string, string>): Promise<void> {
  const now = await remoteRefs(fx);
  for (const ref of now.keys()) if (!snapshot.has(ref)) await fx.git(['update-ref', '-d', ref], fx.bare);
  for (const [ref, sha] of snapshot) if (now.get(ref) !== sha) await fx.git(['update-ref', ref, sha], fx.bare);
}

/** The refs that differ between two snapshots (what a run pushed). */
export function changedRefs(before: Map<string, string>, after: Map<string, string>): string[] {
  const refs = new Set([...before.keys(), ...after.keys()]);
  return [...refs].filter((ref) => before.get(ref) !== after.get(ref)).sort();
}

let checkouts = 0;

/**
 * A workspace as actions/checkout makes it for `ref`: an empty repository,
 * `origin` the bare remote, one commit of history, no tags beyond the one
 * checked out. A branch is checked out as a local branch; a tag or a pull
 * request's merge ref on a detached HEAD.
 */
export async function checkoutLikeActions(fx: GitFixture, ref: string): Promise<string> {
  const dir = path.join(fx.root, `checkout-${++checkouts}`);
  await fx.git(['init', '--quiet', dir], fx.root);
  await fx.git(['remote', 'add', 'origin', pathToFileURL(fx.bare).href], dir);
  if (ref.startsWith('refs/heads/')) {
    const branch = ref.slice('refs/heads/'.length);
    await fx.git(
      ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', `+${ref}:refs/remotes/origin/${branch}`],
      dir,
    );
    await fx.git(['checkout', '--quiet', '--force', '-B', branch, `refs/remotes/origin/${branch}`], dir);
  } else if (ref.startsWith('refs/tags/')) {
    await fx.git(['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', `+${ref}:${ref}`], dir);
    await fx.git(['checkout', '--quiet', '--detach', ref], dir);
  } else {
    // refs/pull/N/merge and the like.
    const local = `refs/remotes/${ref.slice('refs/'.length)}`;
    await fx.git(['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', `+${ref}:${local}`], dir);
    await fx.git(['checkout', '--quiet', '--detach', local], dir);
  }
  return dir;
}

const MUTATION_FIELD = new RegExp(`\\b(${ROOT_FIELDS.mutation.join('|')})\\s*\\(`, 'g');

/** The Buffer mutations in `requests`: one per aliased mutation field of each `mutation` document. */
export function mutationsIn(requests: ObservedRequest[]): string[] {
  const found: string[] = [];
  for (const request of requests) {
    if (!/^\s*mutation\b/.test(request.query)) continue;
    for (const match of request.query.matchAll(MUTATION_FIELD)) found.push(match[1]!);
  }
  return found;
}
