export const id = 712;
export const ids = [712];
export const modules = {

/***/ 5242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ DEFAULT_API_URL)
/* harmony export */ });
/**
 * Buffer's public API (requests go to `<api-url>/graphql`). A module of its
 * own so settings can name the default without loading the HTTP transport.
 */
const DEFAULT_API_URL = 'https://api.buffer.com';


/***/ }),

/***/ 2963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qo: () => (/* binding */ BufferGraphQLError),
/* harmony export */   SH: () => (/* binding */ BufferTransportError),
/* harmony export */   Ve: () => (/* binding */ BufferApiError),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   gI: () => (/* binding */ BufferNotFoundError),
/* harmony export */   n5: () => (/* binding */ BufferAuthError),
/* harmony export */   sO: () => (/* binding */ BufferRateLimitError),
/* harmony export */   vC: () => (/* binding */ API_KEY_SETTINGS_URL)
/* harmony export */ });
/**
 * Errors the Buffer client throws. Typed mutation errors (the union members in
 * `data`) are NOT thrown: they come back as `MutationResult` values, because a
 * batch has one per item. What is thrown here is what stops a whole request.
 *
 * No message ever contains the API key: messages are built from the response
 * body and fixed text only.
 */
/** Where users create a key; quoted in every authentication failure. */
const API_KEY_SETTINGS_URL = 'https://publish.buffer.com/settings/api';
class BufferApiError extends Error {
    /** Machine-readable reason: a GraphQL `extensions.code` or one of ours. */
    code;
    constructor(message, code, options) {
        super(message, options);
        this.name = new.target.name;
        this.code = code;
    }
}
/** 401/403, or `UNAUTHENTICATED` / `UNAUTHORIZED` / `FORBIDDEN` in `errors[]`; also a key refused locally. */
class BufferAuthError extends BufferApiError {
    status;
    detail;
    local;
    /**
     * @param detail what Buffer said, or (local) why the key cannot be sent
     * @param local true when the key was refused before any request was made
     */
    constructor(detail, code, status, local = false) {
        super(authMessage(detail, code, status, local, 'action'), code);
        this.status = status;
        this.detail = detail;
        this.local = local;
    }
    /** The message in the words of who runs: the action names its input, the CLI the environment variable. */
    messageFor(surface) {
        return authMessage(this.detail, this.code, this.status, this.local, surface);
    }
}
function authMessage(detail, code, status, local, surface) {
    const said = detail ? (local ? `: ${detail}` : ` (Buffer said: ${detail})`) : '';
    const how = surface === 'cli'
        ? `Create one at ${API_KEY_SETTINGS_URL} and set it in the BUFFER_API_KEY environment variable.`
        : `Create one at ${API_KEY_SETTINGS_URL} and pass it as the \`buffer-api-key\` input / BUFFER_API_KEY.`;
    if (local)
        return `The Buffer API key cannot be used${said}. ${how}`;
    if (code === 'FORBIDDEN' || status === 403)
        return `Buffer accepted the API key but refused access${said}. Use a key of the account that owns the organization and channels. ${how}`;
    return `Buffer rejected the API key${said}. ${how}`;
}
/** 429, after the retry policy gave up (or the wait would exceed the bound). */
class BufferRateLimitError extends BufferApiError {
    window;
    /** Seconds until a retry can succeed, when Buffer said (Retry-After). */
    retryAfterSeconds;
    constructor(window, retryAfterSeconds, extra = '') {
        const which = window ? ` (\`${window}\` window)` : '';
        const when = retryAfterSeconds !== undefined
            ? `Retry after ${formatDuration(retryAfterSeconds)}.`
            : 'Retry after the window resets.';
        super(`Buffer rate limit exceeded${which}. ${when}${extra}`, 'RATE_LIMIT_EXCEEDED');
        this.window = window;
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
/** A non-empty `errors` array that is not auth, not-found or rate limiting. */
class BufferGraphQLError extends BufferApiError {
    /** Every message of `errors[]`; the error message joins them with "; ". */
    messages;
    /** True when Buffer rejected the document itself (validation or query limits): nothing executed. */
    rejectedDocument;
    constructor(messages, code, rejectedDocument) {
        super(messages.join('; ') || 'Buffer returned an error without a message', code ?? 'GRAPHQL_ERROR');
        this.messages = messages;
        this.rejectedDocument = rejectedDocument;
    }
}
/** `NOT_FOUND` on a read of one resource (channel); `post()` maps it to null instead. */
class BufferNotFoundError extends BufferApiError {
    constructor(message) {
        super(message, 'NOT_FOUND');
    }
}
/**
 * The request failed below GraphQL: network error, timeout, HTTP 5xx, a body
 * that is not a GraphQL response, or `data: null` with `UNEXPECTED`.
 */
class BufferTransportError extends BufferApiError {
    /** False only when we know Buffer never received the request (e.g. connection refused). */
    mayHaveExecuted;
    status;
    constructor(message, opts) {
        super(message, opts.code ?? 'TRANSPORT_ERROR', { cause: opts.cause });
        this.mayHaveExecuted = opts.mayHaveExecuted;
        this.status = opts.status;
    }
}
/** "4m 12s" style, as the official CLI prints waits. */
function formatDuration(totalSeconds) {
    const s = Math.max(0, Math.ceil(totalSeconds));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const rest = s % 60;
    const parts = [];
    if (h)
        parts.push(`${h}h`);
    if (m)
        parts.push(`${m}m`);
    if (rest || parts.length === 0)
        parts.push(`${rest}s`);
    return parts.join(' ');
}


/***/ }),

/***/ 1654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hy: () => (/* binding */ mainHelp),
/* harmony export */   Qw: () => (/* binding */ specsOf),
/* harmony export */   bD: () => (/* binding */ commandHelp),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   nZ: () => (/* binding */ COMMAND_NAMES),
/* harmony export */   tn: () => (/* binding */ commandsTaking)
/* harmony export */ });
/* unused harmony exports OPTIONS, COMMAND_SPECS, EXIT_CODES */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(311);

