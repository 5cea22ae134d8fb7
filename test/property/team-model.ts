/**
 * The model of a content team's history for the lifecycle property test
 * (issue 11): what a step is, how fast-check generates one, and what a post
 * file says (its text, thread, image, metadata, draft flag and time) both as
 * the Markdown the team writes and as what Buffer must hold for it.
 *
 * Steps refer to files by index (`pick`, taken modulo the files that exist
 * when the step runs), never by name, so any sub-sequence fast-check shrinks
 * to is still a history a team could have had.
 */
import fc from 'fast-check';

/** The three seed channels the model publishes to (one channel per service in the sandbox seed). */
export const SERVICES = ['twitter', 'linkedin', 'mastodon'] as const;
export type Service = (typeof SERVICES)[number];
/** Services that thread (Buffer's metadata.<service>.thread). */
const THREADING: readonly Service[] = ['twitter', 'mastodon'];

export interface Image {
  url: string;
  alt: string;
}

export interface Item {
  text: string;
  /** A body image of a later thread item (`![alt](url)`); item 1's image is the front-matter one. */
  image?: Image;
}

/** What the team wrote in one post file, outside the `buffer:` block. */
export interface PostSpec {
  channels: Service[];
  /** One item: a single post; more: a thread. */
  items: Item[];
  /** `assets: images:` in the front matter: the post's (and thread item 1's) image. */
  image?: Image;
  /** `dueAt` (ISO, UTC): a custom time; null: the queue. */
  due: string | null;
  draft: boolean;
  /** `metadata: linkedin: {firstComment}`. */
  firstComment?: string;
}

// ---------------------------------------------------------------- steps

/** Generated parameters of a new post, turned into a PostSpec against the sequence's clock. */
export interface SpecSeed {
  channelMask: number;
  texts: number[];
  image: number | null;
  itemImage: number | null;
  due: DueSeed | null;
  draft: boolean;
  firstComment: number | null;
}
export interface DueSeed {
  day: number;
  slot: number;
}

export type Change =
  | { kind: 'text'; item: number; n: number }
  | { kind: 'due'; due: DueSeed | null }
  | { kind: 'draft' }
  | { kind: 'image'; n: number | null }
  | { kind: 'itemImage'; item: number; n: number | null }
  | { kind: 'thread'; texts: number[] }
  | { kind: 'firstComment'; n: number | null }
  | { kind: 'channels'; mask: number };

export type FileOp =
  | { op: 'add'; name: number; folder: number; spec: SpecSeed }
  | { op: 'edit'; pick: number; change: Change }
  | { op: 'rename'; pick: number; name: number }
  | { op: 'move'; pick: number; folder: number }
  /** Copy a file *with* its `buffer:` block to start a new post (a template), maybe reworded in the same commit. */
  | { op: 'copy'; pick: number; name: number; reword: number | null }
  /** `a.md` → `a-old.md` and a new `a.md`, in one commit. */
  | { op: 'replace'; pick: number; spec: SpecSeed }
  | { op: 'delete'; pick: number };

export interface FaultSpec {
  operation: '*' | 'createPost' | 'editPost' | 'deletePost';
  fault: 'rate-limit' | 'drop-after-commit' | 'http-500';
  nth: number;
}

export type Step =
  /**
   * Commits (each a few file operations) pushed together. `run`: the workflow
   * runs right after; `queue`: its run is still waiting (or running) when the
   * next push lands, and checks out its own, by then older, commit; `force`:
   * the teammate had not pulled the bot's write-back and force-pushes over it.
   */
  | { step: 'push'; commits: FileOp[][]; how: 'run' | 'queue' | 'force'; fault: FaultSpec | null }
  | { step: 'sync'; restore: boolean; fault: FaultSpec | null }
  /** Someone edits a tracked post in Buffer's app. */
  | { step: 'buffer-edit'; pick: number; field: 'text' | 'dueAt'; n: number }
  /** Someone deletes a tracked post in Buffer's app. */
  | { step: 'buffer-delete'; pick: number };

// Which words a text has, which picture or which day never matters to a
// failure, only whether there is one: these values are not shrunk, so
// shrinking spends its runs on dropping steps and operations.
const textN = fc.noShrink(fc.nat({ max: 9999 }));
const imageN = fc.option(fc.noShrink(fc.nat({ max: 99 })), { nil: null, freq: 2 });
const dueSeed: fc.Arbitrary<DueSeed> = fc.noShrink(
  fc.record({ day: fc.integer({ min: 1, max: 40 }), slot: fc.nat({ max: 3 }) }),
);

