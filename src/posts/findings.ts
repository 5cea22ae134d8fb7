/** Small helpers to build `Finding`s consistently. */
import type { Finding, Severity, SourcePosition } from './model.js';

export type FindingInput = { severity: Severity; code: string; message: string; at: SourcePosition };

/** Collects the findings of one file. */
export class FindingList {
  readonly items: Finding[] = [];
  constructor(readonly file: string) {}

  add(severity: Severity, code: string, at: SourcePosition, message: string): void {
    this.items.push({ file: this.file, line: at.line, column: at.column, severity, code, message });
  }
  error(code: string, at: SourcePosition, message: string): void {
    this.add('error', code, at, message);
  }
  warning(code: string, at: SourcePosition, message: string): void {
    this.add('warning', code, at, message);
  }
  notice(code: string, at: SourcePosition, message: string): void {
    this.add('notice', code, at, message);
  }
}