const FILE = 'buffer-gitops.yml';
const OPTIONS = {
    base: {
        type: 'string',
        value: 'REF',
        help: 'Compare with this revision (branch, tag or commit): removed files delete their posts, changed files edit them',
    },
    'api-url': {
        type: 'string',
        value: 'URL',
        help: `Buffer endpoint (default: $BUFFER_API_URL, then api-url in ${FILE}, then https://api.buffer.com)`,
    },
    'posts-dir': {
        type: 'string',
        value: 'DIR',
        help: `Folder of post files, from the repository's top folder (default: posts-dir in ${FILE}, then posts)`,
    },
    'ideas-dir': {
        type: 'string',
        value: 'DIR',
        help: `Folder of idea files (default: ideas-dir in ${FILE}, then ideas)`,
    },
    'organization-id': {
        type: 'string',
        value: 'ID',
        help: `Buffer organization, when the account has several (default: organization-id in ${FILE})`,
    },
    timezone: {
        type: 'string',
        value: 'ZONE',
        help: `IANA zone for dueAt values without an offset, e.g. Europe/Berlin (default: timezone in ${FILE})`,
    },
    'delete-sent': {
        type: 'boolean',
        help: `Also delete posts Buffer already sent when their file is removed (default: delete-sent in ${FILE}, then no)`,
    },
    'no-delete-sent': { type: 'boolean', help: `Never delete sent posts, whatever ${FILE} says` },
    'on-drift': {
        type: 'string',
        value: 'POLICY',
        help: `report (default) or restore posts changed or deleted in Buffer's app (default: on-drift in ${FILE})`,
    },
    'max-wait': {
        type: 'string',
        value: 'SECONDS',
        help: `Longest wait for one Buffer rate-limit pause before stopping cleanly (default: max-wait in ${FILE}, then 300)`,
    },
    'metrics-file': {
        type: 'string',
        value: 'FILE',
        help: `CSV that sync writes post metrics to, from the repository's top folder; none: off (default: metrics-file in ${FILE}, then metrics.csv in the posts folder)`,
    },
    'batch-size': { type: 'string', value: 'N', help: 'Buffer changes sent per request, 1 to 25 (default 25)' },
    status: {
        type: 'string',
        value: 'LIST',
        help: 'Buffer statuses to import, comma-separated (default: scheduled,draft)',
    },
    branches: {
        type: 'string',
        multiple: true,
        value: 'LIST',
        help: `Branches (globs; repeat or comma-separate) that may change Buffer (default: branches in ${FILE}, then origin's default branch)`,
    },
    'branch-check': { type: 'string', value: 'on|off', help: 'off: run on any branch (also --no-branch-check)' },
    'no-branch-check': { type: 'boolean', help: 'Run on any branch' },
    'dry-run': { type: 'boolean', help: 'Everything but changes to Buffer and to the files' },
    force: { type: 'boolean', help: 'Overwrite files that differ from what init writes (without it, they are kept)' },
    since: {
        type: 'string',
        value: 'WHEN',
        help: 'Start of the window: days (30d: today and the 29 days before), weeks (8w) or a date (2026-01-01); UTC days, as Buffer counts them (default 30d)',
    },
    channel: {
        type: 'string',
        value: 'REF',
        help: 'Only this channel, as post files write it (twitter, "linkedin:Acme Inc", or a channel ID)',
    },
    csv: { type: 'boolean', help: "Only the posts' rows, in the metrics file's CSV format, on stdout" },
    json: { type: 'boolean', help: 'Only the result, as JSON, on stdout' },
    help: { type: 'boolean', short: 'h', help: 'Show this help' },
};
const BUFFER = ['api-url', 'organization-id'];
const FILES = ['posts-dir', 'ideas-dir', 'timezone'];
const CHANGES = [
    'delete-sent',
    'no-delete-sent',
    'max-wait',
    'batch-size',
    'branches',
    'branch-check',
    'no-branch-check',
    'dry-run',
];
const COMMAND_SPECS = {
    init: {
        usage: 'buffer-gitops init [options]',
        summary: 'Set up this repository: the workflow, buffer-gitops.yml and an example post',
        about: "Writes .github/workflows/buffer.yml (the README's workflow), buffer-gitops.yml (with --timezone, else this system's zone) and an example post in the posts folder, as a Buffer draft. With BUFFER_API_KEY set, the example names your Buffer channels; without it, a placeholder to fill in. A file that already exists is kept unless --force is given, so running init again changes nothing. Then it prints the steps left: the repository secret, the setting a protected branch needs, the first plan.",
        options: ['timezone', 'posts-dir', 'ideas-dir', ...BUFFER, 'force', 'json', 'help'],
        examples: [
            'buffer-gitops init --timezone Europe/Berlin',
            'BUFFER_API_KEY=… buffer-gitops init   # the example post names your channels',
            'buffer-gitops init --force   # write every file again',
        ],
    },
    validate: {
        usage: 'buffer-gitops validate [paths...] [options]',
        summary: 'Check post and idea files offline (no key needed)',
        about: 'Checks the posts and ideas folders, or the files and folders given, without asking Buffer. Each problem is printed as file:line:col: severity: message.',
        options: [...FILES, 'json', 'help'],
        examples: ['buffer-gitops validate', 'buffer-gitops validate posts/launch.md ideas/series.md'],
        paths: true,
    },
    plan: {
        usage: 'buffer-gitops plan [--base REF] [options]',
        summary: 'Show what apply would do (Buffer is only read)',
        about: "Shows, for every post file and channel, what apply would create, edit, replace or delete, with the length in each network's unit. Buffer is only read; without BUFFER_API_KEY the plan is offline.",
        options: ['base', ...BUFFER, ...FILES, 'delete-sent', 'no-delete-sent', 'json', 'help'],
        examples: ['buffer-gitops plan --base origin/main', 'buffer-gitops plan --json > plan.json'],
    },
    apply: {
        usage: 'buffer-gitops apply [--base REF] [options]',
        summary: 'Make Buffer equal the post files; write the IDs into the files',
        about: 'Creates, edits and deletes Buffer posts so Buffer matches the files, then writes the Buffer IDs into the files (commit them afterwards). With --base, files removed or changed since REF delete or edit their posts, exactly as `plan --base REF` shows.',
        options: ['base', ...BUFFER, ...FILES, ...CHANGES, 'json', 'help'],
        examples: [
            'buffer-gitops apply --base origin/main   # after `buffer-gitops plan --base origin/main` showed what it does',
            'buffer-gitops apply --dry-run',
        ],
    },
    sync: {
        usage: 'buffer-gitops sync [options]',
        summary: "Write Buffer's statuses into the files; create what lacks an ID; report drift",
        about: "Writes each tracked post's Buffer status (sent, the link, Buffer's error) into its file, creates posts that still lack an ID, reports posts changed or deleted in Buffer's app (--on-drift restore puts them back), and writes Buffer's numbers for sent posts to the metrics file (posts/metrics.csv; --metrics-file none turns it off). Commit the files afterwards.",
        options: [...BUFFER, ...FILES, 'on-drift', 'metrics-file', ...CHANGES, 'json', 'help'],
        examples: ['buffer-gitops sync', 'buffer-gitops sync --on-drift restore', 'buffer-gitops sync --metrics-file none'],
    },
    import: {
        usage: 'buffer-gitops import [--status LIST] [options]',
        summary: 'Write a post file for every Buffer post no file tracks yet',
        about: 'Writes one post file per Buffer post that no file tracks yet, so a team can adopt buffer-gitops with an existing queue. Review and commit the new files afterwards.',
        options: [...BUFFER, 'posts-dir', 'timezone', 'status', 'max-wait', 'dry-run', 'json', 'help'],
        examples: ['buffer-gitops import --status scheduled,draft'],
    },
    report: {
        usage: 'buffer-gitops report [--since 30d] [--channel REF] [--json|--csv] [--metrics-file FILE] [options]',
        summary: 'Post metrics: the top posts of the window and the totals per channel',
        about: "Shows the top posts of the window (reactions, comments, reposts, shares, impressions, as Buffer counts them) and each channel's totals. With BUFFER_API_KEY it reads Buffer, and names each post's file from the posts' buffer: blocks; without it, it reads the metrics file the last sync wrote (no totals). Dates are shown in --timezone (default: timezone in buffer-gitops.yml, then UTC). --json prints every sent post of the window and the totals; --csv the posts in the metrics file's format.",
        options: ['since', 'channel', 'metrics-file', ...BUFFER, 'posts-dir', 'timezone', 'json', 'csv', 'help'],
        examples: [
            'buffer-gitops report',
            'buffer-gitops report --since 8w --channel linkedin',
            'buffer-gitops report --since 2026-01-01 --json > metrics.json',
            'buffer-gitops report --csv > metrics.csv',
        ],
    },
    channels: {
        usage: 'buffer-gitops channels [options]',
        summary: 'List organizations and channels, with the reference to write in front-matter',
        about: 'Lists the organizations and channels of the account behind BUFFER_API_KEY, with the reference to write in `channels:`.',
        options: [...BUFFER, 'json', 'help'],
        examples: ['buffer-gitops channels', 'buffer-gitops channels --json'],
    },
    sandbox: {
        usage: 'buffer-gitops sandbox [options]',
        summary: 'Run the local Buffer sandbox (see `buffer-gitops sandbox --help`)',
        about: '',
        options: [],
        examples: ['buffer-gitops sandbox --port 0'],
    },
};
const COMMAND_NAMES = Object.keys(COMMAND_SPECS);
function specsOf(command) {
    return Object.fromEntries(COMMAND_SPECS[command].options.map((name) => [name, OPTIONS[name]]));
}
/** The commands (other than `command`) that take option `name`. */
function commandsTaking(command, name) {
    return COMMAND_NAMES.filter((c) => c !== command && COMMAND_SPECS[c].options.includes(name));
}
function optionLines(names) {
    const heads = names.map((name) => {
        const spec = OPTIONS[name];
        return `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    });
    const width = Math.max(...heads.map((h) => h.length)) + 2;
    return names.map((name, i) => `  ${heads[i].padEnd(width)}${OPTIONS[name].help}`);
}
function commandHelp(command) {
    const spec = COMMAND_SPECS[command];
    return [
        `Usage: ${spec.usage}`,
        '',
        spec.about,
        '',
        'Options:',
        ...optionLines(spec.options),
        '',
        `Settings come from the flags, then the environment, then ${FILE} at the repository's top folder (or .github/${FILE}), then the defaults.`,
        '',
        spec.examples.length > 1 ? 'Examples:' : 'Example:',
        ...spec.examples.map((e) => `  ${e}`),
    ].join('\n');
}
/** The exit codes by name, for the commands' code; their meanings are EXIT_CODES below. */
const EXIT = { ok: 0, problems: 1, usage: 2, api: 3, auth: 4 };
/** The README's exit-code table, word for word (test/cli/exit-codes.test.ts holds them together). */
const EXIT_CODES = [
    [0, 'OK'],
    [1, 'Problems found in the files, or Buffer actions that failed'],
    [
        2,
        'Usage: an unknown command or option, a bad flag value, a missing posts folder, a bad settings file, a branch that does not publish',
    ],
    [3, 'Buffer API error: Buffer unreachable, or an unexpected answer'],
    [4, 'Authentication: BUFFER_API_KEY missing or rejected'],
];
function mainHelp() {
    const width = Math.max(...COMMAND_NAMES.map((c) => c.length)) + 2;
    return [
        `buffer-gitops ${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x} — a Git repository as the source of truth for a Buffer queue`,
        '',
        'Usage: buffer-gitops <command> [options]',
        '',
        'Commands:',
        ...COMMAND_NAMES.map((c) => `  ${c.padEnd(width)}${COMMAND_SPECS[c].summary}`),
        '',
        'Run `buffer-gitops <command> --help` for its options and an example.',
        '',
        `buffer-gitops works in the git repository around the current folder. The key is read from BUFFER_API_KEY; timezone, posts-dir and the other settings from flags, then ${FILE} at the repository's top folder.`,
        '',
        'Exit codes:',
        ...EXIT_CODES.map(([code, meaning]) => `  ${code}  ${meaning}`),
        '',
        '  -h, --help     Show this help',
        '  -v, --version  Show the version',
    ].join('\n');
}


/***/ }),

/***/ 4712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/buffer/errors.ts
var errors = __webpack_require__(2963);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/buffer/api-url.ts
var api_url = __webpack_require__(5242);
// EXTERNAL MODULE: ./src/config/branch-patterns.ts
var branch_patterns = __webpack_require__(1958);
// EXTERNAL MODULE: ./src/config/settings-location.ts
var settings_location = __webpack_require__(989);
// EXTERNAL MODULE: ./src/config/settings-keys.ts
var settings_keys = __webpack_require__(3370);
// EXTERNAL MODULE: ./src/text/did-you-mean.ts
var did_you_mean = __webpack_require__(3180);
// EXTERNAL MODULE: ./src/text/words.ts
var words = __webpack_require__(1670);
// EXTERNAL MODULE: ./src/time/wall-time.ts
var wall_time = __webpack_require__(4383);
;// CONCATENATED MODULE: ./src/config/settings.ts
/**
 * One typed settings object for a run, built from the action's inputs or the
 * CLI's flags, then the environment, then the settings file
 * (`buffer-gitops.yml`, config/settings-file.ts), then the defaults. The
 * defaults live here, not in action.yml: an input's default would always win
 * over the file. Every problem names where the value came from (the input, the
 * flag, the variable, or file:line) and says what to write instead, so a
 * misconfigured run fails before anything touches Buffer.
 */








const COMMANDS = ['plan', 'apply', 'sync', 'import'];
const WRITE_BACK_MODES = ['commit', 'pull-request', 'none'];
class SettingsError extends Error {
    input;
    source;
    constructor(input, message, 
    /** Where the value came from: "Input `x`", "Option --x", "BUFFER_API_URL" or "buffer-gitops.yml:3: `x`". */
    source = `Input \`${input}\``) {
        super(`${source}: ${message}`);
        this.input = input;
        this.source = source;
        this.name = 'SettingsError';
    }
}
/**
 * readSettings with buffer-gitops.yml read from the workspace's folder (the
 * action). Async because the file's YAML parser is loaded only when there is a
 * file (settings-location.ts).
 */
async function readSettingsWithFile(read, workspace, env = process.env, opts = {}) {
    const root = insideWorkspace(workspace, read('working-directory') ?? '.');
    const file = await loadSettingsFile(root, opts.surface ?? 'action');
    return readSettings(read, workspace, env, { ...opts, settingsFile: file });
}
function readSettings(read, workspace, env = process.env, opts = {}) {
    const surface = opts.surface ?? 'action';
    const label = (name) => (surface === 'cli' ? `Option --${name}` : `Input \`${name}\``);
    const workingDirectory = read('working-directory') ?? '.';
    const root = insideWorkspace(workspace, workingDirectory);
    const file = opts.settingsFile;
    // Precedence: input or flag, then the environment, then the file, then the default.
    const layers = (name) => {
        const given = read(name);
        if (given !== undefined)
            return { value: given, source: label(name) };
        if (name === 'api-url') {
            const fromEnv = nonEmpty(env.BUFFER_API_URL);
            if (fromEnv)
                return { value: fromEnv, source: 'BUFFER_API_URL' };
        }
        const inFile = file?.values.get(name);
        if (inFile)
            return { value: inFile.value, source: `${file.path}:${inFile.line}: \`${name}\`` };
        return undefined;
    };
    const command = oneOf(layers, 'command', ['auto', ...COMMANDS], 'auto');
    const apiKey = read('buffer-api-key') ?? nonEmpty(env.BUFFER_API_KEY);
    const apiUrl = url(layers, 'api-url', api_url/* DEFAULT_API_URL */.r);
    const timezone = timeZone(layers);
    const maxWaitSeconds = number(layers, 'max-wait', 300);
    const organizationId = layers('organization-id')?.value;
    const postsDir = dir(layers, 'posts-dir', 'posts');
    const ideasDir = dir(layers, 'ideas-dir', 'ideas');
    return {
        command,
        apiKey,
        apiUrl,
        postsDir,
        ideasDir,
        organizationId,
        timezone,
        dryRun: bool(layers, 'dry-run', false),
        deleteSent: bool(layers, 'delete-sent', false),
        writeBack: oneOf(layers, 'write-back', WRITE_BACK_MODES, 'commit'),
        onDrift: oneOf(layers, 'on-drift', settings_keys/* SETTINGS_FILE_FIELDS */.ff['on-drift'].type.values, 'report'),
        maxWaitMs: maxWaitSeconds * 1000,
        batchSize: batchSize(layers),
        metricsFile: metricsFile(layers, postsDir, ideasDir),
        githubToken: read('github-token'),
        branches: branches(layers),
        ...(file ? { settingsFile: file.path } : {}),
        workspace: root,
        workingDirectory,
    };
}
function timeZone(layers) {
    const given = layers('timezone');
    if (given === undefined || (0,wall_time/* isValidTimeZone */.Aq)(given.value))
        return given?.value;
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    const hint = (0,did_you_mean/* didYouMean */.a)(given.value, zones);
    throw new SettingsError('timezone', `"${given.value}" is not an IANA time zone.${hint} Use a name such as Europe/Berlin, America/New_York or UTC.`, given.source);
}
function branches(layers) {
    const given = layers('branches');
    if (given === undefined)
        return undefined;
    const patterns = [];
    for (const source of (0,branch_patterns/* splitPatternList */.RL)(given.value)) {
        try {
            patterns.push((0,branch_patterns/* compileBranchPattern */.ag)(source));
        }
        catch (error) {
            throw new SettingsError('branches', `${error.message}. Write one branch name or pattern per line, e.g. \`main\` or \`release/**\`.`, given.source);
        }
    }
    if (patterns.length === 0)
        return undefined;
    if (!patterns.some((p) => !p.negated)) {
        throw new SettingsError('branches', `lists only exclusions (${(0,words/* codeList */.E5)(patterns.map((p) => p.source))}); name the branches to publish from too, e.g. \`main\`.`, given.source);
    }
    return patterns;
}
/** `working-directory` resolved against the workspace; it may not leave it (a checkout is always inside GITHUB_WORKSPACE). */
function insideWorkspace(workspace, dirInput) {
    const root = (0,external_node_path_.resolve)(workspace);
    const target = (0,external_node_path_.resolve)(root, dirInput);
    const rel = (0,external_node_path_.relative)(root, target);
    if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel)) {
        throw new SettingsError('working-directory', `"${dirInput}" is outside the workspace. Write the folder relative to GITHUB_WORKSPACE, as given to actions/checkout's \`path:\` (e.g. \`social\`), or \`.\`.`);
    }
    return target;
}
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
}
function oneOf(layers, name, allowed, fallback) {
    const given = layers(name);
    if (given === undefined)
        return fallback;
    if (allowed.includes(given.value))
        return given.value;
    throw new SettingsError(name, `"${given.value}" is not one of ${(0,words/* codeList */.E5)(allowed)}.${(0,did_you_mean/* didYouMean */.a)(given.value, allowed)}`, given.source);
}
function bool(layers, name, fallback) {
    const given = layers(name);
    if (given === undefined)
        return fallback;
    // The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
    if (settings_keys/* TRUE_TEXTS */.G9.includes(given.value))
        return true;
    if (settings_keys/* FALSE_TEXTS */.H2.includes(given.value))
        return false;
    throw new SettingsError(name, `"${given.value}" is not a boolean. Write \`true\` or \`false\`.`, given.source);
}
function number(layers, name, fallback) {
    const given = layers(name);
    if (given === undefined)
        return fallback;
    const parsed = Number(given.value);
    if (given.value.trim() === '' || !Number.isFinite(parsed) || parsed < 0) {
        throw new SettingsError(name, `"${given.value}" is not a number of seconds (0 or more).`, given.source);
    }
    return parsed;
}
/** Aliased mutations per request: Buffer allows 30 aliases per document; we stay at 25. */
function batchSize(layers) {
    const given = layers('batch-size');
    if (given === undefined)
        return 25;
    const parsed = Number(given.value);
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > 25) {
        throw new SettingsError('batch-size', `"${given.value}" is not a whole number from 1 to 25.`, given.source);
    }
    return parsed;
}
function url(layers, name, fallback) {
    const given = layers(name);
    const value = given?.value ?? fallback;
    const source = given?.source;
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        throw new SettingsError(name, `"${value}" is not a URL. Write the endpoint, e.g. ${api_url/* DEFAULT_API_URL */.r}.`, source);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new SettingsError(name, `"${value}" must be an http(s) URL.`, source);
    }
    return value;
}
/**
 * `metrics-file`: a file inside the repository that no other part of the
 * product reads. Not a `.md` name (the posts folder would read it as a post),
 * not in the ideas folder; `none` turns metrics off.
 */
