/**
 * A scripted stand-in for Buffer at the HTTP level, for transport cases the
 * sandbox is not meant to produce exactly (odd statuses, garbage bodies).
 * Listens on 127.0.0.1, port 0. Each request is answered by the next handler
 * in the script (the last one repeats).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getOperationAST, getVariableValues, parse, validate, type GraphQLSchema } from 'graphql';
import { buildSandboxSchema } from '../../src/sandbox/schema.js';
import { recordSchemaViolation } from '../../src/sandbox/violations.js';

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: { query: string; variables: Record<string, unknown> } & Record<string, unknown>;
}

export type Handler = (req: Received, res: ServerResponse) => void;

export interface FakeBuffer {
  url: string;
  received: Received[];
  script(...handlers: Handler[]): void;
  close(): Promise<void>;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
}

/** The request arrived (and may have executed) but the answer never comes back. */
export const destroy: Handler = (_req, res) => {
  res.socket?.destroy();
};

let schema: GraphQLSchema | undefined;

/**
 * What the fake answers is scripted, but what the client sent is checked as
 * the sandbox checks it (Buffer's schema, strict scalars, the variables), so
 * the suite-wide check (test/helpers/schema-violations.ts) covers these
 * requests too (issue 12).
 */
function checkAgainstSchema(body: Received['body']): void {
  if (typeof body.query !== 'string') return;
  schema ??= buildSandboxSchema();
  const record = (stage: 'parse' | 'validation' | 'variables', messages: string[]) =>
    recordSchemaViolation({
      stage,
      operationName: /^\s*(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? null,
      messages,
      query: body.query,
      variables: body.variables,
    });
  let document;
  try {
    document = parse(body.query);
  } catch (e) {
    return record('parse', [(e as Error).message]);
  }
  const errors = validate(schema, document);
  if (errors.length > 0)
    return record(
      'validation',
      errors.map((e) => e.message),
    );
  const operation = getOperationAST(document);
  if (!operation) return record('validation', ['no single operation']);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], body.variables ?? {});
  if (coerced.errors)
    record(
      'variables',
      coerced.errors.map((e) => e.message),
    );
}

export async function startFakeBuffer(): Promise<FakeBuffer> {
  const received: Received[] = [];
  let handlers: Handler[] = [];
  let next = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const r: Received = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: text ? JSON.parse(text) : {},
      };
      received.push(r);
      checkAgainstSchema(r.body);
      const handler = handlers[Math.min(next++, handlers.length - 1)];
      if (!handler) {
        res.writeHead(500).end();
        return;
      }
      handler(r, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    script(...h: Handler[]) {
      handlers = h;
      next = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
