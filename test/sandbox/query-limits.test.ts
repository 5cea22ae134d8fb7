import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { expectSchemaViolations } from '../helpers/schema-violations.js';
import { gql } from './http-client.js';

let sb: RunningSandbox;
beforeAll(async () => {
  // Every test here sends documents over a limit on purpose.
  expectSchemaViolations();
  sb = await startSandbox({ rateLimits: false });
});
afterAll(async () => sb.close());

const aliases = (n: number) => `query { ${Array.from({ length: n }, (_, i) => `a${i}: account { id }`).join(' ')} }`;

/**
 * A selection `depth` fields deep. The schema has no path that deep, but the
 * limits are checked before validation (as a cost gate should be), so depth 26
 * fails on the limit while depth 25 reaches validation.
 */
function nested(depth: number): string {
  let q = 'id';
  for (let i = 1; i < depth; i++) q = `f${i} { ${q} }`;
  return `query { ${q} }`;
}

describe('query limits (plain GraphQL error, HTTP 200, no extensions.code)', () => {
  it('accepts 30 aliases and rejects 31', async () => {
    const ok = await gql(sb.url, aliases(30));
    expect(ok.body.errors).toBeUndefined();
    expect(Object.keys(ok.body.data)).toHaveLength(30);
    const r = await gql(sb.url, aliases(31));
    expect(r.status).toBe(200);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors[0].message).toMatch(/aliases/);
    expect(r.body.errors[0].extensions).toBeUndefined();
  });

  it('rejects depth 26 before validation and lets depth 25 through to validation', async () => {
    const deep = await gql(sb.url, nested(26));
    expect(deep.body.errors[0].message).toMatch(/maximum allowed depth/);
    expect(deep.body.errors[0].extensions).toBeUndefined();
    const ok = await gql(sb.url, nested(25));
    expect(ok.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('rejects over-complex documents with the documented message', async () => {
    // 20 levels of nesting: 2 × 1.5^19 ≈ 4,434 points per field; 40 sibling objects at that level exceed 175,000.
    let inner = Array.from({ length: 40 }, (_, i) => `x${i} { id }`).join(' ');
    for (let i = 0; i < 19; i++) inner = `l${i} { ${inner} }`;
    const r = await gql(sb.url, `query { ${inner} }`);
    expect(r.body.errors[0].message).toBe('Query exceeds maximum allowed complexity. Please simplify your query.');
  });

  it('rejects more than 50 directives and more than 15,000 tokens', async () => {
    const directives = `query { account { ${Array.from({ length: 51 }, () => 'id @include(if: true)').join(' ')} } }`;
    expect((await gql(sb.url, directives)).body.errors[0].message).toMatch(/directives/);
    const tokens = `query { account { ${'id '.repeat(15_001)} } }`;
    const r = await gql(sb.url, tokens);
    expect(r.body.errors[0].message).toMatch(/tokens/);
    expect(r.body.errors[0].extensions).toBeUndefined();
  });
});
