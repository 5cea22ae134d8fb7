/**
 * Where buffer-gitops.yml is and what reading it gives, without its YAML
 * parser: the parser (settings-file.ts, with the `yaml` package) is loaded only
 * when a file exists, so a run without one never evaluates it (≈ 5 ms of every
 * start, issue 16).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SettingsFileKey } from './settings-keys.js';

/** Where the file may be, relative to the repository root; both at once is an error. */
export const SETTINGS_FILE_PATHS = ['buffer-gitops.yml', '.github/buffer-gitops.yml'] as const;

/** Which program reads the file: its messages name inputs or flags accordingly. */
export type Surface = 'action' | 'cli';

export interface SettingsFileValue {
  /** The value as text, as an input would carry it (a list of branches: one per line). */
  value: string;
  line: number;
}

export interface SettingsFile {
  /** Relative to the repository root, with `/`. */
  path: string;
  values: Map<SettingsFileKey, SettingsFileValue>;
}

export class SettingsFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'SettingsFileError';
  }
}

/** The settings file at `root`, or undefined when there is none. */
export function findSettingsFile(root: string): string | undefined {
  const present = SETTINGS_FILE_PATHS.filter((p) => existsSync(join(root, p)));
  if (present.length > 1) {
    throw new SettingsFileError(
      present[1]!,
      1,
      `both ${present.map((p) => `\`${p}\``).join(' and ')} exist; keep one of them.`,
    );
  }
  return present[0];
}

/** Reads and checks the settings file at `root` (the repository's top folder); undefined when there is none. */
export async function loadSettingsFile(root: string, surface: Surface): Promise<SettingsFile | undefined> {
  const path = findSettingsFile(root);
  if (path === undefined) return undefined;
  const text = readFileSync(join(root, path), 'utf8');
  const { parseSettingsFile } = await import('./settings-file.js');
  return parseSettingsFile(path, text, surface);
}
