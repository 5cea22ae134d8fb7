/**
 * Branch name patterns with the semantics of GitHub's `on.push.branches`
 * filter, so a team can copy the list it already has in its workflow:
 * `*` matches any characters except `/`, `**` any characters including `/`,
 * `?` makes the preceding character optional, `+` repeats it, `[...]` is a
 * character class, `\` escapes the next character, and a leading `!`
 * excludes. Patterns are read in order and the last one that matches decides,
 * as GitHub does; a name no pattern matches is not included.
 *
 * Own code rather than a dependency: it is a few lines, and a glob library
 * with shell semantics (`?` = one character) would disagree with GitHub.
 */

export interface BranchPattern {
  /** As written, e.g. `release/**` or `!release/old`. */
  source: string;
  negated: boolean;
  regex: RegExp;
}

/** Compiles one pattern; throws with a message naming the problem. */
export function compileBranchPattern(source: string): BranchPattern {
  const negated = source.startsWith('!');
  const body = negated ? source.slice(1) : source;
  if (body === '') throw new Error(`"${source}" is an empty pattern`);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '*') {
      if (body[i + 1] === '*') {
        out += '.*';
        i++;
      } else {
        out += '[^/]*';
      }
    } else if (c === '?' || c === '+') {
      // Quantifies the previous atom; at the start there is none.
      if (out === '') throw new Error(`"${source}": \`${c}\` must follow a character it applies to`);
      out += c;
    } else if (c === '[') {
      const end = body.indexOf(']', i + 2);
      if (end === -1) throw new Error(`"${source}": \`[\` has no closing \`]\``);
      const inner = body.slice(i + 1, end);
      const negate = inner.startsWith('!') || inner.startsWith('^');
      const members = (negate ? inner.slice(1) : inner).replace(/[\\\]^]/g, (m) => `\\${m}`);
      out += `[${negate ? '^' : ''}${members}]`;
      i = end;
    } else if (c === '\\') {
      const next = body[i + 1];
      if (next === undefined) throw new Error(`"${source}" ends with \`\\\``);
      out += escapeRegex(next);
      i++;
    } else {
      out += escapeRegex(c);
    }
  }
  try {
    return { source, negated, regex: new RegExp(`^(?:${out})$`) };
  } catch {
    throw new Error(
      `"${source}" is not a pattern GitHub's branch filters accept (a \`?\` or \`+\` after another one?)`,
    );
  }
}

/** Whether `branch` is included by the ordered list (the last matching pattern decides). */
export function matchesBranches(branch: string, patterns: readonly BranchPattern[]): boolean {
  let included = false;
  for (const p of patterns) if (p.regex.test(branch)) included = !p.negated;
  return included;
}

/** One pattern per line, or comma-separated; blank entries and `#` comments dropped. */
export function splitPatternList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

function escapeRegex(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
