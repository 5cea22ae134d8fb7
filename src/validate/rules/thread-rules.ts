/**
 * Threads: several body items only go where Buffer threads; the top-level
 * text must equal the first thread item (Buffer's backend rejects a mismatch
 * the schema lets through); every reply needs text or media.
 */
import { THREAD_SERVICES } from '../../buffer/types.js';
import type { Finding } from '../../posts/model.js';
import { VALIDATION_CODES } from '../codes.js';
import { channelLabel, finding } from '../finding.js';
import { listWords } from '../../text/words.js';
import { bodyPosition, findFrontMatterKey } from '../locate.js';
import { NETWORK_LIMITS } from '../network-limits.js';
import type { RuleContext, ValidationTarget } from '../types.js';

function itemCount(ctx: RuleContext, target: ValidationTarget): number {
  return Math.max(ctx.post.items.length, target.rendered.thread?.length ?? 0);
}

function notThreadable(ctx: RuleContext): Finding[] {
  const refused = ctx.targets.filter((t) => !THREAD_SERVICES.includes(t.service) && itemCount(ctx, t) > 1);
  const first = refused[0];
  if (!first) return [];
  const items = Math.max(...refused.map((t) => itemCount(ctx, t)));
  // Point at the second item: that is where the first `---` break ends the first one.
  const at = ctx.post.items[1]?.position ?? first.rendered.thread?.[1]?.position ?? bodyPosition(ctx.post);
  const names = listWords([...new Set(refused.map((t) => channelLabel(t.service, t.ref)))]);
  const where = listWords(THREAD_SERVICES.map((s) => NETWORK_LIMITS[s].label));
  return [
    finding(
      ctx.post,
      at,
      'error',
      VALIDATION_CODES.threadNotSupported,
      `This body is a ${items}-item thread, but Buffer only publishes threads to ${where}; ${names} cannot take it. Remove the \`---\` breaks, or move ${refused.length === 1 ? 'that channel' : 'those channels'} to a separate post file.`,
    ),
  ];
}

function firstItemMismatch(ctx: RuleContext, target: ValidationTarget): Finding[] {
  const first = target.rendered.thread?.[0];
  if (!first || first.text === target.rendered.text) return [];
  return [
    finding(
      ctx.post,
      first.position,
      'error',
      VALIDATION_CODES.threadTextMismatch,
      `For ${channelLabel(target.service, target.ref)} the post text differs from the first thread item, which Buffer rejects. This is a rendering bug in buffer-gitops: please report it with this file.`,
    ),
  ];
}

function emptyReplies(ctx: RuleContext, target: ValidationTarget): Finding[] {
  if (!THREAD_SERVICES.includes(target.service)) return [];
  const found: Finding[] = [];
  (target.rendered.thread ?? []).forEach((item, k) => {
    if (k === 0 || item.text.trim() !== '' || item.assets.length > 0) return;
    found.push(
      finding(
        ctx.post,
        item.position,
        'error',
        VALIDATION_CODES.emptyThreadItem,
        `Thread item ${k + 1} is empty for ${channelLabel(target.service, target.ref)}: write text or add an image there, or remove the extra \`---\`.`,
      ),
    );
  });
  return found;
}

/**
 * A thread written as `metadata.<service>.thread` would reach Buffer beside a
 * post text it does not start with (the body), which Buffer rejects, and it
 * would bypass every per-item check: threads are written in the body.
 */
function threadInMetadata(ctx: RuleContext): Finding[] {
  const found: Finding[] = [];
  for (const [key, value] of Object.entries(ctx.post.metadata ?? {})) {
    if (value?.['thread'] === undefined) continue;
    found.push(
      finding(
        ctx.post,
        findFrontMatterKey(ctx.post, ['metadata', key, 'thread']) ??
          findFrontMatterKey(ctx.post, ['metadata']) ??
          bodyPosition(ctx.post),
        'error',
        VALIDATION_CODES.threadTextMismatch,
        `\`metadata.${key}.thread\` would not match the post text, which Buffer rejects: write a thread in the body instead, its items separated by lines \`---\`, and remove \`thread\` from the metadata.`,
      ),
    );
  }
  return found;
}

export function threadRules(ctx: RuleContext): Finding[] {
  const found = [...notThreadable(ctx), ...threadInMetadata(ctx)];
  for (const target of ctx.targets) found.push(...firstItemMismatch(ctx, target), ...emptyReplies(ctx, target));
  return found;
}
