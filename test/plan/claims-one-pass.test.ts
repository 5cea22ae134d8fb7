/**
 * resolveClaims and settleClaims decide for ten thousand files in one pass
 * (issue 16: no object per claim, the holder of an ID asked only for the
 * previous versions' IDs). Property: they decide exactly what the earlier
 * implementation (below, as it was before that change) decided: the same
 * copied, contested, recovered, removals and taken, in the same order, and
 * the same previous versions left to each changed file. Random files share
 * IDs across files and channels, some cannot be read, a state holds some,
 * orphans, added files and renames.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  resolveClaims,
  settleClaims,
  type ClaimDecisions,
  type ClaimsInput,
  type TipFile,
} from '../../src/plan/claims.js';
import type { PostFile } from '../../src/posts/model.js';
import type { AppliedState } from '../../src/state/applied-state.js';
import { compareCodeUnits } from '../../src/text/compare.js';

interface Claimant {
  path: string;
  ref: string;
}
function oracleResolve(input: ClaimsInput): ClaimDecisions {
  const { state } = input;
  const tipPaths = new Set(input.files.map((f) => f.path));
  const unreadable = new Set(input.files.filter((f) => !f.claims).map((f) => f.path));
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

  // Ten thousand files claim ten thousand IDs, nearly all once: a list only where an ID is shared.
  const held = new Set<string>();
  const firstClaimant = new Map<string, Claimant>();
  const shared = new Map<string, Claimant[]>();
  for (const file of input.files) {
    const claims = file.claims;
    if (!claims) continue;
    for (const ref in claims) {
      const id = claims[ref]!;
      decisions.taken.add(id);
      const first = firstClaimant.get(id);
      if (!first) {
        firstClaimant.set(id, { path: file.path, ref });
        held.add(id);
      } else {
        const list = shared.get(id);
        if (list) list.push({ path: file.path, ref });
        else shared.set(id, [first, { path: file.path, ref }]);
      }
    }
  }

  // In the order of first claims, as before the lists were made lazily (the order of findings in a file).
  for (const id of shared.size > 0 ? firstClaimant.keys() : []) {
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
  for (const file of input.files) {
    if (!file.claims || !state) continue;
    for (const ref of file.channels) {
      if (file.claims[ref]) continue;
      const id =
        state.files[file.path]?.posts[ref] ??
        state.orphans.find((o) => o.file === file.path && o.ref === ref && !held.has(o.id))?.id;
      if (!id || held.has(id)) continue;
      const mine = decisions.recovered.get(file.path) ?? {};
      mine[ref] = id;
      decisions.recovered.set(file.path, mine);
      held.add(id);
    }
  }

  // What the state holds that no file does. A file that cannot be read keeps
  // its posts: its channel list is unknown, and a typo must never delete one.
  for (const [id, holder] of stateHolder) {
    if (held.has(id) || unreadable.has(holder.path)) continue;
    decisions.removals.push({
      file: holder.path,
      ref: holder.ref,
      id,
      reason: tipPaths.has(holder.path) ? 'channel-removed' : 'file-removed',
    });
  }
  decisions.removals.sort((a, b) => compareCodeUnits(a.file, b.file) || compareCodeUnits(a.ref, b.ref));
  return decisions;
}
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

/** The earlier settleClaims: a holder for every ID at the tip, built up front. */
function oracleSettle(
  tipFiles: readonly TipFile[],
  changes: { path: string; previous?: PostFile }[],
  added?: ReadonlySet<string>,
): ClaimDecisions {
  const decisions = oracleResolve({ files: tipFiles, added });
  const holder = new Map<string, string>();
  for (const file of tipFiles) {
    const copied = decisions.copied.get(file.path);
    const contested = decisions.contested.get(file.path);
    const lost = copied || contested ? new Set([...(copied ?? []), ...(contested ?? [])].map((c) => c.id)) : undefined;
    for (const ref in file.claims) {
      const id = file.claims[ref]!;
      if (!lost?.has(id)) holder.set(id, file.path);
    }
  }
  for (const change of changes) {
    const previous = change.previous;
    if (!previous) continue;
    const kept = Object.entries(previous.tracked).filter(([, entry]) => {
      const owner = holder.get(entry.id!);
      return owner === undefined || owner === change.path;
    });
    if (kept.length !== Object.keys(previous.tracked).length)
      change.previous = { ...previous, tracked: Object.fromEntries(kept) };
  }
  return decisions;
}

