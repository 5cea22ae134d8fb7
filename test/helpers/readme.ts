/**
 * README.md as committed, and the code blocks in it, for the tests that hold
 * the README to what the product does (the workflow init writes, the
 * settings-file example the schema accepts).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const README = await readFile(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

/** The body (with its last newline) of the first `fence` block (e.g. ```yaml) after the line `heading`. */
export function readmeBlock(heading: string, fence = '```yaml'): string {
  const from = README.indexOf(`\n${heading}\n`);
  const start = README.indexOf(`\n${fence}\n`, from);
  if (from === -1 || start === -1) throw new Error(`README.md has no ${fence} block under "${heading}"`);
  const body = start + fence.length + 2;
  return README.slice(body, README.indexOf('\n```', body) + 1);
}
