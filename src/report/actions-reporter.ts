/** The GitHub Actions reporter: log groups, annotations at file:line, outputs and the job summary. */
import * as core from '@actions/core';
import type { Finding } from '../posts/model.js';
import type { Reporter } from './reporter.js';
import { quarantined } from './workflow-commands.js';

export class ActionsReporter implements Reporter {
  info(message: string) {
    // Annotations, warnings and group names are escaped by @actions/core; plain log lines are not.
    for (const line of quarantined(message)) core.info(line);
  }
  finding(finding: Finding) {
    const properties: core.AnnotationProperties = {
      file: finding.file,
      startLine: finding.line,
      startColumn: finding.column,
      title: `buffer-gitops: ${finding.code}`,
    };
    if (finding.severity === 'error') core.error(finding.message, properties);
    else if (finding.severity === 'warning') core.warning(finding.message, properties);
    else core.notice(finding.message, properties);
  }
  warning(message: string) {
    core.warning(message);
  }
  error(message: string) {
    core.error(message);
  }
  group<T>(name: string, fn: () => Promise<T>) {
    return core.group(name, fn);
  }
  setOutput(name: string, value: string) {
    core.setOutput(name, value);
  }
  async summary(markdown: string) {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  }
}
