/**
 * What the bundles load (issue 16), checked on dist/ as built by `npm run
 * bundle`: the action's bundle holds no sandbox code, its entry holds no
 * command (each command is a chunk loaded when it runs), and the CLI answers
 * `--version` without reading any chunk, while `validate` reads none of the
 * Buffer client's, apply's, sync's or import's. Which files Node reads is
 * recorded by a module loader hook, so a chunk loaded by a dynamic import()
 * counts as much as the entry.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const CLI_DIR = path.join(DIST, 'cli');

/** The source modules a bundle file holds, from webpack's `// CONCATENATED MODULE: ./src/…` markers. */
async function sourcesIn(file: string): Promise<Set<string>> {
  const text = await readFile(file, 'utf8');
  return new Set([...text.matchAll(/^;?\/\/ CONCATENATED MODULE: \.\/(src\/\S+)$/gm)].map((m) => m[1]!));
}

/** The JavaScript files directly in `dir` (an entry and its chunks). */
async function jsFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith('.js')).map((f) => path.join(dir, f));
}

/**
 * Every file in `dir` holding any of `sources`, by file name: a source path
 * (webpack marks the modules it concatenates) or, for a module it keeps
 * apart without a marker, a line of its code.
 */
async function chunksHolding(dir: string, sources: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of await jsFiles(dir)) {
    const held = await sourcesIn(file);
    const text = await readFile(file, 'utf8');
    if (sources.some((s) => held.has(s) || (!s.startsWith('src/') && text.includes(s))))
      found.push(path.basename(file));
  }
  return found.sort();
}

describe('the action bundle (dist/index.js and its chunks)', () => {
  it('holds no sandbox code; the CLI bundle does (its `sandbox` command), so the check can see it', async () => {
    const sandboxIn = async (dir: string) => {
      const hits: string[] = [];
      for (const file of await jsFiles(dir)) {
        const text = await readFile(file, 'utf8');
        for (const marker of ['./src/sandbox/', 'startSandbox', 'FREE_PLAN_RATE_LIMITS'])
          if (text.includes(marker)) hits.push(`${path.basename(file)}: ${marker}`);
      }
      return hits;
    };
    expect(await sandboxIn(DIST)).toEqual([]);
    expect((await sandboxIn(CLI_DIR)).length).toBeGreaterThan(0);
  });

  it('keeps every command out of the entry: plan, apply, sync, import and the REST client are chunks of their own', async () => {
    const entry = await sourcesIn(path.join(DIST, 'index.js'));
    // The entry is read: it holds the action's main.
    expect(entry.has('src/main.ts')).toBe(true);
    // GitHub's REST client (github/issue-comments.ts) is a module webpack keeps apart, known by its class.
    const commands = [
      'src/commands/plan.ts',
      'src/commands/apply.ts',
      'src/commands/sync.ts',
      'src/commands/import.ts',
      'class IssueComments',
    ];
    expect(await chunksHolding(DIST, commands)).not.toContain('index.js');
    for (const source of commands) expect(await chunksHolding(DIST, [source]), source).toHaveLength(1);
    // Nor @actions/core, whose import evaluates undici (its ProxyAgent): only src/main.ts without a toolkit (local-action) imports it.
    const withCore = await chunksHolding(DIST, ['ProxyAgent']);
    expect(withCore.length).toBeGreaterThan(0);
    expect(withCore).not.toContain('index.js');
    expect(await chunksHolding(DIST, ['const runnerToolkit = '])).toEqual(['index.js']);
    // A plan's chunk does not carry apply's, sync's or import's code with it.
    const [planChunk] = await chunksHolding(DIST, ['src/commands/plan.ts']);
    const inPlan = await sourcesIn(path.join(DIST, planChunk!));
    expect(
      ['src/commands/apply.ts', 'src/commands/sync.ts', 'src/commands/import.ts'].filter((s) => inPlan.has(s)),
    ).toEqual([]);
  });
});

