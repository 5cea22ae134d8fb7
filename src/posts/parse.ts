/**
 * A post file's raw text → `PostFile` (SPEC §2). Never throws: every problem is a
 * `Finding` at file:line:column with a message that says what to do, so one bad
 * file never blocks the valid posts beside it.
 */
import type { Pair } from 'yaml';
import {
  SCHEDULING_TYPES,
  SEED_SERVICE_SPELLINGS,
  SERVICES,
  SHARE_MODES,
  type AssetInput,
  type PostInputMetaData,
  type SchedulingType,
  type ShareMode,
} from '../buffer/types.js';
import { splitBody } from './body.js';
import { MODE_ALIASES, POST_KEYS } from './fields.js';
import { resolveDueAt } from './due-at.js';
import { FindingList } from './findings.js';
import { readFrontMatterAssets } from './frontmatter-assets.js';
import { readMetadata } from './frontmatter-metadata.js';
import { readTracked } from './frontmatter-tracked.js';
import { frontMatterMap, readFrontMatterSource } from './frontmatter-source.js';
import type { Finding, PostFile, SourcePosition, TrackedPost } from './model.js';
import { misspeltService, normalizeService } from './service-names.js';
import { didYouMean, nearest } from '../text/did-you-mean.js';
import {
  asMap,
  asSeqItems,
  describeNode,
  isNullNode,
  keyText,
  resolveNode,
  stringOf,
  withoutGuesses,
  type YamlSource,
} from './yaml-source.js';

export interface ParseOptions {
  /** IANA zone for a `dueAt` written without a UTC offset (the `timezone` setting: action input, CLI flag or settings file). */
  timezone?: string;
}

/** What each mode that ignores `dueAt` does instead, for the contradiction message. */
const MODE_MEANING: Record<ShareMode, string> = {
  addToQueue: 'puts the post in the next queue slot',
  shareNext: 'puts the post at the top of the queue',
  shareNow: 'publishes the post at once',
  customScheduled: 'publishes at the dueAt',
};

const START: SourcePosition = { line: 1, column: 1 };

/** A post with the defaults and nothing read yet: what a file that cannot be parsed further amounts to. */
export function emptyPostFile(path: string, raw: string, findings: Finding[]): PostFile {
  return {
    path,
    raw,
    channels: [],
    mode: 'addToQueue',
    schedulingType: 'automatic',
    draft: false,
    assets: [],
    body: '',
    bodyLine: 1,
    items: [],
    tracked: {},
    findings,
  };
}

export function parsePostFile(path: string, raw: string, opts: ParseOptions = {}): PostFile {
  const findings = new FindingList(path);
  const post = emptyPostFile(path, raw, findings.items);
  const front = readFrontMatterSource(raw, findings);
  if (front.kind === 'unclosed') return post;
  if (front.kind === 'absent') {
    findings.error(
      'missing-frontmatter',
      START,
      'This post has no front-matter; start the file with `---`, a line like `channel: twitter`, and `---`.',
    );
    post.body = front.body;
    post.items = splitBody(post.body, 1, findings);
    return post;
  }

  post.body = front.body;
  post.bodyLine = front.bodyLine;
  const { source } = front;
  const keys = readTopLevel(source, findings);
  readChannels(post, keys, source, findings);
  const mode = readMode(post, keys, source, findings);
  readDueAt(post, keys, source, findings, opts.timezone, mode);
  readSchedulingType(post, keys, source, findings);
  readDraft(post, keys, source, findings);
  const checkOptions = { timezone: opts.timezone };
  const frontMatterAssets: AssetInput[] = keys.has('assets')
    ? readFrontMatterAssets(keys.get('assets')?.value, source, findings, checkOptions)
    : [];
  const metadata: PostInputMetaData | undefined = keys.has('metadata')
    ? readMetadata(keys.get('metadata')?.value, source, findings, checkOptions)
    : undefined;
  if (metadata) post.metadata = metadata;
  const tracked: Record<string, TrackedPost> = keys.has('buffer')
    ? readTracked(keys.get('buffer')?.value, source, findings)
    : {};
  post.tracked = tracked;

  post.items = splitBody(post.body, post.bodyLine, findings);
  post.assets = [...frontMatterAssets, ...(post.items[0]?.assets ?? [])];
  if (post.items.every((item) => item.markdown.trim() === '') && post.assets.length === 0) {
    findings.error(
      'empty-post',
      { line: post.bodyLine, column: 1 },
      'This post has no text and no media; write the post below the front-matter.',
    );
  }
  withoutGuesses(findings, source);
  // Reported in file order, however the checks ran.
  findings.items.sort((a, b) => a.line - b.line || a.column - b.column);
  return post;
}

/** The top-level pairs by key; unknown keys are reported here. */
function readTopLevel(source: YamlSource, findings: FindingList): Map<string, Pair> {
  const keys = new Map<string, Pair>();
  const map = frontMatterMap(source, findings);
  if (!map) return keys;
  for (const pair of map.items) {
    const key = keyText(pair);
    if ((POST_KEYS as readonly string[]).includes(key)) {
      // Duplicates were reported by the YAML parser; the first one counts.
      if (!keys.has(key)) keys.set(key, pair);
      continue;
    }
    findings.error(
      'unknown-key',
      source.at(pair.key),
      `Unknown front-matter key \`${key}\`.${didYouMean(key, POST_KEYS)} Accepted keys: ${POST_KEYS.join(', ')}.`,
    );
  }
  return keys;
}

