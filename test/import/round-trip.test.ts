/**
 * Import round-trips every service (issue 12): one post of every metadata
 * variant (metadata-variants.ts), created in the sandbox through
 * `createPost`; `import` writes a file for each that says exactly what was
 * sent, and `plan` afterwards has nothing to do. The bundled action and CLI
 * do the same in test/e2e/import.test.ts.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../cli/run-cli.js';
import { parsePostFile } from '../../src/posts/parse.js';
import { renderPost } from '../../src/posts/render.js';
import type { PostFile } from '../../src/posts/model.js';
import { METADATA_KEY } from '../../src/buffer/types.js';
import { inProcess, type InProcess } from '../sync/in-process.js';
import { CASES, createEveryVariant, withoutThread } from './metadata-variants.js';

describe('import round-trips one post of every metadata variant', () => {
  let t: InProcess;
  const ids = new Map<string, string>();
  const files = new Map<string, PostFile>();

  beforeAll(async () => {
    t = await inProcess({ now: '2027-01-01T00:00:00Z' });
    const created = await createEveryVariant(t.sandbox);
    for (const [name, id] of created) ids.set(name, id);
    const run = await t.run('import');
    expect(run.exitCode, run.reporter.lines.join('\n')).toBe(0);
    for (const name of await readdir(path.join(t.dir, 'posts'))) {
      const post = parsePostFile(`posts/${name}`, await t.read(`posts/${name}`));
      const id = Object.values(post.tracked)[0]?.id;
      const c = CASES.find((k) => ids.get(k.name) === id);
      if (c) files.set(c.name, post);
    }
  });
  afterAll(async () => t?.close());

  it('writes one file per post', () => {
    expect([...files.keys()].sort()).toEqual(CASES.map((c) => c.name).sort());
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: the file says what was sent (options, assets, thread)',
    (_name, c) => {
      const post = files.get(c.name)!;
      expect(post.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
      const key = METADATA_KEY[c.service]!;
      expect(post.metadata?.[key] ?? {}).toEqual(withoutThread(c.metadata));
      expect(post.assets ?? []).toEqual(c.assets ?? []);
      const thread = c.metadata.thread as { text: string; assets: unknown[] }[] | undefined;
      if (thread) {
        const rendered = renderPost(post, c.service);
        expect(rendered.thread?.map((item) => ({ text: item.text, assets: item.assets }))).toEqual(thread);
      }
    },
  );

  it('a plan afterwards has nothing to do', async () => {
    const env = { BUFFER_API_KEY: t.sandbox.apiKey, BUFFER_API_URL: t.sandbox.url };
    const { code, stdout, stderr } = await runMain(['plan', '--json'], { env, cwd: t.dir });
    expect(code, stdout + stderr).toBe(0);
    const report = JSON.parse(stdout) as { items: unknown[]; findings: unknown[] };
    expect(report.findings).toEqual([]);
    expect(report.items).toEqual([]);
  });
});
