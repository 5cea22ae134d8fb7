/**
 * The three REST calls the plan comment needs (list, create, update issue
 * comments, and `GET /user` to know which comment is ours), through the small
 * REST client in rest.ts against GITHUB_API_URL, so it works on GitHub
 * Enterprise Server and against a local fake in tests.
 */
import { GitHubRest, repoPath } from './rest.js';

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
  private readonly rest: GitHubRest;
  /** `/repos/{owner}/{repo}`, encoded. */
  private readonly repoPath: string;

  constructor(opts: IssueCommentsOptions) {
    this.repoPath = repoPath(opts.repository);
    this.rest = new GitHubRest({ token: opts.token, apiUrl: opts.apiUrl, timeoutMs: opts.timeoutMs });
  }

  /** Every comment of an issue or pull request, following the `Link: rel="next"` pages. */
  async list(issueNumber: number): Promise<IssueComment[]> {
    const items = await this.rest.list(
      `${this.repoPath}/issues/${issueNumber}/comments`,
      { per_page: PAGE_SIZE },
      MAX_PAGES,
    );
    return items.map(toComment);
  }

  /**
   * `GET /user`: the login of a personal access token. Installation tokens
   * (GITHUB_TOKEN, GitHub Apps) get 403 there: they comment as the app's bot.
   */
  async identity(): Promise<TokenIdentity> {
    try {
      const response = await this.rest.request('GET', '/user');
      const login = (response.data as { login?: unknown } | undefined)?.login;
      if (typeof login === 'string' && login !== '') return { login };
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      if (status !== 401 && status !== 403) throw error;
    }
    return { bot: true };
  }

  async create(issueNumber: number, body: string): Promise<IssueComment> {
    const response = await this.rest.request('POST', `${this.repoPath}/issues/${issueNumber}/comments`, {
      body: { body },
    });
    return toComment(response.data);
  }

  async update(commentId: number, body: string): Promise<IssueComment> {
    const response = await this.rest.request('PATCH', `${this.repoPath}/issues/comments/${commentId}`, {
      body: { body },
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
