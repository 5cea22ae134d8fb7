/**
 * The Markdown parser is loaded apart from the rest (posts/markdown-tree.ts):
 * each test here starts from a fresh module graph, as a program starts,
 * without the test setup's preload (test/helpers/markdown-parser-setup.ts).
 * A parse that needs the parser before it is loaded fails with one internal
 * error, never with a different tree; `validate` loads it only for a body
 * that needs it, with the output it gives when loaded first; plan, apply and
 * sync load it before they run (the bundle: test/e2e and test/cli's runCli).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import { runMain } from '../cli/run-cli.js';

type TreeModule = typeof import('../../src/posts/markdown-tree.js');
type MainModule = typeof import('../../src/cli/main.js');

/** The modules as a new process would have them: nothing loaded yet. */
async function fresh(): Promise<{ tree: TreeModule; main: MainModule['main'] }> {
  vi.resetModules();
  const { main } = await import('../../src/cli/main.js');
  const tree = await import('../../src/posts/markdown-tree.js');
  return { tree, main };
}

async function runFresh(main: MainModule['main'], args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => ((stdout += s), true) } as never,
    stderr: { write: (s: string) => ((stderr += s), true) } as never,
    env,
    cwd,
  });
  return { code, stdout, stderr };
}

const PLAIN = `---
channel: twitter
---
Plain words with **strong** and [a link](https://example.com/a).
`;
// A list and an image: only the parser reads these.
const RICH = `---
channels: [twitter, bluesky]
---
# What shipped

- faster sync
- smaller bundle

![The new editor](https://example.com/img/editor.png)
`;

describe('parseMarkdown before the parser is loaded', () => {
  it('answers plain paragraphs and throws an internal error for anything else', async () => {
    const { tree } = await fresh();
    expect(tree.parseMarkdown('Just words.').children).toHaveLength(1);
    expect(() => tree.parseMarkdown('- a list')).toThrow(tree.MarkdownParserNotLoaded);
    expect(() => tree.parseMarkdown('# Heading')).toThrow(/^internal error: .*loadMarkdownParser/);
    await tree.loadMarkdownParser();
    expect(tree.parseMarkdown('- a list').children[0]!.type).toBe('list');
  });

  it('withMarkdownParser runs the work once when it needs no parser, and again after loading it when it does', async () => {
    const { tree } = await fresh();
    let runs = 0;
    expect(await tree.withMarkdownParser(() => (runs++, tree.parseMarkdown('Plain.').children.length))).toBe(1);
    expect(runs).toBe(1);
    expect(() => tree.parseMarkdown('> quote')).toThrow(tree.MarkdownParserNotLoaded);
    const quote = await tree.withMarkdownParser(() => (runs++, tree.parseMarkdown('> quote')));
    expect(runs).toBe(3);
    expect(quote.children[0]!.type).toBe('blockquote');
    // Any other error is the work's own and is not retried.
    await expect(
      tree.withMarkdownParser(() => {
        runs++;
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(runs).toBe(4);
  });
});

describe('each CLI command from a fresh start gives what it gives with the parser loaded first', () => {
  let fx: GitFixture;
  let sandbox: RunningSandbox;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    fx = await createGitFixture();
    sandbox = await startSandbox({ now: '2027-01-01T00:00:00Z', rateLimits: false });
    await fx.writeFiles({ 'posts/plain.md': PLAIN, 'posts/rich.md': RICH });
    await fx.commitAll('two posts');
    env = { BUFFER_API_KEY: sandbox.apiKey, BUFFER_API_URL: sandbox.url };
  });
  afterAll(async () => {
    await sandbox?.close();
    await fx?.cleanup();
  });

  it('validate of plain posts does not load the parser', async () => {
    const { tree, main } = await fresh();
    const run = await runFresh(main, ['validate', 'posts/plain.md'], fx.work, {});
    expect(run).toEqual(await runMain(['validate', 'posts/plain.md'], { cwd: fx.work, env: {} }));
    expect(run.stderr).toContain('1 file(s) checked (1 post(s), 0 idea(s)), 0 error(s)');
    expect(() => tree.parseMarkdown('- still not loaded')).toThrow(tree.MarkdownParserNotLoaded);
  });

  it.each([
    [['validate'], {}],
    [['validate', 'posts/rich.md', '--json'], {}],
    [['plan'], {}],
    [['plan'], 'key'],
    [['apply', '--dry-run', '--no-branch-check'], 'key'],
    [['sync', '--dry-run', '--no-branch-check'], 'key'],
  ] as const)('%j', async (args, withKey) => {
    const runEnv = withKey === 'key' ? env : {};
    const { tree, main } = await fresh();
    const run = await runFresh(main, [...args], fx.work, runEnv);
    const loadedFirst = await runMain([...args], { cwd: fx.work, env: runEnv });
    expect(run).toEqual(loadedFirst);
    // The rich post was read: its findings or plan lines name it.
    expect(run.stdout + run.stderr).toContain('rich.md');
    expect(run.stdout + run.stderr).not.toContain('internal error');
    expect(tree.parseMarkdown('- loaded').children[0]!.type).toBe('list');
  });
});
