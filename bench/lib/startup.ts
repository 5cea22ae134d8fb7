/**
 * Start-up of the CLI beside Node's own (issue 16): a bare `node -e 0`, the
 * official Buffer CLI's `buffer --version`, `buffer-gitops --version` and
 * `buffer-gitops validate` of one post file in a repository, each spawned
 * and waited for (spawn → exit, wall), in turns so that a busy moment of the
 * shared machine falls on all of them alike; medians.
 */
import { spawn } from 'node:child_process';
import { createGitFixture } from '../../test/helpers/git-fixture.js';
import { distFile, median, OFFICIAL_CLI, postFile } from './common.js';

export interface StartupResult {
  runs: number;
  /** Medians, ms, spawn → exit. */
  bareMs: number;
  officialVersionMs: number;
  versionMs: number;
  validateMs: number;
  /** Every run, ms, in the order above, for the raw results. */
  samples: { bare: number[]; officialVersion: number[]; version: number[]; validate: number[] };
}

/** One spawn → exit of `node args`, ms; a non-zero exit is an error (the measurement would be of something else). */
function timed(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve(ms);
      else reject(new Error(`node ${args.join(' ')} exited ${code}: ${output.slice(0, 300)}`));
    });
  });
}

export async function startup(runs: number): Promise<StartupResult> {
  const fx = await createGitFixture();
  const post = postFile(0, 1);
  await fx.writeFiles({ [post.path]: post.content });
  await fx.commitAll('one post');
  const env = { ...fx.env, NO_COLOR: '1' };
  const cli = distFile('cli/index.js');
  const ways = {
    bare: ['-e', '0'],
    officialVersion: [OFFICIAL_CLI, '--version'],
    version: [cli, '--version'],
    validate: [cli, 'validate', post.path],
  } as const;
  const samples: StartupResult['samples'] = { bare: [], officialVersion: [], version: [], validate: [] };
  try {
    // One untimed round: the file system cache holds every file before the first timed run.
    for (const args of Object.values(ways)) await timed([...args], { cwd: fx.work, env });
    for (let r = 0; r < runs; r++) {
      for (const [way, args] of Object.entries(ways) as [keyof typeof ways, readonly string[]][])
        samples[way].push(await timed([...args], { cwd: fx.work, env }));
    }
  } finally {
    await fx.cleanup();
  }
  return {
    runs,
    bareMs: median(samples.bare),
    officialVersionMs: median(samples.officialVersion),
    versionMs: median(samples.version),
    validateMs: median(samples.validate),
    samples,
  };
}

/** One spawn → exit of a bare `node -e 0`, ms, for a measurement taken in turns with it. */
export function bareNode(opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<number> {
  return timed(['-e', '0'], opts);
}
