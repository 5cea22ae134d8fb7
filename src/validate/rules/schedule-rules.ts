/**
 * When the post goes out: `customScheduled` needs a `dueAt`, and a `dueAt`
 * already past cannot be scheduled for a post Buffer has not created yet.
 */
import type { Finding } from '../../posts/model.js';
import { VALIDATION_CODES } from '../codes.js';
import { finding } from '../finding.js';
import { FILE_START, findFrontMatterKey } from '../locate.js';
import type { RuleContext } from '../types.js';

function missingDueAt(ctx: RuleContext): Finding[] {
  if (ctx.post.mode !== 'customScheduled' || ctx.post.dueAt) return [];
  return [
    finding(
      ctx.post,
      findFrontMatterKey(ctx.post, ['mode']) ?? FILE_START,
      'error',
      VALIDATION_CODES.dueAtRequired,
      '`mode: customScheduled` needs a `dueAt`: add e.g. `dueAt: 2026-12-01T09:00:00+01:00`, or use `mode: addToQueue`.',
    ),
  ];
}

function pastDueAt(ctx: RuleContext): Finding[] {
  const dueAt = ctx.post.dueAt;
  if (!dueAt?.iso) return []; // unparseable dueAt is the parser's finding
  const due = new Date(dueAt.iso);
  if (Number.isNaN(due.getTime()) || due.getTime() > ctx.opts.now.getTime()) return [];
  // A post already in Buffer keeps its (now past) time, e.g. after it was sent. A channel
  // added to an existing file is still a creation, so it counts as new too.
  const creates = ctx.opts.isNew || ctx.targets.some((t) => !ctx.post.tracked[t.ref]?.id);
  if (!creates) return [];
  return [
    finding(
      ctx.post,
      dueAt.position,
      'error',
      VALIDATION_CODES.dueAtPast,
      `dueAt ${dueAt.raw} (${due.toISOString()}) is in the past (now ${ctx.opts.now.toISOString()}): set a future time, or use \`mode: shareNow\` to publish at once.`,
    ),
  ];
}

export function scheduleRules(ctx: RuleContext): Finding[] {
  return [...missingDueAt(ctx), ...pastDueAt(ctx)];
}