function metricsFile(layers, postsDir, ideasDir) {
    const given = layers('metrics-file');
    // posix.join tidies a posts-dir of `.` (the top folder) to `metrics.csv`, as a given path is tidied below.
    const fallback = external_node_path_.posix.join(postsDir, 'metrics.csv');
    if (given === undefined)
        return fallback;
    const raw = given.value.trim();
    if (raw === 'none')
        return null;
    const path = raw.replace(/\\/g, '/');
    const fail = (why) => {
        throw new SettingsError('metrics-file', `"${given.value}" ${why}. Write a file path from the repository's top folder, e.g. \`${fallback}\`, or \`none\` to turn metrics off.`, given.source);
    };
    if (path === '' || path.endsWith('/'))
        fail('is not a file name');
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
        fail('is an absolute path');
    const value = external_node_path_.posix.normalize(path);
    if (value === '..' || value.startsWith('../') || value === '.')
        fail('is outside the repository');
    if (value.split('/')[0] === '.git')
        fail("is inside git's own folder (.git)");
    if (/\.md$/i.test(value))
        fail('ends in .md, so it would be read as a post file');
    if (value === ideasDir || value.startsWith(`${ideasDir}/`))
        fail(`is inside the ideas folder (${ideasDir})`);
    return value;
}
function dir(layers, name, fallback) {
    const given = layers(name);
    const value = (given?.value ?? fallback).replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    if (value === '' || value.startsWith('/') || value.split('/').includes('..')) {
        throw new SettingsError(name, `"${value}" must be a folder inside the repository, e.g. \`${fallback}\`.`, given?.source);
    }
    return value;
}

// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/commands/missing-api-key.ts
var missing_api_key = __webpack_require__(4965);
// EXTERNAL MODULE: ./src/posts/markdown-tree.ts + 1 modules
var markdown_tree = __webpack_require__(890);
;// CONCATENATED MODULE: ./src/report/workflow-commands.ts
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
function couldBeWorkflowCommand(text) {
    return text.split(LINE_BREAK).some((line) => /^\s*(?:::|##\[)/.test(line));
}
/** `text` as it is safe to write to the log: unchanged, or quarantined between stop-commands lines. */
function quarantined(text) {
    if (!couldBeWorkflowCommand(text))
        return [text];
    // node:crypto loaded here, on first need, not with the action's entry (≈ 5 ms, issue 16).
    const token = process.getBuiltinModule('node:crypto').randomUUID();
    return [`::stop-commands::${token}`, text, `::${token}::`];
}

;// CONCATENATED MODULE: ./src/report/console-reporter.ts

class ConsoleReporter {
    out;
    err;
    color;
    quiet;
    progress;
    progressDelayMs;
    /** The status line on screen, if any, so other output can clear it first. */
    status;
    /** The slow phase whose status line is wanted, re-shown under any line printed meanwhile. */
    slowPhase;
    outputs = {};
    constructor(opts = {}) {
        this.out = opts.out ?? process.stdout;
        this.err = opts.err ?? process.stderr;
        const terminal = this.err.isTTY === true;
        this.color = opts.color ?? (terminal && !(opts.env ?? process.env).NO_COLOR);
        this.quiet = opts.quiet ?? false;
        this.progress = opts.progress ?? terminal;
        this.progressDelayMs = opts.progressDelayMs ?? 700;
    }
    paint(code, text) {
        return this.color ? `\u001b[${code}m${text}\u001b[0m` : text;
    }
    /**
     * The CLI may run inside a workflow step: text carrying user data (file
     * names, Buffer's messages) is written so the runner cannot read it as a
     * workflow command (report/workflow-commands.ts).
     */
    write(stream, text) {
        this.clearStatus();
        for (const line of quarantined(text))
            stream.write(`${line}\n`);
        if (this.slowPhase)
            this.showStatus(this.slowPhase);
    }
    info(message) {
        this.write(this.quiet ? this.err : this.out, message);
    }
    finding(f) {
        const severity = f.severity === 'error'
            ? this.paint(31, 'error')
            : f.severity === 'warning'
                ? this.paint(33, 'warning')
                : this.paint(36, 'notice');
        this.write(this.err, `${f.file}:${f.line}:${f.column}: ${severity}: ${f.message} [${f.code}]`);
    }
    warning(message) {
        this.write(this.err, `${this.paint(33, 'warning')}: ${message}`);
    }
    error(message) {
        this.write(this.err, `${this.paint(31, 'error')}: ${message}`);
    }
    /** A phase: on a terminal, its name as a status line once it has run for a moment; elsewhere nothing. */
    async group(name, fn) {
        if (!this.progress)
            return fn();
        const outer = this.slowPhase;
        const timer = setTimeout(() => {
            this.slowPhase = `${name} …`;
            this.showStatus(this.slowPhase);
        }, this.progressDelayMs);
        try {
            return await fn();
        }
        finally {
            clearTimeout(timer);
            this.clearStatus();
            this.slowPhase = outer;
        }
    }
    showStatus(text) {
        this.clearStatus();
        // One line, cut to the terminal's width so `\r` can erase it.
        const width = this.err.columns ?? 80;
        const line = text.length >= width ? `${text.slice(0, width - 2)}…` : text;
        this.err.write(this.paint(2, line));
        this.status = line;
    }
    clearStatus() {
        if (this.status === undefined)
            return;
        this.err.write('\r\u001b[K');
        this.status = undefined;
    }
    setOutput(name, value) {
        this.outputs[name] = value;
    }
    async summary(_markdown) {
        // The terminal gets the plan and results as text already; the Markdown summary is for GitHub.
    }
}

;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * The CLI's own option parser: `--name value`, `--name=value`, boolean
 * `--flag`, `-h`, and `--` before paths. Written here rather than with
 * node:util's parseArgs so that every mistake is one line in the CLI's words,
 * with a did-you-mean, instead of Node's parser text.
 */

class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/**
 * Parses `args` for `command`. `elsewhere` names, for an option this command
 * does not take, the commands that do (so the message can say where it belongs).
 */
function parseCommandArgs(command, args, specs, elsewhere = () => []) {
    const values = {};
    const positionals = [];
    const shorts = new Map(Object.entries(specs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name]] : [])));
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--') {
            positionals.push(...args.slice(i + 1));
            break;
        }
        if (arg === '-' || !arg.startsWith('-')) {
            positionals.push(arg);
            continue;
        }
        let name;
        let inline;
        if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
            inline = eq === -1 ? undefined : arg.slice(eq + 1);
        }
        else {
            const short = shorts.get(arg.slice(1));
            if (!short)
                throw unknownOption(command, arg, specs, elsewhere);
            name = short;
        }
        const spec = specs[name];
        if (!spec)
            throw unknownOption(command, `--${name}`, specs, elsewhere);
        if (spec.type === 'boolean') {
            if (inline !== undefined)
                throw new UsageError(`--${name} takes no value (write just --${name}).`);
            values[name] = true;
            continue;
        }
        let value = inline;
        if (value === undefined) {
            const next = args[i + 1];
            if (next === undefined || (next.startsWith('--') && next.length > 2)) {
                throw new UsageError(`--${name} needs a value: --${name} ${spec.value ?? 'VALUE'}.`);
            }
            value = next;
            i++;
        }
        if (spec.multiple)
            values[name] = [...(values[name] ?? []), value];
        else
            values[name] = value;
    }
    return { values, positionals };
}
function unknownOption(command, option, specs, elsewhere) {
    const bare = option.replace(/^-+/, '').replace(/=.*$/, '');
    const others = elsewhere(bare);
    if (others.length > 0) {
        return new UsageError(`${command} has no option --${bare}; it is an option of ${others.join(', ')}. Run \`buffer-gitops ${command} --help\` for ${command}'s options.`);
    }
    const match = (0,did_you_mean/* nearest */.p)(bare, Object.keys(specs));
    const hint = match ? ` Did you mean --${match}?` : '';
    return new UsageError(`${command}: unknown option ${option.replace(/=.*$/, '')}.${hint} Run \`buffer-gitops ${command} --help\` for its options.`);
}

// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(1654);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/git/repository.ts
var repository = __webpack_require__(5986);
;// CONCATENATED MODULE: ./src/cli/repository.ts
/**
 * Where the CLI works: the top folder of the git repository around the
 * current folder, found as git finds it (`git rev-parse --show-toplevel`), so
 * `buffer-gitops plan` from `posts/` plans the whole repository. Before any
 * command reads posts, the posts folder must exist: a typo in --posts-dir or
 * a run outside the repository would otherwise be a silent "nothing to do"
 * (and for sync, every Buffer post "tracked by no file").
 */
// node:fs, not node:fs/promises: loading that costs every start ~1.4 ms (issue 16).




