/**
 * The applied state after a run (issue 11): what Buffer holds for each file,
 * as far as this repository knows, so the next run starts from facts rather
 * than from the push that triggered it. Pure: the run's files, plan and
 * outcomes in, the record out.
 *
 * A file is recorded `complete` only when every channel it lists has its post
 * in Buffer equal to the file and the file at `commit` carries every ID; the
 * next run trusts such a file without reading it. Anything else (a failed,
 * pending or blocked item, a write-back that did not land, errors in the file)
 * leaves it incomplete, and the next run compares it with Buffer again. A
 * delete that did not happen stays recorded as an orphan until one does.
 */
import type { Outcome } from '../apply/outcome.js';
import type { TipFile } from '../plan/claims.js';
import type { Finding, PostFile } from '../posts/model.js';
import type { AppliedFile, AppliedState } from './applied-state.js';
import { EARLIER_ATTEMPT_WINDOW_MS } from '../apply/exactly-once.js';

/** Recorded attempts older than this no longer open a window for adoption: the week the exactly-once check looks back. */
export const ATTEMPT_MAX_AGE_MS = EARLIER_ATTEMPT_WINDOW_MS;

export interface NextStateInput {
  previous?: AppliedState;
  branch: string;
  /** The commit the record describes: the write-back commit, else the tip the run acted on. */
  commit: string;
  now: Date;
  /** Every post file at the tip, as collected (trusted files carry the previous record's claims). */
  tipFiles: readonly TipFile[];
  /** Files trusted from the previous record without being read, with the record that vouches for them (a renamed file's is its old path's). */
  trusted: ReadonlyMap<string, AppliedFile>;
  /** The files that were read, after the claim decisions (copied entries dropped, lost IDs recovered). */
  read: ReadonlyMap<string, PostFile>;
  outcomes: readonly Outcome[];
  findings: readonly Finding[];
  /** Blob IDs at `commit`, by path. */
  blobs: ReadonlyMap<string, string>;
  /** Files whose new IDs had to be written back and were not (a rejected push, write-back: none, dry run). */
  unwritten: ReadonlySet<string>;
  /** Idea files at the tip with their idea IDs (after the run). */
  ideas: Record<string, string>;
  /** The attempts recorded before this run sent its creates. */
  attempts: AppliedState['attempts'];
}

