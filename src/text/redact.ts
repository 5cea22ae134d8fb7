/**
 * Secrets out of text that may reach a log, a comment or a report (git's and
 * GitHub's error messages can echo a URL or a header). The longest secret
 * goes first, so a secret that contains another is never left half-shown.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length))
    out = out.split(secret).join('***');
  return out;
}
