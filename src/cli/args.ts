/**
 * The CLI's own option parser: `--name value`, `--name=value`, boolean
 * `--flag`, `-h`, and `--` before paths. Written here rather than with
 * node:util's parseArgs so that every mistake is one line in the CLI's words,
 * with a did-you-mean, instead of Node's parser text.
 */
import { nearest } from '../text/did-you-mean.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** May be given more than once (values are collected in order). */
  multiple?: boolean;
  short?: string;
  /** Shown in help: the value's placeholder. */
  value?: string;
  help: string;
}
export type OptionSpecs = Record<string, OptionSpec>;
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ParsedArgs {
  values: OptionValues;
  positionals: string[];
}

/**
 * Parses `args` for `command`. `elsewhere` names, for an option this command
 * does not take, the commands that do (so the message can say where it belongs).
 */
export function parseCommandArgs(
  command: string,
  args: string[],
  specs: OptionSpecs,
  elsewhere: (name: string) => string[] = () => [],
): ParsedArgs {
  const values: OptionValues = {};
  const positionals: string[] = [];
  const shorts = new Map(
    Object.entries(specs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])),
  );
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else {
      const short = shorts.get(arg.slice(1));
      if (!short) throw unknownOption(command, arg, specs, elsewhere);
      name = short;
    }
    const spec = specs[name];
    if (!spec) throw unknownOption(command, `--${name}`, specs, elsewhere);
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value (write just --${name}).`);
      values[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = args[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw new UsageError(`--${name} needs a value: --${name} ${spec.value ?? 'VALUE'}.`);
      }
      value = next;
      i++;
    }
    if (spec.multiple) values[name] = [...((values[name] as string[] | undefined) ?? []), value];
    else values[name] = value;
  }
  return { values, positionals };
}

function unknownOption(
  command: string,
  option: string,
  specs: OptionSpecs,
  elsewhere: (name: string) => string[],
): UsageError {
  const bare = option.replace(/^-+/, '').replace(/=.*$/, '');
  const others = elsewhere(bare);
  if (others.length > 0) {
    return new UsageError(
      `${command} has no option --${bare}; it is an option of ${others.join(', ')}. Run \`buffer-gitops ${command} --help\` for ${command}'s options.`,
    );
  }
  const match = nearest(bare, Object.keys(specs));
  const hint = match ? ` Did you mean --${match}?` : '';
  return new UsageError(
    `${command}: unknown option ${option.replace(/=.*$/, '')}.${hint} Run \`buffer-gitops ${command} --help\` for its options.`,
  );
}
