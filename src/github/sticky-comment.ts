/**
 * One comment per pull request, updated in place on every push (issue 4): the
 * comment is found again by a hidden HTML marker at the start of its body, so
 * reviewers get one plan that is always current instead of a trail of stale
 * ones. Posting never fails the run: a fork's read-only token, a missing
 * permission or an outage only cost the comment, and the caller warns.
 */
import type { IssueComment, IssueComments } from './issue-comments.js';

export type StickyResult =
  | { status: 'created' | 'updated' | 'unchanged'; id: number; url?: string }
  | { status: 'failed'; message: string; httpStatus?: number };

export async function upsertStickyComment(
  comments: Pick<IssueComments, 'list' | 'create' | 'update'>,
  issueNumber: number,
  marker: string,
  body: string,
  secrets: readonly string[] = [],
): Promise<StickyResult> {
  try {
    const existing = pickOurs((await comments.list(issueNumber)).filter((c) => c.body.trimStart().startsWith(marker)));
    if (existing) {
      if (existing.body === body) return { status: 'unchanged', id: existing.id, url: existing.htmlUrl };
      const updated = await comments.update(existing.id, body);
      return { status: 'updated', id: updated.id, url: updated.htmlUrl };
    }
    const created = await comments.create(issueNumber, body);
    return { status: 'created', id: created.id, url: created.htmlUrl };
  } catch (error) {
    const httpStatus = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : undefined;
    return { status: 'failed', httpStatus, message: redact(error instanceof Error ? error.message : String(error), secrets) };
  }
}

/** A bot's comment first (the action's own), then the oldest: a human quoting the marker never becomes the target. */
function pickOurs(candidates: IssueComment[]): IssueComment | undefined {
  return candidates.find((c) => c.userType === 'Bot') ?? candidates[0];
}

/** Error texts come from the network; never let a token they might echo reach the log. */
function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('***');
  return out;
}
