/**
 * Which files an import writes: one per Buffer post no file tracks, with a
 * name free on disk, and a check that the product reads each file back as
 * the post it came from (the channel reference resolves to its channel and the
 * `buffer:` block carries its ID).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Channel } from '../buffer/types.js';
import { referenceFor, resolveChannel } from '../channels/resolve.js';
import type { Finding } from '../posts/model.js';
import { parsePostFile } from '../posts/parse.js';
import { fileNameFor } from './file-name.js';
import { postFileText } from './post-file.js';
import type { ImportedPost } from './wire-post.js';

export interface ImportFile {
  path: string;
  text: string;
  postId: string;
  ref: string;
  status: string;
  findings: Finding[];
}

export function planFiles(
  posts: ImportedPost[],
  opts: {
    workspace: string;
    postsDir: string;
    channels: Channel[];
    trackedIds: ReadonlySet<string>;
    timezone?: string;
  },
): ImportFile[] {
  const byId = new Map(opts.channels.map((c) => [c.id, c]));
  const planned = new Set<string>();
  // Case-folded: two names that differ only in case are one file on macOS and Windows.
  const taken = (path: string) => planned.has(path.toLowerCase()) || existsSync(join(opts.workspace, path));
  const files: ImportFile[] = [];
  for (const imported of posts) {
    const { post } = imported;
    if (opts.trackedIds.has(post.id)) continue;
    const channel = byId.get(post.channelId);
    const path = fileNameFor(post, channel, opts.postsDir, taken);
    planned.add(path.toLowerCase());
    if (!channel) {
      files.push({
        path,
        text: '',
        postId: post.id,
        ref: post.channelId,
        status: post.status,
        findings: [
          problem(
            path,
            `post ${post.id} is on channel ${post.channelId}, which is not a channel of this organization; not imported`,
          ),
        ],
      });
      continue;
    }
    const ref = referenceFor(channel, opts.channels);
    const { text, warnings } = postFileText(imported, channel, ref);
    const findings = [...warnings.map((w) => problem(path, `post ${post.id}: ${w}`, 'warning'))];
    const parsed = parsePostFile(path, text, { timezone: opts.timezone });
    const resolved = resolveChannel(ref, opts.channels);
    if (parsed.tracked[ref]?.id !== post.id || !resolved.ok || resolved.channel.id !== channel.id) {
      findings.push(problem(path, `post ${post.id}: the written file would not read back as this post; not imported`));
    }
    findings.push(...parsed.findings.filter((f) => f.severity === 'error'));
    files.push({ path, text, postId: post.id, ref, status: post.status, findings });
  }
  return files;
}

export function isWritable(file: ImportFile): boolean {
  return file.text !== '' && !file.findings.some((f) => f.severity === 'error' && f.code === 'import-failed');
}

function problem(file: string, message: string, severity: 'error' | 'warning' = 'error'): Finding {
  return {
    file,
    line: 1,
    column: 1,
    severity,
    code: severity === 'error' ? 'import-failed' : 'import-inexact',
    message,
  };
}
