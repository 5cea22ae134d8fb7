/**
 * A minimal GraphQL-over-HTTP client for the sandbox tests: raw status,
 * headers and JSON body, so tests can assert on the wire exactly.
 */
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Header lines exactly as received (repeated headers stay separate). */
  rawHeaders: string[];
  body: any;
}

export function httpRequest(
  url: string,
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const req = request(url, { method, headers: { 'Content-Type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = undefined;
        if (text !== '') parsed = JSON.parse(text);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, rawHeaders: res.rawHeaders, body: parsed });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

export function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  apiKey: string | null = 'sandbox',
): Promise<RawResponse> {
  return httpRequest(
    `${url}/graphql`,
    'POST',
    { query, variables },
    apiKey === null ? {} : { Authorization: `Bearer ${apiKey}` },
  );
}

/** Resolves with the socket error when the server destroys the connection without answering. */
export async function expectDropped(p: Promise<RawResponse>): Promise<string> {
  try {
    const r = await p;
    throw new Error(`expected the connection to be dropped, got HTTP ${r.status}`);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ECONNRESET' || /socket hang up/.test((e as Error).message)) return code ?? 'hang up';
    throw e;
  }
}

export const CREATE_POST = /* GraphQL */ `
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on PostActionSuccess {
        post {
          id
          status
          text
          dueAt
          sentAt
          externalLink
          shareMode
          isCustomScheduled
          channelId
        }
      }
      ... on MutationError {
        message
      }
    }
  }
`;

export const EDIT_POST = /* GraphQL */ `
  mutation EditPost($input: EditPostInput!) {
    editPost(input: $input) {
      __typename
      ... on PostActionSuccess {
        post {
          id
          status
          text
          dueAt
          assets {
            __typename
            source
          }
        }
      }
      ... on MutationError {
        message
      }
    }
  }
`;

export const DELETE_POST = /* GraphQL */ `
  mutation DeletePost($input: DeletePostInput!) {
    deletePost(input: $input) {
      __typename
      ... on DeletePostSuccess {
        id
      }
      ... on VoidMutationError {
        message
      }
    }
  }
`;

/** A batch of N aliased createPost mutations in one document, as the product sends them. */
export function createBatch(n: number): string {
  const vars = Array.from({ length: n }, (_, i) => `$i${i}: CreatePostInput!`).join(', ');
  const fields = Array.from(
    { length: n },
    (_, i) =>
      `p${i}: createPost(input: $i${i}) { __typename ... on PostActionSuccess { post { id } } ... on MutationError { message } }`,
  ).join('\n');
  return `mutation Batch(${vars}) {\n${fields}\n}`;
}
