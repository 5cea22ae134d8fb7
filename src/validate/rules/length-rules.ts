/**
 * Text length per network in its own unit, for the top-level text and every
 * thread item, plus the count limits that live in the text (hashtags, links)
 * and metadata titles.
 */
import { METADATA_KEY, THREAD_SERVICES } from '../../buffer/types.js';
import type { Finding, SourcePosition } from '../../posts/model.js';
import { extractHashtagsX } from '../../text/x-hashtags.js';
import { extractUrlsX } from '../../text/x-urls.js';
import { VALIDATION_CODES } from '../codes.js';
import { channelLabel, finding } from '../finding.js';
import { formatNumber, plural } from '../../text/words.js';
import { countLength, characterLength, type LengthCount } from '../length.js';
import { bodyPosition, channelPosition, findFrontMatterKey } from '../locate.js';
import { NETWORK_LIMITS } from '../network-limits.js';
import type { RuleContext, ValidationTarget } from '../types.js';

/** One piece of text that is published on its own: the post, or one thread item. */
interface Piece {
  text: string;
  at: SourcePosition;
  /** "this post" or "thread item 3". */
  name: string;
}

/** The pieces a target publishes, each with the position its text starts at. */
function piecesOf(ctx: RuleContext, target: ValidationTarget): Piece[] {
  const thread = target.rendered.thread;
  if (thread && thread.length > 1 && THREAD_SERVICES.includes(target.service)) {
    // The first item is the top-level text (checked by the thread rules), so counting
    // the items covers everything that is published.
    return thread.map((item, k) => ({
      text: item.text,
      at: item.position,
      name: k === 0 ? 'the first thread item' : `thread item ${k + 1}`,
    }));
  }
  return [{ text: target.rendered.text, at: bodyPosition(ctx.post), name: 'this post' }];
}

function unitWords(target: ValidationTarget, count: LengthCount): string {
  switch (target.service) {
    case 'twitter':
      return 'characters (URLs count 23, emoji and CJK characters 2)';
    case 'mastodon':
      return 'characters (URLs count 23)';
    case 'threads':
      return 'characters (each emoji counts its UTF-8 bytes, e.g. 👍 = 4)';
    default:
      return count.unit === 'bytes' ? 'bytes (UTF-8; accented letters and emoji take several)' : 'characters';
  }
}

function tooLong(ctx: RuleContext, target: ValidationTarget, piece: Piece): Finding[] {
  const count = countLength(piece.text, target.service, target.channel);
  if (count.limit === null || count.count <= count.limit) return [];
  const over = count.count - count.limit;
  const canThread = THREAD_SERVICES.includes(target.service);
  const fix = canThread
    ? `shorten it by ${formatNumber(over)} or split it into a thread with \`---\``
    : `shorten it by ${formatNumber(over)}`;
  const assumed =
    target.service === 'mastodon' && target.channel?.maxCharacters == null
      ? ' (the default limit; this instance may allow more)'
      : '';
  return [
    finding(
      ctx.post,
      piece.at,
      'error',
      VALIDATION_CODES.tooLong,
      `${channelLabel(target.service, target.ref)} counts ${piece.name} as ${formatNumber(count.count)} of ${formatNumber(count.limit)} ${unitWords(target, count)}${assumed}; ${fix}.`,
    ),
  ];
}

function tooManyHashtags(ctx: RuleContext, target: ValidationTarget, piece: Piece): Finding[] {
  const max = NETWORK_LIMITS[target.service].maxHashtags;
  if (max === undefined) return [];
  const tags = extractHashtagsX(piece.text.normalize('NFC'));
  if (tags.length <= max) return [];
  return [
    finding(
      ctx.post,
      piece.at,
      'error',
      VALIDATION_CODES.tooManyHashtags,
      `${channelLabel(target.service, target.ref)} allows at most ${plural(max, 'hashtag')} per post; ${piece.name} has ${formatNumber(tags.length)} (${tags.map((t) => `#${t}`).join(' ')}). Remove ${formatNumber(tags.length - max)}.`,
    ),
  ];
}

function tooManyLinks(ctx: RuleContext, target: ValidationTarget, piece: Piece): Finding[] {
  const max = NETWORK_LIMITS[target.service].maxLinks;
  if (max === undefined) return [];
  // Threads counts distinct URLs, with or without a scheme (www.example.com is a link).
  const links = new Set(extractUrlsX(piece.text.normalize('NFC')).map((link) => link.url));
  if (links.size <= max) return [];
  return [
    finding(
      ctx.post,
      piece.at,
      'error',
      VALIDATION_CODES.tooManyLinks,
      `${channelLabel(target.service, target.ref)} rejects posts with more than ${plural(max, 'link')}; ${piece.name} has ${formatNumber(links.size)} different links. Remove ${formatNumber(links.size - max)}.`,
    ),
  ];
}

/** `metadata.<key>.title` where the network has titles (YouTube video, Pinterest Pin). */
function titleRules(ctx: RuleContext, target: ValidationTarget): Finding[] {
  const rules = NETWORK_LIMITS[target.service];
  const key = METADATA_KEY[target.service];
  const title = key ? ctx.post.metadata?.[key]?.['title'] : undefined;
  if (rules.maxTitle === undefined || typeof title !== 'string' || !key) return [];
  const at = findFrontMatterKey(ctx.post, ['metadata', key, 'title']) ?? channelPosition(ctx.post, target.ref);
  const found: Finding[] = [];
  const length = characterLength(title);
  if (length > rules.maxTitle) {
    found.push(
      finding(
        ctx.post,
        at,
        'error',
        VALIDATION_CODES.titleTooLong,
        `${rules.label} titles are at most ${formatNumber(rules.maxTitle)} characters; \`metadata.${key}.title\` has ${formatNumber(length)}. Shorten it by ${formatNumber(length - rules.maxTitle)}.`,
      ),
    );
  }
  // YouTube's API refuses `<` and `>` in titles (and descriptions).
  if (target.service === 'youtube' && /[<>]/.test(title)) {
    found.push(
      finding(
        ctx.post,
        at,
        'error',
        VALIDATION_CODES.titleInvalid,
        `YouTube titles cannot contain \`<\` or \`>\`; remove them from \`metadata.${key}.title\`.`,
      ),
    );
  }
  return found;
}

export function lengthRules(ctx: RuleContext): Finding[] {
  const found: Finding[] = [];
  for (const target of ctx.targets) {
    for (const piece of piecesOf(ctx, target)) {
      found.push(
        ...tooLong(ctx, target, piece),
        ...tooManyHashtags(ctx, target, piece),
        ...tooManyLinks(ctx, target, piece),
      );
    }
    found.push(...titleRules(ctx, target));
  }
  return found;
}
