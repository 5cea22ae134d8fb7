export const id = 58;
export const ids = [58,642];
export const modules = {

/***/ 5232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ byServiceThenName)
/* harmony export */ });
/* harmony import */ var _text_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9200);
/**
 * The order channels are listed in: by service, then name, then ID, in code
 * unit order (the same on every machine and locale). The ID settles two
 * channels of one service with the same name.
 */

function byServiceThenName(a, b) {
    return (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodeUnits */ .U)(a.service, b.service) || (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodeUnits */ .U)(a.name, b.name) || (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodeUnits */ .U)(a.id, b.id);
}


/***/ }),

/***/ 8218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInitCommand: () => (/* binding */ runInitCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/commands/context.ts + 7 modules
var context = __webpack_require__(1082);
// EXTERNAL MODULE: ./src/buffer/errors.ts
var errors = __webpack_require__(2963);
// EXTERNAL MODULE: ./src/channels/order.ts
var order = __webpack_require__(5232);
// EXTERNAL MODULE: ./src/channels/resolve.ts
var resolve = __webpack_require__(5352);
// EXTERNAL MODULE: ./src/commands/connect.ts
var connect = __webpack_require__(2456);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/plan/list-files.ts
var list_files = __webpack_require__(4261);
// EXTERNAL MODULE: ./src/posts/parse.ts + 2 modules
var parse = __webpack_require__(5040);
// EXTERNAL MODULE: ./src/posts/render.ts
var render = __webpack_require__(1771);
// EXTERNAL MODULE: ./src/time/wall-time.ts
var wall_time = __webpack_require__(4383);
// EXTERNAL MODULE: ./src/validate/rules.ts + 12 modules
var rules = __webpack_require__(7244);
// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(1654);
// EXTERNAL MODULE: ./src/config/settings-keys.ts
var settings_keys = __webpack_require__(3370);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/writeback/frontmatter-emit.ts
var frontmatter_emit = __webpack_require__(7512);
;// CONCATENATED MODULE: ./src/cli/init-files.ts
/**
 * The text of the files `buffer-gitops init` writes: the workflow, the
 * settings file and the example post. The workflow is the README's (section
 * "Workflow"), byte for byte with the default folders and branch, and both
 * name the action as `ACTION_USES`: test/cli/init.test.ts holds them
 * together, so what the README shows is what init writes.
 */



/** The action's and the CLI's GitHub repository; package.json `repository` names the same (tested). */
const ACTION_REPOSITORY = 'buffer-gitops/buffer-gitops';
/**
 * This release's moving major tag. 0.x releases all move `v0` (the release
 * workflow moves it), so a workflow written today keeps getting 0.x fixes.
 */
const MAJOR_TAG = `v${version/* VERSION */.x.split('.')[0]}`;
/** The `uses:` value for this release. */
const ACTION_USES = `${ACTION_REPOSITORY}@${MAJOR_TAG}`;
/** Where the published JSON Schemas live (scripts/schemas.ts writes them into schemas/): the repository at the moving major tag, raw. */
const SCHEMA_BASE_URL = `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/${MAJOR_TAG}/schemas/`;
/** Where editors find the settings file's JSON Schema (shipped in the package as schemas/settings.schema.json). */
const SETTINGS_SCHEMA_URL = `${SCHEMA_BASE_URL}settings.schema.json`;
const WORKFLOW_PATH = '.github/workflows/buffer.yml';
const EXAMPLE_POST_NAME = 'first-post.md';
/** What a post file's `channels:` says until someone writes real references (not a service name, so never a typo of one). */
const PLACEHOLDER_CHANNEL = 'your-channel';
/** A quoted glob for `paths:` (single quotes: `*` may not start a plain scalar). */
function glob(dir) {
    return `'${`${dir}/**`.replace(/'/g, "''")}'`;
}
function workflowText({ branches, postsDir, ideasDir }) {
    const paths = `[${glob(postsDir)}, ${glob(ideasDir)}]`;
    return `name: Buffer
on:
  push:
    branches: [${branches.map(frontmatter_emit/* emitString */.Pq).join(', ')}]
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
function settingsFileText({ timezone, postsDir, ideasDir, organizationId }) {
    const written = [
        'timezone',
        ...(postsDir !== 'posts' ? ['posts-dir'] : []),
        ...(ideasDir !== 'ideas' ? ['ideas-dir'] : []),
        ...(organizationId ? ['organization-id'] : []),
    ];
    const others = settings_keys/* SETTINGS_FILE_KEYS */.Ul.filter((key) => !written.includes(key));
    return [
        `# yaml-language-server: $schema=${SETTINGS_SCHEMA_URL}`,
        `# Read by the buffer-gitops action and CLI alike. Other keys: ${others.join(', ')}.`,
        `timezone: ${(0,frontmatter_emit/* emitString */.Pq)(timezone)}   # for dueAt and idea dates written without an offset`,
        ...(postsDir !== 'posts' ? [`posts-dir: ${(0,frontmatter_emit/* emitString */.Pq)(postsDir)}`] : []),
        ...(ideasDir !== 'ideas' ? [`ideas-dir: ${(0,frontmatter_emit/* emitString */.Pq)(ideasDir)}`] : []),
        ...(organizationId ? [`organization-id: ${(0,frontmatter_emit/* emitString */.Pq)(organizationId)}`] : []),
        '',
    ].join('\n');
}
/** The example post's body: short enough for every network's limit, no media or link a network could refuse. */
const EXAMPLE_BODY = 'Hello from our repository! This post is a Markdown file: reviewed in a pull request, sent to Buffer when merged.';
function examplePostText({ channels, leftOut }) {
    const refs = channels.length > 0 ? channels : [PLACEHOLDER_CHANNEL];
    return [
        '---',
        '# An example from `buffer-gitops init`. With `draft: true` Buffer keeps it as a draft: nothing is published.',
        "# Remove that line to queue it, or add `dueAt: 2027-01-04T09:00` for a fixed time (in buffer-gitops.yml's timezone).",
        channels.length > 0
            ? `channels: [${refs.map(frontmatter_emit/* emitString */.Pq).join(', ')}]`
            : `channels: [${PLACEHOLDER_CHANNEL}]   # your channels here: \`buffer-gitops channels\` lists what to write`,
        ...(leftOut.length > 0 ? [`# Also connected, left out here: ${leftOut.join('; ')}`] : []),
        'draft: true',
        '---',
        EXAMPLE_BODY,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/init.ts
/**
 * `buffer-gitops init`: sets a repository up in one command (issue 14). In the
 * git repository around the current folder it writes the README's workflow,
 * a buffer-gitops.yml with the team's time zone, and one example post as a
 * Buffer draft; with BUFFER_API_KEY set the example names the account's real
 * channels, without it a placeholder and how to fill it. It never overwrites
 * a file without --force, so a second run changes nothing and says so; then
 * it prints the steps init cannot take (the secret, the repository setting a
 * protected branch needs, the first plan). When it cannot do what was asked
 * (a rejected key, several organizations and no --organization-id) it writes
 * nothing and says why in one line.
 */















/** `settings` as main read them for init (flags, then the environment, then an existing buffer-gitops.yml); `settingsPath` is that file's, or where init writes it. */
async function runInitCommand(values, io, { root, settings, settingsPath }) {
    const fail = (code, message) => {
        io.stderr.write(`buffer-gitops: ${message}\n`);
        return code;
    };
    const fromFlag = typeof values.timezone === 'string' && values.timezone !== '';
    const zone = timezoneFor(settings, fromFlag, io.env);
    if ('problem' in zone)
        return fail(commands/* EXIT */.dc.usage, zone.problem);
    // Buffer first: when the key cannot list the channels, nothing is written.
    let example = { channels: [], leftOut: [] };
    if (settings.apiKey) {
        try {
            example = await exampleChannels(settings, zone.timezone);
        }
        catch (error) {
            if (error instanceof errors/* BufferAuthError */.n5)
                return fail(commands/* EXIT */.dc.auth, `${error.messageFor('cli')} Nothing written; without BUFFER_API_KEY, init writes a placeholder channel instead.`);
            if (error instanceof resolve/* OrganizationError */.Er) {
                // Several organizations and none chosen: the flag, which init then keeps in the settings file.
                const several = error.message.includes('set `organization-id`');
                const message = error.message.replace('set `organization-id`', 'pass --organization-id').replace(/\.$/, '');
                return fail(commands/* EXIT */.dc.usage, `${message}${several ? `; init writes it into ${settingsPath}` : ''}. Nothing written.`);
            }
            if (error instanceof errors/* BufferApiError */.Ve)
                return fail(commands/* EXIT */.dc.api, `could not list your Buffer channels: ${error.message} Nothing written.`);
            throw error;
        }
    }
    const git = new git_git/* Git */.TU({ cwd: root });
    const branch = await publishingBranch(git, settings);
    const examplePath = `${settings.postsDir}/${EXAMPLE_POST_NAME}`;
    const planned = [
        {
            path: WORKFLOW_PATH,
            text: workflowText({ branches: branch.names, postsDir: settings.postsDir, ideasDir: settings.ideasDir }),
            note: `the workflow: a plan on pull requests, publishing on pushes to ${branch.names.join(', ')} (${branch.from}), a sync every hour`,
        },
        {
            path: settingsPath,
            text: settingsFileText({
                timezone: zone.timezone,
                postsDir: settings.postsDir,
                ideasDir: settings.ideasDir,
                organizationId: settings.organizationId,
            }),
            note: `timezone ${zone.timezone} (${zone.from})`,
        },
        {
            path: examplePath,
            text: examplePostText(example),
            note: example.channels.length > 0
                ? `an example post, a Buffer draft for ${example.channels.join(', ')}`
                : `an example post, a Buffer draft; write its channels (${settings.apiKey ? 'none of your Buffer channels takes this text alone' : 'BUFFER_API_KEY is not set, so init could not list them'})`,
        },
    ];
    // The post files a plan would read (an unreadable folder counts as none: the example is then offered).
    const others = (await (0,list_files.listMarkdownFiles)(root, settings.postsDir).catch(() => [])).filter((f) => f !== examplePath);
    const files = [];
    for (const file of planned) {
        if (file.path === examplePath && others.length > 0) {
            files.push({
                path: file.path,
                status: 'skipped',
                note: `${settings.postsDir}/ already holds ${others.length} post file(s); no example needed`,
            });
            continue;
        }
        try {
            files.push(await writeOne(root, file, Boolean(values.force)));
        }
        catch (error) {
            const done = files.filter((f) => f.status === 'created' || f.status === 'overwritten').map((f) => f.path);
            const message = error instanceof Error ? error.message : String(error);
            return fail(commands/* EXIT */.dc.problems, `could not write ${file.path}: ${message}${done.length ? ` (written before it: ${done.join(', ')})` : ''}.`);
        }
    }
    const result = {
        repository: root,
        files,
        timezone: zone.timezone,
        branches: branch.names,
        channels: example.channels,
        changed: files.some((f) => f.status === 'created' || f.status === 'overwritten'),
        nextSteps: await nextSteps(git, files, {
            examplePath,
            placeholder: example.channels.length === 0,
            // Paths are from the top folder, wherever init ran.
            cd: (0,external_node_path_.resolve)(io.cwd) === (0,external_node_path_.resolve)(root) ? '' : `cd ${root} && `,
        }),
    };
    if (values.json)
        io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    (values.json ? io.stderr : io.stdout).write(report(result));
    return commands/* EXIT */.dc.ok;
}
/** The zone to write: --timezone, else buffer-gitops.yml's, else this system's (TZ, then what Intl reports). */
function timezoneFor(settings, fromFlag, env) {
    if (settings.timezone)
        return { timezone: settings.timezone, from: fromFlag ? '--timezone' : `from ${settings.settingsFile}` };
    const tz = env.TZ?.trim();
    const system = tz && !tz.startsWith(':') && (0,wall_time/* isValidTimeZone */.Aq)(tz) ? tz : Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!system || !(0,wall_time/* isValidTimeZone */.Aq)(system)) {
        return {
            problem: `could not tell this system's time zone (it reports "${system ?? ''}"); pass --timezone with an IANA zone, e.g. --timezone Europe/Berlin.`,
        };
    }
    return { timezone: system, from: "this system's zone; --timezone sets another" };
}
/**
 * The account's channels that take the example exactly as written (the same
 * validation a plan runs), and the others with why they are left out: a
 * network that needs an image or a video, a locked or disconnected channel.
 */
async function exampleChannels(settings, timezone) {
    const client = (0,context/* bufferClient */.kN)({ ...settings, apiKey: settings.apiKey });
    const { channels } = await (0,connect/* connect */.N)(client, settings.organizationId);
    const sorted = [...channels].sort(order/* byServiceThenName */.T);
    const fits = [];
    const left = { media: [], locked: [], disconnected: [] };
    for (const channel of sorted) {
        const ref = (0,resolve/* referenceFor */.zt)(channel, channels);
        const label = /[:\s]/.test(ref) ? `"${ref}"` : ref;
        if (channel.isDisconnected)
            left.disconnected.push(label);
        else if (channel.isLocked)
            left.locked.push(label);
        else if (takesExample(ref, channel, timezone))
            fits.push(ref);
        else
            left.media.push(label);
    }
    const leftOut = [
        ...(left.media.length ? [`${left.media.join(', ')} (they need media or details this text lacks)`] : []),
        ...(left.locked.length ? [`${left.locked.join(', ')} (locked: not in your Buffer plan)`] : []),
        ...(left.disconnected.length ? [`${left.disconnected.join(', ')} (disconnected: reconnect in Buffer)`] : []),
    ];
    return { channels: fits, leftOut };
}
function takesExample(ref, channel, timezone) {
    const post = (0,parse/* parsePostFile */.a)('example.md', examplePostText({ channels: [ref], leftOut: [] }), { timezone });
    if (post.findings.some((f) => f.severity === 'error'))
        return false;
    const target = { ref, service: channel.service, channel, rendered: (0,render.renderPost)(post, channel.service) };
    return !(0,rules/* validatePost */.T$)(post, [target], { now: new Date(), isNew: true }).some((f) => f.severity === 'error');
}
/**
 * The branch the workflow's push filter names: `branches` from
 * buffer-gitops.yml when set, else origin's default branch, else the
 * checked-out branch (a new repository has only that one), else main.
 */
async function publishingBranch(git, settings) {
    // GitHub's branch filter takes the same patterns, exclusions (`!name`) included.
    if (settings.branches?.length)
        return { names: settings.branches.map((p) => p.source), from: `branches in ${settings.settingsFile}` };
    const remoteDefault = await git.remoteDefaultBranch();
    if (remoteDefault)
        return { names: [remoteDefault], from: "origin's default branch" };
    const current = await git.currentBranch();
    if (current)
        return { names: [current], from: 'the checked-out branch' };
    return {
        names: ['main'],
        from: 'HEAD is detached, so main; edit `branches:` in the workflow if you publish from another',
    };
}
async function writeOne(root, file, force) {
    const target = (0,external_node_path_.join)(root, file.path);
    let existing;
    try {
        const info = await (0,promises_.lstat)(target);
        // A link or a folder is never written through or replaced, --force or not.
        if (!info.isFile())
            return { path: file.path, status: 'kept', note: `not a regular file; remove it to let init write ${file.path}` };
        existing = await (0,promises_.readFile)(target, 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    if (existing === file.text)
        return { path: file.path, status: 'unchanged', note: file.note };
    if (existing !== undefined && !force)
        return { path: file.path, status: 'kept', note: 'differs from what init writes; --force overwrites it' };
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    await (0,promises_.writeFile)(target, file.text);
    return { path: file.path, status: existing === undefined ? 'created' : 'overwritten', note: file.note };
}
/** `owner/name` when origin is on github.com, for exact commands and links. */
async function gitHubRepository(git) {
    const origin = await git.exec(['remote', 'get-url', 'origin'], { allowFailure: true });
    const match = /github\.com[:/]([^/\s]+\/[^/\s]+?)(?:\.git)?\/?$/.exec(origin.stdout.trim());
    return origin.exitCode === 0 && match ? match[1] : undefined;
}
async function nextSteps(git, files, opts) {
    const repo = await gitHubRepository(git);
    const settingsPage = (path) => (repo ? ` (https://github.com/${repo}/settings/${path})` : '');
    const written = files.filter((f) => f.status !== 'skipped' && f.status !== 'kept').map((f) => f.path);
    const steps = [
        `Add your Buffer API key (create one at ${errors/* API_KEY_SETTINGS_URL */.vC}) as the repository secret BUFFER_API_KEY: \`gh secret set BUFFER_API_KEY${repo ? ` --repo ${repo}` : ''}\` (it asks for the key, so it stays out of your shell history), or on GitHub: Settings → Secrets and variables → Actions → New repository secret${settingsPage('secrets/actions/new')}.`,
    ];
    if (opts.placeholder && files.some((f) => f.path === opts.examplePath && f.status !== 'skipped')) {
        steps.push(`Write your channels into ${opts.examplePath}: \`buffer-gitops channels\` lists the references (with BUFFER_API_KEY set in your environment).`);
    }
    steps.push('See what the first push will do: `buffer-gitops plan` (with BUFFER_API_KEY set it reads your Buffer channels; without, it checks the files offline).');
    if (written.length > 0)
        steps.push(`Commit and push: \`${opts.cd}git add ${written.join(' ')} && git commit -m "Publish posts through Buffer" && git push\`.`);
    steps.push(`If the branch is protected (required reviews or status checks), the action cannot push the Buffer IDs back to it: uncomment \`write-back: pull-request\` in ${WORKFLOW_PATH}, so it opens a pull request with them instead, and tick "Allow GitHub Actions to create and approve pull requests" under Settings → Actions → General → Workflow permissions${settingsPage('actions')}.`);
    return steps;
}
function report(result) {
    const width = Math.max(...result.files.map((f) => f.path.length)) + 2;
    const lines = [
        `buffer-gitops init in ${result.repository}:`,
        ...result.files.map((f) => `  ${f.status.padEnd(12)}${f.path.padEnd(width)}${f.note}`),
    ];
    const kept = result.files.filter((f) => f.status === 'kept');
    if (!result.changed)
        lines.push(kept.length > 0 ? 'Nothing changed.' : 'Nothing changed: every file is already as init writes it.');
    if (kept.length > 0) {
        lines.push(`Kept ${kept.length} file(s) as they are: ${kept.map((f) => f.path).join(', ')}. To replace them with what init writes, run \`buffer-gitops init --force\`.`);
    }
    lines.push('', 'Next steps:', ...result.nextSteps.map((step, i) => `  ${i + 1}. ${step}`));
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 2456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ connect)
/* harmony export */ });
/* harmony import */ var _channels_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5352);