const specSeed: fc.Arbitrary<SpecSeed> = fc.record({
  channelMask: fc.integer({ min: 1, max: 7 }),
  texts: fc.array(textN, { minLength: 1, maxLength: 3 }),
  image: imageN,
  itemImage: imageN,
  due: fc.option(dueSeed, { nil: null, freq: 3 }),
  draft: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  firstComment: imageN,
});

const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('text' as const), item: fc.nat({ max: 2 }), n: textN }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('due' as const), due: fc.option(dueSeed, { nil: null, freq: 3 }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('draft' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('image' as const), n: imageN }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('itemImage' as const), item: fc.nat({ max: 2 }), n: imageN }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('thread' as const),
      texts: fc.array(textN, { minLength: 1, maxLength: 3 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('firstComment' as const), n: imageN }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('channels' as const), mask: fc.integer({ min: 1, max: 7 }) }) },
);

const pick = fc.nat({ max: 99 });
const fileOp: fc.Arbitrary<FileOp> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('add' as const),
      name: fc.nat({ max: 99 }),
      folder: fc.nat({ max: 9 }),
      spec: specSeed,
    }),
  },
  { weight: 6, arbitrary: fc.record({ op: fc.constant('edit' as const), pick, change }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename' as const), pick, name: fc.nat({ max: 99 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('move' as const), pick, folder: fc.nat({ max: 9 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('copy' as const),
      pick,
      name: fc.nat({ max: 99 }),
      reword: fc.option(textN, { nil: null, freq: 2 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('replace' as const), pick, spec: specSeed }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), pick }) },
);

const faultSpec: fc.Arbitrary<FaultSpec> = fc.oneof(
  fc.record({
    operation: fc.constantFrom('*' as const, 'createPost' as const, 'editPost' as const, 'deletePost' as const),
    fault: fc.constant('rate-limit' as const),
    nth: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    operation: fc.constantFrom('createPost' as const, 'editPost' as const, 'deletePost' as const),
    fault: fc.constantFrom('drop-after-commit' as const, 'http-500' as const),
    nth: fc.integer({ min: 1, max: 2 }),
  }),
);
const maybeFault = fc.option(faultSpec, { nil: null, freq: 4 });

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      step: fc.constant('push' as const),
      commits: fc.array(fc.array(fileOp, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
      how: fc.oneof(
        { weight: 6, arbitrary: fc.constant('run' as const) },
        { weight: 2, arbitrary: fc.constant('queue' as const) },
        { weight: 1, arbitrary: fc.constant('force' as const) },
      ),
      fault: maybeFault,
    }),
  },
  { weight: 1, arbitrary: fc.record({ step: fc.constant('sync' as const), restore: fc.boolean(), fault: maybeFault }) },
  {
    weight: 2,
    arbitrary: fc.record({
      step: fc.constant('buffer-edit' as const),
      pick,
      field: fc.constantFrom('text' as const, 'dueAt' as const),
      n: textN,
    }),
  },
  { weight: 1, arbitrary: fc.record({ step: fc.constant('buffer-delete' as const), pick }) },
);

/** The first push of every history adds posts: without files, the steps after it would have nothing to act on. */
const firstPush: fc.Arbitrary<Step> = fc.record({
  step: fc.constant('push' as const),
  commits: fc.array(
    fc.array(
      fc.record({
        op: fc.constant('add' as const),
        name: fc.nat({ max: 99 }),
        folder: fc.nat({ max: 9 }),
        spec: specSeed,
      }),
      { minLength: 1, maxLength: 3 },
    ),
    { minLength: 1, maxLength: 1 },
  ),
  how: fc.constant('run' as const),
  fault: fc.constant(null),
});

/**
 * A team's history: `size: 'max'` so lengths spread over the whole range
 * instead of clustering near zero. The later steps come first in the tuple
 * because fast-check shrinks a tuple in order, and dropping steps is what
 * makes a counterexample short.
 */
export function historyArb(maxSteps: number): fc.Arbitrary<Step[]> {
  return fc
    .tuple(fc.array(stepArb, { maxLength: Math.max(maxSteps - 1, 0), size: 'max' }), firstPush)
    .map(([rest, first]) => [first, ...rest]);
}

// ---------------------------------------------------------------- values

