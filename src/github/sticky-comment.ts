/**
 * One comment per pull request, updated in place on every push (issue 4): the
 * comment is found again by a hidden HTML marker at the start of its body, so
 * reviewers get one plan that is always current instead of a trail of stale
 * ones. Posting never fails the run: a fork's read-only token, a missing
 * permission or an outage only cost the comment, and the caller warns.
 */
import type { IssueComment, IssueComments, TokenIdentity } from './issue-comments.js';
import { redactSecrets } from '../text/redact.js';

/** The login comments made with GITHUB_TOKEN carry. */
export const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';

export type StickyResult =
  | { status: 'created' | 'updated' | 'unchanged'; id: number; url?: string }
  | { status: 'failed'; message: string; httpStatus?: number };

export async function upsertStickyComment(
  comments: Pick<IssueComments, 'list' | 'create' | 'update' | 'identity'>,
  issueNumber: number,
  marker: string,
  body: string,
  secrets: readonly string[] = [],
): Promise<StickyResult> {
  try {
    const candidates = (await comments.list(issueNumber)).filter((c) => c.body.trimStart().startsWith(marker));
    const existing = await pickOurs(candidates, () => comments.identity());
    if (existing) {
      if (existing.body === body) return { status: 'unchanged', id: existing.id, url: existing.htmlUrl };
      const updated = await comments.update(existing.id, body);
      return { status: 'updated', id: updated.id, url: updated.htmlUrl };
    }
    const created = await comments.create(issueNumber, body);
    return { status: 'created', id: created.id, url: created.htmlUrl };
  } catch (error) {
    const httpStatus =
      typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : undefined;
    return {
      status: 'failed',
      httpStatus,
      message: redactSecrets(error instanceof Error ? error.message : String(error), secrets),
    };
  }
}

/**
 * Only a comment the action itself wrote is ever updated: a human's comment
 * that starts with the marker (a pasted plan) is never the target, even when
 * no comment of ours exists yet. GITHUB_TOKEN comments are github-actions[bot]'s
 * (taken without asking); otherwise the token says who it is (one request,
 * only when there is a candidate to judge).
 */
async function pickOurs(
  candidates: IssueComment[],
  identity: () => Promise<TokenIdentity>,
): Promise<IssueComment | undefined> {
  if (candidates.length === 0) return undefined;
  const actions = candidates.find((c) => c.userType === 'Bot' && c.userLogin === GITHUB_ACTIONS_LOGIN);
  if (actions) return actions;
  const self = await identity();
  return 'login' in self
    ? candidates.find((c) => c.userLogin === self.login)
    : candidates.find((c) => c.userType === 'Bot');
}

/** Error texts come from the network; never let a token they might echo reach the log. */
