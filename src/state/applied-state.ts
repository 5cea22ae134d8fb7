/**
 * The applied state (issue 11): what this repository last made Buffer hold,
 * recorded as a git note (see `notes.ts`) on the commit it describes.
 *
 * A state read back is trusted to skip work (the fast path) and to find
 * removals, so parsing is strict: any wrong version, field or shape rejects
 * the whole document with one sentence, and the run falls back to comparing
 * everything. Never a partial object.
 */
import { isFullSha, type Git } from '../git/git.js';
import { compareCodeUnits } from '../text/compare.js';

export interface AppliedFile {
  /** Blob ID of the file at `commit` as the action wants it (IDs written). */
  blob?: string;
  /** Every channel of the file is in Buffer, equal to the file, and the file at `blob` records all those IDs. */
  complete: boolean;
  /** Channel ref → Buffer post ID. */
  posts: Record<string, string>;
}

/**
 * Whether a file's record vouches for its content at `blob`: fully applied at
 * exactly that blob, so the file need not be read (every channel it lists has
 * its post, and the record holds the IDs).
 */
export function vouchesFor(entry: AppliedFile | undefined, blob: string | undefined): entry is AppliedFile {
  return entry !== undefined && entry.complete && Boolean(entry.blob) && entry.blob === blob;
}

export interface AppliedAttempt {
  startedAt: string;
  items: { file: string; ref: string; channelId: string }[];
}

export interface AppliedState {
  version: 1;
  branch: string;
  /** The commit this state describes (the write-back commit, else the tip the run acted on). */
  commit: string;
  /** ISO time the record was written. */
  recordedAt: string;
  /** Post files as applied: path → { blob, complete, posts: channel ref → Buffer post ID } */
  files: Record<string, AppliedFile>;
  /** Idea files: path → idea ID */
  ideas: Record<string, string>;
  /** Posts this repository still has to delete (a failed delete, the old half of a replace). */
  orphans: { id: string; file: string; ref: string }[];
  /** Creates sent whose outcome is not recorded yet (crash, lost answer): the only window in which
   *  an existing Buffer post may be adopted for that file × channel. */
  attempts: AppliedAttempt[];
}

export type ParsedAppliedState = { ok: true; state: AppliedState } | { ok: false; error: string };

/** Where a post ID sits in the state: a file's channel, or an orphan still to delete. */
export interface StateClaim {
  file: string;
  ref: string;
  kind: 'post' | 'orphan';
}

const NOTES_NAMESPACE = 'refs/notes/buffer-gitops/';

/**
 * The notes ref holding a branch's applied state, `refs/notes/buffer-gitops/<branch>`.
 * Throws when git would not accept the name.
 */
export async function stateRef(git: Git, branch: string): Promise<string> {
  // A valid branch name makes a valid ref under any valid prefix.
  const name = await git.branchName(branch);
  if (name === undefined) throw new Error(`"${branch}" is not a valid branch name`);
  return `${NOTES_NAMESPACE}${name}`;
}

/** Every post ID the state knows → where it is recorded. Parsing guarantees each ID appears once. */
export function claimsOf(state: AppliedState): Map<string, StateClaim> {
  const claims = new Map<string, StateClaim>();
  for (const [file, entry] of Object.entries(state.files)) {
    for (const [ref, id] of Object.entries(entry.posts)) claims.set(id, { file, ref, kind: 'post' });
  }
  for (const orphan of state.orphans) claims.set(orphan.id, { file: orphan.file, ref: orphan.ref, kind: 'orphan' });
  return claims;
}

/**
 * JSON with sorted keys and paths, one file (idea, orphan, attempt) per line,
 * so `git notes show` reads well and equal states give equal bytes. Throws
 * when the state would not parse back (a bug in the caller, never written).
 */