/**
 * The repository's top folder around `cwd`, or undefined outside a repository.
 * git runs with this process's environment, as every CLI command runs it; a
 * plain layout is read from the file system without starting git (git/repository.ts).
 */
function repositoryRoot(cwd, env = process.env) {
    return (0,repository/* topLevel */.M4)(new git/* Git */.TU({ cwd, env }), env);
}
/** Why the posts folder cannot be read, in one line naming the resolved path, or undefined when it is a folder. */
async function postsFolderProblem(root, postsDir, from) {
    const path = (0,external_node_path_.join)(root, postsDir);
    let isDirectory;
    try {
        isDirectory = (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return `the posts folder ${path} does not exist (${from}). Pass --posts-dir with the folder that holds your post files, set posts-dir in buffer-gitops.yml, or create it.`;
    }
    return isDirectory
        ? undefined
        : `${path} is not a folder (${from}); --posts-dir names the folder that holds your post files.`;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * `buffer-gitops`: the action's engine as a command for people at their desk
 * and for scripts (SPEC §5). Works in the top folder of the git repository
 * around the current folder; reads the key from BUFFER_API_KEY, the endpoint
 * from --api-url or BUFFER_API_URL, every other setting from its flag, then
 * buffer-gitops.yml. Speaks in flags, variables and the settings file, never
 * in the action's inputs. Exit codes (README): 0 ok, 1 problems found or
 * actions failed, 2 usage, 3 Buffer API error, 4 authentication.
 */












// Each command's code is imported when it runs (a chunk of its own in dist/cli/):
// `validate` never evaluates the Buffer client, apply, sync or import.
const PRELOAD = {
    init: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(134), __webpack_require__.e(453), __webpack_require__.e(58)]).then(__webpack_require__.bind(__webpack_require__, 8218)),
    validate: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(244), __webpack_require__.e(486), __webpack_require__.e(134), __webpack_require__.e(453), __webpack_require__.e(974), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 8644)),
    channels: () => Promise.all(/* import() */[__webpack_require__.e(61), __webpack_require__.e(288)]).then(__webpack_require__.bind(__webpack_require__, 288)),
    report: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(583), __webpack_require__.e(684), __webpack_require__.e(900)]).then(__webpack_require__.bind(__webpack_require__, 489)),
    plan: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(860), __webpack_require__.e(989), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 8943)),
    import: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(583), __webpack_require__.e(170), __webpack_require__.e(182)]).then(__webpack_require__.bind(__webpack_require__, 2139)),
    apply: () => __webpack_require__.e(/* import() */ 251).then(__webpack_require__.bind(__webpack_require__, 9251)).then((m) => m.loadCommand('apply')),
    sync: () => __webpack_require__.e(/* import() */ 251).then(__webpack_require__.bind(__webpack_require__, 9251)).then((m) => m.loadCommand('sync')),
};
/** Settings names that are never flags: the key comes from BUFFER_API_KEY; the rest belong to the action. */
const NOT_FLAGS = new Set(['buffer-api-key', 'command', 'github-token', 'working-directory', 'write-back']);
async function main(argv, io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }) {
    const usage = (message) => {
        io.stderr.write(`buffer-gitops: ${message}\n`);
        return commands/* EXIT */.dc.usage;
    };
    const [command, ...rest] = argv;
    if (!command) {
        io.stderr.write(`${(0,commands/* mainHelp */.Hy)()}\n`);
        return commands/* EXIT */.dc.usage;
    }
    if (command === '--help' || command === '-h') {
        io.stdout.write(`${(0,commands/* mainHelp */.Hy)()}\n`);
        return commands/* EXIT */.dc.ok;
    }
    if (command === 'help') {
        const topic = rest[0];
        if (topic === undefined)
            io.stdout.write(`${(0,commands/* mainHelp */.Hy)()}\n`);
        else if (topic === 'sandbox')
            return main(['sandbox', '--help'], io);
        else if (commands/* COMMAND_NAMES */.nZ.includes(topic))
            io.stdout.write(`${(0,commands/* commandHelp */.bD)(topic)}\n`);
        else
            return usage(unknownCommand(topic));
        return commands/* EXIT */.dc.ok;
    }
    if (command === '--version' || command === '-v') {
        io.stdout.write(`${version/* VERSION */.x}\n`);
        return commands/* EXIT */.dc.ok;
    }
    if (command.startsWith('-'))
        return usage(`${command} before a command: write the command first, e.g. \`buffer-gitops plan ${command}\`. Run \`buffer-gitops --help\` for the commands.`);
    if (command === 'sandbox') {
        const { runSandboxCommand } = await Promise.all(/* import() */[__webpack_require__.e(645), __webpack_require__.e(134), __webpack_require__.e(580)]).then(__webpack_require__.bind(__webpack_require__, 3580));
        return runSandboxCommand(rest, { stdout: io.stdout, stderr: io.stderr });
    }
    if (!commands/* COMMAND_NAMES */.nZ.includes(command))
        return usage(unknownCommand(command));
    let values;
    let positionals;
    try {
        ({ values, positionals } = parseCommandArgs(command, rest, (0,commands/* specsOf */.Qw)(command), (name) => (0,commands/* commandsTaking */.tn)(command, name)));
    }
    catch (error) {
        if (error instanceof UsageError)
            return usage(error.message);
        throw error;
    }
    if (values.help) {
        io.stdout.write(`${(0,commands/* commandHelp */.bD)(command)}\n`);
        return commands/* EXIT */.dc.ok;
    }
    if (positionals.length > 0 && command !== 'validate') {
        const hint = command === 'plan'
            ? ` (it plans the posts and ideas folders); to check files, run \`buffer-gitops validate ${positionals.join(' ')}\``
            : '';
        return usage(`${command} takes no paths${hint}; got ${positionals.map((p) => `"${p}"`).join(', ')}.`);
    }
    if (values['delete-sent'] && values['no-delete-sent'])
        return usage('--delete-sent and --no-delete-sent contradict each other; give one.');
    const json = Boolean(values.json);
    const flag = (name) => {
        const value = values[name];
        return typeof value === 'string' && value !== '' ? value : undefined;
    };
    // The command's code loads (compiles, evaluates) while git finds the repository; the switch below gets it from the module cache.
    PRELOAD[command]?.().catch(() => undefined);
    // Every command but validate may parse a post body, synchronously: the Markdown parser is loaded (awaited
    // below) before it runs. validate loads it only for a file that needs it (posts/markdown-tree.ts).
    const parserReady = command === 'validate' ? undefined : (0,markdown_tree/* loadMarkdownParser */.jM)();
    parserReady?.catch(() => undefined); // awaited below; a usage error may return first
    // The repository around the current folder, as git finds it; `channels` and `validate PATH` work outside one too.
    const root = await repositoryRoot(io.cwd);
    if (!root && command === 'init')
        return usage(`${io.cwd} is not inside a git repository; run \`git init\` first, or run buffer-gitops init in your repository.`);
    if (!root && command !== 'channels' && !(command === 'validate' && positionals.length > 0)) {
        return usage(`${io.cwd} is not inside a git repository; run buffer-gitops ${command} in your repository (any folder inside it).`);
    }
    const workspace = root ?? io.cwd;
    let file;
    let settings;
    try {
        // The YAML parser loads only when there is a file (settings-location.ts): `--help` and a repository without one never evaluate it.
        file = await (0,settings_location/* loadSettingsFile */.wq)(workspace, 'cli');
        settings = readSettings((name) => {
            if (NOT_FLAGS.has(name))
                return undefined;
            if (name === 'dry-run')
                return values['dry-run'] ? 'true' : undefined;
            if (name === 'delete-sent')
                return values['no-delete-sent'] ? 'false' : values['delete-sent'] ? 'true' : undefined;
            if (name === 'branches')
                return values.branches?.join('\n') || undefined;
            return flag(name);
        }, workspace, io.env, { surface: 'cli', settingsFile: file });
    }
    catch (error) {
        if (error instanceof SettingsError || error instanceof settings_location/* SettingsFileError */.sb)
            return usage(error.message);
        throw error;
    }
    if (command === 'init') {
        // Before the posts folder is checked: init is what creates it. An existing settings file counts (a second
        // run, or a team that wrote one first); the flags override it.
        await parserReady;
        const { runInitCommand } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(134), __webpack_require__.e(453), __webpack_require__.e(58)]).then(__webpack_require__.bind(__webpack_require__, 8218));
        return runInitCommand(values, io, {
            root: workspace,
            settings,
            settingsPath: file?.path ?? settings_location/* SETTINGS_FILE_PATHS */.IL[0],
        });
    }
    if (command !== 'channels' && !(command === 'validate' && positionals.length > 0)) {
        const given = flag('posts-dir');
        const inFile = file?.values.get('posts-dir');
        const from = given !== undefined
            ? `--posts-dir ${given}`
            : inFile
                ? `posts-dir in ${file.path}:${inFile.line}`
                : `the default posts-dir, in the repository at ${workspace}`;
        const problem = await postsFolderProblem(workspace, settings.postsDir, from);
        if (problem)
            return usage(problem);
    }
    const reporter = new ConsoleReporter({ out: io.stdout, err: io.stderr, quiet: json, env: io.env });
    const event = {
        name: 'cli',
        serverUrl: 'https://github.com',
        apiUrl: 'https://api.github.com',
        payload: {},
    };
    const ctx = {
        settings,
        event,
        reporter,
        now: () => new Date(),
        writeFilesOnly: true,
        surface: 'cli',
        batchSize: settings.batchSize,
    };
    try {
        await parserReady;
        switch (command) {
            case 'validate': {
                const { runValidateCommand } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(244), __webpack_require__.e(486), __webpack_require__.e(134), __webpack_require__.e(453), __webpack_require__.e(974), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 8644));
                return await runValidateCommand(settings, positionals, { ...io, json });
            }
            case 'channels': {
                const { runChannelsCommand } = await Promise.all(/* import() */[__webpack_require__.e(61), __webpack_require__.e(288)]).then(__webpack_require__.bind(__webpack_require__, 288));
                return await runChannelsCommand(settings, { ...io, json });
            }
            case 'report': {
                const { runReportCommand } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(583), __webpack_require__.e(684), __webpack_require__.e(900)]).then(__webpack_require__.bind(__webpack_require__, 489));
                const flags = { since: flag('since'), channel: flag('channel'), json, csv: Boolean(values.csv) };
                return await runReportCommand(settings, flags, io);
            }
            case 'plan': {
                const base = await resolveBase(workspace, flag('base'));
                if (typeof base === 'object')
                    return usage(base.problem);
                const { runPlanCommand } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(860), __webpack_require__.e(989), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 8943));
                return await runPlanCommand(ctx, { base, json, stdout: io.stdout, stderr: io.stderr });
            }
            case 'import': {
                const { parseStatuses, runImport } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(583), __webpack_require__.e(170), __webpack_require__.e(182)]).then(__webpack_require__.bind(__webpack_require__, 2139));
                const statuses = flag('status') === undefined ? undefined : parseStatuses(flag('status'));
                if (statuses && 'error' in statuses)
                    return usage(statuses.error);
                return finishChanging(await runImport(ctx, { statuses }), settings, io, json);
            }
            case 'apply':
            case 'sync': {
                const check = values['no-branch-check'] ? 'off' : (flag('branch-check') ?? 'on');
                if (check !== 'on' && check !== 'off')
                    return usage(`--branch-check takes on or off, not "${check}".`);
                const { branchRefusal } = await __webpack_require__.e(/* import() */ 437).then(__webpack_require__.bind(__webpack_require__, 1437));
                const refusal = check === 'on' ? await branchRefusal(command, settings) : undefined;
                if (refusal)
                    return usage(refusal);
                let runCtx = ctx;
                if (command === 'apply' && flag('base') !== undefined) {
                    // The same range `plan --base` shows: files removed or changed since REF delete or edit their posts.
                    const base = await resolveBase(workspace, flag('base'));
                    if (typeof base === 'object')
                        return usage(base.problem);
                    const head = await new git/* Git */.TU({ cwd: workspace }).revParse('HEAD');
                    runCtx = { ...ctx, event: { ...event, push: { before: base, after: head, ref: '' } } };
                }
                const { runCommand } = await __webpack_require__.e(/* import() */ 251).then(__webpack_require__.bind(__webpack_require__, 9251));
                return finishChanging(await runCommand(command, runCtx), settings, io, json);
            }
        }
        return usage(unknownCommand(command));
    }
    catch (error) {
        const message = error instanceof errors/* BufferAuthError */.n5
            ? error.messageFor('cli')
            : error instanceof Error
                ? error.message
                : String(error);
        io.stderr.write(`buffer-gitops: ${message}\n`);
        if (error instanceof missing_api_key/* MissingApiKeyError */.g || error instanceof errors/* BufferAuthError */.n5)
            return commands/* EXIT */.dc.auth;
        if (error instanceof errors/* BufferApiError */.Ve)
            return commands/* EXIT */.dc.api;
        if (error instanceof SettingsError)
            return commands/* EXIT */.dc.usage;
        return commands/* EXIT */.dc.problems;
    }
}
function unknownCommand(command) {
    const match = (0,did_you_mean/* nearest */.p)(command, commands/* COMMAND_NAMES */.nZ);
    return `unknown command "${command}".${match ? ` Did you mean \`${match}\`?` : ''} Run \`buffer-gitops --help\` for the commands.`;
}
/** `--base REF` as a full commit name (detectChanges wants one); a typo is a usage error, never a silent full reconcile. */
async function resolveBase(workspace, ref) {
    if (ref === undefined)
        return undefined;
    try {
        return await new git/* Git */.TU({ cwd: workspace }).revParse(ref);
    }
    catch {
        return {
            problem: `--base ${ref}: not a commit in this repository (try a branch, tag or commit, e.g. --base origin/main)`,
        };
    }
}
/**
 * After apply, sync or import: the JSON report with --json, and the files the
 * run wrote, with what to do next (the CLI never commits for you).
 */