export function nextState(input: NextStateInput): AppliedState {
  const byFile = new Map<string, Outcome[]>();
  for (const outcome of input.outcomes) {
    const list = byFile.get(outcome.item.file);
    if (list) list.push(outcome);
    else byFile.set(outcome.item.file, [outcome]);
  }
  const erroneous = new Set(input.findings.filter((f) => f.severity === 'error').map((f) => f.file));

  const files: AppliedState['files'] = {};
  for (const tip of input.tipFiles) {
    const recorded = input.previous?.files[tip.path];
    const vouched = input.trusted.get(tip.path);
    if (vouched) {
      files[tip.path] = { ...vouched, posts: { ...vouched.posts }, blob: input.blobs.get(tip.path) ?? vouched.blob };
      continue;
    }
    const post = input.read.get(tip.path);
    if (!post && tip.claims && !input.previous) {
      // The first record: a file the push did not change, tracked on every channel, is taken as applied (as runs before the record did).
      files[tip.path] = { blob: input.blobs.get(tip.path), complete: true, posts: { ...tip.claims } };
      continue;
    }
    if (!post || !tip.claims) {
      // Unreadable: what it held is still held, and it must be looked at again.
      if (recorded) files[tip.path] = { ...recorded, posts: { ...recorded.posts }, complete: false };
      continue;
    }
    const posts: Record<string, string> = {};
    for (const [ref, entry] of Object.entries(post.tracked)) if (entry.id) posts[ref] = entry.id;
    let settled = !erroneous.has(tip.path) && !input.unwritten.has(tip.path);
    for (const outcome of byFile.get(tip.path) ?? []) {
      const ref = outcome.item.ref;
      if (outcome.status === 'failed' || outcome.status === 'pending' || outcome.status === 'dry-run') settled = false;
      if (!ref) continue;
      if (
        outcome.post &&
        (outcome.status === 'created' ||
          outcome.status === 'adopted' ||
          outcome.status === 'edited' ||
          outcome.status === 'replaced')
      ) {
        posts[ref] = outcome.post.id;
      } else if (
        outcome.status === 'deleted' &&
        outcome.item.action === 'delete' &&
        posts[ref] === outcome.item.postId
      ) {
        delete posts[ref];
      } else if (outcome.oldDeleted && outcome.item.action === 'replace' && posts[ref] === outcome.item.postId) {
        delete posts[ref];
      }
    }
    const complete =
      settled &&
      post.channels.every((c) => posts[c.ref]) &&
      Object.keys(posts).every((ref) => post.channels.some((c) => c.ref === ref));
    files[tip.path] = { blob: input.blobs.get(tip.path), complete, posts };
  }

  // An ID several files still claim (a contested `buffer:` entry: both files
  // blocked) is nobody's yet. Recording it for one would make that file its
  // owner on the next run (a guess), and a record holds each ID once. A
  // trusted file's record stays as it was.
  const claimCount = new Map<string, number>();
  for (const entry of Object.values(files))
    for (const id of Object.values(entry.posts)) claimCount.set(id, (claimCount.get(id) ?? 0) + 1);
  for (const [path, entry] of Object.entries(files)) {
    if (input.trusted.has(path)) continue;
    for (const [ref, id] of Object.entries(entry.posts)) if ((claimCount.get(id) ?? 0) > 1) delete entry.posts[ref];
  }

  // Deletes that did not happen (failed, pending, stopped by the rate limit): the next run deletes them.
  const orphans: AppliedState['orphans'] = [];
  const held = new Set(Object.values(files).flatMap((f) => Object.values(f.posts)));
  for (const outcome of input.outcomes) {
    const item = outcome.item;
    const oldId = item.action === 'delete' ? item.postId : undefined;
    if (!oldId || !item.ref || held.has(oldId)) continue;
    if (outcome.status === 'failed' || outcome.status === 'pending' || outcome.status === 'dry-run') {
      orphans.push({ id: oldId, file: item.file, ref: item.ref });
      held.add(oldId);
    }
  }
  for (const outcome of input.outcomes) {
    // The old half of a replace that was not deleted.
    const leftover = outcome.leftover;
    if (leftover && outcome.item.ref && !held.has(leftover)) {
      orphans.push({ id: leftover, file: outcome.item.file, ref: outcome.item.ref });
      held.add(leftover);
    }
  }
  // An earlier orphan this run did not act on (its file cannot be read now, so
  // no delete was planned) is still to delete: dropping it would leave the post in Buffer for good.
  const actedOn = new Set(input.outcomes.map((o) => ('postId' in o.item ? o.item.postId : undefined)));
  for (const orphan of input.previous?.orphans ?? []) {
    if (actedOn.has(orphan.id) || held.has(orphan.id)) continue;
    orphans.push({ id: orphan.id, file: orphan.file, ref: orphan.ref });
    held.add(orphan.id);
  }

  const cutoff = input.now.getTime() - ATTEMPT_MAX_AGE_MS;
  const attempts: AppliedState['attempts'] = [];
  for (const attempt of [...(input.previous?.attempts ?? []), ...input.attempts]) {
    if (Date.parse(attempt.startedAt) < cutoff) continue;
    // Still open: the file × channel has no post recorded yet.
    const items = attempt.items.filter((i) => !files[i.file]?.posts[i.ref]);
    if (items.length > 0) attempts.push({ startedAt: attempt.startedAt, items });
  }

  return {
    version: 1,
    branch: input.branch,
    commit: input.commit,
    recordedAt: input.now.toISOString(),
    files,
    ideas: { ...input.ideas },
    orphans,
    attempts,
  };
}