describe('what the CLI reads to answer', () => {
  let scratch: string;
  let fx: GitFixture;
  let register: string;

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'lazy-load-'));
    // A loader hook (it runs on Node's loader thread) that appends every file URL it loads to $LOAD_LOG.
    const hooks = path.join(scratch, 'hooks.mjs');
    await writeFile(
      hooks,
      "import { appendFileSync } from 'node:fs';\n" +
        'export async function load(url, context, next) {\n' +
        "  if (url.startsWith('file:') && process.env.LOAD_LOG) appendFileSync(process.env.LOAD_LOG, url + '\\n');\n" +
        '  return next(url, context);\n' +
        '}\n',
    );
    register = path.join(scratch, 'register.mjs');
    await writeFile(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
    );
    fx = await createGitFixture();
    await fx.writeFiles({ 'posts/hello.md': '---\nchannel: linkedin\n---\nHello from the lazy-load test.\n' });
    await fx.commitAll('one post');
  });
  afterAll(async () => {
    await fx?.cleanup();
    await rm(scratch, { recursive: true, force: true });
  });

  /** Runs the bundled CLI; returns its output and the dist/cli files Node loaded, by name. */
  async function cli(args: string[], n: number): Promise<{ code: number; stdout: string; loaded: string[] }> {
    const log = path.join(scratch, `load-${n}.log`);
    await writeFile(log, '');
    const run = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', pathToFileURL(register).href, path.join(CLI_DIR, 'index.js'), ...args],
        { cwd: fx.work, env: { ...fx.env, LOAD_LOG: log } },
        (error, stdout) => {
          resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout });
        },
      );
    });
    const loaded = (await readFile(log, 'utf8'))
      .split('\n')
      .filter((url) => url.startsWith(pathToFileURL(CLI_DIR).href))
      .map((url) => path.basename(fileURLToPath(url)));
    return { ...run, loaded: [...new Set(loaded)].sort() };
  }

  it('answers --version from the entry alone, reading no chunk', async () => {
    const run = await cli(['--version'], 1);
    expect(run).toEqual({ code: 0, stdout: `${VERSION}\n`, loaded: ['index.js'] });
  });

  it('loads chunks for a command (the hook sees dynamic imports), and for validate none of the Buffer client, apply, sync or import', async () => {
    const run = await cli(['validate', 'posts/hello.md'], 2);
    expect(run.code).toBe(0);
    expect(run.loaded).toContain('index.js');
    const validateChunks = await chunksHolding(CLI_DIR, ['src/cli/validate.ts']);
    expect(validateChunks).toHaveLength(1);
    expect(run.loaded).toContain(validateChunks[0]);
    const notNeeded = await chunksHolding(CLI_DIR, [
      'src/buffer/client.ts',
      'src/commands/apply.ts',
      'src/commands/sync.ts',
      'src/commands/import.ts',
      'src/sandbox/http-server.ts',
    ]);
    expect(notNeeded.length).toBeGreaterThan(0);
    expect(run.loaded.filter((f) => notNeeded.includes(f))).toEqual([]);
  });

  it('validate of a plain post loads neither the Markdown parser nor the plan collector; a list loads the parser', async () => {
    // micromark, known by its parser's module marker.
    const parser = await chunksHolding(CLI_DIR, ['node_modules/micromark/lib/parse.js']);
    const collector = await chunksHolding(CLI_DIR, ['src/plan/collect.ts']);
    expect(parser).toHaveLength(1);
    expect(collector.length).toBeGreaterThan(0);
    const plain = await cli(['validate', 'posts/hello.md'], 3);
    expect(plain.code).toBe(0);
    expect(plain.loaded.filter((f) => parser.includes(f) || collector.includes(f))).toEqual([]);
    await fx.writeFiles({ 'posts/list.md': '---\nchannel: linkedin\n---\nWhat shipped:\n\n- faster\n- smaller\n' });
    const list = await cli(['validate', 'posts/list.md'], 4);
    expect(list.code).toBe(0);
    expect(list.loaded).toContain(parser[0]);
  });

  it('answers --help without the YAML parser (no settings file to read)', async () => {
    const yaml = await chunksHolding(CLI_DIR, ['class Composer']);
    expect(yaml).toHaveLength(1);
    const run = await cli(['--help'], 5);
    expect(run.code).toBe(0);
    expect(run.loaded).not.toContain(yaml[0]);
  });
});
