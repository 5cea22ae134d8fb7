/**
 * The metrics file (issue 15): one CSV row per post file × channel, which
 * GitHub renders as a searchable table. RFC 4180 (fields quoted only when they
 * hold a comma, a quote or a line break; quotes doubled), LF line ends, a
 * trailing newline, rows sorted by file, channel and post ID, so the same
 * numbers always give the same bytes and a diff shows only what moved.
 *
 * Columns: file, channel, post_id, sent_at, link, metrics_updated_at, then one
 * column per metric type some row has, in the order of Buffer's
 * `PostMetricType` enum. Values are written as Buffer sent them; a type a row
 * lacks is an empty cell. People may edit the file; what cannot be read back
 * is a MetricsCsvError at its line, never a guess.
 *
 * Cells are not prefixed against spreadsheet formulas (=, +, -, @): each is
 * a path in the posts folder, a channel reference or Buffer ID, an ISO date,
 * Buffer's link to the published post or a count, so none starts with one
 * unless posts-dir itself does, and a prefix would change the paths that
 * every program reading the file (and this parser) gets back.
 */
import { enumValues } from '../buffer/input-types.js';
import type { MetricsRow } from './types.js';
import { compareCodeUnits } from '../text/compare.js';

const FIXED_COLUMNS = ['file', 'channel', 'post_id', 'sent_at', 'link', 'metrics_updated_at'] as const;

/** The reference's `PostMetricType` values, as the generated input types hold them: the metric columns follow it. */
const METRIC_TYPE_ORDER = enumValues('PostMetricType');

/** A row read from the file, with the line its record starts on. */
export type MetricsCsvRow = MetricsRow & { line: number };

/** The file cannot be read back: where, and what to do. */
export class MetricsCsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'MetricsCsvError';
  }
}

/** Metric columns for these rows: every type some row has, enum order first, then any newer type by name. */
function metricColumns(rows: readonly MetricsRow[]): string[] {
  const types = new Set<string>();
  for (const row of rows) for (const type of Object.keys(row.metrics)) types.add(type);
  const rank = (t: string) => {
    const i = METRIC_TYPE_ORDER.indexOf(t);
    return i === -1 ? METRIC_TYPE_ORDER.length : i;
  };
  return [...types].sort((a, b) => rank(a) - rank(b) || compareCodeUnits(a, b));
}

/** Rows in the file's order: file, then channel, then post ID (code-unit order, the same on every machine). */
export function sortRows<T extends MetricsRow>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      compareCodeUnits(a.file ?? '', b.file ?? '') ||
      compareCodeUnits(a.channel, b.channel) ||
      compareCodeUnits(a.postId, b.postId),
  );
}

