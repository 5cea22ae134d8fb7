/**
 * One file, one claim (issue 11). A Buffer post ID written in two files'
 * `buffer:` blocks (a post file copied as a template, a rename-and-replace)
 * must be acted on for one of them only, or the copy's edits overwrite the
 * original's post and deleting the copy deletes it. History decides which
 * file holds it: the file that held it in the last applied state, or, in a
 * plan over a range, the file that was not added by the range. When nothing
 * decides, no file may use it (never a guess).
 *
 * The same pass finds what the applied state knows that the files no longer
 * say: an ID a file lost (a force push dropped the write-back commit) is
 * recovered, and an ID no file holds any more is a removal.
 *
 * Pure: the files at the tip and the state in, decisions out.
 */
import type { PostFile } from '../posts/model.js';
import type { AppliedState } from '../state/applied-state.js';
import { compareCodeUnits } from '../text/compare.js';

export interface TipFile {
  path: string;
  /** Buffer IDs in the file's `buffer:` block by channel reference; undefined when the file cannot be read. */
  claims?: Record<string, string>;
  /** The channel references the file lists (a recovered ID must be for one of them). */
  channels: readonly string[];
}

export interface ClaimsInput {
  files: readonly TipFile[];
  /** The last applied state; without one, only history in `added` decides. */
  state?: AppliedState;
  /** Files a plan's range added: where a claim is shared, theirs is the copy. */
  added?: ReadonlySet<string>;
  /**
   * Files that continue an earlier path (git saw a rename in the push, or the
   * blob is the one the state recorded there): new path → the path it had.
   * A renamed file keeps what its old path held, even beside a copy.
   */
  renamedFrom?: ReadonlyMap<string, string>;
}

export interface CopiedClaim {
  ref: string;
  id: string;
  /** The file the post belongs to. */
  owner: string;
}
export interface ContestedClaim {
  ref: string;
  id: string;
  /** The other files claiming the same post. */
  others: string[];
}
export interface Removal {
  /** The file the state recorded the post for. */
  file: string;
  ref: string;
  id: string;
  reason: 'file-removed' | 'channel-removed';
}

export interface ClaimDecisions {
  /** Per file: entries that belong to another file; the file's channel gets a post of its own. */
  copied: Map<string, CopiedClaim[]>;
  /** Per file: entries several files claim with nothing to decide between them. */
  contested: Map<string, ContestedClaim[]>;
  /** Per file: IDs the state records for a channel the file lists without an ID, that no file claims. */
  recovered: Map<string, Record<string, string>>;
  /** Posts the state records that no file at the tip holds any more. */
  removals: Removal[];
  /** Every ID a file or the state holds: never adopted for another file. */
  taken: Set<string>;
}

interface Claimant {
  path: string;
  ref: string;
}

export function resolveClaims(input: ClaimsInput): ClaimDecisions {
  return resolveIndexed(input).decisions;
}

/** The decisions, and who claims what at the tip: the first claimant of each ID, and every claimant of a shared one. */
interface IndexedDecisions {
  decisions: ClaimDecisions;
  /** ID → the first file claiming it (its first channel with that ID is the claim). */
  first: Map<string, TipFile>;
  /** ID → every claimant, in the order of the files, for an ID more than one entry claims. */
  shared: Map<string, Claimant[]>;
}

