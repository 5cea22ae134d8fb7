/**
 * The text of the files `buffer-gitops init` writes: the workflow, the
 * settings file and the example post. The workflow is the README's (section
 * "Workflow"), byte for byte with the default folders and branch, and both
 * name the action as `ACTION_USES`: test/cli/init.test.ts holds them
 * together, so what the README shows is what init writes.
 */
import { SETTINGS_FILE_KEYS } from '../config/settings-keys.js';
import { VERSION } from '../version.js';
import { emitString } from '../writeback/frontmatter-emit.js';

/** The action's and the CLI's GitHub repository; package.json `repository` names the same (tested). */
export const ACTION_REPOSITORY = 'buffer-gitops/buffer-gitops';

/**
 * This release's moving major tag. 0.x releases all move `v0` (the release
 * workflow moves it), so a workflow written today keeps getting 0.x fixes.
 */
export const MAJOR_TAG = `v${VERSION.split('.')[0]}`;

/** The `uses:` value for this release. */
export const ACTION_USES = `${ACTION_REPOSITORY}@${MAJOR_TAG}`;

/** Where the published JSON Schemas live (scripts/schemas.ts writes them into schemas/): the repository at the moving major tag, raw. */
export const SCHEMA_BASE_URL = `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/${MAJOR_TAG}/schemas/`;

/** Where editors find the settings file's JSON Schema (shipped in the package as schemas/settings.schema.json). */
export const SETTINGS_SCHEMA_URL = `${SCHEMA_BASE_URL}settings.schema.json`;

export const WORKFLOW_PATH = '.github/workflows/buffer.yml';
export const EXAMPLE_POST_NAME = 'first-post.md';

/** What a post file's `channels:` says until someone writes real references (not a service name, so never a typo of one). */
export const PLACEHOLDER_CHANNEL = 'your-channel';

/** A quoted glob for `paths:` (single quotes: `*` may not start a plain scalar). */
function glob(dir: string): string {
  return `'${`${dir}/**`.replace(/'/g, "''")}'`;
}

export interface WorkflowOptions {
  /** The branches that publish (the workflow's push filter). */
  branches: string[];
  postsDir: string;
  ideasDir: string;
}

export function workflowText({ branches, postsDir, ideasDir }: WorkflowOptions): string {
  const paths = `[${glob(postsDir)}, ${glob(ideasDir)}]`;
  return `name: Buffer
on:
  push:
    branches: [${branches.map(emitString).join(', ')}]
    paths: ${paths}
  pull_request:
    paths: ${paths}
  schedule:
    - cron: '17 * * * *'   # sync statuses back every hour
  workflow_dispatch:

permissions:
  contents: write          # push the Buffer IDs back
  pull-requests: write     # the plan comment

# One run at a time per branch: write-backs never race each other.
concurrency:
  group: buffer-\${{ github.ref }}
  cancel-in-progress: false

jobs:
  buffer:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: ${ACTION_USES}
        with:
          buffer-api-key: \${{ secrets.BUFFER_API_KEY }}
          # write-back: pull-request   # when the branch is protected
`;
}

export interface SettingsFileOptions {
  timezone: string;
  /** Written only when not the default (`posts`, `ideas`). */
  postsDir: string;
  ideasDir: string;
  organizationId?: string;
}

export function settingsFileText({ timezone, postsDir, ideasDir, organizationId }: SettingsFileOptions): string {
  const written = [
    'timezone',
    ...(postsDir !== 'posts' ? ['posts-dir'] : []),
    ...(ideasDir !== 'ideas' ? ['ideas-dir'] : []),
    ...(organizationId ? ['organization-id'] : []),
  ];
  const others = SETTINGS_FILE_KEYS.filter((key) => !written.includes(key));
  return [
    `# yaml-language-server: $schema=${SETTINGS_SCHEMA_URL}`,
    `# Read by the buffer-gitops action and CLI alike. Other keys: ${others.join(', ')}.`,
    `timezone: ${emitString(timezone)}   # for dueAt and idea dates written without an offset`,
    ...(postsDir !== 'posts' ? [`posts-dir: ${emitString(postsDir)}`] : []),
    ...(ideasDir !== 'ideas' ? [`ideas-dir: ${emitString(ideasDir)}`] : []),
    ...(organizationId ? [`organization-id: ${emitString(organizationId)}`] : []),
    '',
  ].join('\n');
}

export interface ExamplePostOptions {
  /** Channel references that take this post as it is; empty: the placeholder. */
  channels: string[];
  /** Connected channels left out, in groups with why (`instagram, youtube (they need media or details this text lacks)`). */
  leftOut: string[];
}

/** The example post's body: short enough for every network's limit, no media or link a network could refuse. */
export const EXAMPLE_BODY =
  'Hello from our repository! This post is a Markdown file: reviewed in a pull request, sent to Buffer when merged.';

export function examplePostText({ channels, leftOut }: ExamplePostOptions): string {
  const refs = channels.length > 0 ? channels : [PLACEHOLDER_CHANNEL];
  return [
    '---',
    '# An example from `buffer-gitops init`. With `draft: true` Buffer keeps it as a draft: nothing is published.',
    "# Remove that line to queue it, or add `dueAt: 2027-01-04T09:00` for a fixed time (in buffer-gitops.yml's timezone).",
    channels.length > 0
      ? `channels: [${refs.map(emitString).join(', ')}]`
      : `channels: [${PLACEHOLDER_CHANNEL}]   # your channels here: \`buffer-gitops channels\` lists what to write`,
    ...(leftOut.length > 0 ? [`# Also connected, left out here: ${leftOut.join('; ')}`] : []),
    'draft: true',
    '---',
    EXAMPLE_BODY,
    '',
  ].join('\n');
}