async function connect(client, organizationId, recentSince) {
    if (recentSince) {
        const since = recentSince.toISOString();
        const account = organizationId ? undefined : await client.account();
        const organization = account ? (0,_channels_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .chooseOrganization */ .R7)(account, undefined) : undefined;
        const result = await client.connect(organizationId ?? organization.id, since, Boolean(organizationId));
        return {
            organization: organization ?? (0,_channels_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .chooseOrganization */ .R7)(result.account, organizationId),
            channels: result.channels,
            recentPosts: result.recentComplete ? result.recentPosts : undefined,
        };
    }
    if (organizationId) {
        const { account, channels } = await client.accountAndChannels(organizationId);
        return { organization: (0,_channels_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .chooseOrganization */ .R7)(account, organizationId), channels };
    }
    const account = await client.account();
    const organization = (0,_channels_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .chooseOrganization */ .R7)(account, undefined);
    return { organization, channels: await client.channels(organization.id) };
}


/***/ }),

/***/ 4261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listMarkdownFiles: () => (/* binding */ listMarkdownFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The Markdown files under a folder of the repository, sorted, as
 * repository-relative paths with forward slashes. Symbolic links are not
 * followed: a link could point outside the repository. Links named `*.md`
 * go to `links` when given, so they can be reported.
 */


async function listMarkdownFiles(workspace, dir, links) {
    const found = [];
    async function walk(relative) {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, relative), { withFileTypes: true });
        }
        catch (error) {
            if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
                return;
            throw error;
        }
        for (const entry of entries) {
            const path = `${relative}/${entry.name}`;
            if (entry.isDirectory()) {
                if (entry.name !== '.git' && entry.name !== 'node_modules')
                    await walk(path);
            }
            else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
                found.push(path);
            }
            else if (links && entry.isSymbolicLink() && entry.name.toLowerCase().endsWith('.md')) {
                // Not followed, but not silently skipped either: the caller reports it.
                links.push(path);
            }
        }
    }
    await walk(dir);
    return found.sort();
}


