/**
 * An idea file (SPEC §2, "Idea files") → `IdeaFile`: front-matter `title`,
 * `services`, `date`, the write-back `buffer:` block; the body rendered as
 * text and its images as media. Never throws; problems are findings.
 */
import { isMap } from 'yaml';
import type { Pair } from 'yaml';
import { SEED_SERVICE_SPELLINGS, SERVICES } from '../buffer/types.js';
import { checkImageUrl, collectImages, definitionsOf } from './body.js';
import { FindingList } from './findings.js';
import { positionAt, scanFrontMatter } from './frontmatter.js';
import { parseMarkdown } from './markdown-tree.js';
import type { IdeaFile, SourcePosition } from './model.js';
import { renderMarkdownPlain } from './render.js';
import { didYouMean } from './suggest.js';
import { asMap, asSeqItems, describeNode, isNullNode, keyText, parseYamlSource, resolveNode, stringOf, toPlain, type YamlSource } from './yaml-source.js';

export const IDEA_KEYS = ['title', 'services', 'date', 'buffer'] as const;

const DATE = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

export function parseIdeaFile(path: string, raw: string): IdeaFile {
  const findings = new FindingList(path);
  const idea: IdeaFile = { path, raw, services: [], body: '', media: [], findings: findings.items };
  const nul = raw.indexOf('\0');
  if (nul !== -1) findings.error('nul-byte', positionAt(raw, nul), 'The file contains a NUL byte (is it binary, or saved in UTF-16?); save it as UTF-8 text.');

  const scan = scanFrontMatter(raw);
  if (scan.kind === 'unclosed') {
    findings.error('frontmatter-unclosed', { line: 1, column: 1 }, 'The front-matter starts with `---` but is never closed; add a line `---` after the last front-matter key.');
    return idea;
  }
  let body = raw.slice(scan.bomLength);
  let bodyLine = 1;
  if (scan.kind === 'present') {
    body = raw.slice(scan.bodyStart);
    bodyLine = scan.bodyLine;
    const source = parseYamlSource(raw.slice(scan.yamlStart, scan.yamlEnd), scan.yamlLine, findings);
    readFrontMatter(idea, source, findings);
  }

  idea.body = renderMarkdownPlain(body);
  const tree = parseMarkdown(body);
  const toFile = (p: SourcePosition): SourcePosition => ({ line: p.line + bodyLine - 1, column: p.column });
  for (const image of collectImages(tree, definitionsOf(tree), toFile)) {
    checkImageUrl(image, findings);
    idea.media.push(image.alt ? { url: image.url, alt: image.alt } : { url: image.url });
  }
  if (!idea.title && idea.body === '' && idea.media.length === 0) {
    findings.error('empty-idea', { line: bodyLine, column: 1 }, 'This idea has no title, text or media; write something below the front-matter.');
  }
  findings.items.sort((a, b) => a.line - b.line || a.column - b.column);
  return idea;
}

function readFrontMatter(idea: IdeaFile, source: YamlSource, findings: FindingList): void {
  const { doc } = source;
  if (isNullNode(doc, doc.contents)) return;
  if (!isMap(doc.contents)) {
    if (doc.errors.length === 0) findings.error('frontmatter-not-mapping', source.at(doc.contents), `The front-matter must be \`key: value\` lines; found ${describeNode(doc, doc.contents)}.`);
    return;
  }
  const seen = new Set<string>();
  for (const pair of doc.contents.items) {
    const key = keyText(pair);
    if (seen.has(key)) continue;
    seen.add(key);
    if (isNullNode(doc, pair.value)) continue;
    switch (key) {
      case 'title':
      case 'date':
        readString(idea, key, pair, source, findings);
        break;
      case 'services':
        readServices(idea, pair, source, findings);
        break;
      case 'buffer':
        readTrackedIdea(idea, pair, source, findings);
        break;
      default:
        findings.error('unknown-key', source.at(pair.key), `Unknown idea front-matter key \`${key}\`.${didYouMean(key, IDEA_KEYS)} Accepted keys: ${IDEA_KEYS.join(', ')}.`);
    }
  }
}

function readString(idea: IdeaFile, key: 'title' | 'date', pair: Pair, source: YamlSource, findings: FindingList): void {
  const node = resolveNode(source.doc, pair.value);
  const text = stringOf(source.doc, node);
  if (text === undefined || asMap(source.doc, node) || asSeqItems(source.doc, node)) {
    findings.error('wrong-type', source.at(node), `\`${key}\` must be text; found ${describeNode(source.doc, node)}.`);
    return;
  }
  if (key === 'date' && !DATE.test(text.trim())) {
    findings.error('invalid-date', source.at(node), `\`date\` \`${text}\` is not a date; write it like \`2026-12-01\` or \`2026-12-01T09:00:00Z\`.`);
    return;
  }
  idea[key] = key === 'date' ? text.trim() : text;
}

function readServices(idea: IdeaFile, pair: Pair, source: YamlSource, findings: FindingList): void {
  const { doc } = source;
  const items = asSeqItems(doc, pair.value);
  if (!items) {
    findings.error('wrong-type', source.at(resolveNode(doc, pair.value)), `\`services\` must be a list, e.g. \`services: [twitter, linkedin]\`; found ${describeNode(doc, pair.value)}.`);
    return;
  }
  for (const item of items) {
    const at = source.at(resolveNode(doc, item));
    const written = stringOf(doc, item);
    if (written === undefined) {
      findings.error('wrong-type', at, `A service must be a name like \`twitter\`; found ${describeNode(doc, item)}.`);
      continue;
    }
    let service = written;
    const alias = SEED_SERVICE_SPELLINGS[written];
    if (alias) {
      findings.notice('seed-spelling', at, `Buffer spells the service \`${alias}\`; \`${written}\` is accepted, but write \`${alias}\`.`);
      service = alias;
    }
    if (!(SERVICES as readonly string[]).includes(service)) {
      findings.error('unknown-service', at, `Unknown service \`${written}\`.${didYouMean(written, SERVICES)} Services: ${SERVICES.join(', ')}.`);
      continue;
    }
    if (!idea.services.includes(service)) idea.services.push(service);
  }
}

/**
 * The idea's write-back: `buffer: {id: …}`, or keyed like a post's block
 * (`buffer: {idea: {id: …}}`), which is how the write-back records it.
 */
function readTrackedIdea(idea: IdeaFile, pair: Pair, source: YamlSource, findings: FindingList): void {
  const value = toPlain(source.doc, pair.value);
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isRecord(value)) {
    if (typeof value.id === 'string' || typeof value.id === 'number') {
      idea.tracked = { ...value, id: String(value.id) };
      return;
    }
    const entries = Object.values(value);
    const first = entries[0];
    if (entries.length === 1 && isRecord(first) && (typeof first.id === 'string' || typeof first.id === 'number')) {
      idea.tracked = { ...first, id: String(first.id) };
      return;
    }
  }
  findings.error('invalid-buffer-block', source.at(pair.key), '`buffer:` is written by the action and must hold the idea\'s `id`; restore it or remove it (the idea would then be created again).');
}
