/**
 * Whether a child process loaded Node's built-in undici (issue 16): Node's
 * fetch (and WebSocket) load it on first use and compile its WebAssembly HTTP
 * parser, ≈ 0.1 s CPU and ≈ 40 MB peak memory, which the action avoids by
 * speaking HTTP over node:http. A preload (`NODE_OPTIONS=--import …`) writes
 * the internal modules whose name holds "undici" from `process.moduleLoadList`
 * (every built-in module the process loaded) to a file when the process exits.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface UndiciProbe {
  /** Environment to add to a child process; `name` keeps the records of several runs apart. */
  env(name: string): NodeJS.ProcessEnv;
  /** The undici modules the run `name` loaded; throws when the preload never reported (it did not run). */
  loaded(name: string): Promise<string[]>;
  cleanup(): Promise<void>;
}

export async function createUndiciProbe(): Promise<UndiciProbe> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'undici-probe-'));
  const preload = path.join(dir, 'preload.mjs');
  await writeFile(
    preload,
    "import { writeFileSync } from 'node:fs';\n" +
      "process.on('exit', () => {\n" +
      "  const undici = process.moduleLoadList.filter((m) => m.includes('undici'));\n" +
      '  writeFileSync(process.env.UNDICI_PROBE_LOG, JSON.stringify(undici));\n' +
      '});\n',
  );
  const log = (name: string) => path.join(dir, `${name}.json`);
  return {
    env: (name) => ({ NODE_OPTIONS: `--import=${pathToFileURL(preload).href}`, UNDICI_PROBE_LOG: log(name) }),
    loaded: async (name) => JSON.parse(await readFile(log(name), 'utf8')) as string[],
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
