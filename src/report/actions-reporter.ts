/** The GitHub Actions reporter: log groups, annotations at file:line, outputs and the job summary. */
import type { Finding } from '../posts/model.js';
import type { Reporter } from './reporter.js';
import type { AnnotationProperties, Toolkit } from './toolkit.js';
import { quarantined } from './workflow-commands.js';

export class ActionsReporter implements Reporter {
  /** @actions/core, or the bundle's own runnerToolkit (report/toolkit.ts). */
  constructor(private readonly core: Toolkit) {}
  info(message: string) {
    // Annotations, warnings and group names are escaped by @actions/core; plain log lines are not.
    for (const line of quarantined(message)) this.core.info(line);
  }
  finding(finding: Finding) {
    const properties: AnnotationProperties = {
      file: finding.file,
      startLine: finding.line,
      startColumn: finding.column,
      title: `buffer-gitops: ${finding.code}`,
    };
    if (finding.severity === 'error') this.core.error(finding.message, properties);
    else if (finding.severity === 'warning') this.core.warning(finding.message, properties);
    else this.core.notice(finding.message, properties);
  }
  warning(message: string) {
    this.core.warning(message);
  }
  error(message: string) {
    this.core.error(message);
  }
  group<T>(name: string, fn: () => Promise<T>) {
    return this.core.group(name, fn);
  }
  setOutput(name: string, value: string) {
    this.core.setOutput(name, value);
  }
  async summary(markdown: string) {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await this.core.summary.addRaw(markdown, true).write();
  }
}
