/**
 * `buffer-gitops validate [paths]`: offline checks of post and idea files, as
 * `file:line:col: severity: message`. Without paths: the posts folder and the
 * ideas folder (when there is one). A file under the ideas folder is checked
 * as an idea (validate/idea-file.ts), everything else as a post, as a run
 * reads them. Paths are taken from the current folder; findings name files
 * from the repository's top folder, as plan and apply do.
 */
// node:fs, not node:fs/promises: loading that costs every start ~1.4 ms (issue 16); one stat per path.
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Settings } from '../config/settings.js';
import type { Finding } from '../posts/model.js';
import { buildPlan } from '../plan/build-plan.js';
// The file reader itself, not plan/collect.ts's readPost (the same call): importing that brought the plan's collector chunk along.
import { readPostFile } from '../posts/read-post-file.js';
import { withMarkdownParser } from '../posts/markdown-tree.js';
import { renderPost } from '../posts/render.js';
import { validatePost } from '../validate/rules.js';
import { isIdeaPath, validateIdeaFile } from '../validate/idea-file.js';
import { EXIT } from './commands.js';

export async function runValidateCommand(
  settings: Settings,
  paths: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string; json: boolean },
): Promise<number> {
  const root = settings.workspace;
  const files = new Set<string>();
  const targets = paths.length
    ? paths.map((p) => resolve(io.cwd, p))
    : [resolve(root, settings.postsDir), resolve(root, settings.ideasDir)];
  for (const [i, target] of targets.entries()) {
    const rel = relative(root, target).replace(/\\/g, '/') || '.';
    let info;
    try {
      info = statSync(target);
    } catch {
      // The ideas folder is optional; a path the user named is not (main.ts checked the posts folder).
      if (!paths.length && i === 1) continue;
      io.stderr.write(`buffer-gitops: ${paths[i] ?? rel}: no such file or folder (${target})\n`);
      return EXIT.usage;
    }
    if (rel === '..' || rel.startsWith('../')) {
      io.stderr.write(`buffer-gitops: ${paths[i]}: outside the repository at ${root}\n`);
      return EXIT.usage;
    }
    if (info.isDirectory()) {
      // Loaded for a folder only: it brings node:fs/promises (~1.4 ms, issue 16), which one named file never needs.
      const { listMarkdownFiles } = await import('../plan/list-files.js');
      for (const f of await listMarkdownFiles(root, rel)) files.add(f.replace(/^\.\//, ''));
    } else files.add(rel);
  }
  const sorted = [...files].sort();
  const ideas = sorted.filter((path) => isIdeaPath(path, settings));
  const now = new Date();
  // Reads and checks, changing nothing: when a body needs the Markdown parser, it is loaded and this runs again
  // (posts/markdown-tree.ts), so plain posts are checked without loading it.
  const { posts, findings } = await withMarkdownParser(() => {
    const posts = [];
    for (const path of sorted.filter((p) => !ideas.includes(p)))
      posts.push({
        path,
        kind: 'unchanged' as const,
        current: readPostFile(root, path, { timezone: settings.timezone }),
      });
    const plan = buildPlan({
      basis: 'offline',
      posts,
      deleteSent: false,
      now,
      render: renderPost,
      validate: validatePost,
    });
    const findings: Finding[] = [
      ...plan.findings,
      ...ideas.flatMap((path) => validateIdeaFile(root, path, { timezone: settings.timezone })),
    ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
    return { posts, findings };
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (io.json) {
    io.stdout.write(
      `${JSON.stringify({ files: files.size, posts: posts.length, ideas: ideas.length, errors, findings }, null, 2)}\n`,
    );
  } else {
    for (const f of findings)
      io.stdout.write(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.code}]\n`);
    io.stderr.write(
      `${files.size} file(s) checked (${posts.length} post(s), ${ideas.length} idea(s)), ${errors} error(s), ${findings.length - errors} warning(s)/notice(s)\n`,
    );
  }
  return errors > 0 ? EXIT.problems : EXIT.ok;
}
