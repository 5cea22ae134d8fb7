/**
 * `buffer-gitops.yml`: the settings a team writes once, read by the action and
 * the CLI alike (SPEC §5), so `timezone` or `posts-dir` need not be repeated
 * in the workflow and on every command line. Only the keys listed here; the
 * API key never (a file is in every clone and every fork), and anything that
 * is decided per run (`command`, `dry-run`, `write-back`, …) stays an input or
 * a flag. Every problem names the file and line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { didYouMean } from '../text/did-you-mean.js';
import { codeList } from '../text/words.js';
import { SETTINGS_FILE_FIELDS, SETTINGS_FILE_KEYS, type SettingsFileKey } from './settings-keys.js';
import { SettingsFileError, type SettingsFile, type SettingsFileValue, type Surface } from './settings-location.js';

/** Keys that are set per run: where they belong instead, in each surface's words. */
const PER_RUN: Record<string, { action: string; cli: string }> = {
  command: { action: 'the `command` input', cli: 'the command itself (`buffer-gitops apply`)' },
  'dry-run': { action: 'the `dry-run` input', cli: '--dry-run' },
  'write-back': {
    action: 'the `write-back` input',
    cli: 'nothing (the CLI writes the files and leaves committing to you)',
  },
  'batch-size': { action: 'the `batch-size` input', cli: '--batch-size' },
  'working-directory': {
    action: 'the `working-directory` input',
    cli: 'nothing (run buffer-gitops inside the repository)',
  },
};

/** A key that names a secret: never read from a file that every clone carries. */
function isSecretKey(key: string): boolean {
  return /key|token|secret|password/i.test(key);
}

function secretAdvice(surface: Surface): string {
  return surface === 'action'
    ? 'pass it as a secret: `buffer-api-key: ${{ secrets.BUFFER_API_KEY }}` in the workflow step'
    : 'set the BUFFER_API_KEY environment variable instead';
}

export function parseSettingsFile(path: string, text: string, surface: Surface): SettingsFile {
  const lines = new LineCounter();
  // `core` schema: `max-wait: 0300` stays text we check, and no value becomes a Date.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, schema: 'core', uniqueKeys: true });
  const lineOf = (node: unknown): number => {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    return lines.linePos(range ? range[0] : 0).line;
  };
  const problem = doc.errors[0];
  if (problem) {
    const line = lines.linePos(problem.pos[0]).line;
    const hint =
      problem.code === 'DUPLICATE_KEY'
        ? 'a key is set more than once; keep one.'
        : `not valid YAML (${problem.message.split('\n')[0]}); a value containing \`: \` needs quotes.`;
    throw new SettingsFileError(path, line, hint);
  }
  const values = new Map<SettingsFileKey, SettingsFileValue>();
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return { path, values };
  if (!isMap(doc.contents)) {
    throw new SettingsFileError(
      path,
      lineOf(doc.contents),
      'the file must be a mapping of settings, e.g. `timezone: Europe/Berlin`.',
    );
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(pair.key);
    if (isSecretKey(key)) {
      throw new SettingsFileError(
        path,
        line,
        `\`${key}\`: the Buffer API key is never read from this file (every clone and fork would carry it); remove it and ${secretAdvice(surface)}.`,
      );
    }
    if (PER_RUN[key]) {
      throw new SettingsFileError(
        path,
        line,
        `\`${key}\` is set per run, not in ${path}; use ${PER_RUN[key][surface]}.`,
      );
    }
    if (!(SETTINGS_FILE_KEYS as readonly string[]).includes(key)) {
      throw new SettingsFileError(
        path,
        line,
        `unknown setting \`${key}\`.${didYouMean(key, SETTINGS_FILE_KEYS)} The file takes ${codeList(SETTINGS_FILE_KEYS)}.`,
      );
    }
    values.set(key as SettingsFileKey, {
      value: valueText(path, key as SettingsFileKey, pair.value, lineOf(pair.value ?? pair.key)),
      line: lineOf(pair.value ?? pair.key),
    });
  }
  return { path, values };
}

/** A value as the text an input would carry; a list of branches is one per line. */
function valueText(path: string, key: SettingsFileKey, node: unknown, line: number): string {
  const listed = SETTINGS_FILE_FIELDS[key].type.kind === 'branches';
  if (listed && isSeq(node)) {
    const items = node.items.map((item) => {
      if (!isScalar(item) || item.value === null || typeof item.value === 'object') {
        throw new SettingsFileError(
          path,
          line,
          '`branches`: every item must be a branch name or pattern, e.g. `- main`.',
        );
      }
      return String(item.value);
    });
    return items.join('\n');
  }
  if (!isScalar(node) || node.value === null) {
    const what = isSeq(node) ? 'a list' : isMap(node) ? 'a mapping' : 'nothing';
    throw new SettingsFileError(
      path,
      line,
      `\`${key}\`: expected a single value, found ${what}.${listed ? ' Write `branches: [main]` or one `- name` per line.' : ''}`,
    );
  }
  // Numbers and booleans as written (`max-wait: 120`, `delete-sent: true`).
  return typeof node.source === 'string' && node.source !== '' && typeof node.value !== 'string'
    ? node.source
    : String(node.value);
}