/** `service` prefixes in the seed's spelling (`startpage`) become the wire's (`startPage`). */
function normaliseChannelRef(ref: string, at: SourcePosition, findings: FindingList): string {
  const colon = ref.indexOf(':');
  const service = colon === -1 ? ref : ref.slice(0, colon);
  const wire = SEED_SERVICE_SPELLINGS[service];
  if (!wire) return ref;
  findings.notice(
    'seed-spelling',
    at,
    `Buffer spells the service \`${wire}\`; \`${service}\` is accepted, but write \`${wire}\`.`,
  );
  return wire + ref.slice(service.length);
}

/**
 * A reference whose service part is no Buffer service, found without a key:
 * `twiter` (a typo of a service name, which no channel ID is close to) or
 * `myspace:Acme` (the `service:name` form names its service). Anything else
 * that is not a service may be a channel ID, which only Buffer can check.
 */
function unknownService(ref: string): string | undefined {
  const colon = ref.indexOf(':');
  const written = (colon === -1 ? ref : ref.slice(0, colon)).trim();
  if (normalizeService(written)) return undefined;
  const typo = misspeltService(written);
  if (colon === -1 && !typo) return undefined;
  const rest = colon === -1 ? '' : ref.slice(colon);
  const hint = typo ? ` Did you mean \`${typo}${rest}\`?` : '';
  return `Unknown service \`${written}\`${colon === -1 ? '' : ` in \`${ref}\``}.${hint} Buffer's services: ${SERVICES.join(', ')}; a channel reference is a service, \`service:name\` or a channel ID.`;
}

function readChannels(post: PostFile, keys: Map<string, Pair>, source: YamlSource, findings: FindingList): void {
  const { doc } = source;
  const single = keys.get('channel');
  const list = keys.get('channels');
  if (single && list) {
    findings.error(
      'channel-and-channels',
      source.at(list.key),
      'Use either `channel` (one reference) or `channels` (a list), not both.',
    );
  }
  let wrongType = false;
  const add = (node: unknown): void => {
    const resolved = resolveNode(doc, node);
    const text = stringOf(doc, resolved);
    const at = source.at(resolved);
    if (text === undefined || text.trim() === '') {
      wrongType = true;
      findings.error(
        'wrong-type',
        at,
        `A channel reference must be a channel ID, a service name or \`service:name\`; found ${describeNode(doc, resolved)}.`,
      );
      return;
    }
    const ref = normaliseChannelRef(text.trim(), at, findings);
    const unknown = unknownService(ref);
    if (unknown) {
      // Not a channel the post could go to, so not one of its channels: the error blocks the file.
      wrongType = true;
      findings.error('unknown-service', at, unknown);
      return;
    }
    if (post.channels.some((c) => c.ref === ref)) {
      findings.warning('duplicate-channel', at, `Channel \`${ref}\` is listed twice; remove one.`);
      return;
    }
    post.channels.push({ ref, position: at });
  };
  if (single && !isNullNode(doc, single.value)) {
    if (asSeqItems(doc, single.value)) {
      wrongType = true;
      findings.error(
        'wrong-type',
        source.at(resolveNode(doc, single.value)),
        '`channel` takes one reference; for several write `channels: [twitter, linkedin]`.',
      );
    } else add(single.value);
  }
  if (list && !isNullNode(doc, list.value)) {
    const items = asSeqItems(doc, list.value);
    if (items) items.forEach(add);
    else {
      wrongType = true;
      findings.error(
        'wrong-type',
        source.at(resolveNode(doc, list.value)),
        `\`channels\` must be a list, e.g. \`channels: [twitter, "linkedin:Acme Inc"]\` (or use \`channel:\` for one); found ${describeNode(doc, list.value)}.`,
      );
    }
  }
  // Front-matter that is not `key: value` lines has been reported as such; "no channel" would be its echo.
  const notMapping = findings.items.some((f) => f.code === 'frontmatter-not-mapping');
  if (post.channels.length === 0 && !wrongType && !notMapping) {
    const at = list ? source.at(list.key) : single ? source.at(single.key) : { line: 1, column: 1 };
    findings.error(
      'missing-channels',
      at,
      'No channel to post to; add `channel: <service or ID>` or `channels: [...]` to the front-matter.',
    );
  }
}

/** A scalar string value of a top-level key, reporting a wrong type. */
function stringValue(
  key: string,
  keys: Map<string, Pair>,
  source: YamlSource,
  findings: FindingList,
  expected: string,
): { text: string; at: SourcePosition } | undefined {
  const pair = keys.get(key);
  if (!pair || isNullNode(source.doc, pair.value)) return undefined;
  const node = resolveNode(source.doc, pair.value);
  const text = stringOf(source.doc, node);
  if (text === undefined || asMap(source.doc, node) || asSeqItems(source.doc, node)) {
    findings.error(
      'wrong-type',
      source.at(node),
      `\`${key}\` must be ${expected}; found ${describeNode(source.doc, node)}.`,
    );
    return undefined;
  }
  return { text, at: source.at(node) };
}

