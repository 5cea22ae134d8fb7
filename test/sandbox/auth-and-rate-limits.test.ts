import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { expectSchemaViolations } from '../helpers/schema-violations.js';
import { gql, httpRequest } from './http-client.js';

let sb: RunningSandbox;
afterEach(async () => sb?.close());

const ACCOUNT = 'query Account { account { id } }';

describe('authentication (checked before anything else)', () => {
  it('answers a request without Authorization with 401 UNAUTHENTICATED and no rate-limit headers', async () => {
    sb = await startSandbox();
    const r = await gql(sb.url, ACCOUNT, {}, null);
    expect(r.status).toBe(401);
    expect(r.body).toEqual({
      errors: [
        { message: 'An authentication JWT or Access Token is required', extensions: { code: 'UNAUTHENTICATED' } },
      ],
    });
    expect(r.headers['ratelimit']).toBeUndefined();
    expect(r.headers['retry-after']).toBeUndefined();
  });

  it('answers an unknown key with 401 "Access token is not valid", even for an invalid document', async () => {
    sb = await startSandbox();
    const r = await gql(sb.url, '{ nope { x } }', {}, 'bogus-key-123');
    expect(r.status).toBe(401);
    expect(r.body).toEqual({
      errors: [{ message: 'Access token is not valid', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(r.headers['ratelimit-policy']).toBeUndefined();
    const stats = sb.state().stats;
    expect(stats.unauthenticated).toBe(1);
    expect(stats.byApiKey).toEqual({ unknown: 1 });
    expect(JSON.stringify(sb.state())).not.toContain('bogus-key-123');
  });

  it('serves POST / as well as POST /graphql, and answers OPTIONS /graphql with 204', async () => {
    sb = await startSandbox();
    const root = await httpRequest(
      `${sb.url}/`,
      'POST',
      { query: ACCOUNT, variables: {} },
      { Authorization: 'Bearer sandbox' },
    );
    expect(root.status).toBe(200);
    expect(root.body.data.account.id).toMatch(/^[0-9a-f]{24}$/);
    const options = await httpRequest(`${sb.url}/graphql`, 'OPTIONS');
    expect(options.status).toBe(204);
    const get = await httpRequest(`${sb.url}/`, 'GET');
    expect(get.status).toBe(401);
  });

  it('answers unknown fields with a validation error at HTTP 200', async () => {
    expectSchemaViolations();
    sb = await startSandbox();
    const r = await gql(sb.url, '{ posts(input: {organizationId: "x"}) { totalCount } }');
    expect(r.status).toBe(200);
    expect(r.body.errors[0].message).toContain('totalCount');
    expect(r.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('rate limits (per key, rolling windows on the sandbox clock)', () => {
  it('sends three draft-8 RateLimit and RateLimit-Policy lines for the free plan', async () => {
    sb = await startSandbox();
    const r = await gql(sb.url, ACCOUNT);
    const lines = (name: string) =>
      r.rawHeaders.filter((_, i) => i % 2 === 0 && r.rawHeaders[i]!.toLowerCase() === name).map((_, j, all) => all[j]);
    const values = (name: string) =>
      r.rawHeaders.flatMap((h, i) => (i % 2 === 0 && h.toLowerCase() === name ? [r.rawHeaders[i + 1]!] : []));
    expect(lines('ratelimit')).toHaveLength(3);
    expect(values('ratelimit')).toEqual([
      '"100-in-15min";r=99;t=900',
      '"250-in-1day";r=249;t=86400',
      '"3000-in-30days";r=2999;t=2592000',
    ]);
    const policy = values('ratelimit-policy');
    expect(policy).toHaveLength(3);
    expect(policy[0]).toMatch(/^"100-in-15min";q=100;w=900;pk=:[A-Za-z0-9+/=]+:$/);
    expect(policy[1]).toMatch(/^"250-in-1day";q=250;w=86400;pk=:/);
    expect(policy[2]).toMatch(/^"3000-in-30days";q=3000;w=2592000;pk=:/);
  });

  it('returns 429 with Retry-After and extensions.window once the 15-minute budget is spent, executing nothing', async () => {
    sb = await startSandbox({ rateLimits: { '15m': 3, '24h': 10, '30d': 100 } });
    for (let i = 0; i < 3; i++) expect((await gql(sb.url, ACCOUNT)).status).toBe(200);
    const r = await gql(
      sb.url,
      'mutation { createIdea(input: {organizationId: "x", content: {title: "t"}}) { __typename } }',
    );
    expect(r.status).toBe(429);
    expect(r.headers['retry-after']).toBe('900');
    expect(r.body).toEqual({
      errors: [
        {
          message: 'Too many requests from this client. Please try again later.',
          extensions: { code: 'RATE_LIMIT_EXCEEDED', window: '15m' },
        },
      ],
    });
    expect(sb.state().ideas).toHaveLength(0);
    expect(sb.state().stats.rateLimited).toBe(1);
    // The window is rolling: once the oldest request is 15 minutes old, one more fits.
    sb.advanceClock(899);
    expect((await gql(sb.url, ACCOUNT)).status).toBe(429);
    sb.advanceClock(1);
    const after = await gql(sb.url, ACCOUNT);
    expect(after.status).toBe(200);
  });

  it('reports the 24h window when that is the one exhausted', async () => {
    sb = await startSandbox({ rateLimits: { '15m': 100, '24h': 2, '30d': 100 } });
    await gql(sb.url, ACCOUNT);
    sb.advanceClock(3600);
    await gql(sb.url, ACCOUNT);
    const r = await gql(sb.url, ACCOUNT);
    expect(r.status).toBe(429);
    expect(r.body.errors[0].extensions.window).toBe('24h');
    expect(r.headers['retry-after']).toBe(String(86400 - 3600));
  });

  it('allows exactly 100 requests per 15 minutes by default, and budgets are per key', async () => {
    const seed = (await import('../../src/sandbox/index.js')).defaultSeed();
    seed.accounts[0]!.apiKeys.push('second-key');
    sb = await startSandbox({ seed });
    for (let i = 0; i < 100; i++) expect((await gql(sb.url, ACCOUNT)).status).toBe(200);
    expect((await gql(sb.url, ACCOUNT)).status).toBe(429);
    expect((await gql(sb.url, ACCOUNT, {}, 'second-key')).status).toBe(200);
  });

  it('sends no rate-limit headers and never 429s when rate limits are off', async () => {
    sb = await startSandbox({ rateLimits: false });
    for (let i = 0; i < 5; i++) await gql(sb.url, ACCOUNT);
    const r = await gql(sb.url, ACCOUNT);
    expect(r.status).toBe(200);
    expect(r.headers['ratelimit']).toBeUndefined();
  });
});
