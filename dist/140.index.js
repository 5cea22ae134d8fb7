export const id = 140;
export const ids = [140];
export const modules = {

/***/ 4140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSettingsFile: () => (/* binding */ parseSettingsFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3180);
/* harmony import */ var _text_words_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1670);
/* harmony import */ var _settings_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3370);
/* harmony import */ var _settings_location_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(989);
/**
 * `buffer-gitops.yml`: the settings a team writes once, read by the action and
 * the CLI alike (SPEC §5), so `timezone` or `posts-dir` need not be repeated
 * in the workflow and on every command line. Only the keys listed here; the
 * API key never (a file is in every clone and every fork), and anything that
 * is decided per run (`command`, `dry-run`, `write-back`, …) stays an input or
 * a flag. Every problem names the file and line.
 */





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
function parseSettingsFile(path, text, surface) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // `core` schema: `max-wait: 0300` stays text we check, and no value becomes a Date.
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false, schema: 'core', uniqueKeys: true });
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
        throw new _settings_location_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsFileError */ .sb(path, line, hint);
    }
    const values = new Map();
    if (doc.contents === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(doc.contents) && doc.contents.value === null))
        return { path, values };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents)) {
        throw new _settings_location_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsFileError */ .sb(path, lineOf(doc.contents), 'the file must be a mapping of settings, e.g. `timezone: Europe/Berlin`.');
    }
    for (const pair of doc.contents.items) {
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
        const line = lineOf(pair.key);
        if (isSecretKey(key)) {
            throw new _settings_location_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsFileError */ .sb(path, line, `\`${key}\`: the Buffer API key is never read from this file (every clone and fork would carry it); remove it and ${secretAdvice(surface)}.`);
        }
        if (PER_RUN[key]) {
            throw new _settings_location_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsFileError */ .sb(path, line, `\`${key}\` is set per run, not in ${path}; use ${PER_RUN[key][surface]}.`);
        }
        if (!_settings_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .SETTINGS_FILE_KEYS */ .Ul.includes(key)) {
            throw new _settings_location_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsFileError */ .sb(path, line, `unknown setting \`${key}\`.${(0,_text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .a)(key, _settings_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .SETTINGS_FILE_KEYS */ .Ul)} The file takes ${(0,_text_words_js__WEBPACK_IMPORTED_MODULE_4__/* .codeList */ .E5)(_settings_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .SETTINGS_FILE_KEYS */ .Ul)}.`);
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
    const listed = _settings_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .SETTINGS_FILE_FIELDS */ .ff[key].type.kind === 'branches';
    if (listed && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        const items = node.items.map((item) => {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item) || item.value === null || typeof item.value === 'object') {
                throw new _settings_location_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsFileError */ .sb(path, line, '`branches`: every item must be a branch name or pattern, e.g. `- main`.');
            }
            return String(item.value);
        });
        return items.join('\n');
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || node.value === null) {
        const what = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? 'a list' : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? 'a mapping' : 'nothing';
        throw new _settings_location_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsFileError */ .sb(path, line, `\`${key}\`: expected a single value, found ${what}.${listed ? ' Write `branches: [main]` or one `- name` per line.' : ''}`);
    }
    // Numbers and booleans as written (`max-wait: 120`, `delete-sent: true`).
    return typeof node.source === 'string' && node.source !== '' && typeof node.value !== 'string'
        ? node.source
        : String(node.value);
}


/***/ })

};