function finishChanging(result, settings, io, json) {
    if (json)
        io.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
    const written = result.report.writeBack?.status === 'written' ? result.report.writeBack.files : [];
    if (written.length > 0) {
        const out = json ? io.stderr : io.stdout;
        // A file outside both folders (a metrics file moved elsewhere) is named on its own.
        const folderOf = (f) => [settings.postsDir, settings.ideasDir].find((dir) => f.startsWith(`${dir}/`)) ?? f;
        const folders = [...new Set(written.map(folderOf))];
        const listed = [...written].sort();
        out.write(`Changed ${written.length} file(s):\n${listed.map((f) => `  ${f}\n`).join('')}`);
        // Paths are from the repository's top folder, whatever folder the command ran in.
        const cd = settings.workspace === io.cwd ? '' : `cd ${settings.workspace} && `;
        out.write(`Commit them so the repository records what Buffer holds: ${cd}git add ${folders.join(' ')} && git commit\n`);
    }
    return result.exitCode;
}


/***/ }),

/***/ 4965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ MissingApiKeyError)
/* harmony export */ });
/* harmony import */ var _buffer_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2963);
/**
 * The error every command that talks to Buffer throws without a key, in the
 * words of the surface that runs it. A file of its own so the CLI can tell it
 * apart without loading the Buffer client (commands/context.ts).
 */

class MissingApiKeyError extends Error {
    constructor(command, surface = 'action') {
        super(surface === 'cli'
            ? `${command} needs a Buffer API key: set the BUFFER_API_KEY environment variable (e.g. \`export BUFFER_API_KEY=…\`; the key is never read from buffer-gitops.yml). Create a key at ${_buffer_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .API_KEY_SETTINGS_URL */ .vC}.`
            : `${command} needs a Buffer API key: set the \`buffer-api-key\` input (e.g. \`buffer-api-key: \${{ secrets.BUFFER_API_KEY }}\`) or the BUFFER_API_KEY environment variable. Create a key at ${_buffer_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .API_KEY_SETTINGS_URL */ .vC}.`);
        this.name = 'MissingApiKeyError';
    }
}


/***/ }),

/***/ 1958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RL: () => (/* binding */ splitPatternList),
/* harmony export */   ag: () => (/* binding */ compileBranchPattern),
/* harmony export */   ow: () => (/* binding */ matchesBranches)
/* harmony export */ });
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
/** Compiles one pattern; throws with a message naming the problem. */
function compileBranchPattern(source) {
    const negated = source.startsWith('!');
    const body = negated ? source.slice(1) : source;
    if (body === '')
        throw new Error(`"${source}" is an empty pattern`);
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '*') {
            if (body[i + 1] === '*') {
                out += '.*';
                i++;
            }
            else {
                out += '[^/]*';
            }
        }
        else if (c === '?' || c === '+') {
            // Quantifies the previous atom; at the start there is none.
            if (out === '')
                throw new Error(`"${source}": \`${c}\` must follow a character it applies to`);
            out += c;
        }
        else if (c === '[') {
            const end = body.indexOf(']', i + 2);
            if (end === -1)
                throw new Error(`"${source}": \`[\` has no closing \`]\``);
            const inner = body.slice(i + 1, end);
            const negate = inner.startsWith('!') || inner.startsWith('^');
            const members = (negate ? inner.slice(1) : inner).replace(/[\\\]^]/g, (m) => `\\${m}`);
            out += `[${negate ? '^' : ''}${members}]`;
            i = end;
        }
        else if (c === '\\') {
            const next = body[i + 1];
            if (next === undefined)
                throw new Error(`"${source}" ends with \`\\\``);
            out += escapeRegex(next);
            i++;
        }
        else {
            out += escapeRegex(c);
        }
    }
    try {
        return { source, negated, regex: new RegExp(`^(?:${out})$`) };
    }
    catch {
        throw new Error(`"${source}" is not a pattern GitHub's branch filters accept (a \`?\` or \`+\` after another one?)`);
    }
}
/** Whether `branch` is included by the ordered list (the last matching pattern decides). */
function matchesBranches(branch, patterns) {
    let included = false;
    for (const p of patterns)
        if (p.regex.test(branch))
            included = !p.negated;
    return included;
}
/** One pattern per line, or comma-separated; blank entries and `#` comments dropped. */
function splitPatternList(text) {
    return text
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
function escapeRegex(c) {
    return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}


/***/ }),

/***/ 3370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ TRUE_TEXTS),
/* harmony export */   H2: () => (/* binding */ FALSE_TEXTS),
/* harmony export */   Ul: () => (/* binding */ SETTINGS_FILE_KEYS),
/* harmony export */   ff: () => (/* binding */ SETTINGS_FILE_FIELDS)
/* harmony export */ });
/* unused harmony export DRIFT_POLICIES */
/**
 * The keys of `buffer-gitops.yml` (SPEC §5, "Settings file") as data: name,
 * the kind of value, the accepted values of an enum and what the key means.
 * settings-file.ts takes its key list and list-valued keys from here,
 * settings.ts its enums, and scripts/schemas.ts writes
 * schemas/settings.schema.json from the same definitions, so an editor and
 * the action cannot disagree about what the file may say. How each value is
 * checked (time zones, branch patterns, folders) stays in settings.ts.
 */
const DRIFT_POLICIES = ['report', 'restore'];
/** The texts a boolean setting takes: YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them. */
const TRUE_TEXTS = ['true', 'True', 'TRUE'];
const FALSE_TEXTS = ['false', 'False', 'FALSE'];
const SETTINGS_FILE_FIELDS = {
    timezone: {
        type: { kind: 'time-zone' },
        description: 'IANA time zone (e.g. Europe/Berlin) for dueAt values and idea dates written without a UTC offset.',
    },
    'posts-dir': {
        type: { kind: 'folder' },
        description: 'Folder of post files (Markdown with front-matter), searched recursively for *.md. Default: posts.',
    },
    'ideas-dir': {
        type: { kind: 'folder' },
        description: "Folder of idea files, one entry on Buffer's ideas board each. Default: ideas.",
    },
    'organization-id': {
        type: { kind: 'text' },
        description: 'Buffer organization ID. Needed only when the account has several organizations.',
    },
    branches: {
        type: { kind: 'branches' },
        description: "Branches where apply and sync may change Buffer or push: a name or pattern, or a list (`*` stays within one `/` segment, `**` crosses them, a leading `!` excludes). Default: the repository's default branch.",
    },
    'delete-sent': {
        type: { kind: 'boolean' },
        description: 'Also delete posts Buffer has already sent when their file is removed. Default: false.',
    },
    'on-drift': {
        type: { kind: 'enum', values: DRIFT_POLICIES },
        description: "What sync does when a post was changed or removed in Buffer's app: report, or restore (make Buffer match the file again). Default: report.",
    },
    'max-wait': {
        type: { kind: 'seconds' },
        description: 'Longest wait, in seconds, for a single Buffer rate-limit Retry-After before the run stops cleanly. Default: 300.',
    },
    'metrics-file': {
        type: { kind: 'text' },
        description: "Where sync writes post metrics (a CSV, one row per post file and channel), relative to the repository's top folder; none turns metrics off. Default: metrics.csv in the posts folder.",
    },
    'api-url': {
        type: { kind: 'url' },
        description: 'Buffer API endpoint (a proxy, or the buffer-gitops sandbox). The BUFFER_API_URL environment variable wins over it. Default: https://api.buffer.com.',
    },
};
const SETTINGS_FILE_KEYS = Object.keys(SETTINGS_FILE_FIELDS);


/***/ }),

/***/ 989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IL: () => (/* binding */ SETTINGS_FILE_PATHS),
/* harmony export */   sb: () => (/* binding */ SettingsFileError),
/* harmony export */   wq: () => (/* binding */ loadSettingsFile)
/* harmony export */ });
/* unused harmony export findSettingsFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Where buffer-gitops.yml is and what reading it gives, without its YAML
 * parser: the parser (settings-file.ts, with the `yaml` package) is loaded only
 * when a file exists, so a run without one never evaluates it (≈ 5 ms of every
 * start, issue 16).
 */


