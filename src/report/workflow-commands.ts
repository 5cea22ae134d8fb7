/**
 * Log text that carries user data (file names, channel references, Buffer's
 * messages quoting post text) must not become a workflow command: the runner
 * reads any output line that starts with `::` (after leading whitespace) or
 * `##[` as one, so a file named "a\n::error::x.md" or a post text line
 * "::add-mask::…" could fake annotations, mask log text or stop command
 * processing. Such text is printed inside GitHub's own quarantine,
 * `::stop-commands::<token>` … `::<token>::`, with a token nobody can guess:
 * the log shows it byte for byte and the runner ignores it.
 */
/** The runner splits output on \r\n, \n and a lone \r alike. */
const LINE_BREAK = /\r\n|\r|\n/;

export function couldBeWorkflowCommand(text: string): boolean {
  return text.split(LINE_BREAK).some((line) => /^\s*(?:::|##\[)/.test(line));
}

/** `text` as it is safe to write to the log: unchanged, or quarantined between stop-commands lines. */
export function quarantined(text: string): string[] {
  if (!couldBeWorkflowCommand(text)) return [text];
  // node:crypto loaded here, on first need, not with the action's entry (≈ 5 ms, issue 16).
  const token = process.getBuiltinModule('node:crypto').randomUUID();
  return [`::stop-commands::${token}`, text, `::${token}::`];
}
