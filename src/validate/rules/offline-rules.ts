/**
 * Offline (fork pull requests, no API key) the channels are not resolved, so
 * some limits are generic. Say once per post which checks that leaves out,
 * rather than letting a green check suggest everything was verified.
 */
import type { Finding } from '../../posts/model.js';
import { VALIDATION_CODES } from '../codes.js';
import { finding } from '../finding.js';
import { listWords } from '../../text/words.js';
import { FILE_START } from '../locate.js';
import { MASTODON_DEFAULT_LIMIT } from '../network-limits.js';
import type { RuleContext } from '../types.js';

export function offlineRules(ctx: RuleContext): Finding[] {
  const unresolved = ctx.targets.filter((t) => !t.channel);
  const mastodonUnknown = ctx.targets.some((t) => t.service === 'mastodon' && t.channel?.maxCharacters == null);
  const skipped: string[] = [];
  if (ctx.opts.offline || unresolved.length > 0) {
    skipped.push('whether each channel reference exists in Buffer and is connected');
  }
  if (mastodonUnknown) {
    skipped.push(
      `the Mastodon instance's own character limit (counted against Mastodon's default of ${MASTODON_DEFAULT_LIMIT})`,
    );
  }
  if (skipped.length === 0) return [];
  const why = ctx.opts.offline
    ? 'Validated without Buffer access'
    : unresolved.length > 0
      ? 'Some channels were not found in Buffer'
      : 'Buffer did not report every channel limit';
  return [
    finding(
      ctx.post,
      ctx.post.channels[0]?.position ?? FILE_START,
      'notice',
      VALIDATION_CODES.offlinePartialCheck,
      `${why}, so this did not check ${listWords(skipped)}. Run \`buffer-gitops plan\` with BUFFER_API_KEY set for the full check.`,
    ),
  ];
}