/***/ }),

/***/ 4693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ MASTODON_DEFAULT_LIMIT),
/* harmony export */   o: () => (/* binding */ NETWORK_LIMITS)
/* harmony export */ });
/** Mastodon's out-of-the-box `max_characters`; instances may raise it. */
const MASTODON_DEFAULT_LIMIT = 500;
const BUFFER_LIMITS = 'https://support.buffer.com/article/588-character-limits-for-each-social-network';
const BUFFER_PITFALLS = 'shared/reference/buffer-pitfalls.md';
const NETWORK_LIMITS = {
    twitter: {
        label: 'X',
        length: { unit: 'weighted', limit: 280, urlLength: 23 },
        maxImages: 4,
        maxVideos: 1,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: [],
        sources: [
            'https://docs.x.com/fundamentals/counting-characters',
            'https://developer.x.com/en/docs/twitter-api/v1/media/upload-media/uploading-media/media-best-practices',
            BUFFER_LIMITS,
        ],
    },
    mastodon: {
        label: 'Mastodon',
        length: { unit: 'graphemes', limit: MASTODON_DEFAULT_LIMIT, urlLength: 23 },
        maxImages: 4,
        maxVideos: 1,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: [],
        sources: [
            'https://docs.joinmastodon.org/user/posting/#text',
            'https://docs.joinmastodon.org/entities/Instance/#statuses',
            'https://docs.joinmastodon.org/methods/statuses/#create',
            BUFFER_LIMITS,
        ],
    },
    bluesky: {
        label: 'Bluesky',
        length: { unit: 'graphemes', limit: 300 },
        maxImages: 4,
        maxVideos: 1,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: [],
        sources: [
            'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json',
            'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/embed/images.json',
            BUFFER_LIMITS,
        ],
    },
    threads: {
        label: 'Threads',
        length: { unit: 'weighted', limit: 500 },
        maxLinks: 5,
        maxImages: 20,
        maxVideos: 20,
        maxMedia: 20,
        maxDocuments: 0,
        mixesMediaKinds: true,
        requiredMetadata: [],
        sources: [
            'https://developers.facebook.com/documentation/threads/posts',
            'https://developers.facebook.com/documentation/threads/create-posts/text-attachments',
            BUFFER_LIMITS,
        ],
    },
    linkedin: {
        label: 'LinkedIn',
        length: { unit: 'characters', limit: 3000 },
        maxImages: 20,
        maxVideos: 1,
        maxDocuments: 1,
        mixesMediaKinds: false,
        requiredMetadata: [],
        sources: [
            BUFFER_LIMITS,
            'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/posts-api',
            'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/multiimage-post-api',
        ],
    },
    instagram: {
        label: 'Instagram',
        length: { unit: 'characters', limit: 2200 },
        maxHashtags: 5,
        requiredMedia: 'imageOrVideo',
        maxImages: 10,
        maxVideos: 10,
        maxMedia: 10,
        maxDocuments: 0,
        mixesMediaKinds: true,
        requiredMetadata: ['type', 'shouldShareToFeed'],
        sources: [
            BUFFER_LIMITS,
            'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media',
            'https://developers.facebook.com/docs/instagram-platform/content-publishing/',
            'SPEC.md §6',
            BUFFER_PITFALLS,
        ],
    },
    facebook: {
        label: 'Facebook',
        // Buffer caps Facebook at 5,000 although Facebook itself takes 63,206:
        // the post goes through Buffer, so Buffer's figure is the one that bites.
        length: { unit: 'characters', limit: 5000 },
        maxImages: null,
        maxVideos: 1,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: [],
        sources: [BUFFER_LIMITS, BUFFER_PITFALLS],
    },
    pinterest: {
        label: 'Pinterest',
        length: { unit: 'characters', limit: 500 },
        requiredMedia: 'image',
        maxImages: 1,
        maxVideos: 1,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: ['boardServiceId'],
        maxTitle: 100,
        sources: [BUFFER_LIMITS, 'https://developers.pinterest.com/docs/api/v5/pins-create', BUFFER_PITFALLS],
    },
    tiktok: {
        label: 'TikTok',
        length: { unit: 'characters', limit: 2200 },
        requiredMedia: 'imageOrVideo',
        maxImages: 35,
        maxVideos: 1,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: [],
        sources: [
            BUFFER_LIMITS,
            'https://developers.tiktok.com/doc/content-posting-api-reference-direct-post',
            BUFFER_PITFALLS,
        ],
    },
    youtube: {
        label: 'YouTube',
        length: { unit: 'bytes', limit: 5000 },
        requiredMedia: 'video',
        maxImages: 0,
        maxVideos: 1,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: ['title', 'categoryId'],
        maxTitle: 100,
        sources: [BUFFER_LIMITS, 'https://developers.google.com/youtube/v3/docs/videos', BUFFER_PITFALLS],
    },
    googlebusiness: {
        label: 'Google Business Profile',
        length: { unit: 'characters', limit: 1500 },
        maxImages: null,
        maxVideos: null,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: ['type'],
        sources: [
            'https://developers.google.com/my-business/reference/rest/v4/accounts.locations.localPosts',
            BUFFER_PITFALLS,
        ],
    },
    startPage: {
        label: 'Start Page',
        length: { unit: 'characters', limit: 5000 },
        maxImages: null,
        maxVideos: null,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: [],
        sources: [BUFFER_LIMITS],
    },
};