/** How the file set `mode`: not at all, to a mode (where), or to something that is no mode (already reported). */
type ModeWritten = { kind: 'absent' } | { kind: 'valid'; at: SourcePosition; text: string } | { kind: 'invalid' };

function readMode(post: PostFile, keys: Map<string, Pair>, source: YamlSource, findings: FindingList): ModeWritten {
  const value = stringValue('mode', keys, source, findings, `one of ${SHARE_MODES.join(', ')}`);
  if (!value)
    return keys.has('mode') && !isNullNode(source.doc, keys.get('mode')?.value)
      ? { kind: 'invalid' }
      : { kind: 'absent' };
  const alias = MODE_ALIASES[value.text];
  if (alias) {
    findings.notice(
      'seed-spelling',
      value.at,
      `Buffer's mode is spelled \`${alias}\`; \`${value.text}\` is accepted, but write \`mode: ${alias}\`.`,
    );
    post.mode = alias;
    return { kind: 'valid', at: value.at, text: value.text };
  }
  if ((SHARE_MODES as readonly string[]).includes(value.text)) {
    post.mode = value.text as ShareMode;
    return { kind: 'valid', at: value.at, text: value.text };
  }
  const suggestion = nearest(value.text, SHARE_MODES);
  findings.error(
    'invalid-mode',
    value.at,
    `Unknown mode \`${value.text}\`;${suggestion ? ` did you mean \`${suggestion}\`?` : ''} use one of ${SHARE_MODES.join(', ')}.`,
  );
  return { kind: 'invalid' };
}

/**
 * A `dueAt` means that date (SPEC §2, issue 12): without `mode` it implies
 * `customScheduled`; with another mode the file contradicts itself, and
 * guessing which the user meant could publish at the wrong time, so it is an
 * error at the `mode` line.
 */
function readDueAt(
  post: PostFile,
  keys: Map<string, Pair>,
  source: YamlSource,
  findings: FindingList,
  timezone: string | undefined,
  mode: ModeWritten,
): void {
  const value = stringValue('dueAt', keys, source, findings, 'a date-time like `2026-12-01T09:00:00+01:00`');
  if (value) {
    const dueAt: NonNullable<PostFile['dueAt']> = { raw: value.text, position: value.at };
    const result = resolveDueAt(value.text, timezone);
    if (result.ok) {
      dueAt.iso = result.iso;
      if (result.note) findings.warning(result.note.code, value.at, result.note.message);
    } else findings.error(result.code, value.at, result.message);
    post.dueAt = dueAt;
    if (mode.kind === 'absent') post.mode = 'customScheduled';
    else if (mode.kind === 'valid' && post.mode !== 'customScheduled') {
      findings.error(
        'due-at-mode-conflict',
        mode.at,
        `The file contradicts itself: \`mode: ${mode.text}\` ${MODE_MEANING[post.mode]}, but \`dueAt: ${value.text}\` (line ${value.at.line}) names a time. Remove \`mode\` to post at that time (a dueAt alone means customScheduled), or remove \`dueAt\`.`,
      );
    }
    return;
  }
  const dueAtPair = keys.get('dueAt');
  const wrongType = dueAtPair && !isNullNode(source.doc, dueAtPair.value);
  if (post.mode === 'customScheduled' && !wrongType) {
    const modePair = keys.get('mode');
    findings.error(
      'missing-due-at',
      modePair ? source.at(resolveNode(source.doc, modePair.value)) : START,
      '`mode: customScheduled` needs a `dueAt`, e.g. `dueAt: 2026-12-01T09:00:00+01:00`.',
    );
  }
}

function readSchedulingType(post: PostFile, keys: Map<string, Pair>, source: YamlSource, findings: FindingList): void {
  const value = stringValue('schedulingType', keys, source, findings, `one of ${SCHEDULING_TYPES.join(', ')}`);
  if (!value) return;
  if ((SCHEDULING_TYPES as readonly string[]).includes(value.text)) post.schedulingType = value.text as SchedulingType;
  else
    findings.error(
      'invalid-scheduling-type',
      value.at,
      `Unknown schedulingType \`${value.text}\`; use one of ${SCHEDULING_TYPES.join(', ')}.${didYouMean(value.text, SCHEDULING_TYPES)}`,
    );
}

function readDraft(post: PostFile, keys: Map<string, Pair>, source: YamlSource, findings: FindingList): void {
  const pair = keys.get('draft');
  if (!pair || isNullNode(source.doc, pair.value)) return;
  const node = resolveNode(source.doc, pair.value) as { value?: unknown } | undefined;
  if (typeof node?.value === 'boolean') post.draft = node.value;
  else
    findings.error(
      'wrong-type',
      source.at(node),
      `\`draft\` must be \`true\` or \`false\`; found ${describeNode(source.doc, node)}.`,
    );
}
