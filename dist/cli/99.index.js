export const id = 99;
export const ids = [99];
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

/***/ 99:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/text/did-you-mean.ts
var did_you_mean = __webpack_require__(3180);
// EXTERNAL MODULE: ./src/text/words.ts
var words = __webpack_require__(1670);
// EXTERNAL MODULE: ./src/config/settings-keys.ts
var settings_keys = __webpack_require__(3370);
;// CONCATENATED MODULE: ./src/config/settings-file.ts
/**
 * `buffer-gitops.yml`: the settings a team writes once, read by the action and
 * the CLI alike (SPEC §5), so `timezone` or `posts-dir` need not be repeated
 * in the workflow and on every command line. Only the keys listed here; the
 * API key never (a file is in every clone and every fork), and anything that
 * is decided per run (`command`, `dry-run`, `write-back`, …) stays an input or
 * a flag. Every problem names the file and line.
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
/** Keys that are set per run: where they belong instead, in each surface's words. */
const PER_RUN = {
    command: { action: 'the `command` input', cli: 'the command itself (`buffer-gitops apply`)' },
    'dry-run': { action: 'the `dry-run` input', cli: '--dry-run' },
    'write-back': {
        action: 'the `write-back` input',
        cli: 'nothing (the CLI writes the files and leaves committing to you)',
    },
    'batch-size': { action: 'the `batch-size` input', cli: '--batch-size' },
    'working-directory': {
        action: 'the `working-directory` input',
        cli: 'nothing (run buffer-gitops inside the repository)',
    },
};
/** A key that names a secret: never read from a file that every clone carries. */
function isSecretKey(key) {
    return /key|token|secret|password/i.test(key);
}
function secretAdvice(surface) {
    return surface === 'action'
        ? 'pass it as a secret: `buffer-api-key: ${{ secrets.BUFFER_API_KEY }}` in the workflow step'
        : 'set the BUFFER_API_KEY environment variable instead';
}
/** The settings file at `root`, or undefined when there is none. */
function findSettingsFile(root) {
    const present = SETTINGS_FILE_PATHS.filter((p) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, p)));
    if (present.length > 1) {
        throw new SettingsFileError(present[1], 1, `both ${present.map((p) => `\`${p}\``).join(' and ')} exist; keep one of them.`);
    }
    return present[0];
}
/** Reads and checks the settings file at `root` (the repository's top folder); undefined when there is none. */
function readSettingsFile(root, surface) {
    const path = findSettingsFile(root);
    if (path === undefined)
        return undefined;
    return parseSettingsFile(path, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, path), 'utf8'), surface);
}
function parseSettingsFile(path, text, surface) {
    const lines = new dist/* LineCounter */.HN();
    // `core` schema: `max-wait: 0300` stays text we check, and no value becomes a Date.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, schema: 'core', uniqueKeys: true });
    const lineOf = (node) => {
        const range = node?.range;
        return lines.linePos(range ? range[0] : 0).line;
    };
    const problem = doc.errors[0];
    if (problem) {
        const line = lines.linePos(problem.pos[0]).line;
        const hint = problem.code === 'DUPLICATE_KEY'
            ? 'a key is set more than once; keep one.'
            : `not valid YAML (${problem.message.split('\n')[0]}); a value containing \`: \` needs quotes.`;
        throw new SettingsFileError(path, line, hint);
    }
    const values = new Map();
    if (doc.contents === null || ((0,dist/* isScalar */.jn)(doc.contents) && doc.contents.value === null))
        return { path, values };
    if (!(0,dist/* isMap */.jh)(doc.contents)) {
        throw new SettingsFileError(path, lineOf(doc.contents), 'the file must be a mapping of settings, e.g. `timezone: Europe/Berlin`.');
    }
    for (const pair of doc.contents.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
        const line = lineOf(pair.key);
        if (isSecretKey(key)) {
            throw new SettingsFileError(path, line, `\`${key}\`: the Buffer API key is never read from this file (every clone and fork would carry it); remove it and ${secretAdvice(surface)}.`);
        }
        if (PER_RUN[key]) {
            throw new SettingsFileError(path, line, `\`${key}\` is set per run, not in ${path}; use ${PER_RUN[key][surface]}.`);
        }
        if (!settings_keys/* SETTINGS_FILE_KEYS */.Ul.includes(key)) {
            throw new SettingsFileError(path, line, `unknown setting \`${key}\`.${(0,did_you_mean/* didYouMean */.a)(key, settings_keys/* SETTINGS_FILE_KEYS */.Ul)} The file takes ${(0,words/* codeList */.E5)(settings_keys/* SETTINGS_FILE_KEYS */.Ul)}.`);
        }
        values.set(key, {
            value: valueText(path, key, pair.value, lineOf(pair.value ?? pair.key)),
            line: lineOf(pair.value ?? pair.key),
        });
    }
    return { path, values };
}
/** A value as the text an input would carry; a list of branches is one per line. */
function valueText(path, key, node, line) {
    const listed = settings_keys/* SETTINGS_FILE_FIELDS */.ff[key].type.kind === 'branches';
    if (listed && (0,dist/* isSeq */.oP)(node)) {
        const items = node.items.map((item) => {
            if (!(0,dist/* isScalar */.jn)(item) || item.value === null || typeof item.value === 'object') {
                throw new SettingsFileError(path, line, '`branches`: every item must be a branch name or pattern, e.g. `- main`.');
            }
            return String(item.value);
        });
        return items.join('\n');
    }
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null) {
        const what = (0,dist/* isSeq */.oP)(node) ? 'a list' : (0,dist/* isMap */.jh)(node) ? 'a mapping' : 'nothing';
        throw new SettingsFileError(path, line, `\`${key}\`: expected a single value, found ${what}.${listed ? ' Write `branches: [main]` or one `- name` per line.' : ''}`);
    }
    // Numbers and booleans as written (`max-wait: 120`, `delete-sent: true`).
    return typeof node.source === 'string' && node.source !== '' && typeof node.value !== 'string'
        ? node.source
        : String(node.value);
}

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
function readSettings(read, workspace, env = process.env, opts = {}) {
    const surface = opts.surface ?? 'action';
    const label = (name) => (surface === 'cli' ? `Option --${name}` : `Input \`${name}\``);
    const workingDirectory = read('working-directory') ?? '.';
    const root = insideWorkspace(workspace, workingDirectory);
    const file = opts.settingsFile === true ? readSettingsFile(root, surface) : opts.settingsFile || undefined;
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
    const token = (0,external_node_crypto_.randomUUID)();
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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




/** The repository's top folder around `cwd`, or undefined outside a repository. */
function repositoryRoot(cwd) {
    return (0,repository/* topLevel */.M)(new git/* Git */.TU({ cwd }));
}
/** Why the posts folder cannot be read, in one line naming the resolved path, or undefined when it is a folder. */
async function postsFolderProblem(root, postsDir, from) {
    const path = (0,external_node_path_.join)(root, postsDir);
    let isDirectory;
    try {
        isDirectory = (await (0,promises_.stat)(path)).isDirectory();
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
    init: () => Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(112), __webpack_require__.e(134), __webpack_require__.e(453), __webpack_require__.e(58)]).then(__webpack_require__.bind(__webpack_require__, 8218)),
    validate: () => Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(244), __webpack_require__.e(112), __webpack_require__.e(134), __webpack_require__.e(583), __webpack_require__.e(453), __webpack_require__.e(974), __webpack_require__.e(521)]).then(__webpack_require__.bind(__webpack_require__, 8644)),
    channels: () => Promise.all(/* import() */[__webpack_require__.e(61), __webpack_require__.e(288)]).then(__webpack_require__.bind(__webpack_require__, 288)),
    report: () => Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(112), __webpack_require__.e(583), __webpack_require__.e(495), __webpack_require__.e(344)]).then(__webpack_require__.bind(__webpack_require__, 489)),
    plan: () => Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(112), __webpack_require__.e(403), __webpack_require__.e(329), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 8943)),
    import: () => Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(112), __webpack_require__.e(583), __webpack_require__.e(403), __webpack_require__.e(170), __webpack_require__.e(315)]).then(__webpack_require__.bind(__webpack_require__, 2139)),
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
        file = readSettingsFile(workspace, 'cli');
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
        }, workspace, io.env, { surface: 'cli', settingsFile: file ?? false });
    }
    catch (error) {
        if (error instanceof SettingsError || error instanceof SettingsFileError)
            return usage(error.message);
        throw error;
    }
    if (command === 'init') {
        // Before the posts folder is checked: init is what creates it. An existing settings file counts (a second
        // run, or a team that wrote one first); the flags override it.
        const { runInitCommand } = await Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(112), __webpack_require__.e(134), __webpack_require__.e(453), __webpack_require__.e(58)]).then(__webpack_require__.bind(__webpack_require__, 8218));
        return runInitCommand(values, io, {
            root: workspace,
            settings,
            settingsPath: file?.path ?? SETTINGS_FILE_PATHS[0],
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
        switch (command) {
            case 'validate': {
                const { runValidateCommand } = await Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(244), __webpack_require__.e(112), __webpack_require__.e(134), __webpack_require__.e(583), __webpack_require__.e(453), __webpack_require__.e(974), __webpack_require__.e(521)]).then(__webpack_require__.bind(__webpack_require__, 8644));
                return await runValidateCommand(settings, positionals, { ...io, json });
            }
            case 'channels': {
                const { runChannelsCommand } = await Promise.all(/* import() */[__webpack_require__.e(61), __webpack_require__.e(288)]).then(__webpack_require__.bind(__webpack_require__, 288));
                return await runChannelsCommand(settings, { ...io, json });
            }
            case 'report': {
                const { runReportCommand } = await Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(112), __webpack_require__.e(583), __webpack_require__.e(495), __webpack_require__.e(344)]).then(__webpack_require__.bind(__webpack_require__, 489));
                const flags = { since: flag('since'), channel: flag('channel'), json, csv: Boolean(values.csv) };
                return await runReportCommand(settings, flags, io);
            }
            case 'plan': {
                const base = await resolveBase(workspace, flag('base'));
                if (typeof base === 'object')
                    return usage(base.problem);
                const { runPlanCommand } = await Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(112), __webpack_require__.e(403), __webpack_require__.e(329), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 8943));
                return await runPlanCommand(ctx, { base, json, stdout: io.stdout, stderr: io.stderr });
            }
            case 'import': {
                const { parseStatuses, runImport } = await Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(112), __webpack_require__.e(583), __webpack_require__.e(403), __webpack_require__.e(170), __webpack_require__.e(315)]).then(__webpack_require__.bind(__webpack_require__, 2139));
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
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3326);
/**
 * The one place that runs git. Every git call in the product goes through
 * `Git.exec`, so authentication, environment, output decoding and error
 * redaction are decided once.
 *
 * Git is always started with an argument array (never a shell), so file names
 * and refs are never interpreted by anything but git itself.
 */


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
        const unique = [...new Set(shas)];
        const present = await Promise.all(unique.map((sha) => this.commitExists(sha)));
        const missing = unique.filter((_, i) => !present[i]);
        const fetchable = missing.filter(isFullSha);
        if (fetchable.length === 0)
            return { missing };
        const fetched = await this.exec(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', remote, ...fetchable], { allowFailure: true, auth: true });
        const fetchedNow = await Promise.all(missing.map((sha) => this.commitExists(sha)));
        const still = missing.filter((_, i) => !fetchedNow[i]);
        const detail = decisiveLine(fetched.stderr);
        return still.length > 0 && detail ? { missing: still, detail } : { missing: still };
    }
    /** Replaces every secret in a text with `***`. */
    redact(text) {
        return (0,_text_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .f)(text, this.secrets);
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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
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
/* harmony export */   M: () => (/* binding */ topLevel),
/* harmony export */   n: () => (/* binding */ checkRepository)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Whether a folder is the top of a git checkout, asked before any command
 * runs, so a workflow that checked out into a subfolder (actions/checkout
 * `path:`) gets one sentence naming what to set instead of git's raw
 * `fatal: not a git repository`.
 */

async function checkRepository(git) {
    let folder;
    try {
        folder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(git.cwd);
    }
    catch {
        return { ok: false, kind: 'missing' };
    }
    const top = await topLevel(git);
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
/** The top folder of the work tree around `git.cwd`, as git finds it; undefined outside a repository. */
async function topLevel(git) {
    const result = await git.exec(['rev-parse', '--show-toplevel'], { allowFailure: true });
    const top = result.stdout.trim();
    return result.exitCode === 0 && top ? top : undefined;
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
/* harmony export */   X9: () => (/* binding */ wallTimeToUtc),
/* harmony export */   fM: () => (/* binding */ localDayBounds),
/* harmony export */   pY: () => (/* binding */ toWallTime)
/* harmony export */ });
/* unused harmony export offsetAt */
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