export function serializeAppliedState(state: AppliedState): string {
  const j = (value: unknown): string => JSON.stringify(value);
  const sortedObject = <T>(record: Record<string, T>): Array<[string, T]> =>
    Object.entries(record).sort(([a], [b]) => compareCodeUnits(a, b));
  const block = (lines: string[], open: string, close: string): string =>
    lines.length === 0
      ? `${open}${close}`
      : `${open}\n${lines.map((l, i) => `    ${l}${i < lines.length - 1 ? ',' : ''}`).join('\n')}\n  ${close}`;

  const files = sortedObject(state.files).map(([path, f]) => {
    const posts = Object.fromEntries(sortedObject(f.posts));
    return `${j(path)}: ${j({ ...(f.blob !== undefined ? { blob: f.blob } : {}), complete: f.complete, posts })}`;
  });
  const ideas = sortedObject(state.ideas).map(([path, id]) => `${j(path)}: ${j(id)}`);
  const orphans = [...state.orphans]
    .map((o) => ({ id: o.id, file: o.file, ref: o.ref }))
    .sort((a, b) => compareCodeUnits(a.file, b.file) || compareCodeUnits(a.ref, b.ref) || compareCodeUnits(a.id, b.id))
    .map((o) => j(o));
  const attempts = [...state.attempts]
    .map((a) => ({
      startedAt: a.startedAt,
      items: a.items
        .map((i) => ({ file: i.file, ref: i.ref, channelId: i.channelId }))
        .sort(
          (x, y) =>
            compareCodeUnits(x.file, y.file) ||
            compareCodeUnits(x.ref, y.ref) ||
            compareCodeUnits(x.channelId, y.channelId),
        ),
    }))
    .sort((a, b) => compareCodeUnits(a.startedAt, b.startedAt))
    .map((a) => j(a));

  const text = [
    '{',
    `  "version": ${j(state.version)},`,
    `  "branch": ${j(state.branch)},`,
    `  "commit": ${j(state.commit)},`,
    `  "recordedAt": ${j(state.recordedAt)},`,
    `  "files": ${block(files, '{', '}')},`,
    `  "ideas": ${block(ideas, '{', '}')},`,
    `  "orphans": ${block(orphans, '[', ']')},`,
    `  "attempts": ${block(attempts, '[', ']')}`,
    '}',
    '',
  ].join('\n');
  const check = parseAppliedState(text);
  if (!check.ok) throw new Error(`refusing to record an invalid applied state: ${check.error}`);
  return text;
}

