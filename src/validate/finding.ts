/** Building findings (the wording they share is text/words.ts). */
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