/** Where the file may be, relative to the repository root; both at once is an error. */
const SETTINGS_FILE_PATHS = ['buffer-gitops.yml', '.github/buffer-gitops.yml'];
class SettingsFileError extends Error {
    file;
    line;
    constructor(file, line, message) {
        super(`${file}:${line}: ${message}`);
        this.file = file;
        this.line = line;
        this.name = 'SettingsFileError';
    }
}
/** The settings file at `root`, or undefined when there is none. */
function findSettingsFile(root) {
    const present = SETTINGS_FILE_PATHS.filter((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, p)));
    if (present.length > 1) {
        throw new SettingsFileError(present[1], 1, `both ${present.map((p) => `\`${p}\``).join(' and ')} exist; keep one of them.`);
    }
    return present[0];
}
/** Reads and checks the settings file at `root` (the repository's top folder); undefined when there is none. */
async function loadSettingsFile(root, surface) {
    const path = findSettingsFile(root);
    if (path === undefined)
        return undefined;
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path), 'utf8');
    const { parseSettingsFile } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(140)]).then(__webpack_require__.bind(__webpack_require__, 4140));
    return parseSettingsFile(path, text, surface);
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ isNullSha),
/* harmony export */   K5: () => (/* binding */ splitNul),
/* harmony export */   Rn: () => (/* binding */ normalizeDir),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   Wf: () => (/* binding */ isFullSha),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   bj: () => (/* binding */ isUnderDirs),
/* harmony export */   fb: () => (/* binding */ decisiveLine)
/* harmony export */ });
/* unused harmony export basicCredential */
/* harmony import */ var _text_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3326);

/** A failed git command. Its message, arguments and stderr are redacted: they never contain the token. */
class GitError extends Error {
    args;
    exitCode;
    stderr;
    stdout;
    constructor(message, args, exitCode, stderr, stdout = '') {
        super(message);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.stdout = stdout;
        this.name = 'GitError';
    }
}
/** The all-zero object name GitHub sends as `before` when a branch is created. */
function isNullSha(sha) {
    return sha === undefined || sha === '' || /^0+$/.test(sha);
}
/** A full object name (SHA-1 or SHA-256). Refs from event payloads are checked before they reach git's command line. */
function isFullSha(sha) {
    return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(sha);
}
/** Strips `./` and trailing slashes so `./posts/` and `posts` name the same directory; `.` means the whole repository. */
function normalizeDir(dir) {
    let d = dir.replace(/\\/g, '/').trim();
    while (d.startsWith('./'))
        d = d.slice(2);
    d = d.replace(/\/+$/, '');
    return d === '.' ? '' : d;
}
/** Whether a repository path lies under one of the (normalized) directories. */
function isUnderDirs(path, dirs) {
    return dirs.some((dir) => dir === '' || path.startsWith(`${dir}/`));
}
class Git {
    cwd;
    env;
    token;
    serverUrl;
    secrets;
    /**
     * Answers that cannot change within a run, asked once (issue 16: every git
     * process costs the action a few ms). Promises, so concurrent callers share
     * the one process in flight.
     */
    shallow;
    refFormats = new Map();
    /** Full object names known to be commits in the local store: objects are never removed during a run. */
    commits = new Set();
    constructor(opts) {
        this.cwd = opts.cwd;
        this.env = opts.env ?? process.env;
        this.token = opts.token || undefined;
        this.serverUrl = opts.serverUrl ? opts.serverUrl.replace(/\/+$/, '') : undefined;
        const secrets = [...(opts.secrets ?? [])];
        if (this.token) {
            // The header carries the token base64-encoded; redact both spellings.
            secrets.push(this.token, basicCredential(this.token));
        }
        this.secrets = secrets;
    }
    /** Runs `git <args>`. Throws a redacted `GitError` on a non-zero exit unless `allowFailure`. */
    async exec(args, opts = {}) {
        const result = await this.execBytes(args, opts);
        return { exitCode: result.exitCode, stdout: result.stdout.toString('utf8'), stderr: result.stderr };
    }
    /** `exec` with stdout as git wrote it: bytes, decoded once by the caller (or never). */
    async execBytes(args, opts) {
        const env = { ...this.env };
        // A CI job has no one to answer a username prompt: fail instead of hanging.
        env.GIT_TERMINAL_PROMPT = '0';
        for (const [key, value] of Object.entries(opts.env ?? {})) {
            if (value === undefined)
                delete env[key];
            else
                env[key] = value;
        }
        if (opts.auth && this.token)
            this.addAuthHeader(env, this.token);
        const result = await run(args, this.cwd, env, opts.input).catch((err) => {
            const reason = err instanceof Error ? err.message : String(err);
            throw new GitError(this.redact(`git ${args.join(' ')} could not start: ${reason}`), this.redactAll(args), -1, '');
        });
        // A fetch may change whether the repository is shallow (--unshallow, or history reaching the root): ask again.
        if (args.includes('fetch'))
            this.shallow = undefined;
        if (result.exitCode !== 0 && !opts.allowFailure) {
            const stdout = this.redact(result.stdout.toString('utf8'));
            const stderr = this.redact(result.stderr);
            const detail = stderr.trim() || stdout.trim();
            throw new GitError(this.redact(`git ${args.join(' ')} failed with exit code ${result.exitCode}${detail ? `: ${detail}` : ''}`), this.redactAll(args), result.exitCode, stderr, stdout);
        }
        return result;
    }
    /**
     * A blob's exact bytes, undecoded: a file that is not UTF-8 must reach the
     * post reader as it is (which reports it), never silently repaired.
     */
    async blob(object) {
        return (await this.execBytes(['cat-file', 'blob', object], {})).stdout;
    }
    /**
     * Fetches the given commits that are not in the object store, one commit
     * deep (a depth-1 checkout has only its own commit; one is enough for a tree
     * diff). Returns those still missing, and git's first line on why.
     */
    async fetchMissing(shas, remote = 'origin') {
        const missing = await this.missingCommits(shas);
        const fetchable = missing.filter(isFullSha);
        if (fetchable.length === 0)
            return { missing };
        const fetched = await this.exec(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', remote, ...fetchable], { allowFailure: true, auth: true });
        const fetchedNow = await Promise.all(missing.map((sha) => this.commitExists(sha)));
        const still = missing.filter((_, i) => !fetchedNow[i]);
        const detail = decisiveLine(fetched.stderr);
        return still.length > 0 && detail ? { missing: still, detail } : { missing: still };
    }
    /** The given commits (each once) that are not in the object store. */
    async missingCommits(shas) {
        const unique = [...new Set(shas)];
        const present = await Promise.all(unique.map((sha) => this.commitExists(sha)));
        return unique.filter((_, i) => !present[i]);
    }
    /** Replaces every secret in a text with `***`. */
    redact(text) {
        return (0,_text_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .f)(text, this.secrets);
    }
    /** The object name a revision resolves to, as a commit. Throws when it does not resolve. */
    async revParse(ref) {
        // A full name already known as a commit resolves to itself: no process.
        if (isFullSha(ref) && this.commits.has(ref.toLowerCase()))
            return ref.toLowerCase();
        const { stdout } = await this.exec(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`]);
        const sha = stdout.trim();
        this.commits.add(sha);
        return sha;
    }
    /** The checked-out commit, or `undefined` when there is none (an unborn branch). Git that cannot start still throws. */
    async headCommit() {
        return this.revParse('HEAD').catch((err) => {
            if (err instanceof GitError && err.exitCode >= 0)
                return undefined;
            throw err;
        });
    }
    /** Whether a commit is present in the local object store (it may be missing in a shallow clone). */
    async commitExists(sha) {
        if (sha.startsWith('-'))
            return false;
        // Only a yes is remembered: a missing commit may be fetched later in the run.
        if (isFullSha(sha) && this.commits.has(sha.toLowerCase()))
            return true;
        const { exitCode } = await this.exec(['cat-file', '-e', `${sha}^{commit}`], { allowFailure: true });
        if (exitCode === 0 && isFullSha(sha))
            this.commits.add(sha.toLowerCase());
        return exitCode === 0;
    }
    /** Whether the repository is a shallow clone (actions/checkout's default). Asked once until the next fetch. */
    isShallow() {
        this.shallow ??= this.exec(['rev-parse', '--is-shallow-repository']).then(({ stdout }) => stdout.trim() === 'true', (err) => {
            this.shallow = undefined;
            throw err;
        });
        return this.shallow;
    }
    /** Whether git accepts a full ref name (`git check-ref-format`); a pure function of the name, so asked once per name. */
    checkRefFormat(ref) {
        let answer = this.refFormats.get(ref);
        if (!answer) {
            answer = this.exec(['check-ref-format', ref], { allowFailure: true }).then((r) => r.exitCode === 0);
            this.refFormats.set(ref, answer);
        }
        return answer;
    }
    /**
     * A branch given as `main` or `refs/heads/main`, by its short name; undefined
     * when git would not accept it as a branch, or it would read as an option.
     */
    async branchName(branch) {
        const name = branch.replace(/^refs\/heads\//, '');
        if (name === '' || name.startsWith('-'))
            return undefined;
        return (await this.checkRefFormat(`refs/heads/${name}`)) ? name : undefined;
    }
    /** The checked-out branch, or `undefined` on a detached HEAD. */
    async currentBranch() {
        const { exitCode, stdout } = await this.exec(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
            allowFailure: true,
        });
        return exitCode === 0 ? stdout.trim() : undefined;
    }
    /** When a commit was committed (its committer date), or `undefined` when git cannot tell (a commit not in this clone). */
    async commitTime(rev) {
        if (rev.startsWith('-'))
            return undefined;
        const { exitCode, stdout } = await this.exec(['show', '-s', '--format=%ct', rev], { allowFailure: true });
        const seconds = Number(stdout.trim());
        return exitCode === 0 && Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : undefined;
    }
    /** origin's default branch as this clone knows it (`refs/remotes/origin/HEAD`), or `undefined` when it does not. */
    async remoteDefaultBranch() {
        const { exitCode, stdout } = await this.exec(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], {
            allowFailure: true,
        });
        return (exitCode === 0 && stdout.trim().replace(/^origin\//, '')) || undefined;
    }
    /** A file's content at a revision, or `undefined` when the file (or the revision) does not exist. */
    async show(rev, path) {
        if (rev.startsWith('-'))
            return undefined;
        // cat-file gives the blob's exact bytes: no textconv, no end-of-line conversion.
        const { exitCode, stdout } = await this.exec(['cat-file', 'blob', `${rev}:${path}`], { allowFailure: true });
        return exitCode === 0 ? stdout : undefined;
    }
    /** Tracked files at a revision under the given directories (recursive) whose names end with `ext`, sorted. */
    async listFiles(dirs, ext = '.md', rev = 'HEAD') {
        return (await this.treeEntries(rev, dirs))
            .map((entry) => entry.path)
            .filter((path) => path.endsWith(ext))
            .sort();
    }
    /**
     * The entries of `rev`'s tree under the (normalized) directories,
     * recursive, read by one `git ls-tree`: links and submodules included,
     * `size` only when asked for (blobs only). No directories: no entries.
     */
    async treeEntries(rev, dirs, opts = {}) {
        const wanted = [...new Set(dirs.map(normalizeDir))];
        if (wanted.length === 0)
            return [];
        const pathspecs = wanted.includes('') ? [] : wanted;
        // -z: names with newlines, tabs or quotes arrive verbatim; literal pathspecs: `[draft]` is a name, not a glob.
        const { stdout } = await this.exec([
            '--literal-pathspecs',
            'ls-tree',
            '-r',
            '-z',
            ...(opts.sizes ? ['-l'] : []),
            '--full-tree',
            '--end-of-options',
            rev,
            '--',
            ...pathspecs,
        ]);
        const entries = [];
        for (const line of splitNul(stdout)) {
            const tab = line.indexOf('\t');
            if (tab < 0)
                continue;
            // `<mode> <type> <object>[ <size, space-padded>]\t<path>`
            const [mode = '', type = '', object = '', size] = line.slice(0, tab).split(/\s+/);
            const path = line.slice(tab + 1);
            if (!isUnderDirs(path, wanted))
                continue;
            entries.push({ mode, type, object, path, ...(opts.sizes && size !== '-' ? { size: Number(size) } : {}) });
        }
        return entries;
    }
    /**
     * Adds the authorization header through `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`
     * (git ≥ 2.31): like `-c http.extraheader=…` it lives only for this call and
     * is never written to `.git/config`, and unlike `-c` it does not show up in
     * the process list or in the arguments of an error.
     */
    addAuthHeader(env, token) {
        const key = this.serverUrl ? `http.${this.serverUrl}/.extraheader` : 'http.extraheader';
        const existing = Number.parseInt(env.GIT_CONFIG_COUNT ?? '0', 10);
        let n = Number.isFinite(existing) && existing > 0 ? existing : 0;
        const entries = [
            // An empty value resets the header list, so a header persisted by
            // actions/checkout (persist-credentials) is not sent a second time next to ours.
            [key, ''],
            [key, `AUTHORIZATION: basic ${basicCredential(token)}`],
        ];
        for (const [k, v] of entries) {
            env[`GIT_CONFIG_KEY_${n}`] = k;
            env[`GIT_CONFIG_VALUE_${n}`] = v;
            n++;
        }
        env.GIT_CONFIG_COUNT = String(n);
    }
    redactAll(args) {
        return args.map((a) => this.redact(a));
    }
}
/** `base64("x-access-token:<token>")`, the basic credential GitHub accepts for an installation or `GITHUB_TOKEN` token. */
function basicCredential(token) {
    return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}
