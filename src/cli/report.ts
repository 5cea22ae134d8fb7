/**
 * `buffer-gitops report`: post metrics at a desk (issue 15), the job
 * summary's tables as text, the whole MetricsReport with --json, the rows in
 * the metrics file's format with --csv.
 *
 * With BUFFER_API_KEY it reads Buffer: the sent posts of the window with
 * their numbers, and each channel's totals (`aggregatedPostMetrics`); the
 * repository's `buffer:` blocks say which file and channel reference each
 * post belongs to (a post no file tracks is listed with file null). Without
 * a key it reads the metrics file sync wrote, and says that the numbers are
 * as of that sync.
 *
 * The window is whole UTC days, as Buffer's totals count them
 * (AggregatedPostMetricsInput: "UTC midnight of the first calendar day",
 * the last day inclusive): `--since 30d` is today and the 29 days before, so
 * the posts listed and the totals cover the same posts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BufferClient } from '../buffer/client.js';
import type { Channel, Post } from '../buffer/types.js';
import { referenceFor, resolveChannel } from '../channels/resolve.js';
import { connect } from '../commands/connect.js';
import type { Settings } from '../config/settings.js';
import { MetricsCsvError, parseMetricsCsv, renderMetricsCsv } from '../metrics/csv.js';
import { readChannelTotals, readSentPosts } from '../metrics/buffer-reads.js';
import type { MetricsReport, MetricsRow } from '../metrics/types.js';
import { listMarkdownFiles } from '../plan/list-files.js';
import { readPost } from '../plan/collect.js';
import type { PostFile } from '../posts/model.js';
import { latestRefresh, localMinute } from '../report/metrics-rows.js';
import { metricsText } from '../report/metrics-text.js';
import { trackedRefs, type TrackedRef } from '../sync/tracked.js';
import { EXIT } from './commands.js';

const DAY_MS = 86_400_000;
/** Buffer's totals cover at most 365 days ("Date range is capped to 365 days"). */
export const MAX_DAYS = 365;
export const DEFAULT_SINCE = '30d';

export interface ReportFlags {
  since?: string;
  channel?: string;
  json: boolean;
  csv: boolean;
}

export interface ReportIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** A usage mistake: printed as one line, exit 2. */
class ReportUsage extends Error {}

/**
 * `--since` as the window's first UTC midnight: `30d` (today and the 29 days
 * before), `8w` (56 days), or a date. `now` is the end of the window.
 */
export function parseSince(value: string, now: Date): Date {
  const example = 'e.g. --since 30d, --since 8w or --since 2026-01-01';
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const count = /^(\d{1,4})([dw])$/.exec(value);
  if (count) {
    const days = Number(count[1]) * (count[2] === 'w' ? 7 : 1);
    if (days === 0) throw new ReportUsage(`--since ${value}: the window needs at least one day (${example}).`);
    return new Date(today - (days - 1) * DAY_MS);
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) {
    const ms = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    if (new Date(ms).toISOString().slice(0, 10) !== value)
      throw new ReportUsage(`--since ${value}: not a date in the calendar (${example}).`);
    if (ms > today) throw new ReportUsage(`--since ${value}: a date after today; give a day on or before today.`);
    return new Date(ms);
  }
  throw new ReportUsage(`--since takes a number of days or weeks, or a date (YYYY-MM-DD): ${example}; got "${value}".`);
}

