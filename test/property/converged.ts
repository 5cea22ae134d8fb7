/**
 * The lifecycle invariant (issue 11): Buffer equals the files at the branch
 * tip. Exactly one post per file × channel, holding the file's text, thread
 * items, assets, metadata, draft status and (custom) due time, its ID in the
 * file's `buffer:` block; no orphan (a post that is not sent and that no file
 * tracks) and no duplicate (one ID claimed twice). Read through the sandbox's
 * state endpoint and the bare remote, never through the product's code.
 */
import type { StoredPost } from '../../src/sandbox/index.js';
import { expectedPost, renderFile, withoutBufferBlock, type ExpectedPost } from './team-model.js';
import { idsOf, type TeamHistory } from './team-history.js';

/** Every way Buffer and the tip differ, one line each (empty: converged). */
export async function divergences(team: TeamHistory): Promise<string[]> {
  const problems: string[] = [];
  const tip = await team.tipFiles();
  const posts = await team.bufferPosts();
  const state = (await (await team.control('GET', '/__sandbox/state')).json()) as {
    channels: { id: string; service: string }[];
  };
  const channelOf = (service: string) => state.channels.find((c) => c.service === service)!.id;
  const byId = new Map(posts.map((p) => [p.id, p]));

  const modelPaths = new Set(team.files.map((f) => f.path));
  for (const file of tip.keys())
    if (!modelPaths.has(file)) problems.push(`${file} is at the tip, but the team deleted or moved it`);

  const claimants = new Map<string, string[]>();
  for (const file of team.files) {
    const content = tip.get(file.path);
    if (content === undefined) {
      problems.push(`${file.path} is missing at the tip`);
      continue;
    }
    if (withoutBufferBlock(content) !== renderFile(file.spec))
      problems.push(`${file.path}: outside its buffer: block, the tip's file is not what the team wrote`);
    const ids = idsOf(content);
    for (const service of file.spec.channels) {
      const id = ids[service];
      const where = `${file.path} × ${service}`;
      if (!id) {
        problems.push(`${where}: no post ID in the file's buffer: block`);
        continue;
      }
      claimants.set(id, [...(claimants.get(id) ?? []), where]);
      const post = byId.get(id);
      if (!post) {
        problems.push(`${where}: post ${id} does not exist in Buffer`);
        continue;
      }
      if (post.channelId !== channelOf(service))
        problems.push(`${where}: post ${id} is on channel ${post.channelService}, not ${service}`);
      problems.push(...differences(where, id, post, expectedPost(file.spec, service)));
    }
  }

  for (const [id, where] of claimants)
    if (where.length > 1) problems.push(`duplicate: post ${id} is claimed by ${where.join(' and ')}`);
  for (const post of posts) {
    if (post.status === 'sent' || claimants.has(post.id)) continue;
    problems.push(
      `orphan: ${post.status} post ${post.id} on ${post.channelService} ("${post.text}") is tracked by no file`,
    );
  }
  return problems;
}

function differences(where: string, id: string, post: StoredPost, want: ExpectedPost): string[] {
  const out: string[] = [];
  const say = (field: string, has: unknown, wants: unknown) =>
    out.push(`${where} (${id}): ${field}: Buffer has ${JSON.stringify(has)}, the file says ${JSON.stringify(wants)}`);
  if (post.text !== want.text) say('text', post.text, want.text);
  if (canonical(post.assets ?? []) !== canonical(want.assets)) say('assets', post.assets, want.assets);
  const metadata = normalizedMetadata(post.metadata);
  if (canonical(metadata) !== canonical(want.metadata)) say('metadata', metadata, want.metadata);
  if ((post.status === 'draft') !== want.draft) say('status', post.status, want.draft ? 'draft' : 'scheduled');
  if (want.draft) {
    // A draft keeps the custom time it is given, for when it is scheduled; a draft for the queue has no time to compare.
    if (want.due !== null && (post.dueAt === null || Date.parse(post.dueAt) !== Date.parse(want.due)))
      say('draft time', post.dueAt, want.due);
  } else if (post.status !== 'sent') {
    if (want.due === null && post.isCustomScheduled) say('schedule', `custom ${post.dueAt}`, 'the queue');
    if (
      want.due !== null &&
      (!post.isCustomScheduled || post.dueAt === null || Date.parse(post.dueAt) !== Date.parse(want.due))
    ) {
      say(
        'schedule',
        post.isCustomScheduled ? `custom ${post.dueAt}` : `queue slot ${post.dueAt}`,
        `custom ${want.due}`,
      );
    }
  }
  return out;
}

/** Buffer's stored metadata entry, with the defaults it adds (empty thread, thread items without assets) taken out. */
function normalizedMetadata(metadata: Record<string, unknown> | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metadata ?? {})) {
    if (value === undefined || value === null) continue;
    if (key === 'thread') {
      const items = value as { text?: string | null; assets?: unknown[] }[];
      if (items.length === 0) continue;
      out.thread = items.map((item) => ({ text: item.text ?? '', assets: item.assets ?? [] }));
    } else out[key] = value;
  }
  return out;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
