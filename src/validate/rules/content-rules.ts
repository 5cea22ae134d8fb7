/**
 * A post must say or show something: Buffer rejects empty text with no assets
 * for most channels even though the schema marks `text` optional. Networks
 * that require media are left to the media rule, which already says what to add.
 */
import type { Finding } from '../../posts/model.js';
import { VALIDATION_CODES } from '../codes.js';
import { channelLabel, finding } from '../finding.js';
import { listWords } from '../../text/words.js';
import { bodyPosition } from '../locate.js';
import { NETWORK_LIMITS } from '../network-limits.js';
import type { RuleContext } from '../types.js';

export function contentRules(ctx: RuleContext): Finding[] {
  const empty = ctx.targets.filter(
    (t) => !NETWORK_LIMITS[t.service].requiredMedia && t.rendered.text.trim() === '' && t.rendered.assets.length === 0,
  );
  if (empty.length === 0) return [];
  // One finding for the file: the fix (write a body) is the same for every channel.
  const names = listWords(empty.map((t) => channelLabel(t.service, t.ref)));
  return [
    finding(
      ctx.post,
      bodyPosition(ctx.post),
      'error',
      VALIDATION_CODES.emptyPost,
      `${names} would get an empty post: write the text in the body below the front-matter, or add an image.`,
    ),
  ];
}
