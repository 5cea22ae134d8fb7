/** The documents sync builds on the fly validate against the sandbox SDL, in every variant. */
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildDailyPostingLimitsQuery, buildSyncSnapshotQuery } from '../../src/buffer/documents.js';
import { typeDefs } from '../../src/sandbox/schema.js';

const schema = buildSchema(typeDefs);
const errorsOf = (query: string) => validate(schema, parse(query)).map((e) => e.message);

describe('sync documents', () => {
  for (const account of [true, false]) {
    for (const recent of [true, false]) {
      it(`SyncSnapshot with${account ? '' : 'out'} the account and with${recent ? '' : 'out'} the recent list`, () => {
        const query = buildSyncSnapshotQuery({ account, recent });
        expect(errorsOf(query)).toEqual([]);
        expect(query.includes('account {')).toBe(account);
        expect(query.includes('recent: posts(input: $recent')).toBe(recent);
      });
    }
  }

  it('daily posting limits for 1 and 25 days, one variable per day', () => {
    for (const days of [1, 25]) {
      const built = buildDailyPostingLimitsQuery(days);
      expect(errorsOf(built.query)).toEqual([]);
      expect(built.aliases).toHaveLength(days);
    }
    expect(() => buildDailyPostingLimitsQuery(31)).toThrow(/at most 30/);
  });
});