export function renderMetricsCsv(rows: readonly MetricsRow[]): string {
  const types = metricColumns(rows);
  const lines = [[...FIXED_COLUMNS, ...types].map(field).join(',')];
  for (const row of sortRows(rows)) {
    const cells = [
      row.file ?? '',
      row.channel,
      row.postId,
      row.sentAt ?? '',
      row.link ?? '',
      row.metricsUpdatedAt ?? '',
      ...types.map((t) => (row.metrics[t] === undefined ? '' : String(row.metrics[t]))),
    ];
    lines.push(cells.map(field).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Reads the file back. An empty file holds no rows. Throws MetricsCsvError
 * for anything that is not a file this module wrote (or an edit that kept
 * its shape): a different header, a row of another width, a metric that is
 * not a number, a date that is not one, a row repeated.
 */
export function parseMetricsCsv(text: string): { rows: MetricsCsvRow[]; columns: string[] } {
  const records = readRecords(text);
  if (records.length === 0) return { rows: [], columns: [...FIXED_COLUMNS] };
  const [header, ...body] = records;
  const columns = header!.fields.map((f) => f.trim());
  FIXED_COLUMNS.forEach((name, i) => {
    if (columns[i] !== name) {
      throw new MetricsCsvError(
        header!.line,
        `the header must start with ${FIXED_COLUMNS.join(',')}; column ${i + 1} is ${columns[i] === undefined ? 'missing' : `"${columns[i]}"`}`,
      );
    }
  });
  const types = columns.slice(FIXED_COLUMNS.length);
  const seenType = new Set<string>();
  for (const type of types) {
    if (type === '' || seenType.has(type)) {
      throw new MetricsCsvError(
        header!.line,
        type === '' ? 'the header has an empty column name' : `the header names "${type}" twice`,
      );
    }
    seenType.add(type);
  }

  const rows: MetricsCsvRow[] = [];
  const seenRow = new Map<string, number>();
  for (const record of body) {
    const { line, fields } = record;
    if (fields.length !== columns.length) {
      throw new MetricsCsvError(line, `${fields.length} field(s), the header has ${columns.length}`);
    }
    const [file, channel, postId, sentAt, link, metricsUpdatedAt] = fields as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (channel === '' || postId === '') throw new MetricsCsvError(line, 'channel and post_id must not be empty');
    for (const [name, value] of [
      ['sent_at', sentAt],
      ['metrics_updated_at', metricsUpdatedAt],
    ] as const) {
      if (value !== '' && !Number.isFinite(Date.parse(value))) {
        throw new MetricsCsvError(
          line,
          `${name} "${value}" is not a date (write it as Buffer does, e.g. 2027-01-02T10:30:00.000Z)`,
        );
      }
    }
    const metrics: Record<string, number> = {};
    types.forEach((type, i) => {
      const cell = fields[FIXED_COLUMNS.length + i]!.trim();
      if (cell === '') return;
      const value = Number(cell);
      if (!Number.isFinite(value)) throw new MetricsCsvError(line, `${type} "${cell}" is not a number`);
      metrics[type] = value;
    });
    const key = rowKey({ file: file || null, channel, postId });
    const earlier = seenRow.get(key);
    if (earlier !== undefined) {
      throw new MetricsCsvError(line, `repeats the row of line ${earlier} (same file, channel and post_id)`);
    }
    seenRow.set(key, line);
    rows.push({
      line,
      file: file === '' ? null : file,
      channel,
      postId,
      sentAt: sentAt === '' ? null : sentAt,
      link: link === '' ? null : link,
      metricsUpdatedAt: metricsUpdatedAt === '' ? null : metricsUpdatedAt,
      metrics,
    });
  }
  return { rows, columns };
}

/** What identifies a row: the file, the channel it names, the post. */
export function rowKey(row: Pick<MetricsRow, 'file' | 'channel' | 'postId'>): string {
  return JSON.stringify([row.file, row.channel, row.postId]);
}

/** One RFC 4180 field. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * RFC 4180 records with the line each starts on. Accepts CRLF (an editor on
 * Windows) and a missing final line break; blank lines are skipped.
 */
function readRecords(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const start = line;
    const fields: string[] = [];
    let value = '';
    let atFieldStart = true;
    for (;;) {
      if (i >= src.length) {
        fields.push(value);
        break;
      }
      const c = src[i]!;
      if (c === '"' && atFieldStart) {
        // A quoted field: up to the closing quote, "" is a quote, line breaks are kept.
        const opened = line;
        i++;
        for (;;) {
          if (i >= src.length) throw new MetricsCsvError(opened, 'a quoted field is never closed (a " is missing)');
          const q = src[i]!;
          if (q === '"') {
            if (src[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q === '\n') line++;
          value += q;
          i++;
        }
        const next = src[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new MetricsCsvError(
            line,
            'text after a closing quote; quote the whole field and double any " inside it',
          );
        }
        atFieldStart = false;
        continue;
      }
      if (c === ',') {
        fields.push(value);
        value = '';
        atFieldStart = true;
        i++;
        continue;
      }
      if (c === '\r' || c === '\n') {
        fields.push(value);
        i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
        line++;
        break;
      }
      if (c === '"') throw new MetricsCsvError(line, 'a " inside an unquoted field; quote the field and double the "');
      value += c;
      atFieldStart = false;
      i++;
    }
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
  }
  return records;
}
