/**
 * Opens the pull request that carries Buffer IDs when the branch cannot (or
 * should not) be pushed to directly (`write-back: pull-request`). One REST
 * call against GITHUB_API_URL, through the same REST client as the plan
 * comment (rest.ts).
 */
import { GitHubRest, repoPath } from './rest.js';

export interface OpenPullRequestOptions {
  token: string;
  apiUrl: string;
  /** `owner/name`. */
  repository: string;
  head: string;
  base: string;
  title: string;
  body: string;
}

export async function openPullRequest(opts: OpenPullRequestOptions): Promise<{ number: number; url: string }> {
  const path = `${repoPath(opts.repository)}/pulls`;
  const rest = new GitHubRest({ token: opts.token, apiUrl: opts.apiUrl });
  const response = await rest.request('POST', path, {
    body: { head: opts.head, base: opts.base, title: opts.title, body: opts.body },
  });
  const data = (response.data ?? {}) as { number?: unknown; html_url?: unknown };
  if (typeof data.number !== 'number' || typeof data.html_url !== 'string')
    throw new Error(`GitHub answered ${response.status} to the pull request but its answer names no pull request`);
  return { number: data.number, url: data.html_url };
}