/** Reads a recorded state; any deviation from the format is an error naming the field. */
export function parseAppliedState(text: string): ParsedAppliedState {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `the applied state is not JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  try {
    return { ok: true, state: readState(raw) };
  } catch (err) {
    if (err instanceof ShapeError) return { ok: false, error: `the applied state is malformed: ${err.message}` };
    throw err;
  }
}

class ShapeError extends Error {}

const TOP_KEYS = ['version', 'branch', 'commit', 'recordedAt', 'files', 'ideas', 'orphans', 'attempts'];
const FILE_KEYS = ['blob', 'complete', 'posts'];
/** `isFullSha` without its case-insensitive alternation (ten thousand blobs per state). */
function isObjectId(text: string): boolean {
  return (text.length === 40 || text.length === 64) && HEX.test(text);
}
const HEX = /^[0-9a-fA-F]+$/;
/** An ID `nonEmpty` accepts as it is (no check beyond it needed). */
const PLAIN_ID = /^\S+$/;

function fileWhere(path: string): string {
  return `files[${JSON.stringify(path)}]`;
}

function readState(raw: unknown): AppliedState {
  const top = object(raw, 'the document');
  if (top.version !== 1) {
    throw new ShapeError(
      typeof top.version === 'number'
        ? `version ${top.version} is not supported (this buffer-gitops reads version 1); upgrade the action or delete the ref to start over`
        : '"version" must be 1',
    );
  }
  onlyKeys(top, TOP_KEYS, 'the document');
  const branch = nonEmpty(top.branch, '"branch"');
  const commit = nonEmpty(top.commit, '"commit"');
  if (!isFullSha(commit)) throw new ShapeError(`"commit" must be a full commit ID, not ${JSON.stringify(commit)}`);
  const recordedAt = isoTime(top.recordedAt, '"recordedAt"');

  // Ten thousand files make ten thousand entries: each is checked where JSON.parse put it (fresh
  // objects with own properties only, `__proto__` included), and a message naming one is built only when it is wrong.
  const files = object(top.files, '"files"') as Record<string, AppliedFile>;
  /** Post ID → the file recording it; said with its channel only when an ID is recorded twice. */
  const recordedIn = new Map<string, string>();
  const at = (path: string, id: string): string =>
    `${path} × ${Object.keys(files[path]!.posts).find((ref) => files[path]!.posts[ref] === id)}`;
  for (const path in files) {
    const value: unknown = files[path];
    if (!isPathKey(path)) pathKey(path, fileWhere(path));
    const entry =
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : object(value, fileWhere(path));
    for (const key in entry)
      if (key !== 'blob' && key !== 'complete' && key !== 'posts') onlyKeys(entry, FILE_KEYS, fileWhere(path));
    if (typeof entry.complete !== 'boolean') throw new ShapeError(`${fileWhere(path)}.complete must be true or false`);
    if (entry.blob !== undefined && !(typeof entry.blob === 'string' && isObjectId(entry.blob))) {
      const blob = nonEmpty(entry.blob, `${fileWhere(path)}.blob`);
      throw new ShapeError(`${fileWhere(path)}.blob must be a full blob ID, not ${JSON.stringify(blob)}`);
    }
    const posts =
      typeof entry.posts === 'object' && entry.posts !== null && !Array.isArray(entry.posts)
        ? (entry.posts as Record<string, unknown>)
        : object(entry.posts, `${fileWhere(path)}.posts`);
    for (const ref in posts) {
      if (ref === '') throw new ShapeError(`${fileWhere(path)}.posts has an empty channel ref`);
      const id = posts[ref];
      const postId =
        typeof id === 'string' && PLAIN_ID.test(id)
          ? id
          : nonEmpty(id, `${fileWhere(path)}.posts[${JSON.stringify(ref)}]`);
      const earlier = recordedIn.get(postId);
      if (earlier !== undefined)
        throw new ShapeError(`post ${postId} is recorded twice (${at(earlier, postId)} and ${path} × ${ref})`);
      recordedIn.set(postId, path);
    }
  }
  const orphanOf = new Map<string, string>();
  const claim = (id: string, where: string): void => {
    const file = recordedIn.get(id);
    const earlier = file !== undefined ? at(file, id) : orphanOf.get(id);
    if (earlier !== undefined) throw new ShapeError(`post ${id} is recorded twice (${earlier} and ${where})`);
    orphanOf.set(id, where);
  };

  const ideas: Record<string, string> = {};
  for (const [path, id] of Object.entries(object(top.ideas, '"ideas"'))) {
    const where = `ideas[${JSON.stringify(path)}]`;
    pathKey(path, where);
    define(ideas, path, nonEmpty(id, where));
  }

  const orphans = array(top.orphans, '"orphans"').map((value, i) => {
    const where = `orphans[${i}]`;
    const o = object(value, where);
    onlyKeys(o, ['id', 'file', 'ref'], where);
    const orphan = {
      id: nonEmpty(o.id, `${where}.id`),
      file: nonEmpty(o.file, `${where}.file`),
      ref: nonEmpty(o.ref, `${where}.ref`),
    };
    claim(orphan.id, `orphan of ${orphan.file} × ${orphan.ref}`);
    return orphan;
  });

  const attempts = array(top.attempts, '"attempts"').map((value, i) => {
    const where = `attempts[${i}]`;
    const a = object(value, where);
    onlyKeys(a, ['startedAt', 'items'], where);
    const items = array(a.items, `${where}.items`).map((itemRaw, k) => {
      const at = `${where}.items[${k}]`;
      const item = object(itemRaw, at);
      onlyKeys(item, ['file', 'ref', 'channelId'], at);
      return {
        file: nonEmpty(item.file, `${at}.file`),
        ref: nonEmpty(item.ref, `${at}.ref`),
        channelId: nonEmpty(item.channelId, `${at}.channelId`),
      };
    });
    return { startedAt: isoTime(a.startedAt, `${where}.startedAt`), items };
  });

  return { version: 1, branch, commit, recordedAt, files, ideas, orphans, attempts };
}

function object(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ShapeError(`${where} must be an object`);
  return value as Record<string, unknown>;
}

function array(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(`${where} must be a list`);
  return value;
}

function nonEmpty(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ShapeError(`${where} must be a non-empty string`);
  return value;
}

function isoTime(value: unknown, where: string): string {
  const text = nonEmpty(value, where);
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(text) ||
    Number.isNaN(Date.parse(text))
  ) {
    throw new ShapeError(`${where} must be an ISO time such as 2026-01-31T09:00:00Z, not ${JSON.stringify(text)}`);
  }
  return text;
}

/** What `pathKey` accepts, said without building its message. */
function isPathKey(path: string): boolean {
  return path !== '' && !path.includes('\0') && !/(?:^|\/)\.{0,2}(?:\/|$)/.test(path);
}

/** A repository path as git lists it: relative, `/`-separated, no empty, `.` or `..` segment. */
function pathKey(path: string, where: string): void {
  if (
    path === '' ||
    path.startsWith('/') ||
    path.includes('\0') ||
    path.split('/').some((s) => s === '' || s === '.' || s === '..')
  ) {
    throw new ShapeError(`${where}: ${JSON.stringify(path)} is not a repository path`);
  }
}

function onlyKeys(value: Record<string, unknown>, allowed: string[], where: string): void {
  const extra = Object.keys(value).filter((k) => !allowed.includes(k));
  if (extra.length > 0)
    throw new ShapeError(
      `${where} has unknown field${extra.length > 1 ? 's' : ''} ${extra.map((k) => JSON.stringify(k)).join(', ')}`,
    );
}

/** Own data property even for a key like `__proto__` (plain assignment would set the prototype). */
function define<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