/***/ }),

/***/ 7512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pq: () => (/* binding */ emitString),
/* harmony export */   Wl: () => (/* binding */ emitFlow),
/* harmony export */   h: () => (/* binding */ emitBufferBlock)
/* harmony export */ });
/* unused harmony exports quoteString, emitTrackedEntry */
/** Order of a tracked entry's fields; other fields follow in their own order. */
const FIELD_ORDER = ['id', 'status', 'dueAt', 'sentAt', 'link', 'error'];
const PLAIN = /^[A-Za-z0-9_][A-Za-z0-9_./+@-]*$/;
/** Plain texts a YAML 1.2 core (or 1.1) reader resolves to a non-string. */
const NOT_A_STRING = [
    /^(?:~|null|Null|NULL)$/,
    /^(?:true|True|TRUE|false|False|FALSE)$/,
    /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,
    /^[-+]?[0-9][0-9_]*$/,
    /^0o[0-7]+$/,
    /^0x[0-9a-fA-F]+$/,
    /^[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$/,
    /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/,
];
const ESCAPES = {
    '\0': '\\0',
    '\t': '\\t',
    '\n': '\\n',
    '\r': '\\r',
    '"': '\\"',
    '\\': '\\\\',
};
function quoteString(text) {
    // Control characters, DEL, C1 controls and the BOM are not printable in YAML.
    return `"${text.replace(/[\\"\0-\x1f\x7f-\x9f\ufeff]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}
function emitString(text) {
    return PLAIN.test(text) && !NOT_A_STRING.some((pattern) => pattern.test(text)) ? text : quoteString(text);
}
/** A value in YAML flow style. */
function emitFlow(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'string')
        return emitString(value);
    if (typeof value === 'boolean')
        return String(value);
    if (typeof value === 'number') {
        if (Number.isNaN(value))
            return '.nan';
        if (!Number.isFinite(value))
            return value > 0 ? '.inf' : '-.inf';
        return Object.is(value, -0) ? '-0' : String(value);
    }
    if (value instanceof Date)
        return quoteString(value.toISOString());
    if (Array.isArray(value))
        return `[${value.map(emitFlow).join(', ')}]`;
    if (typeof value === 'object')
        return emitFlowMap(Object.entries(value));
    return quoteString(String(value));
}
function emitFlowMap(entries) {
    const present = entries.filter(([, v]) => v !== undefined);
    return `{${present.map(([k, v]) => `${emitString(k)}: ${emitFlow(v)}`).join(', ')}}`;
}
function emitTrackedEntry(post) {
    const entries = Object.entries(post);
    const rank = (key) => {
        const index = FIELD_ORDER.indexOf(key);
        return index === -1 ? FIELD_ORDER.length : index;
    };
    // Array.prototype.sort is stable, so unlisted fields keep their insertion order.
    return emitFlowMap(entries.sort(([a], [b]) => rank(a) - rank(b)));
}
/** The whole `buffer:` key as lines ending in `eol`. */
function emitBufferBlock(block, eol) {
    const lines = ['buffer:'];
    for (const [ref, post] of Object.entries(block))
        lines.push(`  ${emitString(ref)}: ${emitTrackedEntry(post)}`);
    return lines.map((line) => line + eol).join('');
}


/***/ })

};
