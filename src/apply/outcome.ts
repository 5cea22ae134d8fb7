/** What happened to each plan item when it was applied. */
import type { Idea, Post } from '../buffer/types.js';
import type { PlanItem } from '../plan/types.js';
import type { Finding } from '../posts/model.js';

export type OutcomeStatus =
  | 'created'
  | 'adopted'
  | 'edited'
  /** A `replace` done: the new post created and the old one deleted. */
  | 'replaced'
  | 'deleted'
  | 'skipped'
  | 'failed'
  /** Not done now, retried by the next run (queue full, rate limit budget spent). */
  | 'pending'
  | 'dry-run';

export interface Outcome {
  item: PlanItem;
  status: OutcomeStatus;
  post?: Post;
  idea?: Idea;
  /** Buffer's message, or ours, for failed/pending/skipped. */
  message?: string;
  /** The typed error name from Buffer (InvalidInputError, LimitReachedError…). */
  errorType?: string;
  /**
   * A replace whose new post was created but whose old post could not be
   * deleted: that old post's ID. It is still in Buffer and still this file's
   * to delete, so the applied state keeps it claimed and the next run deletes it.
   */
  leftover?: string;
  /** A replace that deleted the old post but made no new one: the file no longer holds a post for the channel. */
  oldDeleted?: boolean;
}

export function countOutcomes(outcomes: Outcome[]) {
  const count = (pred: (o: Outcome) => boolean) => outcomes.filter(pred).length;
  return {
    created: count(
      (o) =>
        (o.status === 'created' || o.status === 'adopted') &&
        (o.item.action === 'create' || o.item.action === 'create-idea'),
    ),
    edited: count((o) => o.status === 'edited'),
    replaced: count((o) => o.status === 'replaced'),
    deleted: count((o) => o.status === 'deleted'),
    failed: count((o) => o.status === 'failed'),
    pending: count((o) => o.status === 'pending'),
    skipped: count((o) => o.status === 'skipped'),
  };
}

/** One log line per outcome, as apply and sync print them: status, action, file → channel (ID): message. */
export function outcomeLine(o: Outcome): string {
  const id = o.post?.id ?? o.idea?.id ?? ('postId' in o.item ? o.item.postId : undefined);
  return `${o.status.padEnd(8)} ${o.item.action.padEnd(11)} ${o.item.file}${o.item.ref ? ` → ${o.item.ref}` : ''}${id ? ` (${id})` : ''}${o.message ? `: ${o.message}` : ''}`;
}

/**
 * The finding for an outcome the user must see at the file's line: a failure
 * (error), or work a later run finishes (warning). Undefined for the rest.
 */
export function outcomeFinding(o: Outcome): Finding | undefined {
  const { item, status, message } = o;
  const at = { file: item.file, line: item.line, column: 1 };
  const ref = item.ref ? ` ${item.ref}` : '';
  if (status === 'failed')
    return {
      ...at,
      severity: 'error',
      code: 'buffer-error',
      message: `${item.action}${ref} failed: ${message ?? 'unknown error'}`,
    };
  if (status === 'pending')
    return {
      ...at,
      severity: 'warning',
      code: 'pending',
      message: `${item.ref ? `${item.ref} ` : ''}not ${item.action === 'create-idea' ? 'created' : 'queued'} yet: ${message ?? ''}`,
    };
  return undefined;
}
