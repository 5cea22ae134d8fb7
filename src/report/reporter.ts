/**
 * Where a run reports to. The action reports through @actions/core (log
 * groups, annotations, outputs, the job summary); the CLI through the
 * terminal. The engine only sees this interface.
 */
import type { Finding } from '../posts/model.js';

export interface Reporter {
  info(message: string): void;
  /** A problem at a file and line: an annotation in the action, `file:line:col: severity: message` in the CLI. */
  finding(finding: Finding): void;
  /** A run-level problem without a place. */
  warning(message: string): void;
  error(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  setOutput(name: string, value: string): void;
  summary(markdown: string): Promise<void>;
}

/** Collects everything; used by tests and by `npm start` to show what the action would say. */
export class MemoryReporter implements Reporter {
  readonly lines: string[] = [];
  readonly findings: Finding[] = [];
  readonly outputs: Record<string, string> = {};
  summaries: string[] = [];
  info(message: string) {
    this.lines.push(message);
  }
  finding(finding: Finding) {
    this.findings.push(finding);
  }
  warning(message: string) {
    this.lines.push(`warning: ${message}`);
  }
  error(message: string) {
    this.lines.push(`error: ${message}`);
  }
  async group<T>(name: string, fn: () => Promise<T>) {
    this.lines.push(`== ${name}`);
    return fn();
  }
  setOutput(name: string, value: string) {
    this.outputs[name] = value;
  }
  async summary(markdown: string) {
    this.summaries.push(markdown);
  }
}
