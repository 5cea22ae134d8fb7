/**
 * The installable package (issue 14's acceptance): `npm pack` the project,
 * install the tarball globally into an empty prefix with no network and an
 * empty npm cache (so the package must need nothing but itself: dist/ bundles
 * everything), then, from a fresh git repository outside the clone, run the
 * installed `buffer-gitops` as a user's shell would (the bin link, so the
 * bundle's shebang and mode matter): --version, init, init again (nothing
 * changes), validate; and the README's `npx buffer-gitops init`. The workflow
 * init writes must carry the permissions and concurrency group the README's
 * workflow documents. Needs dist/ (`npm run bundle`).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionWordsIn } from '../cli/run-cli.js';
import { readmeBlock } from '../helpers/readme.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  private?: boolean;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (error as { code?: number | string }).code : 0;
      if (typeof code !== 'number') return reject(error);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Every file under `dir` (relative to the project, with `/`); none when it does not exist. */
async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(path.join(root, dir))) return [];
  const entries = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).replace(/\\/g, '/'));
}

describe(`the ${pkg.name} package, packed and installed offline`, () => {
  let temp: string;
  let prefix: string;
  let packed: string[];
  let install: Run;
  let npmEnv: NodeJS.ProcessEnv;
  /** The environment of someone who installed the package globally: its bin folder on PATH, no key, their own time zone. */
  let userEnv: NodeJS.ProcessEnv;

  const newRepository = async (name: string): Promise<string> => {
    expect(install.code, 'the package installed (see the test above)').toBe(0);
    const dir = path.join(temp, name);
    await mkdir(dir);
    const init = await run('git', ['init', '--quiet', '--initial-branch=main'], dir, userEnv);
    expect(init.code, init.stderr).toBe(0);
    return dir;
  };
  /** The installed command, found on PATH as a shell finds it; its output speaks the CLI's words. */
  const buffergitops = async (args: string[], cwd: string): Promise<Run> => {
    const result = await run('buffer-gitops', args, cwd, userEnv);
    expect(actionWordsIn(result.stdout + result.stderr), `buffer-gitops ${args.join(' ')}`).toEqual([]);
    return result;
  };

  beforeAll(async () => {
    if (!existsSync(path.join(root, pkg.bin['buffer-gitops']!)))
      throw new Error('dist/cli/index.js is missing: run `npm run bundle` first.');
    temp = await mkdtemp(path.join(os.tmpdir(), 'buffer-gitops-pack-'));
    prefix = path.join(temp, 'prefix');
    const cache = path.join(temp, 'npm-cache');
    const userRc = path.join(temp, 'npmrc');
    const globalRc = path.join(temp, 'npmrc-global');
    await writeFile(userRc, '');
    await writeFile(globalRc, '');
    // An empty cache, no user or global npmrc, and --offline: nothing can come from the network or from this machine's cache.
    npmEnv = {
      PATH: process.env.PATH,
      HOME: temp,
      npm_config_cache: cache,
      npm_config_userconfig: userRc,
      npm_config_globalconfig: globalRc,
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    };
    // --ignore-scripts: the test packs what is on disk (dist/ as bundled), never rebuilds it.
    const pack = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', temp], root, npmEnv);
    expect(pack.code, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    packed = info!.files.map((f) => f.path).sort();
    install = await run(
      'npm',
      [
        'install',
        '--global',
        '--prefix',
        prefix,
        '--offline',
        '--no-audit',
        '--no-fund',
        path.join(temp, info!.filename),
      ],
      temp,
      npmEnv,
    );

    const isolatedGit = path.join(temp, 'gitconfig');
    await writeFile(isolatedGit, '');
    userEnv = {
      PATH: [path.join(prefix, 'bin'), path.dirname(process.execPath), process.env.PATH].join(path.delimiter),
      HOME: temp,
      TZ: 'Asia/Tokyo',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: isolatedGit,
      npm_config_cache: cache,
      npm_config_userconfig: userRc,
      npm_config_globalconfig: globalRc,
      npm_config_update_notifier: 'false',
    };
  }, 120_000);
  afterAll(async () => {
    if (temp) await rm(temp, { recursive: true, force: true });
  });

  it('is publishable and holds the bundles (chunks and licences included), action.yml, the schemas, README, LICENSE, the changelog, and nothing else', async () => {
    expect(pkg.private).toBeUndefined();
    const expected = [
      'package.json',
      'README.md',
      'LICENSE',
      'action.yml',
      ...(await filesUnder('dist')),
      ...(await filesUnder('schemas')),
      ...(existsSync(path.join(root, 'CHANGELOG.md')) ? ['CHANGELOG.md'] : []),
    ].sort();
    expect(packed).toEqual(expected);
    expect(packed).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/cli/index.js',
        'dist/cli/licenses.txt',
        'schemas/settings.schema.json',
      ]),
    );
    expect(
      packed.filter((f) => /^dist\/cli\/.+\.index\.js$/.test(f)).length,
      'the CLI bundle has chunk files (commands loaded when they run)',
    ).toBeGreaterThan(0);
  });

  it('installs into an empty prefix with no network, and the bin works as a command: the bundle keeps its shebang', async () => {
    // dist/ bundles every library, so a runtime dependency would only make an offline install fail (and a user's slow).
    expect(
      Object.keys(pkg.dependencies ?? {}),
      'package.json `dependencies`: dist/ bundles them; they belong in devDependencies',
    ).toEqual([]);
    expect(install.code, `npm install of the tarball, offline: ${install.stderr}`).toBe(0);
    const installed = path.join(prefix, 'lib', 'node_modules', pkg.name, pkg.bin['buffer-gitops']!);
    expect((await readFile(installed, 'utf8')).split('\n')[0]).toBe('#!/usr/bin/env node');
    // Nothing but the package itself was installed: the bundles need no dependencies.
    expect(await readdir(path.join(prefix, 'lib', 'node_modules'))).toEqual([pkg.name]);
    expect(existsSync(path.join(prefix, 'lib', 'node_modules', pkg.name, 'node_modules'))).toBe(false);
    const version = await buffergitops(['--version'], temp);
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('from a fresh git repository outside the clone: init writes the files, init again changes nothing and says so, validate passes', async () => {
    const repo = await newRepository('social');
    const files = ['.github/workflows/buffer.yml', 'buffer-gitops.yml', 'posts/first-post.md'];

    const first = await buffergitops(['init'], repo);
    expect(first.code, first.stderr).toBe(0);
    for (const file of files) expect(first.stdout).toMatch(new RegExp(`\\n  created +${file.replace(/\./g, '\\.')} `));
    expect(first.stdout).toContain('gh secret set BUFFER_API_KEY');

    // The workflow: YAML with the README's permissions and concurrency group, and this release's action.
    const workflow = parse(await readFile(path.join(repo, files[0]!), 'utf8')) as {
      permissions: unknown;
      concurrency: { group: string };
      jobs: { buffer: { steps: { uses: string }[] } };
    };
    const documented = parse(readmeBlock('## Workflow')) as { permissions: unknown; concurrency: { group: string } };
    expect(workflow.permissions).toEqual(documented.permissions);
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(workflow.concurrency.group).toBe(documented.concurrency.group);
    expect(workflow.jobs.buffer.steps.map((s) => s.uses)).toContain(
      `buffer-gitops/buffer-gitops@v${pkg.version.split('.')[0]}`,
    );
    expect(await readFile(path.join(repo, 'buffer-gitops.yml'), 'utf8')).toContain('\ntimezone: Asia/Tokyo ');

    const snapshot = () =>
      Promise.all(
        files.map(async (f) => ({
          file: f,
          bytes: await readFile(path.join(repo, f)),
          mtime: (await stat(path.join(repo, f))).mtimeMs,
        })),
      );
    const before = await snapshot();
    const second = await buffergitops(['init'], repo);
    expect(second.code, second.stderr).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect(second.stdout).toContain('Nothing changed: every file is already as init writes it.');

    const validate = await buffergitops(['validate'], repo);
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
    expect(validate.stderr).toContain('1 file(s) checked (1 post(s), 0 idea(s)), 0 error(s)');
  });

  it("the README's `npx buffer-gitops init` runs the installed CLI", async () => {
    const repo = await newRepository('npx');
    // --no: never download; the package must be found where it was installed.
    const npx = await run('npx', ['--no', '--offline', pkg.name, 'init'], repo, {
      ...userEnv,
      npm_config_prefix: prefix,
    });
    expect(npx.code, npx.stderr).toBe(0);
    expect(npx.stdout).toMatch(/\n {2}created +posts\/first-post\.md /);
    expect(existsSync(path.join(repo, '.github/workflows/buffer.yml'))).toBe(true);
  });
});
