#!/usr/bin/env node
// Prints the release notes of one version from CHANGELOG.md (Keep a Changelog
// format), for the release workflow's GitHub release. Refuses, with one line
// saying what to do, when the tag is not vX.Y.Z, when it is not package.json's
// version (npm would publish a different version than the tag names), or when
// the changelog has no notes for it: a release never goes out without them.
//
//   node scripts/release-notes.mjs --tag v1.2.3 [--changelog CHANGELOG.md] [--package package.json]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const TAG = /^v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;

/** The notes under `## [version]` (or `## version`), up to the next `## ` heading or the link definitions. */
function extractReleaseNotes(changelog, version) {
  const lines = changelog.replace(/\r\n?/g, '\n').split('\n');
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(`^## \\[?${escaped}\\]?(?:\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start === -1) return undefined;
  const body = [];
  for (const line of lines.slice(start + 1)) {
    // The next release's heading, or the reference-style link definitions
    // ([1.2.3]: https://…) Keep a Changelog puts at the end of the file.
    if (/^## /.test(line) || /^\[[^\]]+\]:\s/.test(line)) break;
    body.push(line);
  }
  return body.join('\n').trim();
}

function fail(message) {
  process.stderr.write(`release-notes: ${message}\n`);
  process.exit(1);
}

function main() {
  const { values } = parseArgs({
    options: {
      tag: { type: 'string' },
      changelog: { type: 'string', default: 'CHANGELOG.md' },
      package: { type: 'string', default: 'package.json' },
    },
  });
  if (!values.tag) fail('--tag is required, e.g. --tag v1.2.3 (in the release workflow: --tag "$GITHUB_REF_NAME").');
  const match = TAG.exec(values.tag);
  if (!match) fail(`the tag '${values.tag}' is not a release tag; push a tag like v1.2.3.`);
  const version = match[1];

  const pkg = JSON.parse(readFileSync(values.package, 'utf8'));
  if (pkg.version !== version) {
    fail(
      `the tag ${values.tag} does not match ${values.package} version ${pkg.version}; ` +
        `set "version": "${version}" in ${values.package}, commit, and tag that commit.`,
    );
  }

  const notes = extractReleaseNotes(readFileSync(values.changelog, 'utf8'), version);
  if (notes === undefined) {
    fail(
      `${values.changelog} has no '## [${version}]' section; move the Unreleased notes under '## [${version}] - YYYY-MM-DD' and commit.`,
    );
  }
  if (notes === '') fail(`${values.changelog} has a '## [${version}]' section with no notes; write what changed.`);
  process.stdout.write(`${notes}\n`);
}

main();
