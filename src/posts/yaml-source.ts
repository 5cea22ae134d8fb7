/**
 * Front-matter YAML parsed with the `yaml` Document API, so every value keeps
 * its source range (for findings at file:line:column) and its source text
 * (so `dueAt` and channel IDs are read as written, not as YAML would convert them).
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar } from 'yaml';
import type { Document, Node as YamlNode, Pair, YAMLMap } from 'yaml';
import type { SourcePosition } from './model.js';
import type { FindingList } from './findings.js';
import { plainYamlProblems } from './yaml-errors.js';

export interface YamlSource {
  doc: Document.Parsed;
  /** File position of an offset in the YAML text. */
  position(offset: number): SourcePosition;
  /** File position of a node (its start), or of the YAML's first line when absent. */
  at(node: unknown): SourcePosition;
  /** File lines with a YAML syntax error → the column it starts at: what the parser read from there on is its guess (see withoutGuesses). */
  brokenLines: ReadonlyMap<number, number>;
}

/**
 * Parses `text` (the YAML between the delimiters, starting on file line `firstLine`)
 * and reports syntax errors and duplicate keys as findings.
 */
export function parseYamlSource(text: string, firstLine: number, findings: FindingList): YamlSource {
  const lineCounter = new LineCounter();
  // `core` schema: YAML 1.2 has no timestamp type, so no value becomes a Date.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, schema: 'core', uniqueKeys: true });
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const at = (node: unknown): SourcePosition => {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    return position(range ? range[0] : 0);
  };
  const brokenLines = new Map<number, number>();
  const broken = (where: SourcePosition) =>
    brokenLines.set(where.line, Math.min(where.column, brokenLines.get(where.line) ?? Infinity));
  for (const error of doc.errors) if (error.code !== 'DUPLICATE_KEY') broken(position(error.pos[0]));
  for (const problem of plainYamlProblems(text, doc.errors, doc.warnings, lineCounter, firstLine)) {
    const where = { line: problem.line + firstLine - 1, column: problem.column };
    if (problem.severity === 'error' && problem.code !== 'duplicate-key')
      broken({ line: where.line, column: problem.breakColumn });
    findings.add(problem.severity, problem.code, where, problem.message);
  }
  return { doc, position, at, brokenLines };
}

/**
 * Drops the findings a YAML syntax error caused rather than the file: from
 * where a line stops being YAML, the value the parser recovered is a guess
 * (the `title` of `title: Launch: day one` became a mapping), and "`title`
 * must be text; found a mapping" would be a second message for the one
 * mistake. The syntax finding stays, and so does what lies before the break
 * on that line (an unknown key is read as written).
 */
export function withoutGuesses(findings: FindingList, source: YamlSource | undefined): void {
  if (!source || source.brokenLines.size === 0) return;
  const guessed = (f: { line: number; column: number; code: string }) => {
    const from = source.brokenLines.get(f.line);
    return from !== undefined && f.column >= from && f.code !== 'yaml-syntax' && f.code !== 'duplicate-key';
  };
  const kept = findings.items.filter((f) => !guessed(f));
  findings.items.splice(0, findings.items.length, ...kept);
}

/** Follows an alias (`*name`) to the node it names; other nodes as they are. */
export function resolveNode(doc: Document.Parsed, node: unknown): unknown {
  let current = node;
  for (let depth = 0; depth < 16 && isAlias(current); depth++) current = current.resolve(doc);
  return current;
}

/** The key of a pair as text (keys are scalars in front-matter; anything else is shown as YAML). */
export function keyText(pair: Pair): string {
  const key = pair.key;
  if (isScalar(key)) return scalarSourceText(key);
  return String(key);
}

/**
 * The text a scalar stands for, as the user wrote it: quoted strings by value;
 * plain scalars by their source, so `6750c3e10` (a float to YAML) or `2026-12-01`
 * stay exactly the characters typed. Non-string values without source become String(value).
 */
export function scalarSourceText(node: Scalar): string {
  if (typeof node.value === 'string') return node.value;
  if (node.type === Scalar.PLAIN && typeof node.source === 'string') return node.source;
  return String(node.value);
}

/** A scalar that should be a string: its text, or undefined when it is not a scalar / is null. */
export function stringOf(doc: Document.Parsed, node: unknown): string | undefined {
  const resolved = resolveNode(doc, node);
  if (!isScalar(resolved) || resolved.value === null || resolved.value === undefined) return undefined;
  if (typeof resolved.value === 'boolean') return undefined;
  return scalarSourceText(resolved);
}

/** True for an absent value or an explicit YAML null (`key:`, `key: ~`, `key: null`). */
export function isNullNode(doc: Document.Parsed, node: unknown): boolean {
  const resolved = resolveNode(doc, node);
  return resolved === null || resolved === undefined || (isScalar(resolved) && resolved.value === null);
}

/** Plain JavaScript for a node; never throws (an unresolvable alias yields undefined). */
export function toPlain(doc: Document.Parsed, node: unknown): unknown {
  const resolved = resolveNode(doc, node);
  if (resolved === null || resolved === undefined) return undefined;
  try {
    return (resolved as YamlNode).toJS(doc, { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

export function asMap(doc: Document.Parsed, node: unknown): YAMLMap | undefined {
  const resolved = resolveNode(doc, node);
  return isMap(resolved) ? resolved : undefined;
}

export function asSeqItems(doc: Document.Parsed, node: unknown): unknown[] | undefined {
  const resolved = resolveNode(doc, node);
  return isSeq(resolved) ? resolved.items : undefined;
}

/** A short name of a node's type for "expected a list, found …" messages. */
export function describeNode(doc: Document.Parsed, node: unknown): string {
  const resolved = resolveNode(doc, node);
  if (isMap(resolved)) return 'a mapping';
  if (isSeq(resolved)) return 'a list';
  if (isScalar(resolved)) {
    const value = resolved.value;
    if (value === null) return 'nothing';
    if (typeof value === 'string') return `the text "${value}"`;
    return `${typeof value} ${String(value)}`;
  }
  return 'an unknown value';
}
