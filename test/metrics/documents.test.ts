/**
 * The metrics documents (issue 15) validate against the sandbox SDL, stay
 * inside Buffer's query limits (complexity: scalar 1, object 2, ×1.5 per
 * level), and metrics are selected only where the metrics file is fed: never
 * in mutations or the other reads.
 */
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENTS,
  MAX_ALIASES,
  buildChannelTotalsQuery,
  buildMutationBatch,
  buildPostsByIdsQuery,
  buildSyncSnapshotQuery,
} from '../../src/buffer/documents.js';
import { checkQueryLimits } from '../../src/sandbox/query-limits.js';
import { typeDefs } from '../../src/sandbox/schema.js';

const schema = buildSchema(typeDefs);

function limitsOf(query: string) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return checkQueryLimits(doc, op);
}

describe('metrics documents', () => {
  const metricsDocuments = {
    'SyncSnapshotWithMetrics (with the account)': buildSyncSnapshotQuery({
      account: true,
      recent: true,
      metrics: true,
    }),
    'SyncSnapshotWithMetrics (organization set)': buildSyncSnapshotQuery({
      account: false,
      recent: true,
      metrics: true,
    }),
    PostsWithMetrics: DOCUMENTS.PostsWithMetrics,
    [`ChannelTotals${MAX_ALIASES}`]: buildChannelTotalsQuery(MAX_ALIASES).query,
    ChannelTotals1: buildChannelTotalsQuery(1).query,
  };

  it.each(Object.entries(metricsDocuments))('%s is valid and within the query limits', (_name, query) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
    expect(limitsOf(query)?.message).toBeUndefined();
  });

  it('the snapshot selects metrics only on the list of sent posts, and only with metrics on', () => {
    const on = buildSyncSnapshotQuery({ account: true, recent: true, metrics: true });
    const recent = on.slice(on.indexOf('recent: posts'), on.indexOf('\n}'));
    expect(recent).toContain('...PostMetricsFields');
    expect(on.slice(0, on.indexOf('recent: posts'))).not.toContain('...PostMetricsFields');
    expect(buildSyncSnapshotQuery({ account: true, recent: true })).not.toContain('metrics');
    // Without a `recent` list there is nothing to carry the numbers.
    expect(buildSyncSnapshotQuery({ account: true, recent: false, metrics: true })).not.toContain('metrics');
  });

  it('no mutation and no other read selects metrics', () => {
    const metricsReads = new Set(['SyncSnapshotWithMetrics', 'PostsWithMetrics']);
    for (const [name, query] of Object.entries(DOCUMENTS)) {
      if (!metricsReads.has(name)) expect(query, name).not.toMatch(/metrics/i);
    }
    for (const kind of ['createPost', 'editPost', 'deletePost', 'createIdea'] as const) {
      expect(buildMutationBatch([{ kind, input: {} }]).query).not.toMatch(/metrics/i);
    }
    expect(buildPostsByIdsQuery(['a']).query).not.toMatch(/metrics/i);
  });

  it('channel totals: one alias and one variable per channel, never more than MAX_ALIASES', () => {
    const built = buildChannelTotalsQuery(3);
    expect(built.aliases).toEqual(['t0', 't1', 't2']);
    expect(built.query).toContain('t2: aggregatedPostMetrics(input: $t2)');
    expect(() => buildChannelTotalsQuery(MAX_ALIASES + 1)).toThrow(RangeError);
  });
});
