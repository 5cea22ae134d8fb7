/**
 * vitest setupFiles: the Markdown parser loaded before each test file, as the
 * action and the CLI load it before a command runs (posts/markdown-tree.ts):
 * tests call the parsing functions directly. The programs' own loading is
 * tested through the bundle (test/e2e, test/cli's runCli) and, without this
 * preload, in test/posts/markdown-parser-loading.test.ts.
 */
import { loadMarkdownParser } from '../../src/posts/markdown-tree.js';

await loadMarkdownParser();
