/**
 * An idea file (SPEC §2, "Idea files") → `IdeaFile`: front-matter `title`,
 * `services`, `date`, the write-back `buffer:` block; the body rendered as
 * text and its images as media. Never throws; problems are findings.
 */
import { isScalar } from 'yaml';
import type { Pair } from 'yaml';
import { fieldType } from '../buffer/input-types.js';
import { SERVICES } from '../buffer/types.js';
import { checkImageUrl, collectImages, definitionsOf } from './body.js';
import { IDEA_FIELDS, IDEA_KEYS } from './fields.js';
import { FindingList } from './findings.js';
import { checkInput } from './input-check.js';
import { frontMatterMap, readFrontMatterSource } from './frontmatter-source.js';
import { parseMarkdown } from './markdown-tree.js';
import type { IdeaFile, SourcePosition } from './model.js';
import { renderMarkdownPlain } from './render.js';
import { didYouMean } from '../text/did-you-mean.js';
import {
  asSeqItems,
  describeNode,
  isNullNode,
  keyText,
  resolveNode,
  stringOf,
  toPlain,
  withoutGuesses,
  type YamlSource,
} from './yaml-source.js';

export interface IdeaParseOptions {
  /** IANA zone for a `date` without an offset; a bare date is midnight there (UTC when none is configured). */
  timezone?: string;
}

export function parseIdeaFile(path: string, raw: string, opts: IdeaParseOptions = {}): IdeaFile {
  const findings = new FindingList(path);
  const idea: IdeaFile = { path, raw, services: [], body: '', media: [], findings: findings.items };
  const front = readFrontMatterSource(raw, findings);
  if (front.kind === 'unclosed') return idea;
  const { body } = front;
  const bodyLine = front.kind === 'present' ? front.bodyLine : 1;
  const source = front.kind === 'present' ? front.source : undefined;
  if (source) readFrontMatter(idea, source, findings, opts);

  idea.body = renderMarkdownPlain(body);
  const tree = parseMarkdown(body);
  const toFile = (p: SourcePosition): SourcePosition => ({ line: p.line + bodyLine - 1, column: p.column });
  for (const image of collectImages(tree, definitionsOf(tree), toFile)) {
    checkImageUrl(image, findings);
    idea.media.push(image.alt ? { url: image.url, alt: image.alt } : { url: image.url });
  }
  if (!idea.title && idea.body === '' && idea.media.length === 0) {
    findings.error(
      'empty-idea',
      { line: bodyLine, column: 1 },
      'This idea has no title, text or media; write something below the front-matter.',
    );
  }
  withoutGuesses(findings, source);
  findings.items.sort((a, b) => a.line - b.line || a.column - b.column);
  return idea;
}

function readFrontMatter(idea: IdeaFile, source: YamlSource, findings: FindingList, opts: IdeaParseOptions): void {
  const { doc } = source;
  const map = frontMatterMap(source, findings);
  if (!map) return;
  const seen = new Set<string>();
  for (const pair of map.items) {
    const key = keyText(pair);
    if (seen.has(key)) continue;
    seen.add(key);
    if (isNullNode(doc, pair.value)) continue;
    switch (key) {
      case 'title':
      case 'date':
        readContentField(idea, key, pair, source, findings, opts);
        break;
      case 'services':
        readServices(idea, pair, source, findings);
        break;
      case 'buffer':
        readTrackedIdea(idea, pair, source, findings);
        break;
      default:
        findings.error(
          'unknown-key',
          source.at(pair.key),
          `Unknown idea front-matter key \`${key}\`.${didYouMean(key, IDEA_KEYS)} Accepted keys: ${IDEA_KEYS.join(', ')}.`,
        );
    }
  }
}

/**
 * `title` and `date` as `IdeaContentInput` types them (String, DateTime): a
 * title written as a number is the text as written; a date is sent as a full
 * ISO 8601 instant, a bare date being midnight in the configured time zone
 * (UTC when none is set).
 */
function readContentField(
  idea: IdeaFile,
  key: 'title' | 'date',
  pair: Pair,
  source: YamlSource,
  findings: FindingList,
  opts: IdeaParseOptions,
): void {
  const { type, field } = IDEA_FIELDS[key].type;
  const checked = checkInput(pair.value, fieldType(type, field)!, key, source.at(pair.key), source, opts);
  for (const problem of checked.problems) {
    const code =
      key === 'date' && problem.kind === 'type' && isScalar(resolveNode(source.doc, pair.value))
        ? 'invalid-date'
        : 'wrong-type';
    findings.error(code, source.at(resolveNode(source.doc, pair.value)), problem.message);
  }
  if (typeof checked.value === 'string') idea[key] = checked.value;
}

function readServices(idea: IdeaFile, pair: Pair, source: YamlSource, findings: FindingList): void {
  const { doc } = source;
  const items = asSeqItems(doc, pair.value);
  if (!items) {
    findings.error(
      'wrong-type',
      source.at(resolveNode(doc, pair.value)),
      `\`services\` must be a list, e.g. \`services: [twitter, linkedin]\`; found ${describeNode(doc, pair.value)}.`,
    );
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
    const alias = IDEA_FIELDS.services.type.aliases[written];
    if (alias) {
      findings.notice(
        'seed-spelling',
        at,
        `Buffer spells the service \`${alias}\`; \`${written}\` is accepted, but write \`${alias}\`.`,
      );
      service = alias;
    }
    if (!(SERVICES as readonly string[]).includes(service)) {
      findings.error(
        'unknown-service',
        at,
        `Unknown service \`${written}\`.${didYouMean(written, SERVICES)} Services: ${SERVICES.join(', ')}.`,
      );
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
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
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
  findings.error(
    'invalid-buffer-block',
    source.at(pair.key),
    "`buffer:` is written by the action and must hold the idea's `id`; restore it or remove it (the idea would then be created again).",
  );
}
