/**
 * YAML syntax errors as one plain message per problem, with the fix.
 *
 * The `yaml` library reports what its parser met (`Nested mappings are not
 * allowed in compact mappings`), often several errors for one mistake and
 * at the place it gave up rather than where the mistake is. People writing
 * front-matter make a handful of mistakes (a `: ` in a value, an unclosed
 * quote or bracket, a missing colon, a misaligned line), so each is
 * recognised from the error and the line's text and explained in words,
 * with the corrected line where it can be built. Anything else keeps the
 * library's wording, once per line. Shared by post and idea front-matter.
 */
import type { LineCounter, YAMLError, YAMLWarning } from 'yaml';
import { plural } from '../text/words.js';

export interface YamlProblem {
  /** Where to report it, 1-based in the YAML text (not the file). */
  line: number;
  column: number;
  severity: 'error' | 'warning';
  /** `duplicate-key`, or `yaml-syntax` for everything else. */
  code: 'yaml-syntax' | 'duplicate-key';
  message: string;
  /** Where on `line` the text stops being what was meant (a flow entry's key, a value): what a parser read from there is a guess. */
  breakColumn: number;
}

interface Candidate extends YamlProblem {
  /** 0 = recognised and explained; 1 = the library's wording. One per line, the most specific. */
  rank: number;
}

/**
 * `errors` and `warnings` of one parsed document → one problem per line,
 * in line order. `text` is the YAML that was parsed; `firstLine`, the file
 * line it starts on, is only used for line numbers inside messages.
 */
export function plainYamlProblems(
  text: string,
  errors: readonly YAMLError[],
  warnings: readonly YAMLWarning[],
  lineCounter: LineCounter,
  firstLine = 1,
): YamlProblem[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const ctx = { lines, lineCounter, fileLine: (line: number) => line + firstLine - 1 };
  const candidates: Candidate[] = [];
  for (const error of errors) candidates.push(explain(error, 'error', ctx));
  for (const warning of warnings) candidates.push(explain(warning, 'warning', ctx));
  const byLine = new Map<number, Candidate>();
  for (const c of candidates) {
    const kept = byLine.get(c.line);
    // Errors before warnings, then the explained before the library's wording; the first of equals.
    if (
      !kept ||
      (c.severity === 'error' && kept.severity === 'warning') ||
      (c.severity === kept.severity && c.rank < kept.rank)
    )
      byLine.set(c.line, c);
  }
  return [...byLine.values()]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map(({ rank: _rank, ...problem }) => problem);
}

interface ExplainContext {
  lines: string[];
  lineCounter: LineCounter;
  fileLine(line: number): number;
}