/** Splits NUL-terminated output (`-z`), dropping the empty tail. */
function splitNul(text) {
    const parts = text.split('\0');
    if (parts.length > 0 && parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
/** The line of git's stderr that says why (its `fatal:` line, else the last one); '' when silent. */
function decisiveLine(text) {
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.length > 0 && !l.startsWith('hint:'));
    return lines.find((l) => l.startsWith('fatal:')) ?? lines[lines.length - 1] ?? '';
}
/** stdout as bytes (decoded by `exec`, kept whole for `blob`), stderr as text. */
function run(args, cwd, env, input) {
    return new Promise((resolve, reject) => {
        // node:child_process is loaded on the first git call, not with the entry: the action's first Buffer read goes out before it (issue 16).
        const { spawn } = process.getBuiltinModule('node:child_process');
        const child = spawn('git', args, {
            cwd,
            env,
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        // Collect bytes and decode once: a multi-byte character may straddle two chunks.
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', reject);
        child.on('close', (code, signal) => {
            resolve({
                exitCode: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out),
                stderr: Buffer.concat(err).toString('utf8'),
            });
        });
        // git may exit before reading all of its input (e.g. on an early error); that is reported by the exit code.
        child.stdin.on('error', () => undefined);
        child.stdin.end(input ?? '');
    });
}


/***/ }),

/***/ 5986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M4: () => (/* binding */ topLevel),
/* harmony export */   n_: () => (/* binding */ checkRepository)
/* harmony export */ });
/* unused harmony export plainTopLevel */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Whether a folder is the top of a git checkout, asked before any command
 * runs, so a workflow that checked out into a subfolder (actions/checkout
 * `path:`) gets one sentence naming what to set instead of git's raw
 * `fatal: not a git repository`.
 *
 * The top folder is read from the file system when the layout is plain (a
 * `.git` folder, or a `.git` file pointing at a linked worktree's folder):
 * a git process costs a CLI start several ms (issue 16). Anything else —
 * environment variables that steer git's search, a bare repository, a
 * `core.worktree`, a folder another user owns (safe.directory), a file
 * system boundary, a `.git` that is not a valid repository — is left to
 * `git rev-parse --show-toplevel`, so the answer is git's wherever git
 * gives one (test/cli/repository-root.test.ts compares both on real
 * repositories). A config file git refuses to read is not checked here: the
 * next git command reports it, in git's words.
 */


/** `env`: the environment `git` runs with; given, a plain layout is read without a git process (topLevel). */
async function checkRepository(git, env) {
    let folder;
    try {
        folder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(git.cwd);
    }
    catch {
        return { ok: false, kind: 'missing' };
    }
    const top = await topLevel(git, env);
    if (top === undefined)
        return { ok: false, kind: 'not-a-repository' };
    let realTop = top;
    try {
        realTop = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(top);
    }
    catch {
        // git printed it, so it exists; keep git's spelling.
    }
    return realTop === folder ? { ok: true } : { ok: false, kind: 'not-the-top', top };
}
/**
 * The top folder of the work tree around `git.cwd`, as git finds it; undefined outside a repository.
 * `env`: the environment `git` runs with (the variables that steer git's search are read from it); given,
 * a plain layout is answered from the file system (plainTopLevel), anything else by git.
 */
async function topLevel(git, env) {
    const plain = env ? plainTopLevel(git.cwd, env) : undefined;
    if (plain !== undefined)
        return plain;
    const result = await git.exec(['rev-parse', '--show-toplevel'], { allowFailure: true });
    const top = result.stdout.trim();
    return result.exitCode === 0 && top ? top : undefined;
}
/** Variables that change where or whether git finds a repository (git's environment variables, setup.c). */
const STEERING_VARIABLES = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_COMMON_DIR',
    'GIT_OBJECT_DIRECTORY',
    'GIT_CEILING_DIRECTORIES',
    'GIT_DISCOVERY_ACROSS_FILESYSTEM',
    // Configuration given on git's command line (`git -c`) or through variables.
    'GIT_CONFIG_PARAMETERS',
    'GIT_CONFIG_COUNT',
    // The ownership check (safe.directory): trusts SUDO_UID when running as root; a test switch.
    'SUDO_UID',
    'GIT_TEST_ASSUME_DIFFERENT_OWNER',
];
/**
 * The top folder git would print for `rev-parse --show-toplevel` in `cwd`, when
 * the repository is laid out plainly enough to be sure without running git;
 * undefined whenever git itself must answer (including outside a repository).
 * Follows git's discovery (setup_git_directory_gently): from the physical
 * current folder upwards, the first folder whose `.git` is a valid git
 * directory, or a `gitdir:` file naming one, is the top.
 */
function plainTopLevel(cwd, env) {
    // Windows (drive letters, git's forward slashes) and macOS (core.precomposeunicode rewrites the folder's name) print paths git's own way.
    if (process.platform === 'win32')
        return undefined;
    if (STEERING_VARIABLES.some((name) => env[name] !== undefined))
        return undefined;
    const uid = process.geteuid?.();
    if (uid === undefined)
        return undefined;
    try {
        // git works from getcwd(): the physical path, symbolic links resolved.
        let dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(cwd);
        if (process.platform === 'darwin' && /[^\x20-\x7e]/.test(dir))
            return undefined;
        const device = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).dev;
        for (;;) {
            const found = gitDirectoryIn(dir, uid);
            if (found === 'ask-git')
                return undefined;
            if (found)
                return dir === '/' ? undefined : dir;
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
            // The root reached without a repository, or a file system boundary git would stop at: git says what that means.
            if (parent === dir || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(parent).dev !== device)
                return undefined;
            dir = parent;
        }
    }
    catch {
        return undefined;
    }
}
/** Whether `dir` is a work tree's top git would accept without question: true, false (keep looking upwards), or 'ask-git'. */
function gitDirectoryIn(dir, uid) {
    const dotGit = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.git');
    const entry = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dotGit, { throwIfNoEntry: false });
    if (!entry) {
        // git next asks whether `dir` itself is a git directory (a bare repository, or the inside of `.git`).
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'HEAD'), { throwIfNoEntry: false }) ? 'ask-git' : false;
    }
    if (entry.uid !== uid || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir).uid !== uid)
        return 'ask-git';
    if (entry.isDirectory()) {
        // A `commondir` inside `.git` is a layout git allows but this reading does not follow.
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dotGit, 'commondir'), { throwIfNoEntry: false }))
            return 'ask-git';
        return plainGitDirectory(dotGit, dotGit, uid) ? true : 'ask-git';
    }
    if (!entry.isFile())
        return 'ask-git';
    // A linked worktree (or a submodule): `gitdir: PATH`, relative to the file's folder.
    const match = /^gitdir: (.+?)[\r\n]*$/.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(dotGit, 'utf8'));
    if (!match?.[1])
        return 'ask-git';
    const gitDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(match[1]) ? match[1] : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, match[1]);
    const common = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, 'commondir'), 'utf8').replace(/[\r\n]+$/, '');
    const commonDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(common) ? common : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(gitDir, common);
    return plainGitDirectory(gitDir, commonDir, uid) ? true : 'ask-git';
}
/**
 * A git directory git would accept as it is (is_git_directory, the repository
 * format check, the ownership check) whose configuration cannot move the work
 * tree elsewhere: the found folder is then the top.
 */
function plainGitDirectory(gitDir, commonDir, uid) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(gitDir).uid !== uid)
        return false;
    const head = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, 'HEAD'), { throwIfNoEntry: false });
    if (!head?.isFile() ||
        !/^(?:ref: refs\/\S+|[0-9a-f]{40}|[0-9a-f]{64})\r?\n?$/.test((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, 'HEAD'), 'utf8')))
        return false;
    for (const name of ['objects', 'refs']) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(commonDir, name);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false })?.isDirectory())
            return false;
        // git's test is access(X_OK); throws (and git decides) when it fails.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
    }
    return plainConfig((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(commonDir, 'config'), 'utf8'));
}
/**
 * A repository configuration that leaves the work tree where `.git` is: no
 * core.worktree, core.bare false or unset, format version 0 or 1 without
 * extensions (a worktree-specific config could say otherwise), no includes.
 * Anything this reading does not recognise (continuation lines, odd section
 * headers) counts as not plain.
 */
function plainConfig(text) {
    let section = '';
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith(';'))
            continue;
        if (line.endsWith('\\'))
            return false;
        if (line.startsWith('[')) {
            const header = /^\[([A-Za-z0-9.-]+)(?:\s+"(?:[^"\\]|\\.)*")?\]\s*(?:[#;].*)?$/.exec(line);
            if (!header?.[1])
                return false;
            const name = header[1].toLowerCase();
            if (name === 'include' || name === 'includeif' || name === 'extensions')
                return false;
            if (name === 'core' && line.includes('"'))
                return false;
            section = line.includes('"') ? `${name} "` : name;
            continue;
        }
        const pair = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line);
        if (!pair?.[1])
            return false;
        if (section !== 'core')
            continue;
        const key = pair[1].toLowerCase();
        const value = (pair[2] ?? 'true')
            .replace(/\s*[#;].*$/, '')
            .replace(/^"(.*)"$/, '$1')
            .trim()
            .toLowerCase();
        if (key === 'worktree')
            return false;
        if (key === 'bare' && !['false', 'no', 'off', '0'].includes(value))
            return false;
        if (key === 'repositoryformatversion' && value !== '0' && value !== '1')
            return false;
    }
    return true;
}


/***/ }),

/***/ 890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jM: () => (/* binding */ loadMarkdownParser),
  Dd: () => (/* binding */ parseMarkdown),
  V9: () => (/* binding */ withMarkdownParser)
});

// UNUSED EXPORTS: MarkdownParserNotLoaded

;// CONCATENATED MODULE: ./src/posts/markdown-plain.ts
/**
 * Anywhere in a line, outside `**…**` and `[…](…)` as matched below: what can start inline syntax. An `@`
 * is taken only after a space or a line's start (`@name`): an e-mail literal needs a character before it.
 */
