/**
 * The part of GitHub's action toolkit (@actions/core) the action uses, and
 * that part written out directly against the runner's protocol: inputs from
 * INPUT_* variables, workflow commands (`::name props::message`) on stdout,
 * outputs appended to GITHUB_OUTPUT, the job summary appended to
 * GITHUB_STEP_SUMMARY. Byte for byte what @actions/core 3 writes
 * (test/report/toolkit.test.ts compares the two).
 *
 * Why not @actions/core itself in the bundle: importing it evaluates its OIDC
 * client, and with it undici (≈ 0.8 MB of the bundle), on every run, for a
 * feature the action never uses; that was the largest part of the action's
 * start-up (docs/benchmarks.md, "Cold start"). dist/index.js passes
 * `runnerToolkit` to run(); src/main.ts run() without one (GitHub's
 * local-action, which stubs @actions/core) imports @actions/core.
 */
import { appendFileSync, constants, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/** Where an annotation points (@actions/core's AnnotationProperties). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** The calls the action makes; @actions/core's module has this shape. */
export interface Toolkit {
  getInput(name: string): string;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  info(message: string): void;
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } };
}

const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * `::command key=value,…::message`. As @actions/core writes it: properties
 * without a value are left out, but any property key at all adds the space.
 */
function issue(command: string, properties: Record<string, string | number | undefined>, message: string): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  process.stdout.write(
    `::${command}${Object.keys(properties).length > 0 ? ` ${props}` : ''}::${escapeData(message)}${EOL}`,
  );
}

/** The runner's names for an annotation's place, in @actions/core's order. */
function annotation(p: AnnotationProperties = {}): Record<string, string | number | undefined> {
  if (Object.keys(p).length === 0) return {};
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn,
  };
}

/** `name<<delimiter` … `delimiter`, the delimiter one nobody can put in a value. */
function keyValue(name: string, value: string): string {
  // node:crypto is loaded here, on the first output, not with the entry (≈ 5 ms before the first request, issue 16).
  const delimiter = `ghadelimiter_${process.getBuiltinModule('node:crypto').randomUUID()}`;
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

export const runnerToolkit: Toolkit = {
  getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
  },
  setSecret(secret) {
    issue('add-mask', {}, secret);
  },
  setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (file) {
      if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
      appendFileSync(file, `${keyValue(name, value)}${EOL}`, { encoding: 'utf8' });
      return;
    }
    process.stdout.write(EOL);
    issue('set-output', { name }, value);
  },
  setFailed(message) {
    process.exitCode = 1;
    runnerToolkit.error(message);
  },
  info(message) {
    process.stdout.write(message + EOL);
  },
  error(message, properties) {
    issue('error', annotation(properties), message);
  },
  warning(message, properties) {
    issue('warning', annotation(properties), message);
  },
  notice(message, properties) {
    issue('notice', annotation(properties), message);
  },
  async group(name, fn) {
    issue('group', {}, name);
    try {
      return await fn();
    } finally {
      issue('endgroup', {}, '');
    }
  },
  summary: {
    addRaw(text, addEOL = false) {
      const buffered = addEOL ? text + EOL : text;
      return {
        async write() {
          const file = process.env.GITHUB_STEP_SUMMARY;
          if (!file)
            throw new Error(
              'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
            );
          // node:fs/promises loaded on the first summary, not with the entry (issue 16).
          const { access, appendFile } = process.getBuiltinModule('node:fs/promises');
          try {
            await access(file, constants.R_OK | constants.W_OK);
          } catch {
            throw new Error(
              `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
            );
          }
          await appendFile(file, buffered, { encoding: 'utf8' });
        },
      };
    },
  },
};