const WORDS = [
  'Launch day',
  'Release notes',
  'Webinar tomorrow',
  'We are hiring',
  'Quick tip',
  'Roadmap update',
  'Case study',
  'Changelog',
];
export const NAMES = ['launch', 'release-notes', 'webinar', 'hiring', 'tips', 'roadmap', 'case-study', 'changelog'];
export const FOLDERS = ['', '', '', '2026/', 'archive/', 'campaigns/q1/'];

/** Plain words only: the Markdown renders to exactly this text on every network. */
export function textOf(n: number, part = 0): string {
  return `${WORDS[n % WORDS.length]} ${n}${part > 0 ? `, part ${part + 1}` : ''}`;
}

export function imageOf(n: number): Image {
  return { url: `https://example.com/img/picture-${n}.png`, alt: `Picture ${n}` };
}

const SLOT_MINUTES = [8 * 60, 10 * 60 + 30, 14 * 60 + 15, 19 * 60 + 45];

/** A due time `day` days after `baseMs` (midnight UTC, in the sandbox clock's future), at one of four times of day. */
export function dueOf(seed: DueSeed, baseMs: number): string {
  const ms = baseMs + seed.day * 86_400_000 + SLOT_MINUTES[seed.slot % SLOT_MINUTES.length]! * 60_000;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

export function channelsOf(mask: number): Service[] {
  return SERVICES.filter((_, i) => (mask & (1 << i)) !== 0);
}

/**
 * Keeps a spec a valid post file: threads only on services that thread (a
 * thread drops LinkedIn), the LinkedIn first comment only with LinkedIn, at
 * least one channel.
 */
export function normalize(spec: PostSpec): PostSpec {
  let channels = SERVICES.filter((s) => spec.channels.includes(s));
  if (spec.items.length > 1) channels = channels.filter((s) => THREADING.includes(s));
  if (channels.length === 0) channels = ['twitter'];
  const items = spec.items.map((item, i) =>
    i === 0 || !item.image ? { text: item.text } : { text: item.text, image: item.image },
  );
  const out: PostSpec = { channels, items, due: spec.due, draft: spec.draft };
  if (spec.image) out.image = spec.image;
  if (spec.firstComment !== undefined && channels.includes('linkedin')) out.firstComment = spec.firstComment;
  return out;
}

export function specFrom(seed: SpecSeed, baseMs: number): PostSpec {
  const items: Item[] = seed.texts.map((n, i) => ({ text: textOf(n, i) }));
  if (items.length > 1 && seed.itemImage !== null) items[items.length - 1]!.image = imageOf(seed.itemImage);
  const spec: PostSpec = {
    channels: channelsOf(seed.channelMask),
    items,
    due: seed.due ? dueOf(seed.due, baseMs) : null,
    draft: seed.draft,
  };
  if (seed.image !== null) spec.image = imageOf(seed.image);
  if (seed.firstComment !== null) spec.firstComment = `First comment ${seed.firstComment}`;
  return normalize(spec);
}

export function applyChange(spec: PostSpec, change: Change, baseMs: number): PostSpec {
  const next: PostSpec = structuredClone(spec);
  switch (change.kind) {
    case 'text': {
      const i = change.item % next.items.length;
      next.items[i]!.text = textOf(change.n, i);
      break;
    }
    case 'due':
      next.due = change.due ? dueOf(change.due, baseMs) : null;
      break;
    case 'draft':
      next.draft = !next.draft;
      break;
    case 'image':
      if (change.n === null) delete next.image;
      else next.image = imageOf(change.n);
      break;
    case 'itemImage': {
      if (next.items.length < 2) return next;
      const i = 1 + (change.item % (next.items.length - 1));
      if (change.n === null) delete next.items[i]!.image;
      else next.items[i]!.image = imageOf(change.n);
      break;
    }
    case 'thread':
      // 1 text: the thread collapses to a single post (keeping item 1); more: items are rewritten or added.
      next.items = change.texts.map((n, i) => (i === 0 ? next.items[0]! : { ...next.items[i], text: textOf(n, i) }));
      break;
    case 'firstComment':
      if (change.n === null) delete next.firstComment;
      else {
        next.firstComment = `First comment ${change.n}`;
        if (!next.channels.includes('linkedin')) next.channels = [...next.channels, 'linkedin'];
        if (next.items.length > 1) next.items = next.items.slice(0, 1);
      }
      break;
    case 'channels':
      next.channels = channelsOf(change.mask);
      break;
  }
  return normalize(next);
}

// ---------------------------------------------------------------- files

/** The post file as the team writes it (no `buffer:` block). */
export function renderFile(spec: PostSpec): string {
  const fm = [`channels: [${spec.channels.join(', ')}]`];
  if (spec.due) fm.push(`dueAt: ${spec.due}`);
  if (spec.draft) fm.push('draft: true');
  if (spec.image) fm.push('assets:', `  images: [{url: "${spec.image.url}", alt: "${spec.image.alt}"}]`);
  if (spec.firstComment !== undefined) fm.push('metadata:', `  linkedin: {firstComment: "${spec.firstComment}"}`);
  const body = spec.items
    .map((item) => (item.image ? `${item.text}\n\n![${item.image.alt}](${item.image.url})` : item.text))
    .join('\n\n---\n\n');
  return `---\n${fm.join('\n')}\n---\n${body}\n`;
}

function frontMatterEnd(content: string): number {
  if (!content.startsWith('---\n')) return -1;
  const close = content.indexOf('\n---\n', 3);
  return close === -1 ? -1 : close + 1;
}

/** The top-level `buffer:` key and its indented lines, as they stand in `content` ('' when there is none). */
export function bufferBlockOf(content: string): string {
  const end = frontMatterEnd(content);
  if (end === -1) return '';
  const lines = content.slice(4, end).split('\n');
  const at = lines.findIndex((line) => /^buffer:/.test(line));
  if (at === -1) return '';
  let stop = at + 1;
  while (stop < lines.length && /^[ \t]/.test(lines[stop]!)) stop++;
  return `${lines.slice(at, stop).join('\n')}\n`;
}

/** `content` without its `buffer:` block: what the team wrote. */
export function withoutBufferBlock(content: string): string {
  const block = bufferBlockOf(content);
  if (block === '') return content;
  const end = frontMatterEnd(content);
  const at = content.indexOf(block, 4);
  return at === -1 || at >= end ? content : content.slice(0, at) + content.slice(at + block.length);
}

/** The team's new text for a file, keeping the `buffer:` block the file has in their clone (at the end of the front matter). */
export function withBufferBlock(rendered: string, block: string): string {
  if (block === '') return rendered;
  const end = frontMatterEnd(rendered);
  return rendered.slice(0, end) + block + rendered.slice(end);
}

// ---------------------------------------------------------------- Buffer's side

export interface WireAsset {
  image: { url: string; metadata: { altText: string } };
}

export interface ExpectedPost {
  text: string;
  assets: WireAsset[];
  /** The channel's metadata entry as Buffer must hold it ({} = none). */
  metadata: Record<string, unknown>;
  draft: boolean;
  /** ISO due time for a custom-scheduled post; null for the queue. */
  due: string | null;
}

function wireImage(image: Image | undefined): WireAsset[] {
  return image ? [{ image: { url: image.url, metadata: { altText: image.alt } } }] : [];
}

/** What Buffer must hold on `service` for a file saying `spec` (SPEC §2, Buffer's reference for threads). */
export function expectedPost(spec: PostSpec, service: Service): ExpectedPost {
  const assets = wireImage(spec.image);
  let metadata: Record<string, unknown> = {};
  if (spec.items.length > 1 && THREADING.includes(service)) {
    metadata = {
      thread: spec.items.map((item, i) => ({ text: item.text, assets: i === 0 ? assets : wireImage(item.image) })),
    };
  }
  if (service === 'linkedin' && spec.firstComment !== undefined) metadata = { firstComment: spec.firstComment };
  return { text: spec.items[0]!.text, assets, metadata, draft: spec.draft, due: spec.due };
}

/** Top-level steps plus the file operations inside pushes: how big a history is. */
export function sizeOf(steps: Step[]): number {
  return steps.reduce((n, s) => n + 1 + (s.step === 'push' ? s.commits.flat().length : 0), 0);
}

/** A step list as the failure report prints it: one line per step, file operations indented. */
export function describeSteps(steps: Step[]): string {
  const lines: string[] = [];
  steps.forEach((s, i) => {
    const fault = 'fault' in s && s.fault ? ` fault=${s.fault.fault}@${s.fault.operation}#${s.fault.nth}` : '';
    if (s.step === 'push') {
      lines.push(`${i + 1}. push (${s.how})${fault}`);
      s.commits.forEach((ops, c) =>
        lines.push(`     commit ${c + 1}: ${ops.map((op) => JSON.stringify(op)).join(' ; ')}`),
      );
    } else if (s.step === 'sync') lines.push(`${i + 1}. sync${s.restore ? ' (on-drift: restore)' : ''}${fault}`);
    else lines.push(`${i + 1}. ${JSON.stringify(s)}`);
  });
  return lines.join('\n');
}
