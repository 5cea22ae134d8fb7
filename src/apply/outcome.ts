/** What happened to each plan item when it was applied. */
import type { Idea, Post } from '../buffer/types.js';
import type { PlanItem } from '../plan/types.js';

export type OutcomeStatus =
  | 'created'
  | 'adopted'
  | 'edited'
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
}

export function countOutcomes(outcomes: Outcome[]) {
  const count = (pred: (o: Outcome) => boolean) => outcomes.filter(pred).length;
  return {
    created: count((o) => (o.status === 'created' || o.status === 'adopted') && (o.item.action === 'create' || o.item.action === 'create-idea')),
    edited: count((o) => o.status === 'edited'),
    deleted: count((o) => o.status === 'deleted'),
    failed: count((o) => o.status === 'failed'),
    pending: count((o) => o.status === 'pending'),
    skipped: count((o) => o.status === 'skipped'),
  };
}
