/**
 * The CLI reporter: findings as `file:line:col: severity: message`. Colour only
 * on a terminal and never with NO_COLOR (https://no-color.org); phase progress
 * only on a terminal and only for a phase that takes a while, as a status line
 * that is erased when the phase ends, so a pipe or a log file gets the results
 * and nothing else.
 */
import type { Finding } from '../posts/model.js';
import type { Reporter } from './reporter.js';
import { quarantined } from './workflow-commands.js';

export interface ConsoleReporterOptions {
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
  color?: boolean;
  /** Show slow phases as a transient status line (default: stderr is a terminal). */
  progress?: boolean;
  /** For NO_COLOR (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** How long a phase runs before its status line appears (ms). */
  progressDelayMs?: number;
  /** `--json`: only the final JSON goes to stdout; progress goes to stderr. */
  quiet?: boolean;
}

export class ConsoleReporter implements Reporter {
  private readonly out: NodeJS.WritableStream;
  private readonly err: NodeJS.WritableStream;
  private readonly color: boolean;
  private readonly quiet: boolean;
  private readonly progress: boolean;
  private readonly progressDelayMs: number;
  /** The status line on screen, if any, so other output can clear it first. */
  private status: string | undefined;
  /** The slow phase whose status line is wanted, re-shown under any line printed meanwhile. */
  private slowPhase: string | undefined;
  readonly outputs: Record<string, string> = {};

  constructor(opts: ConsoleReporterOptions = {}) {
    this.out = opts.out ?? process.stdout;
    this.err = opts.err ?? process.stderr;
    const terminal = (this.err as NodeJS.WriteStream).isTTY === true;
    this.color = opts.color ?? (terminal && !(opts.env ?? process.env).NO_COLOR);
    this.quiet = opts.quiet ?? false;
    this.progress = opts.progress ?? terminal;
    this.progressDelayMs = opts.progressDelayMs ?? 700;
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
    this.clearStatus();
    for (const line of quarantined(text)) stream.write(`${line}\n`);
    if (this.slowPhase) this.showStatus(this.slowPhase);
  }

  info(message: string) {
    this.write(this.quiet ? this.err : this.out, message);
  }
  finding(f: Finding) {
    const severity =
      f.severity === 'error'
        ? this.paint(31, 'error')
        : f.severity === 'warning'
          ? this.paint(33, 'warning')
          : this.paint(36, 'notice');
    this.write(this.err, `${f.file}:${f.line}:${f.column}: ${severity}: ${f.message} [${f.code}]`);
  }
  warning(message: string) {
    this.write(this.err, `${this.paint(33, 'warning')}: ${message}`);
  }
  error(message: string) {
    this.write(this.err, `${this.paint(31, 'error')}: ${message}`);
  }
  /** A phase: on a terminal, its name as a status line once it has run for a moment; elsewhere nothing. */
  async group<T>(name: string, fn: () => Promise<T>) {
    if (!this.progress) return fn();
    const outer = this.slowPhase;
    const timer = setTimeout(() => {
      this.slowPhase = `${name} …`;
      this.showStatus(this.slowPhase);
    }, this.progressDelayMs);
    try {
      return await fn();
    } finally {
      clearTimeout(timer);
      this.clearStatus();
      this.slowPhase = outer;
    }
  }

  private showStatus(text: string) {
    this.clearStatus();
    // One line, cut to the terminal's width so `\r` can erase it.
    const width = (this.err as NodeJS.WriteStream).columns ?? 80;
    const line = text.length >= width ? `${text.slice(0, width - 2)}…` : text;
    this.err.write(this.paint(2, line));
    this.status = line;
  }

  private clearStatus() {
    if (this.status === undefined) return;
    this.err.write('\r\u001b[K');
    this.status = undefined;
  }
  setOutput(name: string, value: string) {
    this.outputs[name] = value;
  }
  async summary(_markdown: string) {
    // The terminal gets the plan and results as text already; the Markdown summary is for GitHub.
  }
}
