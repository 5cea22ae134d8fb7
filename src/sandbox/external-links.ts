/**
 * The public URL a sent post gets on its network. Derived from the post ID so
 * it is stable across runs (tests and sync reports can quote it).
 */
import type { Service } from '../buffer/types.js';

function digits(postId: string, length: number): string {
  const n = BigInt(`0x${postId.replace(/[^0-9a-f]/gi, '') || '0'}`);
  return n.toString().padStart(length, '7').slice(-length).replace(/^0/, '1');
}

function code(postId: string, length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let n = BigInt(`0x${postId.replace(/[^0-9a-f]/gi, '') || '0'}`);
  let out = '';
  while (out.length < length) {
    out += alphabet[Number(n % 62n)];
    n = n / 62n + 7n;
  }
  return out;
}

/** `handle` is the channel's name (`acme`, `acme.bsky.social`, `acme@mastodon.social`). */
export function externalLinkFor(service: Service, handle: string, postId: string): string {
  const slug = handle.replace(/\s+/g, '').toLowerCase();
  switch (service) {
    case 'twitter':
      return `https://x.com/${slug}/status/${digits(postId, 19)}`;
    case 'mastodon': {
      const [user, server] = slug.split('@');
      return `https://${server || 'mastodon.social'}/@${user}/${digits(postId, 18)}`;
    }
    case 'bluesky':
      return `https://bsky.app/profile/${slug}/post/${code(postId, 13).toLowerCase()}`;
    case 'threads':
      return `https://www.threads.net/@${slug}/post/${code(postId, 11)}`;
    case 'instagram':
      return `https://www.instagram.com/p/${code(postId, 11)}/`;
    case 'linkedin':
      return `https://www.linkedin.com/feed/update/urn:li:share:${digits(postId, 19)}`;
    case 'facebook':
      return `https://www.facebook.com/${digits(postId, 15)}/posts/${digits(postId, 16)}`;
    case 'tiktok':
      return `https://www.tiktok.com/@${slug}/video/${digits(postId, 19)}`;
    case 'youtube':
      return `https://www.youtube.com/watch?v=${code(postId, 11)}`;
    case 'pinterest':
      return `https://www.pinterest.com/pin/${digits(postId, 18)}/`;
    case 'googlebusiness':
      return `https://local.google.com/place?use=posts&lpsid=${digits(postId, 19)}`;
    case 'startPage':
      return `https://start.page/${slug}`;
  }
}
