/**
 * The rows and totals of the CLI's `report` (issue 15), from either source:
 * Buffer (the sent posts of the window with their numbers, and each
 * channel's totals in one `aggregatedPostMetrics` request), or, without a
 * key, the metrics file the last sync wrote. Gathering only: the CLI words
 * what goes wrong in its flags.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BufferClient } from '../buffer/client.js';
import type { Channel, Post } from '../buffer/types.js';
import { referenceFor } from '../channels/resolve.js';
import { readPostFile } from '../posts/read-post-file.js';
import { readChannelTotals, readSentPosts } from './buffer-reads.js';
import { parseMetricsCsv } from './csv.js';
import type { TrackedMetricsRef } from './rows.js';
import type { MetricsReport, MetricsRow } from './types.js';
import { inWindow, type MetricsWindow as Window } from './window.js';
import { compareCodeUnits } from '../text/compare.js';

/**
 * The window's sent posts and the channels' totals as Buffer has them now.
 * `only`: one channel (default: every channel). `tracked`: the `buffer:`
 * entries of the post files, which name each post's file and reference (a
 * post no file tracks is listed with file null and Buffer's reference).
 */
export async function readReportFromBuffer(
  client: BufferClient,
  opts: {
    organizationId: string;
    channels: Channel[];
    only?: Channel | undefined;
    window: Window;
    tracked: readonly TrackedMetricsRef[];
    onNote: (message: string) => void;
  },
): Promise<Pick<MetricsReport, 'rows' | 'totals'>> {
  const { organizationId, channels, only, window } = opts;
  const posts = await readSentPosts(client, {
    organizationId,
    ...window,
    ...(only ? { channelIds: [only.id] } : {}),
  });
  const totals = await readChannelTotals(client, {
    organizationId,
    channels: only ? [only] : channels,
    allChannels: channels,
    ...window,
    onNote: opts.onNote,
  });
  const byPost = new Map<string, TrackedMetricsRef>();
  for (const ref of opts.tracked) if (!byPost.has(ref.postId)) byPost.set(ref.postId, ref);
  const rows = posts.map((post) => rowOf(post, byPost.get(post.id), channels)).sort(newestFirst);
  return { rows, totals };
}

/** One post as a row: the file and reference of the `buffer:` entry that tracks it, else Buffer's channel reference. */
function rowOf(post: Post, tracked: TrackedMetricsRef | undefined, channels: Channel[]): MetricsRow {
  const channel = channels.find((c) => c.id === post.channelId);
  const service = post.channelService ?? channel?.service;
  return {
    file: tracked?.file ?? null,
    channel: tracked?.channel ?? (channel ? referenceFor(channel, channels) : post.channelId),
    ...(service ? { service } : {}),
    postId: post.id,
    sentAt: post.sentAt ?? null,
    link: post.externalLink ?? null,
    metricsUpdatedAt: post.metricsUpdatedAt ?? null,
    metrics: Object.fromEntries((post.metrics ?? []).map((m) => [m.type, m.value])),
    text: post.text,
  };
}

/**
 * The rows of the metrics file (`path`, from the repository's top folder)
 * sent in the window (only `channel`'s when given), newest first, each with
 * its post file's text: the file keeps none, and the excerpt is what a person
 * recognises. `channels`: every channel the file names, so an unknown one can
 * be told apart from one with nothing in the window. Undefined when the file
 * does not exist; throws MetricsCsvError for one that cannot be read back.
 */
export async function readReportFromFile(
  workspace: string,
  path: string,
  opts: {
    /** The window, given the file's latest refresh (a lower bound for Buffer's clock when the sync wrote it). */
    window: (latestRefresh: Date | undefined) => Window;
    channel?: string | undefined;
  },
): Promise<{ rows: MetricsRow[]; channels: string[]; window: Window } | undefined> {
  let text: string;
  try {
    text = await readFile(join(workspace, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const all = parseMetricsCsv(text).rows.map(({ line: _line, ...row }) => row);
  const latest = Math.max(...all.map((row) => Date.parse(row.metricsUpdatedAt ?? '')).filter(Number.isFinite));
  const window = opts.window(Number.isFinite(latest) ? new Date(latest) : undefined);
  const rows = all
    .filter((row) => (opts.channel === undefined || row.channel === opts.channel) && inWindow(row.sentAt, window))
    .sort(newestFirst);
  const bodies = new Map<string, string | undefined>();
  for (const row of rows) {
    if (row.file === null) continue;
    if (!bodies.has(row.file)) bodies.set(row.file, postBody(workspace, row.file));
    const body = bodies.get(row.file);
    if (body) row.text = body;
  }
  return { rows, channels: [...new Set(all.map((row) => row.channel))].sort(), window };
}

/** A post file's text; undefined for a file that is gone (renamed since the sync wrote its row). */
function postBody(workspace: string, file: string): string | undefined {
  try {
    return readPostFile(workspace, file).body.trim();
  } catch (error) {
    // Gone or unreadable: the row stays without its text. Anything else is a bug to see, not a blank.
    if ((error as NodeJS.ErrnoException).code !== undefined) return undefined;
    throw error;
  }
}

function newestFirst(a: MetricsRow, b: MetricsRow): number {
  return (Date.parse(b.sentAt ?? '') || 0) - (Date.parse(a.sentAt ?? '') || 0) || compareCodeUnits(a.postId, b.postId);
}
