/**
 * Errors the Buffer client throws. Typed mutation errors (the union members in
 * `data`) are NOT thrown: they come back as `MutationResult` values, because a
 * batch has one per item. What is thrown here is what stops a whole request.
 *
 * No message ever contains the API key: messages are built from the response
 * body and fixed text only.
 */

/** Where users create a key; quoted in every authentication failure. */
export const API_KEY_SETTINGS_URL = 'https://publish.buffer.com/settings/api';

export type RateLimitWindow = '15m' | '24h' | '30d';

export class BufferApiError extends Error {
  /** Machine-readable reason: a GraphQL `extensions.code` or one of ours. */
  readonly code: string;
  constructor(message: string, code: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** 401/403, or `UNAUTHENTICATED` / `UNAUTHORIZED` / `FORBIDDEN` in `errors[]`; also a key refused locally. */
export class BufferAuthError extends BufferApiError {
  readonly status: number | undefined;
  private readonly detail: string | undefined;
  private readonly local: boolean;
  /**
   * @param detail what Buffer said, or (local) why the key cannot be sent
   * @param local true when the key was refused before any request was made
   */
  constructor(detail: string | undefined, code: string, status?: number, local = false) {
    super(authMessage(detail, code, status, local, 'action'), code);
    this.status = status;
    this.detail = detail;
    this.local = local;
  }

  /** The message in the words of who runs: the action names its input, the CLI the environment variable. */
  messageFor(surface: 'action' | 'cli'): string {
    return authMessage(this.detail, this.code, this.status, this.local, surface);
  }
}

function authMessage(
  detail: string | undefined,
  code: string,
  status: number | undefined,
  local: boolean,
  surface: 'action' | 'cli',
): string {
  const said = detail ? (local ? `: ${detail}` : ` (Buffer said: ${detail})`) : '';
  const how =
    surface === 'cli'
      ? `Create one at ${API_KEY_SETTINGS_URL} and set it in the BUFFER_API_KEY environment variable.`
      : `Create one at ${API_KEY_SETTINGS_URL} and pass it as the \`buffer-api-key\` input / BUFFER_API_KEY.`;
  if (local) return `The Buffer API key cannot be used${said}. ${how}`;
  if (code === 'FORBIDDEN' || status === 403)
    return `Buffer accepted the API key but refused access${said}. Use a key of the account that owns the organization and channels. ${how}`;
  return `Buffer rejected the API key${said}. ${how}`;
}

/** 429, after the retry policy gave up (or the wait would exceed the bound). */
export class BufferRateLimitError extends BufferApiError {
  readonly window: RateLimitWindow | string | undefined;
  /** Seconds until a retry can succeed, when Buffer said (Retry-After). */
  readonly retryAfterSeconds: number | undefined;
  constructor(window: string | undefined, retryAfterSeconds: number | undefined, extra = '') {
    const which = window ? ` (\`${window}\` window)` : '';
    const when =
      retryAfterSeconds !== undefined
        ? `Retry after ${formatDuration(retryAfterSeconds)}.`
        : 'Retry after the window resets.';
    super(`Buffer rate limit exceeded${which}. ${when}${extra}`, 'RATE_LIMIT_EXCEEDED');
    this.window = window;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** A non-empty `errors` array that is not auth, not-found or rate limiting. */
export class BufferGraphQLError extends BufferApiError {
  /** Every message of `errors[]`; the error message joins them with "; ". */
  readonly messages: string[];
  /** True when Buffer rejected the document itself (validation or query limits): nothing executed. */
  readonly rejectedDocument: boolean;
  constructor(messages: string[], code: string | undefined, rejectedDocument: boolean) {
    super(messages.join('; ') || 'Buffer returned an error without a message', code ?? 'GRAPHQL_ERROR');
    this.messages = messages;
    this.rejectedDocument = rejectedDocument;
  }
}

/** `NOT_FOUND` on a read of one resource (channel); `post()` maps it to null instead. */
export class BufferNotFoundError extends BufferApiError {
  constructor(message: string) {
    super(message, 'NOT_FOUND');
  }
}

/**
 * The request failed below GraphQL: network error, timeout, HTTP 5xx, a body
 * that is not a GraphQL response, or `data: null` with `UNEXPECTED`.
 */
export class BufferTransportError extends BufferApiError {
  /** False only when we know Buffer never received the request (e.g. connection refused). */
  readonly mayHaveExecuted: boolean;
  readonly status: number | undefined;
  constructor(message: string, opts: { mayHaveExecuted: boolean; status?: number; code?: string; cause?: unknown }) {
    super(message, opts.code ?? 'TRANSPORT_ERROR', { cause: opts.cause });
    this.mayHaveExecuted = opts.mayHaveExecuted;
    this.status = opts.status;
  }
}

/** "4m 12s" style, as the official CLI prints waits. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.ceil(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  const parts: string[] = [];
  if (h) parts.push(`${h}h`);
  if (m) parts.push(`${m}m`);
  if (rest || parts.length === 0) parts.push(`${rest}s`);
  return parts.join(' ');
}
