/** Building findings and the wording shared by several rules. */
import type { Service } from '../buffer/types.js';
import type { Finding, PostFile, Severity, SourcePosition } from '../posts/model.js';
import type { ValidationCode } from './codes.js';
import { NETWORK_LIMITS } from './network-limits.js';

export function finding(
  post: PostFile,
  at: SourcePosition,
  severity: Severity,
  code: ValidationCode,
  message: string,
): Finding {
  return { file: post.path, line: at.line, column: at.column, severity, code, message };
}

/** "X", or "X channel "twitter:Acme"" when the reference says more than the service. */
export function channelLabel(service: Service, ref: string): string {
  const label = NETWORK_LIMITS[service].label;
  return ref === service ? label : `${label} channel "${ref}"`;
}

/** Numbers as users read them: 63,206 rather than 63206 (fixed locale: reports must not vary by runner). */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** "a, b and c" */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
