/**
 * Builds PostFile / ValidationTarget values for validation tests, with real
 * line/column positions: the raw file is assembled from front-matter lines and
 * a body, and every position is computed from it, so tests can assert where a
 * finding points.
 */
import type { AssetInput, Channel, Service } from '../../src/buffer/types.js';
import type { Finding, PostFile, RenderedPost, SourcePosition, ThreadItem } from '../../src/posts/model.js';
import type { ValidateOptions, ValidationTarget } from '../../src/validate/rules.js';

export const NOW = new Date('2026-06-01T12:00:00.000Z');

/** The findings with one code. */
export const withCode = (code: string, findings: Finding[]): Finding[] => findings.filter((f) => f.code === code);

export function opts(overrides: Partial<ValidateOptions> = {}): ValidateOptions {
  return { now: NOW, isNew: true, ...overrides };
}

/** 1-based position of the first `needle` in `raw` (at or after line `fromLine`). */
export function positionIn(raw: string, needle: string, fromLine = 1): SourcePosition {
  const lines = raw.split('\n');
  for (let i = fromLine - 1; i < lines.length; i += 1) {
    const column = (lines[i] ?? '').indexOf(needle);
    if (column !== -1) return { line: i + 1, column: column + 1 };
  }
  throw new Error(`"${needle}" is not in the test file`);
}

export interface PostSpec {
  /** Front-matter lines, without the `---` fences. */
  frontMatter?: string[];
  /** Body; items are separated by lines that are exactly `---`. */
  body?: string;
  channels?: string[];
  path?: string;
  /** Extra fields copied onto the PostFile (mode, dueAt, assets, metadata, tracked, findings…). */
  post?: Partial<PostFile>;
  /** Assets per body item, by item index. */
  itemAssets?: AssetInput[][];
}

export function makePost(spec: PostSpec = {}): PostFile {
  const channels = spec.channels ?? ['twitter'];
  const frontMatter = spec.frontMatter ?? [`channels: [${channels.join(', ')}]`];
  const body = spec.body ?? 'Hello world';
  const raw = ['---', ...frontMatter, '---', body].join('\n') + '\n';
  const bodyLine = frontMatter.length + 3;
  const channelLine = positionIn(raw, 'channel').line;

  const items: ThreadItem[] = [];
  let start = bodyLine;
  let lines: string[] = [];
  const bodyLines = body.split('\n');
  bodyLines.forEach((line, i) => {
    if (line === '---') {
      items.push({
        markdown: lines.join('\n'),
        assets: spec.itemAssets?.[items.length] ?? [],
        position: { line: start, column: 1 },
      });
      lines = [];
      start = bodyLine + i + 1;
    } else {
      lines.push(line);
    }
  });
  items.push({
    markdown: lines.join('\n'),
    assets: spec.itemAssets?.[items.length] ?? [],
    position: { line: start, column: 1 },
  });

  return {
    path: spec.path ?? 'posts/2026-12-01-launch.md',
    raw,
    channels: channels.map((ref) => ({ ref, position: positionIn(raw, ref, channelLine) })),
    mode: 'addToQueue',
    schedulingType: 'automatic',
    draft: false,
    assets: [],
    body,
    bodyLine,
    items,
    tracked: {},
    findings: [],
    ...spec.post,
  };
}

/** What the renderer would give: items' Markdown as text; a thread when there are several items. */
export function renderedFrom(post: PostFile, overrides: Partial<RenderedPost> = {}): RenderedPost {
  const first = post.items[0];
  const rendered: RenderedPost = {
    text: first?.markdown ?? '',
    assets: [...post.assets, ...(first?.assets ?? [])],
  };
  if (post.items.length > 1) {
    rendered.thread = post.items.map((item, k) => ({
      text: item.markdown,
      assets: k === 0 ? rendered.assets : item.assets,
      position: item.position,
    }));
  }
  return { ...rendered, ...overrides };
}

/** A resolved channel; Mastodon channels report their instance limit as Buffer does (`maxCharacters: Int!`). */
export function channel(service: Service, extra: Partial<Channel> = {}): Channel {
  const base: Channel = { id: `ch-${service}`, name: service, service, organizationId: 'org-1', timezone: 'UTC' };
  if (service === 'mastodon') base.maxCharacters = 500;
  return { ...base, ...extra };
}

/** One target per channel reference of `post`; the service is the part before `:`. */
export function targetsFor(
  post: PostFile,
  options: {
    offline?: boolean;
    channels?: Partial<Record<string, Partial<Channel>>>;
    rendered?: Partial<RenderedPost>;
  } = {},
): ValidationTarget[] {
  return post.channels.map(({ ref }) => {
    const service = ref.split(':')[0] as Service;
    const target: ValidationTarget = { ref, service, rendered: renderedFrom(post, options.rendered) };
    if (!options.offline) target.channel = channel(service, options.channels?.[ref]);
    return target;
  });
}

export const image = (url = 'https://example.com/a.png'): AssetInput => ({
  image: { url, metadata: { altText: 'A chart' } },
});
export const video = (url = 'https://example.com/v.mp4'): AssetInput => ({ video: { url } });
export const documentAsset = (url = 'https://example.com/deck.pdf'): AssetInput => ({
  document: { url, title: 'Deck', thumbnailUrl: 'https://example.com/deck.png' },
});
