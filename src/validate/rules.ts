/**
 * Validation before anything is sent (SPEC §6), shared by the action's plan
 * and apply, the CLI's `validate` and PR review. Each concern lives in its own
 * module under `rules/`; this file runs them and tidies the result.
 */
import type { Finding, PostFile } from '../posts/model.js';
import { VALIDATION_CODES } from './codes.js';
import { assetRules } from './rules/asset-rules.js';
import { contentRules } from './rules/content-rules.js';
import { lengthRules } from './rules/length-rules.js';
import { mediaRules } from './rules/media-rules.js';
import { metadataRules } from './rules/metadata-rules.js';
import { offlineRules } from './rules/offline-rules.js';
import { scheduleRules } from './rules/schedule-rules.js';
import { threadRules } from './rules/thread-rules.js';
import type { RuleContext, ValidateOptions, ValidationTarget } from './types.js';

export type { ValidateOptions, ValidationTarget } from './types.js';
export { NETWORK_LIMITS, type NetworkRules } from './network-limits.js';
export { VALIDATION_CODES } from './codes.js';

const RULES: readonly ((ctx: RuleContext) => Finding[])[] = [
  scheduleRules,
  threadRules,
  contentRules,
  lengthRules,
  mediaRules,
  metadataRules,
  assetRules,
  offlineRules,
];

/**
 * Codes the parser may already have reported for the same problem. A parse
 * finding with one of these codes silences validation's own for that problem.
 */
const PARSER_EQUIVALENTS: Record<string, readonly string[]> = {
  [VALIDATION_CODES.dueAtRequired]: ['due-at-required', 'missing-due-at', 'dueat-required', 'dueAt-required'],
  [VALIDATION_CODES.dueAtPast]: ['due-at-past', 'dueat-past'],
};

/**
 * Codes a parser finding at the same line also covers: a metadata field whose
 * value the schema check refused is left out of `post.metadata`, and is then
 * not also "missing".
 */
const SAME_LINE_EQUIVALENTS: Record<string, readonly string[]> = {
  [VALIDATION_CODES.metadataRequired]: [VALIDATION_CODES.metadataInvalid],
};

function alreadyReported(post: PostFile, f: Finding): boolean {
  const equivalents = PARSER_EQUIVALENTS[f.code];
  // These are per-file problems: any parser finding of that kind covers it.
  if (equivalents) return post.findings.some((p) => equivalents.includes(p.code));
  const sameLine = [f.code, ...(SAME_LINE_EQUIVALENTS[f.code] ?? [])];
  return post.findings.some((p) => sameLine.includes(p.code) && p.line === f.line);
}

const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 } as const;

/**
 * Every problem with sending `post` to `targets`, errors first, then by line.
 * Does not include `post.findings` (the parser's); callers report both.
 */
export function validatePost(post: PostFile, targets: ValidationTarget[], opts: ValidateOptions): Finding[] {
  const ctx: RuleContext = { post, targets, opts };
  const unique = new Map<string, Finding>();
  for (const rule of RULES) {
    for (const f of rule(ctx)) {
      if (alreadyReported(post, f)) continue;
      // The same asset or metadata problem is found once per channel; report it once.
      unique.set(`${f.line}:${f.column}:${f.code}:${f.message}`, f);
    }
  }
  return [...unique.values()].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.line - b.line || a.column - b.column,
  );
}
