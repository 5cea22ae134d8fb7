/**
 * The fault matrix's axes (issue 6): mutation kind × sandbox fault × position
 * of the faulted mutation in its batch × how long the fault lasts.
 *
 * - `once`: a single fault, as SPEC §8 promises to survive ("any single
 *   crash or fault"); the client's own retries may already absorb it.
 * - `persistent`: from that position on, every matching invocation in the
 *   first run is faulted (retries included), so the first run must stop with
 *   the items unresolved and the second run must finish the job.
 */
import type { MutationErrorType } from '../../src/sandbox/errors.js';
import { FAULT_KINDS, type FaultKind } from '../../src/sandbox/faults.js';
import type { FaultRuleSpec } from './matrix-bench.js';
import { newWorld, type IdeaSpec, type PostSpec, type World } from './world.js';

export const KINDS = ['create', 'edit', 'delete', 'createIdea'] as const;
export type MutationKindUnderTest = (typeof KINDS)[number];
/** The transport and gateway faults; `typed-error` has its own rows (TYPED_ERRORS). */
export const FAULTS: readonly FaultKind[] = FAULT_KINDS.filter((f) => f !== 'typed-error');
export const POSITIONS = ['first', 'middle', 'last'] as const;
export type Position = (typeof POSITIONS)[number];
export const DURATIONS = ['once', 'persistent'] as const;
export type Duration = (typeof DURATIONS)[number];

/** Mutations in the batch under test. */
export const BATCH = 5;
const NTH: Record<Position, number> = { first: 1, middle: Math.ceil(BATCH / 2), last: BATCH };
const ROOT_FIELD: Record<MutationKindUnderTest, string> = {
  create: 'createPost',
  edit: 'editPost',
  delete: 'deletePost',
  createIdea: 'createIdea',
};

export interface MatrixCase {
  kind: MutationKindUnderTest;
  fault: FaultKind;
  position: Position;
  duration: Duration;
}

/**
 * Every fault at every position once (the matrix the issue asks for), and
 * every fault persistent at the middle position: from there on everything
 * fails alike, so the other positions add run time but no new path.
 */
export function casesOf(kind: MutationKindUnderTest): MatrixCase[] {
  return FAULTS.flatMap((fault) => [
    ...POSITIONS.map((position): MatrixCase => ({ kind, fault, position, duration: 'once' })),
    { kind, fault, position: 'middle', duration: 'persistent' },
  ]);
}

/** Cases per kind. */
export const CASES_PER_KIND = FAULTS.length * (POSITIONS.length + 1);

/**
 * Each typed error member of the kind's payload union in the reference
 * (facts §3; the sandbox refuses any other combination), issue 12.
 */
export const TYPED_ERRORS: Record<MutationKindUnderTest, readonly MutationErrorType[]> = {
  create: [
    'NotFoundError',
    'UnauthorizedError',
    'UnexpectedError',
    'RestProxyError',
    'LimitReachedError',
    'InvalidInputError',
  ],
  edit: [
    'NotFoundError',
    'UnauthorizedError',
    'UnexpectedError',
    'RestProxyError',
    'LimitReachedError',
    'InvalidInputError',
  ],
  delete: ['VoidMutationError'],
  createIdea: ['InvalidInputError', 'UnauthorizedError', 'UnexpectedError', 'LimitReachedError'],
};

export interface TypedErrorCase {
  kind: MutationKindUnderTest;
  member: MutationErrorType;
}

/**
 * One row per member, at the middle of the batch, once: a typed error is an
 * answer, not a transport failure, so the client does not retry it and the
 * position adds no new path (the transport faults' rows cover positions).
 */
export function typedErrorCasesOf(kind: MutationKindUnderTest): TypedErrorCase[] {
  return TYPED_ERRORS[kind].map((member) => ({ kind, member }));
}

export function typedErrorRules(c: TypedErrorCase): FaultRuleSpec[] {
  return [
    {
      operation: ROOT_FIELD[c.kind],
      nth: NTH.middle,
      times: 1,
      fault: 'typed-error',
      member: c.member,
      message: `Injected ${c.member} for this item`,
    },
  ];
}

export function caseName(c: MatrixCase): string {
  return `${c.kind} × ${c.fault} × ${c.position} × ${c.duration}`;
}

export function faultRules(c: MatrixCase): FaultRuleSpec[] {
  return [
    { operation: ROOT_FIELD[c.kind], nth: NTH[c.position], times: c.duration === 'once' ? 1 : 1000, fault: c.fault },
  ];
}

/**
 * Four files, five mutations of one kind in one batch (file b has two
 * channels): enough for a first, a middle and a last position.
 */
export function worldFor(kind: MutationKindUnderTest): World {
  const shapes: Pick<PostSpec, 'name' | 'services' | 'dueAt'>[] = [
    { name: 'a.md', services: ['twitter'], dueAt: '2027-03-01T09:00:00+01:00' },
    { name: 'b.md', services: ['linkedin', 'mastodon'], dueAt: '2027-03-02T09:00:00+01:00' },
    { name: 'c.md', services: ['twitter'], dueAt: '2027-03-03T09:00:00+01:00' },
    { name: 'd.md', services: ['bluesky'], dueAt: '2027-03-04T09:00:00+01:00' },
  ];
  const text = (version: string, name: string) => `${version} post ${name.replace('.md', '')}.`;
  let posts: PostSpec[] = [];
  let ideas: IdeaSpec[] = [];
  switch (kind) {
    case 'create':
      posts = shapes.map((s) => ({ ...s, after: text('New', s.name) }));
      break;
    case 'edit':
      posts = shapes.map((s) => ({ ...s, before: text('Old', s.name), after: text('Edited', s.name) }));
      break;
    case 'delete':
      posts = [
        ...shapes.map((s) => ({ ...s, before: text('Doomed', s.name) })),
        // Stays: nothing may delete or touch it.
        {
          name: 'e.md',
          services: ['twitter'],
          dueAt: '2027-03-05T09:00:00+01:00',
          before: text('Kept', 'e'),
          after: text('Kept', 'e'),
        },
      ];
      break;
    case 'createIdea':
      // Posts' side of the world is the user's post only; the batch is five ideas.
      posts = [
        {
          name: 'z.md',
          services: ['twitter'],
          dueAt: '2027-03-05T09:00:00+01:00',
          before: text('Kept', 'z'),
          after: text('Kept', 'z'),
        },
      ];
      ideas = ['a', 'b', 'c', 'd', 'e'].map((n) => ({
        name: `${n}.md`,
        title: `Idea ${n}`,
        text: `Notes for idea ${n}.`,
      }));
      break;
  }
  return newWorld(posts, ideas);
}
