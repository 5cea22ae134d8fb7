/**
 * `buffer-gitops report`: post metrics at a desk (issue 15), the job
 * summary's tables as text, the whole MetricsReport with --json, the rows in
 * the metrics file's format with --csv.
 *
 * The data comes from metrics/report-data.ts; this file holds the flags,
 * the output and the exit codes. With BUFFER_API_KEY it reads Buffer: the sent posts of the window with
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
import { bufferClient } from '../commands/context.js';
import type { Channel } from '../buffer/types.js';
import { resolveChannel } from '../channels/resolve.js';
import { connect } from '../commands/connect.js';
import type { Settings } from '../config/settings.js';
import { MetricsCsvError, renderMetricsCsv } from '../metrics/csv.js';
import { readReportFromBuffer, readReportFromFile } from '../metrics/report-data.js';
import type { TrackedMetricsRef } from '../metrics/rows.js';
import type { MetricsReport } from '../metrics/types.js';
import { daysWindow, METRICS_WINDOW_DAYS, windowDays, type MetricsWindow } from '../metrics/window.js';
import { laterOf, utcDayStart } from '../time/days.js';
import { collectFiles } from '../plan/collect.js';
import type { PostFile } from '../posts/model.js';
import { latestRefresh, localMinute } from '../report/metrics-rows.js';
import { metricsText } from '../report/metrics-text.js';
import { trackedRefs } from '../sync/tracked.js';
import { EXIT } from './commands.js';

/** Buffer's totals cover at most 365 days ("Date range is capped to 365 days"). */
const MAX_DAYS = 365;
/** The sync's window length, in the flag's words. */
const DEFAULT_SINCE = `${METRICS_WINDOW_DAYS}d`;

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

/** `--since` read, before the clock is known: a number of days, or a first day (UTC midnight, ms). */
type Since = { days: number } | { day: number };

const SINCE_EXAMPLE = 'e.g. --since 30d, --since 8w or --since 2026-01-01';

/** `--since` as written: `30d` (today and the 29 days before), `8w` (56 days), or a date. */
function parseSince(value: string): Since {
  const count = /^(\d{1,4})([dw])$/.exec(value);
  if (count) {
    const days = Number(count[1]) * (count[2] === 'w' ? 7 : 1);
    if (days === 0) throw new ReportUsage(`--since ${value}: the window needs at least one day (${SINCE_EXAMPLE}).`);
    return { days };
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) {
    const day = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    if (new Date(day).toISOString().slice(0, 10) !== value)
      throw new ReportUsage(`--since ${value}: not a date in the calendar (${SINCE_EXAMPLE}).`);
    return { day };
  }
  throw new ReportUsage(
    `--since takes a number of days or weeks, or a date (YYYY-MM-DD): ${SINCE_EXAMPLE}; got "${value}".`,
  );
}

