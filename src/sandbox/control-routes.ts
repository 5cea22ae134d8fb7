/**
 * The sandbox's control endpoints under `/__sandbox/`, as a table: the HTTP
 * server dispatches by it (http-server.ts has one handler per entry, checked
 * by the compiler), `buffer-gitops sandbox --help` prints it, and a test
 * checks the README documents every entry. So an endpoint cannot be served
 * without being documented, and the docs cannot name one that is not served.
 */

interface ControlRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** `:id` stands for one path segment (a Buffer post ID). */
  path: string;
  /** What it is for, in one line. */
  summary: string;
  /** The JSON request body, or "none". */
  body: string;
  /** The answer on success, then the answers to mistakes. */
  answer: string;
}

export const CONTROL_ROUTES = [
  {
    method: 'GET',
    path: '/__sandbox/state',
    summary:
      'Everything the sandbox holds, with the sandbox clock and request counts (publishes posts whose time has come first)',
    body: 'none',
    answer:
      '200 {"now", "accounts", "organizations", "channels", "posts", "ideas", "ideaGroups", "postTemplates", "stats": {"requests", "byApiKey", "byRootField", "byOperation", "rateLimited", "unauthenticated"}}; each post carries "metrics" and "metricsUpdatedAt" as the API answers them at "now" (API keys are never included)',
  },
  {
    method: 'POST',
    path: '/__sandbox/reset',
    summary:
      'Start over: posts, ideas, idea groups, post templates, request counts, faults and rate-limit windows are cleared; the clock stays',
    body: 'none for the default seed (one organization, Acme Inc, with 12 channels, and Buffer\'s two public post templates), or a seed {"accounts", "organizations", "channels", "posts"?, "ideas"?, "ideaGroups"?, "postTemplates"?, "metricsSalt"?} (the --seed file format; a seed post may carry "pinnedMetrics")',
    answer: '200 {"ok": true, "now"}; 400 {"error"} for a seed that does not load',
  },
  {
    method: 'POST',
    path: '/__sandbox/clock',
    summary: 'Move the sandbox clock; scheduled posts whose dueAt has passed become sent (sentAt = dueAt, with a link)',
    body: '{"advanceSeconds": N} or {"now": "<ISO 8601 date-time>"}',
    answer: '200 {"now", "published": <posts that became sent>}; 400 {"error"} for any other body',
  },
  {
    method: 'POST',
    path: '/__sandbox/faults',
    summary: 'Make later GraphQL requests fail (replaces the previous faults; {} clears them)',
    body: '{"rules"?: [{"operation": "<root field, e.g. createPost, or *>", "fault": "drop-before-commit" | "drop-after-commit" | "http-500" | "unexpected" | "limit-reached" | "rate-limit" | "typed-error", "nth"?: 1, "times"?: 1, "member"?: "<typed-error only: e.g. RestProxyError>", "message"?: "<typed-error only>"}], "latencyMs"?: N, "ideaResponseEvery"?: N}',
    answer:
      '200 {"ok": true}; 400 {"error"} naming what is wrong (an unknown fault, a member the mutation cannot answer)',
  },
  {
    method: 'PATCH',
    path: '/__sandbox/posts/:id',
    summary: "Edit a post as someone in Buffer's app would (drift for sync to report or restore)",
    body: '{"text"?, "dueAt"?: "<ISO 8601>" | null, "status"?: "draft" | "error" | "needs_approval" | "scheduled" | "sending" | "sent", "sentAt"?, "error"?: "<message>", "externalLink"?}',
    answer: '200 the post as stored; 400 {"error"} for a bad value; 404 {"error"} for an unknown ID',
  },
  {
    method: 'DELETE',
    path: '/__sandbox/posts/:id',
    summary: "Delete a post as someone in Buffer's app would",
    body: 'none',
    answer: '204 (no body); 404 {"error"} for an unknown ID',
  },
] as const satisfies readonly ControlRoute[];

/** `"POST /__sandbox/clock"`: the key a handler is registered under. */
export type ControlRouteKey = RouteKey<(typeof CONTROL_ROUTES)[number]>;
type RouteKey<R> = R extends ControlRoute ? `${R['method']} ${R['path']}` : never;

/** The route a request names, with its `:id` segment decoded; undefined when no entry matches the method and path. */
export function matchControlRoute(method: string, path: string): { key: ControlRouteKey; id?: string } | undefined {
  for (const route of CONTROL_ROUTES) {
    if (route.method !== method) continue;
    const pattern = new RegExp(`^${route.path.replace(/:id/, '([^/]+)')}$`);
    const match = pattern.exec(path);
    if (match)
      return {
        key: `${route.method} ${route.path}` as ControlRouteKey,
        id: match[1] === undefined ? undefined : decodeURIComponent(match[1]),
      };
  }
  return undefined;
}