function explain(
  error: YAMLError | YAMLWarning,
  severity: 'error' | 'warning',
  { lines, lineCounter, fileLine }: ExplainContext,
): Candidate {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const text = lines[line - 1] ?? '';
  const at = (
    l: number,
    c: number,
    message: string,
    code: YamlProblem['code'] = 'yaml-syntax',
    breakColumn = c,
  ): Candidate => ({
    line: l,
    column: c,
    severity,
    code,
    message,
    breakColumn: Math.min(breakColumn, l === line ? col : breakColumn),
    rank: 0,
  });

  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?["']?([^"':]*)/.exec(text.slice(col - 1))?.[1]?.trim() || 'A key';
      return at(line, col, `\`${key}\` is set more than once in the front-matter; keep one.`, 'duplicate-key');
    }
    case 'TAB_AS_INDENT':
      return at(line, col, 'YAML does not allow tabs for indentation; indent with spaces.');
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'BLOCK_IN_FLOW':
    case 'MULTILINE_IMPLICIT_KEY': {
      const colon = colonInValue(text, col);
      if (colon) return at(line, colon.column, colon.message, 'yaml-syntax', colon.breakColumn);
      const nested = indentedUnderValue(lines, line, fileLine);
      if (nested) return at(nested.line, nested.column, nested.message);
      const listItem = /^(\s*)-\s/.exec(text);
      if (listItem) return at(line, listItem[1]!.length + 1, listItemMessage(text));
      if (error.code === 'MULTILINE_IMPLICIT_KEY') {
        const missing = missingColon(text);
        if (missing) return at(line, missing.column, missing.message);
      }
      break;
    }
    case 'MISSING_CHAR': {
      const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
      if (quote) {
        const opened = unclosedQuote(lines, line, quote);
        if (opened)
          return at(
            opened.line,
            opened.column,
            `This value opens a ${quote === '"' ? 'double' : 'single'} quote (\`${quote}\`) that is never closed; end the value with \`${quote}\` on the same line.`,
          );
        break;
      }
      if (/Implicit map keys need to be followed by map values/.test(error.message)) {
        const listItem = /^(\s*)-\s/.exec(text);
        if (listItem) return at(line, listItem[1]!.length + 1, listItemMessage(text));
        const missing = missingColon(text);
        if (missing) return at(line, missing.column, missing.message);
      }
      break;
    }
    case 'BAD_INDENT': {
      const bracket = /Flow (sequence|map) in block collection/.exec(error.message);
      if (bracket) {
        const found = unbalancedBracket(lines, line);
        if (found?.kind === 'mismatch') {
          const want = found.open === '[' ? ']' : '}';
          return at(
            found.line,
            found.column,
            `This \`${found.close}\` comes before the ${found.open === '[' ? 'list' : 'mapping'} opened with \`${found.open}\` at column ${found.openColumn} is closed; close it with \`${want}\` first.`,
          );
        }
        if (found?.kind === 'unclosed') {
          return at(
            found.line,
            found.column,
            found.open === '['
              ? `This list opens with \`[\` but never closes; end it with \`]\` on the same line, e.g. \`channels: [twitter, linkedin]\`.`
              : `This mapping opens with \`{\` but never closes; end it with \`}\` on the same line, e.g. \`link: {url: https://example.com}\`.`,
          );
        }
      }
      break;
    }
    case 'UNEXPECTED_TOKEN': {
      const extra = /Unexpected flow-(?:seq|map)-end token in YAML stream: "([\]}])"/.exec(error.message)?.[1];
      if (extra)
        return at(line, col, `An extra \`${extra}\` here has no \`${extra === ']' ? '[' : '{'}\` to close; remove it.`);
      if (/Unexpected scalar at node end/.test(error.message) && /^\s*(?:-\s+)?[^:#]+:\s*["']/.test(text)) {
        return at(line, col, 'Text follows the closing quote of this value; put the whole value inside the quotes.');
      }
      break;
    }
    case 'BAD_SCALAR_START': {
      const char = /reserved character (\S)/.exec(error.message)?.[1] ?? text[col - 1] ?? '';
      const fix = quotedLine(text, col);
      const named = char === '`' ? 'a backtick' : `\`${char}\``;
      return at(line, col, `A YAML value cannot start with ${named}; put the value in quotes${fix ? `: ${fix}` : '.'}`);
    }
    case 'TAG_RESOLVE_FAILED': {
      const tag = /Unresolved tag: (\S+)/.exec(error.message)?.[1] ?? 'This tag';
      return at(
        line,
        col,
        `\`${tag}\` is a YAML tag this front-matter does not use; remove it, or put the whole value in quotes if it is text.`,
      );
    }
    case 'BAD_DQ_ESCAPE':
      return at(
        line,
        col,
        'A backslash in double quotes starts an escape (`\\n`, `\\"`); write `\\\\` for a backslash, or use single quotes around the value.',
      );
    default:
      break;
  }
  const what = error.message.replace(/\s+at line \d+, column \d+[\s\S]*$/, '').replace(/\.$/, '');
  return {
    line,
    column: col,
    severity,
    code: 'yaml-syntax',
    message: `This line is not valid YAML (${what}); check its quoting and indentation.`,
    breakColumn: col,
    rank: 1,
  };
}

// ---- recognisers ------------------------------------------------------------

