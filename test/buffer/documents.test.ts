import { buildSchema, parse, validate, Kind, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/sandbox/schema.js';
import { QUERY_LIMITS, checkQueryLimits } from '../../src/sandbox/query-limits.js';
import {
  DOCUMENTS,
  MAX_ALIASES,
  buildMutationBatch,
  buildPostsByIdsQuery,
  type MutationKind,
} from '../../src/buffer/documents.js';

const schema = buildSchema(typeDefs);

function errorsOf(query: string): string[] {
  return validate(schema, parse(query)).map((e) => e.message);
}

function operationOf(query: string): OperationDefinitionNode {
  const op = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!op || op.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  return op;
}

describe('every document the client can send validates against the sandbox SDL', () => {
  for (const [name, query] of Object.entries(DOCUMENTS)) {
    it(`${name} is valid, named, and takes arguments only as variables`, () => {
      expect(errorsOf(query)).toEqual([]);
      const op = operationOf(query);
      expect(op.name?.value).toBe(name);
      // No literal argument values: everything user-provided is a variable.
      expect(query).not.toMatch(/\(\s*\w+:\s*["\d{[]/);
    });
  }

  const kinds: MutationKind[] = ['createPost', 'editPost', 'deletePost', 'createIdea'];
  for (const size of [1, 25]) {
    for (const kind of kinds) {
      it(`a batch of ${size} ${kind} is valid with one variable per alias`, () => {
        const built = buildMutationBatch(Array.from({ length: size }, () => ({ kind, input: {} })));
        expect(errorsOf(built.query)).toEqual([]);
        const op = operationOf(built.query);
        expect(op.variableDefinitions).toHaveLength(size);
        expect(op.selectionSet.selections).toHaveLength(size);
        expect(Object.keys(built.variables)).toEqual(Array.from({ length: size }, (_, i) => `i${i}`));
        expect(built.aliases[size - 1]).toBe(`m${size - 1}`);
      });
    }
    it(`a post lookup of ${size} ids is valid`, () => {
      const built = buildPostsByIdsQuery(Array.from({ length: size }, (_, i) => `post-${i}`));
      expect(errorsOf(built.query)).toEqual([]);
      expect(built.variables.i0).toEqual({ id: 'post-0' });
    });
  }

  it('a mixed batch carries exactly the fragments it uses', () => {
    const built = buildMutationBatch([
      { kind: 'createPost', input: {} },
      { kind: 'deletePost', input: { id: 'x' } },
      { kind: 'createIdea', input: {} },
      { kind: 'editPost', input: {} },
    ]);
    expect(errorsOf(built.query)).toEqual([]);
    const onlyDeletes = buildMutationBatch([{ kind: 'deletePost', input: { id: 'x' } }]);
    expect(errorsOf(onlyDeletes.query)).toEqual([]);
    expect(onlyDeletes.query).not.toContain('fragment');
  });

  it("the tracked-post lookup reads every field a file says, and 30 aliases of it stay within Buffer's query limits", () => {
    const built = buildPostsByIdsQuery(Array.from({ length: MAX_ALIASES }, (_, i) => `post-${i}`));
    expect(built.query).toContain('...PostContentFields');
    for (const field of ['thread {', 'assets {', 'firstComment', 'shareMode', 'schedulingType', 'status', 'dueAt'])
      expect(built.query).toContain(field);
    const doc = parse(built.query, { maxTokens: QUERY_LIMITS.tokens });
    expect(checkQueryLimits(doc, operationOf(built.query))).toBeNull();
  });

  it('refuses batches over the 30-alias query limit and empty batches', () => {
    expect(() =>
      buildMutationBatch(Array.from({ length: MAX_ALIASES + 1 }, () => ({ kind: 'deletePost' as const, input: {} }))),
    ).toThrow(/at most 30/);
    expect(() => buildPostsByIdsQuery([])).toThrow(RangeError);
  });

  it('user text travels in variables, never in the document', () => {
    const evil = '") { id } mutation X { deletePost(input: {id: "1"}) { __typename } } #';
    const built = buildMutationBatch([{ kind: 'createPost', input: { text: evil } }]);
    expect(built.query).not.toContain(evil);
    expect(built.variables.i0).toEqual({ text: evil });
  });
});