export async function runReportCommand(
  settings: Settings,
  flags: ReportFlags,
  io: ReportIo,
  now: Date = new Date(),
): Promise<number> {
  const usage = (message: string) => {
    io.stderr.write(`buffer-gitops: ${message}\n`);
    return EXIT.usage;
  };
  if (flags.json && flags.csv) return usage('--json and --csv are two formats for stdout; give one.');
  let since: Date;
  try {
    since = parseSince(flags.since ?? DEFAULT_SINCE, now);
  } catch (error) {
    if (error instanceof ReportUsage) return usage(error.message);
    throw error;
  }
  const window = { since: since.toISOString(), until: now.toISOString() };
  const timezone = settings.timezone ?? 'UTC';

  let report: MetricsReport;
  if (settings.apiKey) {
    // Buffer refuses a longer range: say so in the flag's words rather than pass its error on.
    const days = Math.ceil((now.getTime() - since.getTime()) / DAY_MS);
    if (days > MAX_DAYS)
      return usage(
        `--since ${flags.since}: ${days} days; Buffer's totals cover at most ${MAX_DAYS} days (e.g. --since ${MAX_DAYS}d).`,
      );
    const read = await fromBuffer(settings, flags.channel, window, io);
    if (typeof read === 'string') return usage(read);
    report = { ...window, timezone, ...read };
  } else {
    const read = await fromMetricsFile(settings, flags.channel, window);
    if ('usage' in read) return usage(read.usage);
    if ('problem' in read) {
      io.stderr.write(`buffer-gitops: ${read.problem}\n`);
      return EXIT.problems;
    }
    report = { ...window, timezone, rows: read.rows, totals: [] };
    const refreshed = latestRefresh(read.rows);
    io.stderr.write(
      `No BUFFER_API_KEY: the numbers are from ${settings.metricsFile}, as of the last sync` +
        (refreshed ? ` (Buffer refreshed them ${localMinute(refreshed, timezone)} ${timezone})` : '') +
        '; per-channel totals come from Buffer and need the key.\n',
    );
  }

  if (flags.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (flags.csv) io.stdout.write(renderMetricsCsv(report.rows));
  else {
    const color = (io.stdout as NodeJS.WriteStream).isTTY === true && !io.env.NO_COLOR;
    io.stdout.write(metricsText(report, { color }));
  }
  return EXIT.ok;
}

/** The rows and totals as Buffer has them now; a string is a usage problem (an unknown --channel). */
async function fromBuffer(
  settings: Settings,
  channelRef: string | undefined,
  window: { since: string; until: string },
  io: ReportIo,
): Promise<Pick<MetricsReport, 'rows' | 'totals'> | string> {
  const client = new BufferClient({ apiKey: settings.apiKey!, apiUrl: settings.apiUrl, maxWaitMs: settings.maxWaitMs });
  const { organization, channels } = await connect(client, settings.organizationId);
  let only: Channel[] = channels;
  if (channelRef !== undefined) {
    const resolved = resolveChannel(channelRef, channels);
    if (!resolved.ok) return `--channel ${channelRef}: ${resolved.message}`;
    only = [resolved.channel];
  }
  const posts = await readSentPosts(client, {
    organizationId: organization.id,
    ...window,
    ...(channelRef !== undefined ? { channelIds: only.map((c) => c.id) } : {}),
  });
  const totals = await readChannelTotals(client, {
    organizationId: organization.id,
    channels: only,
    allChannels: channels,
    ...window,
    onNote: (note) => io.stderr.write(`${note}\n`),
  });
  const tracked = new Map<string, TrackedRef>();
  for (const ref of trackedRefs(await readPostFiles(settings)))
    if (!tracked.has(ref.entry.id)) tracked.set(ref.entry.id, ref);
  const rows = posts.map((post) => rowOf(post, tracked.get(post.id), channels)).sort(newestFirst);
  return { rows, totals };
}

/** One post as a row: the file and reference of the `buffer:` entry that tracks it, else Buffer's channel reference. */
function rowOf(post: Post, tracked: TrackedRef | undefined, channels: Channel[]): MetricsRow {
  const channel = channels.find((c) => c.id === post.channelId);
  const service = post.channelService ?? channel?.service;
  return {
    file: tracked?.file ?? null,
    channel: tracked?.ref ?? (channel ? referenceFor(channel, channels) : post.channelId),
    ...(service ? { service } : {}),
    postId: post.id,
    sentAt: post.sentAt ?? null,
    link: post.externalLink ?? null,
    metricsUpdatedAt: post.metricsUpdatedAt ?? null,
    metrics: Object.fromEntries((post.metrics ?? []).map((m) => [m.type, m.value])),
    text: post.text,
  };
}

/** The rows of the metrics file sent in the window, with each post's text from its file. */
async function fromMetricsFile(
  settings: Settings,
  channelRef: string | undefined,
  window: { since: string; until: string },
): Promise<{ rows: MetricsRow[] } | { usage: string } | { problem: string }> {
  const path = settings.metricsFile;
  if (path === null)
    return {
      usage:
        'no BUFFER_API_KEY, and metrics-file is none, so there is no metrics file to read: set BUFFER_API_KEY to read Buffer.',
    };
  let text: string;
  try {
    text = await readFile(join(settings.workspace, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return {
      usage: `no BUFFER_API_KEY, and ${path} does not exist: sync writes it once Buffer has numbers for a sent post (or give --metrics-file PATH). Set BUFFER_API_KEY to read Buffer instead.`,
    };
  }
  let all: MetricsRow[];
  try {
    all = parseMetricsCsv(text).rows.map(({ line: _line, ...row }) => row);
  } catch (error) {
    if (error instanceof MetricsCsvError)
      return { problem: `${path}:${error.line}: ${error.message}. Fix the line, or run sync to write the file again.` };
    throw error;
  }
  if (channelRef !== undefined && !all.some((row) => row.channel === channelRef)) {
    const names = [...new Set(all.map((row) => row.channel))].sort();
    return {
      usage: `--channel ${channelRef}: no row of ${path} names that channel${names.length ? `; it names ${names.map((n) => `"${n}"`).join(', ')}` : ' (it has no rows)'}.`,
    };
  }
  const [from, to] = [Date.parse(window.since), Date.parse(window.until)];
  const rows = all
    .filter((row) => channelRef === undefined || row.channel === channelRef)
    .filter((row) => row.sentAt !== null && Date.parse(row.sentAt) >= from && Date.parse(row.sentAt) <= to)
    .sort(newestFirst);
  // The file keeps no text; the post files do (the excerpt a person recognises).
  const files = new Map<string, PostFile | undefined>();
  for (const row of rows) {
    if (row.file === null) continue;
    if (!files.has(row.file))
      files.set(
        row.file,
        await readPost(row.file, { workspace: settings.workspace, timezone: settings.timezone }).catch(() => undefined),
      );
    const body = files.get(row.file)?.body.trim();
    if (body) row.text = body;
  }
  return { rows };
}

async function readPostFiles(settings: Settings): Promise<PostFile[]> {
  const paths = await listMarkdownFiles(settings.workspace, settings.postsDir);
  const posts: PostFile[] = [];
  for (const path of paths)
    posts.push(
      await readPost(path.replace(/^\.\//, ''), { workspace: settings.workspace, timezone: settings.timezone }),
    );
  return posts;
}

function newestFirst(a: MetricsRow, b: MetricsRow): number {
  return (
    (Date.parse(b.sentAt ?? '') || 0) - (Date.parse(a.sentAt ?? '') || 0) ||
    (a.postId < b.postId ? -1 : a.postId > b.postId ? 1 : 0)
  );
}