function resolveIndexed(input: ClaimsInput): IndexedDecisions {
  const { state } = input;
  const unreadable = new Set<string>();
  const decisions: ClaimDecisions = {
    copied: new Map(),
    contested: new Map(),
    recovered: new Map(),
    removals: [],
    taken: new Set(),
  };

  // Who the state says holds each ID.
  const stateHolder = new Map<string, Claimant>();
  for (const [path, entry] of Object.entries(state?.files ?? {})) {
    for (const [ref, id] of Object.entries(entry.posts)) stateHolder.set(id, { path, ref });
  }
  for (const orphan of state?.orphans ?? [])
    if (!stateHolder.has(orphan.id)) stateHolder.set(orphan.id, { path: orphan.file, ref: orphan.ref });
  for (const id of stateHolder.keys()) decisions.taken.add(id);

  // Ten thousand files claim ten thousand IDs, nearly all once: one pass, no object per claim, and
  // a list only where an ID is shared (a claimant's channel is found again only then).
  const first = new Map<string, TipFile>();
  const shared = new Map<string, Claimant[]>();
  for (const file of input.files) {
    const claims = file.claims;
    if (!claims) {
      unreadable.add(file.path);
      continue;
    }
    for (const ref in claims) {
      const id = claims[ref]!;
      decisions.taken.add(id);
      const earlier = first.get(id);
      if (!earlier) {
        first.set(id, file);
      } else {
        const list = shared.get(id);
        if (list) list.push({ path: file.path, ref });
        else
          shared.set(id, [
            { path: earlier.path, ref: firstRef(earlier, id) },
            { path: file.path, ref },
          ]);
      }
    }
  }
  /** IDs the state gives back to a file that lost them. */
  const recoveredIds = new Set<string>();
  const held = (id: string): boolean => first.has(id) || recoveredIds.has(id);

  // In the order of first claims, as before the lists were made lazily (the order of findings in a file).
  for (const id of shared.size > 0 ? first.keys() : []) {
    const list = shared.get(id);
    if (!list) continue;
    const owner = ownerOf(list, stateHolder.get(id), input.added, unreadable, input.renamedFrom);
    for (const claimant of list) {
      if (owner && claimant.path === owner.path && claimant.ref === owner.ref) continue;
      if (owner) push(decisions.copied, claimant.path, { ref: claimant.ref, id, owner: owner.path });
      else
        push(decisions.contested, claimant.path, {
          ref: claimant.ref,
          id,
          others: list.filter((c) => c.path !== claimant.path).map((c) => c.path),
        });
    }
  }

  // A channel the file lists without an ID, for which the state holds one
  // nobody else claims: recorded for the file, or left over for that file and
  // channel (a delete not done yet, a version of the file the push replaced).
  for (const file of state ? input.files : []) {
    if (!file.claims) continue;
    for (const ref of file.channels) {
      if (file.claims[ref]) continue;
      const id =
        state!.files[file.path]?.posts[ref] ??
        state!.orphans.find((o) => o.file === file.path && o.ref === ref && !held(o.id))?.id;
      if (!id || held(id)) continue;
      const mine = decisions.recovered.get(file.path) ?? {};
      mine[ref] = id;
      decisions.recovered.set(file.path, mine);
      recoveredIds.add(id);
    }
  }

  // What the state holds that no file does. A file that cannot be read keeps
  // its posts: its channel list is unknown, and a typo must never delete one.
  let tipPaths: Set<string> | undefined;
  for (const [id, holder] of stateHolder) {
    if (held(id) || unreadable.has(holder.path)) continue;
    tipPaths ??= new Set(input.files.map((f) => f.path));
    decisions.removals.push({
      file: holder.path,
      ref: holder.ref,
      id,
      reason: tipPaths.has(holder.path) ? 'channel-removed' : 'file-removed',
    });
  }
  decisions.removals.sort((a, b) => compareCodeUnits(a.file, b.file) || compareCodeUnits(a.ref, b.ref));
  return { decisions, first, shared };
}

/** The first of a file's channels whose claim is `id` (the order a claims loop meets them). */
function firstRef(file: TipFile, id: string): string {
  for (const ref in file.claims) if (file.claims[ref] === id) return ref;
  throw new Error(`claims: ${file.path} does not claim ${id}`);
}