/** The window from `--since` to `now`; a first day after today is a usage mistake. */
function windowOf(since: Since, value: string, now: Date): MetricsWindow {
  if ('days' in since) return daysWindow(since.days, now);
  if (since.day > utcDayStart(now.getTime()))
    throw new ReportUsage(`--since ${value}: a date after today; give a day on or before today.`);
  return { since: new Date(since.day).toISOString(), until: now.toISOString() };
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
  const sinceText = flags.since ?? DEFAULT_SINCE;
  let since: Since;
  try {
    since = parseSince(sinceText);
  } catch (error) {
    if (error instanceof ReportUsage) return usage(error.message);
    throw error;
  }
  const timezone = settings.timezone ?? 'UTC';

  let report: MetricsReport;
  if (settings.apiKey) {
    const read = await fromBuffer(
      settings,
      flags.channel,
      { text: sinceText, at: (clock) => windowOf(since, sinceText, clock) },
      now,
      io,
    );
    if (typeof read === 'string') return usage(read);
    report = { ...read.window, timezone, rows: read.rows, totals: read.totals };
  } else {
    const path = settings.metricsFile;
    if (path === null)
      return usage(
        'no BUFFER_API_KEY, and metrics-file is none, so there is no metrics file to read: set BUFFER_API_KEY to read Buffer.',
      );
    let read: Awaited<ReturnType<typeof readReportFromFile>>;
    try {
      read = await readReportFromFile(settings.workspace, path, {
        // The sync that wrote the file saw Buffer's clock: its latest refresh is a lower bound for now.
        window: (latest) => windowOf(since, sinceText, laterOf(now, latest)),
        channel: flags.channel,
      });
    } catch (error) {
      if (error instanceof ReportUsage) return usage(error.message);
      if (!(error instanceof MetricsCsvError)) throw error;
      io.stderr.write(
        `buffer-gitops: ${path}:${error.line}: ${error.message}. Fix the line, or run sync to write the file again.\n`,
      );
      return EXIT.problems;
    }
    if (read === undefined)
      return usage(
        `no BUFFER_API_KEY, and ${path} does not exist: sync writes it once Buffer has numbers for a sent post (or give --metrics-file PATH). Set BUFFER_API_KEY to read Buffer instead.`,
      );
    if (flags.channel !== undefined && !read.channels.includes(flags.channel)) {
      const names = read.channels;
      return usage(
        `--channel ${flags.channel}: no row of ${path} names that channel${names.length ? `; it names ${names.map((n) => `"${n}"`).join(', ')}` : ' (it has no rows)'}.`,
      );
    }
    report = { ...read.window, timezone, rows: read.rows, totals: [] };
    const refreshed = latestRefresh(read.rows);
    io.stderr.write(
      `No BUFFER_API_KEY: the numbers are from ${path}, as of the last sync` +
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

/**
 * The window, rows and totals as Buffer has them now; a string is a usage
 * problem (an unknown --channel, a window Buffer refuses). The window ends at
 * the later of this machine's clock and Buffer's (its answer's Date header).
 */
async function fromBuffer(
  settings: Settings,
  channelRef: string | undefined,
  since: { text: string; at: (clock: Date) => MetricsWindow },
  now: Date,
  io: ReportIo,
): Promise<(Pick<MetricsReport, 'rows' | 'totals'> & { window: MetricsWindow }) | string> {
  const client = bufferClient({ ...settings, apiKey: settings.apiKey! });
  const { organization, channels } = await connect(client, settings.organizationId);
  let window: MetricsWindow;
  try {
    window = since.at(laterOf(now, client.serverTime));
  } catch (error) {
    if (error instanceof ReportUsage) return error.message;
    throw error;
  }
  // Buffer refuses a longer range: say so in the flag's words rather than pass its error on.
  const days = windowDays(window);
  if (days > MAX_DAYS)
    return `--since ${since.text}: ${days} days; Buffer's totals cover at most ${MAX_DAYS} days (e.g. --since ${MAX_DAYS}d).`;
  let only: Channel | undefined;
  if (channelRef !== undefined) {
    const resolved = resolveChannel(channelRef, channels);
    if (!resolved.ok) return `--channel ${channelRef}: ${resolved.message}`;
    only = resolved.channel;
  }
  const read = await readReportFromBuffer(client, {
    organizationId: organization.id,
    channels,
    only,
    window,
    tracked: await trackedPosts(settings),
    onNote: (note) => io.stderr.write(`${note}\n`),
  });
  return { window, ...read };
}

/** The posts the repository's files track, as their `buffer:` blocks name them: the files sync reads, read as sync reads them. */
async function trackedPosts(settings: Settings): Promise<TrackedMetricsRef[]> {
  const collected = await collectFiles(undefined, {
    workspace: settings.workspace,
    postsDir: settings.postsDir,
    ideasDir: settings.ideasDir,
    timezone: settings.timezone,
  });
  const posts = collected.posts.map((c) => c.current).filter((p): p is PostFile => Boolean(p));
  return trackedRefs(posts).map((t) => ({ file: t.file, channel: t.ref, postId: t.entry.id }));
}
