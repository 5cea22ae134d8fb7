/**
 * The three REST calls the plan comment needs (list, create, update issue
 * comments), through @octokit/request against GITHUB_API_URL so it works on
 * GitHub Enterprise Server and against a local fake in tests. Nothing else of
 * GitHub's API is used, so a full Octokit with its plugins is not needed.
 */
import { request } from '@octokit/request';

export interface IssueComment {
  id: number;
  body: string;
  htmlUrl?: string;
  /** `Bot` for github-actions[bot] and other apps, `User` for people (and personal access tokens). */
  userType?: string;
  /** The author's login, e.g. `github-actions[bot]`. */
  userLogin?: string;
}

/** Who the token acts as: a login (a personal access token), or an app's bot whose login the token cannot tell. */
export type TokenIdentity = { login: string } | { bot: true };

export interface IssueCommentsOptions {
  token: string;
  /** e.g. https://api.github.com or https://ghe.example.com/api/v3 (GITHUB_API_URL). */
  apiUrl: string;
  /** `owner/name` (GITHUB_REPOSITORY). */
  repository: string;
  /** Per request; a hung API must not hold the job (default 30 s). */
  timeoutMs?: number;
}

/** GitHub refuses bigger pages; 100 keeps a long PR discussion to a few requests. */
const PAGE_SIZE = 100;
/** 50 pages = 5,000 comments: beyond that the PR is not one a plan comment can help. */
const MAX_PAGES = 50;

export class IssueComments {
  private readonly send: typeof request;
  private readonly owner: string;
  private readonly repo: string;
  private readonly timeoutMs: number;
  private readonly origin: string;

  constructor(opts: IssueCommentsOptions) {
    const [owner, repo, ...rest] = opts.repository.split('/');
    if (!owner || !repo || rest.length > 0) throw new Error(`"${opts.repository}" is not an owner/name repository`);
    this.owner = owner;
    this.repo = repo;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.origin = new URL(opts.apiUrl).origin;
    this.send = request.defaults({
      baseUrl: opts.apiUrl.replace(/\/+$/, ''),
      headers: {
        authorization: `token ${opts.token}`,
        'user-agent': 'buffer-gitops',
        'x-github-api-version': '2022-11-28',
      },
    });
  }

  /** Every comment of an issue or pull request, following the `Link: rel="next"` pages. */
  async list(issueNumber: number): Promise<IssueComment[]> {
    const comments: IssueComment[] = [];
    let page: { data: unknown; headers: { link?: string } } = await this.send(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      {
        owner: this.owner,
        repo: this.repo,
        issue_number: issueNumber,
        per_page: PAGE_SIZE,
        request: { signal: AbortSignal.timeout(this.timeoutMs) },
      },
    );
    for (let n = 1; ; n++) {
      for (const c of Array.isArray(page.data) ? page.data : []) comments.push(toComment(c));
      const next = nextLink(page.headers.link);
      // The token goes only to the API host itself, whatever a Link header says.
      if (!next || n >= MAX_PAGES || new URL(next, this.origin).origin !== this.origin) break;
      // The next page's URL is absolute; octokit sends it as is (same host, same auth).
      page = await this.send({ method: 'GET', url: next, request: { signal: AbortSignal.timeout(this.timeoutMs) } });
    }
    return comments;
  }

  /**
   * `GET /user`: the login of a personal access token. Installation tokens
   * (GITHUB_TOKEN, GitHub Apps) get 403 there: they comment as the app's bot.
   */
  async identity(): Promise<TokenIdentity> {
    try {
      const response = await this.send('GET /user', { request: { signal: AbortSignal.timeout(this.timeoutMs) } });
      const login = (response.data as { login?: unknown }).login;
      if (typeof login === 'string' && login !== '') return { login };
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      if (status !== 401 && status !== 403) throw error;
    }
    return { bot: true };
  }

  async create(issueNumber: number, body: string): Promise<IssueComment> {
    const response = await this.send('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: this.owner,
      repo: this.repo,
      issue_number: issueNumber,
      body,
      request: { signal: AbortSignal.timeout(this.timeoutMs) },
    });
    return toComment(response.data);
  }

  async update(commentId: number, body: string): Promise<IssueComment> {
    const response = await this.send('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner: this.owner,
      repo: this.repo,
      comment_id: commentId,
      body,
      request: { signal: AbortSignal.timeout(this.timeoutMs) },
    });
    return toComment(response.data);
  }
}

function toComment(raw: unknown): IssueComment {
  const c = (raw ?? {}) as {
    id?: unknown;
    body?: unknown;
    html_url?: unknown;
    user?: { type?: unknown; login?: unknown } | null;
  };
  return {
    id: Number(c.id),
    body: typeof c.body === 'string' ? c.body : '',
    htmlUrl: typeof c.html_url === 'string' ? c.html_url : undefined,
    userType: typeof c.user?.type === 'string' ? c.user.type : undefined,
    userLogin: typeof c.user?.login === 'string' ? c.user.login : undefined,
  };
}

/** The `rel="next"` URL of an RFC 8288 Link header, as GitHub sends it for paginated lists. */
export function nextLink(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match && match[2]!.split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}
