/**
 * The start a post file and an idea file share: NUL bytes reported, the
 * front-matter found (an unclosed one reported: its body would be swallowed),
 * its YAML parsed, and YAML that is not `key: value` lines reported. What
 * each file's keys mean stays in parse.ts and idea.ts.
 */
import { isScalar, type YAMLMap } from 'yaml';
import type { FindingList } from './findings.js';
import { positionAt, scanFrontMatter } from './frontmatter.js';
import { asMap, describeNode, isNullNode, parseYamlSource, type YamlSource } from './yaml-source.js';
import { keyValueHint } from './yaml-errors.js';

export type FrontMatterSource =
  | { kind: 'unclosed' }
  | { kind: 'absent'; body: string }
  | { kind: 'present'; body: string; bodyLine: number; source: YamlSource };

export function readFrontMatterSource(raw: string, findings: FindingList): FrontMatterSource {
  const nul = raw.indexOf('\0');
  if (nul !== -1)
    findings.error(
      'nul-byte',
      positionAt(raw, nul),
      'The file contains a NUL byte (is it binary, or saved in UTF-16?); save it as UTF-8 text.',
    );
  const scan = scanFrontMatter(raw);
  if (scan.kind === 'unclosed') {
    findings.error(
      'frontmatter-unclosed',
      { line: 1, column: 1 },
      'The front-matter starts with `---` but is never closed; add a line `---` after the last front-matter key.',
    );
    return { kind: 'unclosed' };
  }
  if (scan.kind === 'absent') return { kind: 'absent', body: raw.slice(scan.bomLength) };
  const source = parseYamlSource(raw.slice(scan.yamlStart, scan.yamlEnd), scan.yamlLine, findings);
  return { kind: 'present', body: raw.slice(scan.bodyStart), bodyLine: scan.bodyLine, source };
}

/** The front-matter's `key: value` lines; undefined when it is empty, or (reported) when it is something else. */
export function frontMatterMap(source: YamlSource, findings: FindingList): YAMLMap | undefined {
  const { doc } = source;
  if (isNullNode(doc, doc.contents)) return undefined;
  const map = asMap(doc, doc.contents);
  // A syntax error already explains a broken document; only report the shape when the YAML parsed.
  if (!map && doc.errors.length === 0) {
    findings.error(
      'frontmatter-not-mapping',
      source.at(doc.contents),
      `The front-matter must be \`key: value\` lines (a mapping); found ${describeNode(doc, doc.contents)}.${isScalar(doc.contents) && typeof doc.contents.value === 'string' ? keyValueHint(doc.contents.value.split('\n')[0]!) : ''}`,
    );
  }
  return map;
}