/** The claimant history says holds the post, or undefined when history does not say. */
function ownerOf(
  list: Claimant[],
  recorded: Claimant | undefined,
  added: ReadonlySet<string> | undefined,
  unreadable: ReadonlySet<string>,
  renamedFrom: ReadonlyMap<string, string> | undefined,
): Claimant | undefined {
  if (recorded) {
    let same = list.filter((c) => c.path === recorded.path);
    if (same.length === 0) same = list.filter((c) => renamedFrom?.get(c.path) === recorded.path);
    if (same.length === 1) return same[0];
    const exact = same.find((c) => c.ref === recorded.ref);
    if (exact) return exact;
    // The holder is still in the tree but cannot be read: every readable claimant is a copy.
    if (unreadable.has(recorded.path)) return recorded;
  }
  if (added) {
    const kept = list.filter((c) => !added.has(c.path));
    if (kept.length === 1) return kept[0];
  }
  return undefined;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What a read file claims; undefined claims when it cannot be read (its channels are unknown). */
export function tipFileOf(post: PostFile): TipFile {
  const unreadable = post.findings.some((f) => f.severity === 'error');
  const claims: Record<string, string> = {};
  for (const [ref, entry] of Object.entries(post.tracked)) if (entry.id) claims[ref] = entry.id;
  return { path: post.path, claims: unreadable ? undefined : claims, channels: post.channels.map((c) => c.ref) };
}

/**
 * Makes a read file say what history decided: a copied entry is dropped (the
 * channel gets a post of its own, and the write-back replaces the entry), a
 * contested one blocks the file, a lost one comes back from the state.
 */
export function applyClaimDecisions(post: PostFile, decisions: ClaimDecisions): void {
  const line = bufferBlockLine(post);
  const copied = decisions.copied.get(post.path) ?? [];
  const contested = decisions.contested.get(post.path) ?? [];
  const recovered = decisions.recovered.get(post.path) ?? {};
  if (copied.length === 0 && contested.length === 0 && Object.keys(recovered).length === 0) return;
  post.tracked = { ...post.tracked };
  for (const claim of copied) {
    delete post.tracked[claim.ref];
    post.findings.push({
      file: post.path,
      line,
      column: 1,
      severity: 'warning',
      code: 'copied-buffer-entry',
      message: `The \`buffer:\` entry for ${claim.ref} (post ${claim.id}) belongs to ${claim.owner}; this file gets a post of its own and its entry is replaced.`,
    });
  }
  for (const claim of contested) {
    post.findings.push({
      file: post.path,
      line,
      column: 1,
      severity: 'error',
      code: 'shared-buffer-entry',
      message: `Post ${claim.id} (${claim.ref}) is also in the \`buffer:\` block of ${claim.others.join(', ')}, and nothing records which file it belongs to. Remove the entry from the file that is the copy; until then neither file changes Buffer.`,
    });
  }
  for (const [ref, id] of Object.entries(recovered)) post.tracked[ref] = { id };
}

/** The line of the `buffer:` key, where a finding about an entry points. */
function bufferBlockLine(post: PostFile): number {
  const index = post.raw.split('\n').findIndex((l) => /^buffer:\s*$/.test(l.replace(/\r$/, '')));
  return index >= 0 ? index + 1 : 1;
}

/**
 * Without an applied state (a plan over a range, a first run): the claims of
 * the files at the tip decide with the range's history (`added`: the copy is
 * the file the range added), read files are made to say so, and a previous
 * version's IDs that another file holds now (a rename-and-replace, a
 * move-and-rewrite) are no longer the changed file's to edit or delete.
 */
export function settleClaims(
  tipFiles: readonly TipFile[],
  changes: readonly { path: string; current?: PostFile; previous?: PostFile }[],
  added?: ReadonlySet<string>,
): ClaimDecisions {
  const { decisions, first, shared } = resolveIndexed({ files: tipFiles, added });
  /**
   * The file that holds an ID at the tip: the last claimant that did not lose
   * it as a copy or a contested entry (an ID claimed once is its first
   * claimant's). Asked only for the previous versions' IDs, a few.
   */
  const holder = (id: string): string | undefined => {
    const list = shared.get(id);
    if (!list) return first.get(id)?.path;
    let found: string | undefined;
    for (const claimant of list) {
      const lost =
        decisions.copied.get(claimant.path)?.some((c) => c.id === id) ||
        decisions.contested.get(claimant.path)?.some((c) => c.id === id);
      if (!lost) found = claimant.path;
    }
    return found;
  };
  for (const change of changes) {
    if (change.current) applyClaimDecisions(change.current, decisions);
    const previous = change.previous;
    if (!previous) continue;
    const kept = Object.entries(previous.tracked).filter(([, entry]) => {
      const owner = holder(entry.id);
      return owner === undefined || owner === change.path;
    });
    if (kept.length !== Object.keys(previous.tracked).length)
      change.previous = { ...previous, tracked: Object.fromEntries(kept) };
  }
  return decisions;
}
