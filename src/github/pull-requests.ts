/**
 * Opens the pull request that carries Buffer IDs when the branch cannot (or
 * should not) be pushed to directly (`write-back: pull-request`). One REST
 * call against GITHUB_API_URL, like the plan comment's client.
 */
import { request } from '@octokit/request';

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
  const [owner, repo] = opts.repository.split('/');
  if (!owner || !repo) throw new Error(`"${opts.repository}" is not an owner/name repository`);
  const response = await request('POST /repos/{owner}/{repo}/pulls', {
    baseUrl: opts.apiUrl.replace(/\/+$/, ''),
    owner,
    repo,
    head: opts.head,
    base: opts.base,
    title: opts.title,
    body: opts.body,
    headers: {
      authorization: `token ${opts.token}`,
      'user-agent': 'buffer-gitops',
      'x-github-api-version': '2022-11-28',
    },
  });
  const data = response.data as { number: number; html_url: string };
  return { number: data.number, url: data.html_url };
}