const REFS = ['twitter', 'linkedin', 'bluesky'];
const PATHS = ['posts/a.md', 'posts/b.md', 'posts/c.md', 'posts/d.md', 'posts/e.md'];
const id = fc.constantFrom('id-1', 'id-2', 'id-3', 'id-4', 'id-5');
const claims = fc.dictionary(fc.constantFrom(...REFS), id, { maxKeys: 3 });

const inputArb = fc.record({
  files: fc.uniqueArray(
    fc.record({
      path: fc.constantFrom(...PATHS),
      claims: fc.option(claims, { nil: undefined }),
      extra: fc.subarray(REFS),
    }),
    { selector: (f) => f.path, maxLength: 5 },
  ),
  state: fc.option(
    fc.record({
      files: fc.dictionary(fc.constantFrom(...PATHS, 'posts/gone.md'), claims, { maxKeys: 4 }),
      orphans: fc.array(
        fc.record({ id, file: fc.constantFrom(...PATHS, 'posts/gone.md'), ref: fc.constantFrom(...REFS) }),
        {
          maxLength: 2,
        },
      ),
    }),
    { nil: undefined },
  ),
  added: fc.option(fc.subarray(PATHS), { nil: undefined }),
  renamed: fc.option(fc.tuple(fc.constantFrom(...PATHS), fc.constantFrom(...PATHS, 'posts/gone.md')), {
    nil: undefined,
  }),
  previous: fc.array(fc.record({ path: fc.constantFrom(...PATHS, 'posts/old.md'), tracked: claims }), { maxLength: 3 }),
});

type Generated = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

function inputOf(g: Generated): ClaimsInput {
  const files: TipFile[] = g.files.map((f) => ({
    path: f.path,
    claims: f.claims,
    channels: [...new Set([...Object.keys(f.claims ?? {}), ...f.extra])],
  }));
  // The state never records an ID twice (parsing rejects it): keep the first.
  let state: AppliedState | undefined;
  if (g.state) {
    const seen = new Set<string>();
    const stateFiles: AppliedState['files'] = {};
    for (const [path, posts] of Object.entries(g.state.files)) {
      const kept = Object.fromEntries(Object.entries(posts).filter(([, v]) => !seen.has(v) && seen.add(v)));
      stateFiles[path] = { blob: 'a'.repeat(40), complete: true, posts: kept };
    }
    const orphans = g.state.orphans.filter((o) => !seen.has(o.id) && seen.add(o.id));
    state = {
      version: 1,
      branch: 'main',
      commit: 'c'.repeat(40),
      recordedAt: '2026-01-01T00:00:00Z',
      files: stateFiles,
      ideas: {},
      orphans,
      attempts: [],
    };
  }
  return {
    files,
    state,
    added: g.added ? new Set(g.added) : undefined,
    renamedFrom: g.renamed ? new Map([g.renamed]) : undefined,
  };
}

/** Decisions with every collection's order kept. */
const shape = (d: ClaimDecisions) => ({
  copied: [...d.copied.entries()],
  contested: [...d.contested.entries()],
  recovered: [...d.recovered.entries()],
  removals: d.removals,
  taken: [...d.taken],
});

const changesOf = (g: Generated) =>
  g.previous.map((p) => ({
    path: p.path,
    previous: {
      path: p.path,
      tracked: Object.fromEntries(Object.entries(p.tracked).map(([r, v]) => [r, { id: v }])),
    } as unknown as PostFile,
  }));

describe('claims: one pass decides what the earlier implementation decided', () => {
  it('resolveClaims', () => {
    fc.assert(
      fc.property(inputArb, (g) => {
        expect(shape(resolveClaims(inputOf(g)))).toEqual(shape(oracleResolve(inputOf(g))));
      }),
      { numRuns: 3000 },
    );
  });

  it('settleClaims: the same decisions and the same previous versions', () => {
    fc.assert(
      fc.property(inputArb, (g) => {
        const { files, added } = inputOf(g);
        const mine = changesOf(g);
        const theirs = changesOf(g);
        expect(shape(settleClaims(files, mine, added))).toEqual(shape(oracleSettle(files, theirs, added)));
        expect(mine.map((c) => c.previous!.tracked)).toEqual(theirs.map((c) => c.previous!.tracked));
      }),
      { numRuns: 3000 },
    );
  });
});
