/**
 * Readable file names for imported posts: the day the post goes out (or was
 * written, for drafts without a time) and the first words of its text,
 * `posts/2027-03-02-acme-2-0-is-here.md`. Names never collide with a file
 * that exists or with another post of the same import.
 */
import type { Channel, Post } from '../buffer/types.js';
import { localDate } from '../time/zoned-time.js';

const MAX_SLUG_LENGTH = 48;
const MAX_SLUG_WORDS = 6;

export function slugOf(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_SLUG_WORDS);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || 'post';
}

/** `dir/DATE-slug.md`, with `-service` and then a counter added until `taken` does not have it. */
export function fileNameFor(
  post: Post,
  channel: Channel | undefined,
  dir: string,
  taken: (path: string) => boolean,
): string {
  const when = post.dueAt ?? post.createdAt;
  const date = when ? localDate(new Date(when), channel?.timezone || 'UTC') : 'undated';
  const stem = `${dir}/${date}-${slugOf(post.text)}`;
  const candidates = [stem, `${stem}-${channel?.service ?? 'post'}`];
  for (const candidate of candidates) if (!taken(`${candidate}.md`)) return `${candidate}.md`;
  for (let n = 2; ; n++) {
    const candidate = `${candidates[1]}-${n}.md`;
    if (!taken(candidate)) return candidate;
  }
}
