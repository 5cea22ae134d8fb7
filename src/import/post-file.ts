/**
 * One Buffer post → the text of a post file (SPEC §2) that the product reads
 * back as that same post: channel reference, schedule, assets, options, the
 * body (thread items separated by `---`), and the `buffer:` block with its ID.
 * Every scalar goes through the write-back emitter, which quotes whatever a
 * YAML reader could take for something else.
 */
import { THREAD_SERVICES, type AssetInput, type Channel } from '../buffer/types.js';
import { emitBufferBlock, emitFlow, emitString } from '../writeback/frontmatter-emit.js';
import { entryFor } from '../writeback/tracked-updates.js';
import { localTime } from '../time/zoned-time.js';
import { markdownFor } from './markdown-text.js';
import type { ImportedPost } from './wire-post.js';

export interface PostFileText {
  text: string;
  /** What the file cannot say exactly as Buffer has it. */
  warnings: string[];
}

export function postFileText(imported: ImportedPost, channel: Channel, ref: string): PostFileText {
  const { post } = imported;
  const warnings: string[] = [];
  const lines = ['---', `channel: ${emitString(ref)}`];
  // A scheduled post keeps its time: Buffer's queue must not move it when the file is applied again.
  if (post.dueAt && (post.status !== 'draft' || post.shareMode === 'customScheduled')) {
    lines.push('mode: customScheduled', `dueAt: ${localTime(post.dueAt, channel.timezone)}`);
  }
  if (post.schedulingType === 'notification') lines.push('schedulingType: notification');
  if (post.status === 'draft') lines.push('draft: true');
  if (imported.assets.length > 0) {
    lines.push('assets:');
    for (const asset of imported.assets) lines.push(`  - ${emitFlow(asset)}`);
  }
  if (imported.metadata) {
    lines.push('metadata:');
    for (const [key, value] of Object.entries(imported.metadata))
      lines.push(`  ${emitString(key)}: ${emitFlow(value)}`);
  }
  lines.push(
    ...emitBufferBlock({ [ref]: entryFor(post) }, '\n')
      .trimEnd()
      .split('\n'),
    '---',
  );

  const threaded = THREAD_SERVICES.includes(channel.service) && (post.thread?.length ?? 0) > 1;
  const items = threaded ? post.thread!.map((t) => t.text) : [post.text];
  const bodies = items.map((text, index) => {
    const { markdown, exact } = markdownFor(text, channel.service);
    if (!exact)
      warnings.push(
        `the text${threaded ? ` of thread item ${index + 1}` : ''} has blank-line runs, leading or trailing spaces that Markdown cannot keep; applying this file would change them in Buffer`,
      );
    // Item 0's media are the post's assets (front-matter); later items carry theirs as body images.
    const media = index === 0 ? [] : (imported.threadAssets[index] ?? []);
    const images = media.map((asset) => imageMarkdown(asset)).filter((m): m is string => m !== undefined);
    if (images.length < media.length)
      warnings.push(
        `thread item ${index + 1} has a video or document, which a post file can only attach to the first item; it was left out`,
      );
    return [markdown, ...images].filter((part) => part !== '').join('\n\n');
  });
  return { text: `${lines.join('\n')}\n${bodies.join('\n\n---\n\n')}\n`, warnings };
}

function imageMarkdown(asset: AssetInput): string | undefined {
  if (!('image' in asset)) return undefined;
  const alt = (asset.image.metadata?.altText ?? '').replace(/[\\[\]]/g, (c) => `\\${c}`);
  const url = /[\s()<>]/.test(asset.image.url)
    ? `<${asset.image.url.replace(/[<>]/g, encodeURIComponent)}>`
    : asset.image.url;
  return `![${alt}](${url})`;
}