const INLINE_SYNTAX = /[\\`*_~<&|[\]\0-\x09\x0b-\x1f\x7f-\x9f]|[^\S \n]|!\[|:\/\/|www\.|[^ \n]@/i;
/**
 * A line's start that can open a block (heading, quote, list, setext underline, fence, HTML), or a space, or
 * begin a table's delimiter row (`|`, and `:-`/`:--`/`:-:`, which under a line of text make it a one-column table).
 */
const BLOCK_START = /^(?:[ >\-+=|:`~<]|#{1,6}(?:[ \t]|$)|\d+[.)])/;
/** A word or words of ASCII letters and digits: the only content taken inside `**…**` and `[…]`. */
const WORDS = '[A-Za-z0-9](?:[A-Za-z0-9 ]*[A-Za-z0-9])?';
const STRONG = new RegExp(String.raw `\*\*(${WORDS})\*\*`, 'y');
const LINK = new RegExp(String.raw `\[(${WORDS})\]\((https?:\/\/[A-Za-z0-9._~\/?#=%+-]+)\)`, 'y');
/** Around `**…**`: flanking is then unambiguous (an opening run only, a closing run only). */
const BEFORE_STRONG = new Set(['', ' ', '(']);
const AFTER_STRONG = new Set(['', ' ', '.', ',', ';', ':', '!', '?', ')']);
/** The mdast tree of `markdown` when it is plain paragraphs as described above; undefined otherwise. */
function plainMarkdownTree(markdown) {
    const lines = markdown.split('\n');
    const lineStarts = [];
    let offset = 0;
    for (const line of lines) {
        lineStarts.push(offset);
        offset += line.length + 1;
    }
    const point = (at) => {
        // The last line starting at or before `at`.
        let low = 0;
        let high = lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (lineStarts[middle] <= at)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: at - lineStarts[low] + 1, offset: at };
    };
    const children = [];
    let first = -1;
    for (let i = 0; i <= lines.length; i++) {
        const line = lines[i];
        if (line !== undefined && line !== '') {
            if (BLOCK_START.test(line) || line.endsWith(' '))
                return undefined;
            if (first === -1)
                first = i;
            continue;
        }
        if (first === -1)
            continue;
        const start = lineStarts[first];
        const end = lineStarts[i - 1] + lines[i - 1].length;
        const content = paragraphContent(markdown, start, end, point);
        if (!content)
            return undefined;
        children.push({ type: 'paragraph', children: content, position: { start: point(start), end: point(end) } });
        first = -1;
    }
    return { type: 'root', children, position: { start: point(0), end: point(markdown.length) } };
}
/** The inline nodes of markdown[start, end), or undefined when anything there could be other syntax. */
function paragraphContent(markdown, start, end, point) {
    const nodes = [];
    let textStart = start;
    const flushText = (upTo) => {
        if (upTo === textStart)
            return true;
        const value = markdown.slice(textStart, upTo);
        if (INLINE_SYNTAX.test(value))
            return false;
        // Right after `**…**` or `[…](…)`: an `@` there has no space before it either.
        if (value.startsWith('@') && textStart !== start)
            return false;
        nodes.push({ type: 'text', value, position: { start: point(textStart), end: point(upTo) } });
        return true;
    };
    const innerText = (from, value) => ({
        type: 'text',
        value,
        position: { start: point(from), end: point(from + value.length) },
    });
    let at = start;
    while (at < end) {
        const char = markdown.charAt(at);
        if (char !== '*' && char !== '[') {
            at++;
            continue;
        }
        const pattern = char === '*' ? STRONG : LINK;
        pattern.lastIndex = at;
        const match = pattern.exec(markdown);
        if (!match || at + match[0].length > end)
            return undefined;
        const after = at + match[0].length;
        const before = at === start ? '' : markdown.charAt(at - 1);
        if (char === '*') {
            const next = after === end ? '' : markdown.charAt(after);
            if (!BEFORE_STRONG.has(before === '\n' ? '' : before) || !AFTER_STRONG.has(next === '\n' ? '' : next))
                return undefined;
        }
        else if (before === '!') {
            return undefined; // `![…](…)` is an image
        }
        if (!flushText(at))
            return undefined;
        const position = { start: point(at), end: point(after) };
        const inner = innerText(at + (char === '*' ? 2 : 1), match[1]);
        const node = char === '*'
            ? { type: 'strong', children: [inner], position }
            : { type: 'link', title: null, url: match[2], children: [inner], position };
        nodes.push(node);
        at = after;
        textStart = after;
    }
    return flushText(end) ? nodes : undefined;
}

;// CONCATENATED MODULE: ./src/posts/markdown-tree.ts

let parser;
/** A parse needed micromark before the program loaded it (a missing loadMarkdownParser() call). */
class MarkdownParserNotLoaded extends Error {
    constructor() {
        super('internal error: a post body needs the Markdown parser, which was not loaded first (loadMarkdownParser in posts/markdown-tree.ts). Please report this.');
        this.name = 'MarkdownParserNotLoaded';
    }
}
/** Loads micromark for parseMarkdown; at once when already loaded. */
async function loadMarkdownParser() {
    parser ??= (await Promise.all(/* import() */[__webpack_require__.e(884), __webpack_require__.e(908)]).then(__webpack_require__.bind(__webpack_require__, 908))).parseWithMicromark;
}
/**
 * `work` without loading the parser when it needs none; when it does, the
 * parser is loaded and `work` runs again from the start. Only for work that
 * changes nothing outside itself (reads files, parses, returns a value), so a
 * second run gives what one run with the parser loaded would.
 */
async function withMarkdownParser(work) {
    if (parser)
        return work();
    try {
        // Awaited here, so that work returning a promise is retried too.
        return await work();
    }
    catch (error) {
        if (!(error instanceof MarkdownParserNotLoaded))
            throw error;
        await loadMarkdownParser();
        return work();
    }
}
/** The mdast tree of `markdown`; positions are relative to `markdown`. Plain paragraphs skip the parser (markdown-plain.ts). */
function parseMarkdown(markdown) {
    const plain = plainMarkdownTree(markdown);
    if (plain)
        return plain;
    if (!parser)
        throw new MarkdownParserNotLoaded();
    return parser(markdown);
}


/***/ }),

/***/ 3180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
/**
 * "Did you mean …?" for misspelt keys, values and names. Shared by every
 * stage that reads what a person typed (front-matter, channel references,
 * the settings file, CLI flags), so one typo rule holds everywhere.
 */
function normalise(word) {
    return word.toLowerCase().replace(/[-_\s]/g, '');
}
/**
 * Edit distance counting a swap of two neighbouring letters as one edit
 * (optimal string alignment), since swaps are the commonest typo. Inputs are
 * short keys, so the full table is fine.
 */
function distance(a, b) {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => rows[i]?.[j] ?? 0;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, at(i - 2, j - 2) + 1);
            rows[i][j] = best;
        }
    }
    return at(a.length, b.length);
}
/** The candidate closest to `word` when it is plausibly a typo of it, else undefined. */
function nearest(word, candidates) {
    const target = normalise(word);
    let best;
    for (const candidate of candidates) {
        const score = distance(target, normalise(candidate));
        if (!best || score < best.score)
            best = { candidate, score };
    }
    if (!best)
        return undefined;
    // Allow roughly one typo per three letters, at least one, at most three.
    const allowed = Math.min(3, Math.max(1, Math.floor(target.length / 3)));
    return best.score <= allowed ? best.candidate : undefined;
}
/** ` Did you mean \`x\`?` or an empty string. */
function didYouMean(word, candidates) {
    const match = nearest(word, candidates);
    return match ? ` Did you mean \`${match}\`?` : '';
}


/***/ }),

/***/ 3326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ redactSecrets)
/* harmony export */ });
/**
 * Secrets out of text that may reach a log, a comment or a report (git's and
 * GitHub's error messages can echo a URL or a header). The longest secret
 * goes first, so a secret that contains another is never left half-shown.
 */
function redactSecrets(text, secrets) {
    let out = text;
    for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length))
        out = out.split(secret).join('***');
    return out;
}


/***/ }),

/***/ 1670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ codeList),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   yh: () => (/* binding */ listWords)
/* harmony export */ });
/** Wording shared by every report: numbers as users read them, plurals, "a, b and c", names written as code. */
/** Numbers as users read them: 63,206 rather than 63206 (fixed locale: reports must not vary by runner). */
function formatNumber(n) {
    // Whole numbers, nearly all of them, grouped by hand: the first toLocaleString in a process loads ICU's
    // number data (≈ 13 ms and 8 MB in a plan, issue 16). The same text as toLocaleString('en-US') (tested).
    if (Number.isSafeInteger(n) && !Object.is(n, -0))
        return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
    return n.toLocaleString('en-US');
}
function plural(n, one, many = `${one}s`) {
    return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
/** "a, b and c" */
function listWords(words) {
    if (words.length <= 1)
        return words.join('');
    return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
/** "`a`, `b`, `c`": names a user writes (keys, values), each as code. */
function codeList(words) {
    return words.map((word) => `\`${word}\``).join(', ');
}


/***/ }),

/***/ 8174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eG: () => (/* binding */ laterOf),
/* harmony export */   lZ: () => (/* binding */ utcDayStart),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/** Whole UTC days, as Buffer's date-range inputs count them (AggregatedPostMetricsInput: "UTC midnight"). */
const DAY_MS = 86_400_000;
/** UTC midnight at or before the instant, in ms. */
function utcDayStart(ms) {
    return Math.floor(ms / DAY_MS) * DAY_MS;
}
/** The later of two clocks (the second may be unknown). */
function laterOf(a, b) {
    return b && b.getTime() > a.getTime() ? b : a;
}


/***/ }),

/***/ 4383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ isValidTimeZone),
/* harmony export */   HA: () => (/* binding */ offsetAt),
/* harmony export */   X9: () => (/* binding */ wallTimeToUtc),
/* harmony export */   fM: () => (/* binding */ localDayBounds),
/* harmony export */   pY: () => (/* binding */ toWallTime)
/* harmony export */ });
/* harmony import */ var _days_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8174);
/**
 * Wall-clock time in IANA time zones, using only Intl (Node 20 has no
 * Temporal). Shared by post files (a `dueAt` without an offset) and the
 * sandbox (queue slots and daily limits in the channel's local time).
 *
 * Wall-clock time → UTC instant: Handles DST: times that happen twice (autumn)
 * resolve to the earlier instant; times that never happen (spring gap) are moved
 * forward by the gap, as clocks do ("compatible" disambiguation in Temporal terms).
 */

const formatters = new Map();
function formatterFor(timeZone) {
    let formatter = formatters.get(timeZone);
    if (!formatter) {
        // Throws RangeError for an unknown zone; callers check with isValidTimeZone first.
        formatter = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
            era: 'short',
        });
        formatters.set(timeZone, formatter);
    }
    return formatter;
}
function isValidTimeZone(timeZone) {
    try {
        formatterFor(timeZone);
        return true;
    }
    catch {
        return false;
    }
}
/** The zone's UTC offset in milliseconds at an instant (local = utc + offset). */
function offsetAt(timeZone, epochMs) {
    const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
    const get = (type) => Number(parts.find((p) => p.type === type)?.value);
    const era = parts.find((p) => p.type === 'era')?.value;
    const year = era === 'BC' || era === 'B' ? 1 - get('year') : get('year');
    const local = Date.UTC(year, get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    // Intl drops milliseconds; compare whole seconds.
    const wholeSecond = Math.floor(epochMs / 1000) * 1000;
    return local - wholeSecond;
}
function wallAsUtc(wall) {
    const date = new Date(0);
    date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
    date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
    return date.getTime();
}
/** The UTC instant a wall-clock time in `timeZone` denotes. */
function wallTimeToUtc(wall, timeZone) {
    const naive = wallAsUtc(wall);
    // Offsets either side of the candidate: a zone changes offset at most once
    // within any day around it, so these two cover both sides of a transition.
    const before = offsetAt(timeZone, naive - _days_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
    const after = offsetAt(timeZone, naive + _days_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
    const candidates = [...new Set([before, after])]
        .map((offset) => naive - offset)
        .filter((epoch) => offsetAt(timeZone, epoch) === naive - epoch)
        .sort((a, b) => a - b);
    const first = candidates[0];
    if (first !== undefined)
        return { epochMs: first, kind: candidates.length > 1 ? 'ambiguous' : 'exact' };
    // In a gap: apply the offset from before the transition, which lands after it
    // (02:30 in a 02:00→03:00 spring-forward becomes 03:30).
    return { epochMs: naive - before, kind: 'skipped' };
}
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** The wall-clock time a zone shows at an instant, with its weekday ('mon'..'sun'). */
function toWallTime(epochMs, timeZone) {
    const local = new Date(epochMs + offsetAt(timeZone, epochMs));
    return {
        year: local.getUTCFullYear(),
        month: local.getUTCMonth() + 1,
        day: local.getUTCDate(),
        hour: local.getUTCHours(),
        minute: local.getUTCMinutes(),
        second: local.getUTCSeconds(),
        millisecond: local.getUTCMilliseconds(),
        weekday: WEEKDAYS[local.getUTCDay()],
    };
}
/** [start, end) of the local calendar day containing an instant. */
function localDayBounds(epochMs, timeZone) {
    const l = toWallTime(epochMs, timeZone);
    const midnight = (day) => wallTimeToUtc({ year: l.year, month: l.month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone)
        .epochMs;
    // Date.UTC-style day overflow (day 32 → next month) is handled by wallAsUtc's setUTCFullYear.
    return [midnight(l.day), midnight(l.day + 1)];
}


/***/ })

};
