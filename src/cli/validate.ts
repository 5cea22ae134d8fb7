/** `buffer-gitops validate [paths]`: offline checks of post files, as `file:line:col: severity: message`. */
import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Settings } from '../config/settings.js';
import { buildPlan } from '../plan/build-plan.js';
import { listMarkdownFiles } from '../plan/list-files.js';
import { readPost } from '../plan/collect.js';
import { renderPost } from '../posts/render.js';
import { validatePost } from '../validate/rules.js';

export async function runValidateCommand(
  settings: Settings,
  paths: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string; json: boolean },
): Promise<number> {
  const files = new Set<string>();
  for (const given of paths.length ? paths : [settings.postsDir]) {
    const rel = relative(io.cwd, resolve(io.cwd, given)).replace(/\\/g, '/');
    let info;
    try {
      info = await stat(resolve(io.cwd, given));
    } catch {
      io.stderr.write(`buffer-gitops: ${given}: no such file or directory\n`);
      return 2;
    }
    if (info.isDirectory()) for (const f of await listMarkdownFiles(io.cwd, rel)) files.add(f);
    else files.add(rel);
  }
  const posts = [];
  for (const path of [...files].sort()) posts.push({ path, kind: 'unchanged' as const, current: await readPost(path, { workspace: io.cwd, timezone: settings.timezone }) });
  const plan = buildPlan({ basis: 'offline', posts, deleteSent: false, now: new Date(), render: renderPost, validate: validatePost });
  const errors = plan.findings.filter((f) => f.severity === 'error').length;
  if (io.json) {
    io.stdout.write(`${JSON.stringify({ files: files.size, errors, findings: plan.findings }, null, 2)}\n`);
  } else {
    for (const f of plan.findings) io.stdout.write(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.code}]\n`);
    io.stderr.write(`${files.size} file(s) checked, ${errors} error(s), ${plan.findings.length - errors} warning(s)/notice(s)\n`);
  }
  return errors > 0 ? 1 : 0;
}
