/** The CLI reporter: findings as `file:line:col: severity: message`, colour only on a TTY. */
import type { Finding } from '../posts/model.js';
import type { Reporter } from './reporter.js';
import { quarantined } from './workflow-commands.js';

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

  /**
   * The CLI may run inside a workflow step: text carrying user data (file
   * names, Buffer's messages) is written so the runner cannot read it as a
   * workflow command (report/workflow-commands.ts).
   */
  private write(stream: NodeJS.WritableStream, text: string) {
    for (const line of quarantined(text)) stream.write(`${line}\n`);
  }

  info(message: string) {
    this.write(this.quiet ? this.err : this.out, message);
  }
  finding(f: Finding) {
    const severity = f.severity === 'error' ? this.paint(31, 'error') : f.severity === 'warning' ? this.paint(33, 'warning') : this.paint(36, 'notice');
    this.write(this.err, `${f.file}:${f.line}:${f.column}: ${severity}: ${f.message} [${f.code}]`);
  }
  warning(message: string) {
    this.write(this.err, `${this.paint(33, 'warning')}: ${message}`);
  }
  error(message: string) {
    this.write(this.err, `${this.paint(31, 'error')}: ${message}`);
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