/** `key: value` on one line: indent, an optional `- `, the key, and where the value starts. */
const PAIR = /^(\s*(?:-\s+)?)((?:"[^"]*"|'[^']*'|[^\s#"'{[\]},][^:#]*?)):[ \t]+(.*)$/;

/** A `: ` inside an unquoted value, block (`title: Launch: day one`) or flow (`{title: Launch: day one}`). */
function colonInValue(text: string, col: number): { column: number; breakColumn: number; message: string } | undefined {
  const pair = PAIR.exec(text);
  if (pair) {
    const [, lead, key, rest] = pair as unknown as [string, string, string, string];
    const value = withoutComment(rest);
    if (value && !/^["'[{|>]/.test(value) && /:(\s|$)/.test(value)) {
      const column = text.length - rest.length + 1;
      const list = asList(key, value);
      const fixed = `${lead}${key}: ${list ?? quote(value)}`.trim();
      return {
        column,
        breakColumn: column,
        message: list
          ? `\`${unquoteKey(key)}\` takes a list, and YAML reads the \`: \` in this value as the start of another key; write a list: ${fixed}`
          : colonMessage(key, value, fixed),
      };
    }
  }
  // Flow: the entry around the error, between `{`/`[`/`,` and `,`/`}`/`]`.
  const before = text.slice(0, col - 1);
  const start = Math.max(before.lastIndexOf('{'), before.lastIndexOf('['), before.lastIndexOf(',')) + 1;
  if (start === 0) return undefined;
  const after = text.slice(start);
  const endAt = after.search(/[,}\]]/);
  const entry = (endAt === -1 ? after : after.slice(0, endAt)).trim();
  const flow = /^([^:\s][^:]*?):\s+(.+)$/.exec(entry);
  if (!flow || !/:(\s|$)/.test(flow[2]!) || /^["']/.test(flow[2]!)) return undefined;
  const keyColumn = start + (after.length - after.trimStart().length) + 1;
  const column = keyColumn + flow[1]!.length + (entry.length - flow[1]!.length - flow[2]!.length);
  // The key of a flow entry is where the guess starts: the parser attached the recovered mapping to it.
  return {
    column: Math.min(column, text.length),
    breakColumn: keyColumn,
    message: colonMessage(flow[1]!, flow[2]!, `${flow[1]}: ${quote(flow[2]!)}`),
  };
}

function colonMessage(key: string, value: string, fixed: string): string {
  return `The value of \`${unquoteKey(key)}\` contains \`: \`, which YAML reads as the start of another key; put the value in quotes: ${fixed}`;
}

/** `channels: twitter, linkedin: Acme` meant a list: the list, with the entries that need it quoted. */
function asList(key: string, value: string): string | undefined {
  if ((key !== 'channels' && key !== 'services') || !value.includes(',')) return undefined;
  const items = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return `[${items.map((v) => (/:\s|^[^\w]/.test(v) ? quote(v) : v)).join(', ')}]`;
}

/** A line indented deeper than the `key: value` above it, which YAML cannot nest under a value. */
function indentedUnderValue(
  lines: string[],
  errorLine: number,
  fileLine: (line: number) => number,
): { line: number; column: number; message: string } | undefined {
  const parentText = lines[errorLine - 1] ?? '';
  const parent = PAIR.exec(parentText);
  if (!parent || withoutComment(parent[3]!) === '') return undefined;
  const parentIndent = indentOf(parentText);
  for (let i = errorLine; i < lines.length; i++) {
    const child = lines[i]!;
    if (child.trim() === '' || child.trim().startsWith('#')) continue;
    const indent = indentOf(child);
    if (indent <= parentIndent) return undefined;
    const key = unquoteKey(parent[2]!);
    const like =
      parentIndent === 0 ? 'start it at the beginning of the line' : `indent it ${plural(parentIndent, 'space')}`;
    return {
      line: i + 1,
      column: indent + 1,
      message: `This line is indented more than \`${key}\` on line ${fileLine(errorLine)}, which already has a value, so YAML cannot place it; ${like}, like \`${key}\`.`,
    };
  }
  return undefined;
}

function listItemMessage(text: string): string {
  return `\`${text.trim()}\` is a list item where a \`key: value\` line is expected; put it under the key it belongs to, indented like the items above it (e.g. \`channels:\` then \`  - twitter\`), or remove it.`;
}

/**
 * For front-matter that parsed as one text instead of `key: value` lines
 * (`channel twitter`): how to write its first line, or '' when it has colons.
 */
export function keyValueHint(firstLine: string): string {
  const missing = missingColon(firstLine);
  return missing ? ` ${missing.message}` : '';
}

/** `key value` or `key` alone: a line that is not `key: value`. */
function missingColon(text: string): { column: number; message: string } | undefined {
  const body = text.trim();
  if (body === '' || /:(\s|$)/.test(body)) return undefined;
  const [key, ...rest] = body.split(/\s+/);
  const fixed = rest.length ? `${key}: ${rest.join(' ')}` : `${key}: <value>`;
  return {
    column: indentOf(text) + 1,
    message: `\`${body}\` is not a \`key: value\` line; write a colon and a space after the key (\`${fixed}\`), or remove the line.`,
  };
}

/** The line and column of the last quote of kind `q` left open at or before `errorLine`. */
function unclosedQuote(lines: string[], errorLine: number, q: string): { line: number; column: number } | undefined {
  for (let i = Math.min(errorLine, lines.length) - 1; i >= 0; i--) {
    const open = scanQuotes(lines[i]!);
    if (open?.quote === q) return { line: i + 1, column: open.at + 1 };
  }
  return undefined;
}

type BracketProblem =
  | { kind: 'unclosed'; line: number; column: number; open: string }
  | { kind: 'mismatch'; line: number; column: number; open: string; openColumn: number; close: string };

/**
 * The last line at or before `errorLine` whose brackets do not balance: a
 * `[` or `{` left open (where it opens), or a closer of the wrong kind
 * (`[{…}}`: where it is). Flow collections are written on one line in
 * front-matter, so one line is looked at a time.
 */
function unbalancedBracket(lines: string[], errorLine: number): BracketProblem | undefined {
  const pairs: Record<string, string> = { ']': '[', '}': '{' };
  for (let i = Math.min(errorLine, lines.length) - 1; i >= 0; i--) {
    const text = withoutComment(lines[i]!);
    const stack: { ch: string; k: number }[] = [];
    let quoteChar: string | undefined;
    for (let k = 0; k < text.length; k++) {
      const ch = text[k]!;
      if (quoteChar) {
        if (ch === quoteChar) quoteChar = undefined;
      } else if ((ch === '"' || ch === "'") && (k === 0 || /[\s:,[{]/.test(text[k - 1]!))) quoteChar = ch;
      else if (ch === '[' || ch === '{') stack.push({ ch, k });
      else if (ch === ']' || ch === '}') {
        const top = stack.pop();
        if (top && top.ch !== pairs[ch])
          return { kind: 'mismatch', line: i + 1, column: k + 1, open: top.ch, openColumn: top.k + 1, close: ch };
      }
    }
    if (stack.length > 0) return { kind: 'unclosed', line: i + 1, column: stack[0]!.k + 1, open: stack[0]!.ch };
  }
  return undefined;
}

/** `handle: "@acme"` for a line whose value starts at `col`. */
function quotedLine(text: string, col: number): string | undefined {
  const head = text.slice(0, col - 1);
  const value = withoutComment(text.slice(col - 1));
  if (!value || !/:\s*$|-\s*$/.test(head)) return undefined;
  return `${head.trim()} ${quote(value)}`;
}

// ---- small helpers ----------------------------------------------------------

/**
 * Reads a line's quotes as YAML does (a quote opens at the start of a value;
 * `\"` escapes in double quotes, `''` in single ones): where a comment starts,
 * and the quote still open at the end of the line.
 */
function scanQuotes(text: string): { quote: string; at: number } | undefined {
  return scan(text).open;
}

function scan(text: string): { comment: number; open?: { quote: string; at: number } } {
  let open: { quote: string; at: number } | undefined;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (open) {
      if (open.quote === '"' && ch === '\\') k++;
      else if (open.quote === "'" && ch === "'" && text[k + 1] === "'") k++;
      else if (ch === open.quote) open = undefined;
    } else if ((ch === '"' || ch === "'") && (k === 0 || /[\s:,[{-]/.test(text[k - 1]!))) open = { quote: ch, at: k };
    else if (ch === '#' && (k === 0 || /\s/.test(text[k - 1]!))) return { comment: k };
  }
  return { comment: text.length, open };
}

/** The text before a YAML comment (`#` at the start or after a space, outside quotes); leading spaces kept, so columns stay right. */
function withoutComment(text: string): string {
  return text.slice(0, scan(text).comment).trimEnd();
}

/** `"Launch: day one"`, or single quotes when the text holds a double quote. */
function quote(text: string): string {
  if (!text.includes('"') && !text.includes('\\')) return `"${text}"`;
  return `'${text.replace(/'/g, "''")}'`;
}

function unquoteKey(key: string): string {
  return key.replace(/^(["'])(.*)\1$/, '$2').trim();
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}
