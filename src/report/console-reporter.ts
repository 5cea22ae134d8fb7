/** The CLI reporter: findings as `file:line:col: severity: message`, colour only on a TTY. */
import type { Finding } from '../posts/model.js';
import type { Reporter } from './reporter.js';

export interface ConsoleReporterOptions {
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
  color?: boolean;
  /** `--json`: only the final JSON goes to stdout; progress goes to stderr. */
  quiet?: boolean;
}

export class ConsoleReporter implements Reporter {
  private readonly out: NodeJS.WritableStream;
  private readonly err: NodeJS.WritableStream;
  private readonly color: boolean;
  private readonly quiet: boolean;
  readonly outputs: Record<string, string> = {};

  constructor(opts: ConsoleReporterOptions = {}) {
    this.out = opts.out ?? process.stdout;
    this.err = opts.err ?? process.stderr;
    this.color = opts.color ?? ((this.err as NodeJS.WriteStream).isTTY === true && !process.env.NO_COLOR);
    this.quiet = opts.quiet ?? false;
  }

  private paint(code: number, text: string): string {
    return this.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  }

  info(message: string) {
    (this.quiet ? this.err : this.out).write(`${message}\n`);
  }
  finding(f: Finding) {
    const severity = f.severity === 'error' ? this.paint(31, 'error') : f.severity === 'warning' ? this.paint(33, 'warning') : this.paint(36, 'notice');
    this.err.write(`${f.file}:${f.line}:${f.column}: ${severity}: ${f.message} [${f.code}]\n`);
  }
  warning(message: string) {
    this.err.write(`${this.paint(33, 'warning')}: ${message}\n`);
  }
  error(message: string) {
    this.err.write(`${this.paint(31, 'error')}: ${message}\n`);
  }
  async group<T>(name: string, fn: () => Promise<T>) {
    if (!this.quiet) this.err.write(`${this.paint(1, name)}\n`);
    return fn();
  }
  setOutput(name: string, value: string) {
    this.outputs[name] = value;
  }
  async summary(_markdown: string) {
    // The terminal gets the plan and results as text already; the Markdown summary is for GitHub.
  }
}
