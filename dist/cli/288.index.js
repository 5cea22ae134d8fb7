export const id = 288;
export const ids = [288];
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

/***/ 5352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Er: () => (/* binding */ OrganizationError),
/* harmony export */   OP: () => (/* binding */ resolveChannel),
/* harmony export */   R7: () => (/* binding */ chooseOrganization),
/* harmony export */   zt: () => (/* binding */ referenceFor)
/* harmony export */ });
/* harmony import */ var _posts_service_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5529);
/* harmony import */ var _text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3180);


/** The reference a user should write for a channel: the shortest one that is unambiguous. */
function referenceFor(channel, channels) {
    const sameService = channels.filter((c) => c.service === channel.service);
    if (sameService.length === 1)
        return channel.service;
    const sameName = sameService.filter((c) => c.name === channel.name);
    return sameName.length === 1 ? `${channel.service}:${channel.name}` : channel.id;
}
function resolveChannel(ref, channels) {
    const byId = channels.find((c) => c.id === ref);
    if (byId)
        return { ok: true, channel: byId };
    const colon = ref.indexOf(':');
    const serviceText = colon === -1 ? ref : ref.slice(0, colon);
    const name = colon === -1 ? undefined : ref.slice(colon + 1).trim();
    const service = (0,_posts_service_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeService */ .z2)(serviceText.trim());
    if (!service) {
        return {
            ok: false,
            message: `Unknown channel "${ref}": not a channel ID of this organization and not a Buffer service.${suggest(ref, channels, channels)} ${candidates(channels)}`,
        };
    }
    const ofService = channels.filter((c) => c.service === service);
    if (ofService.length === 0) {
        return {
            ok: false,
            message: `No ${service} channel is connected to this Buffer organization (reference "${ref}"). ${candidates(channels)}`,
        };
    }
    if (name === undefined) {
        if (ofService.length === 1)
            return { ok: true, channel: ofService[0] };
        return {
            ok: false,
            message: `"${ref}" is ambiguous: the organization has ${ofService.length} ${service} channels. Write one of: ${ofService
                .map((c) => quote(referenceFor(c, channels)))
                .join(', ')}.`,
        };
    }
    const named = ofService.filter((c) => c.name === name || c.displayName === name);
    const folded = named.length > 0 ? named : ofService.filter((c) => c.name.toLowerCase() === name.toLowerCase());
    if (folded.length === 1)
        return { ok: true, channel: folded[0] };
    if (folded.length > 1) {
        return {
            ok: false,
            message: `"${ref}" is ambiguous: several ${service} channels are named "${name}". Use a channel ID: ${folded
                .map((c) => c.id)
                .join(', ')}.`,
        };
    }
    return {
        ok: false,
        message: `Unknown channel "${ref}": no ${service} channel is named "${name}".${suggest(name, ofService, channels)} Write one of: ${ofService
            .map((c) => quote(referenceFor(c, channels)))
            .join(', ')}.`,
    };
}
/**
 * ` Did you mean \`linkedin:Acme Inc\`?` when `written` is plausibly a typo of
 * one of `among`'s names or references; the suggestion is the reference to
 * write. Channel IDs are never candidates: IDs of one organization differ in
 * a character or two, and a near miss must not point at another channel.
 */
function suggest(written, among, channels) {
    const byText = new Map();
    for (const channel of among) {
        const ref = referenceFor(channel, channels);
        for (const text of [ref, channel.name, `${channel.service}:${channel.name}`])
            if (!byText.has(text))
                byText.set(text, ref);
    }
    const match = (0,_text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .nearest */ .p)(written, [...byText.keys()]);
    return match === undefined ? '' : ` Did you mean \`${byText.get(match)}\`?`;
}
function candidates(channels) {
    if (channels.length === 0)
        return 'The organization has no channels.';
    return `Channels you can write: ${channels.map((c) => quote(referenceFor(c, channels))).join(', ')}.`;
}
function quote(ref) {
    return /[:\s]/.test(ref) ? `"${ref}"` : ref;
}
class OrganizationError extends Error {
}
function chooseOrganization(account, organizationId) {
    const orgs = account.organizations;
    if (organizationId) {
        const found = orgs.find((o) => o.id === organizationId);
        if (!found) {
            throw new OrganizationError(`The Buffer account has no organization with ID "${organizationId}" (\`organization-id\`). Organizations: ${describe(orgs)}.`);
        }
        return found;
    }
    if (orgs.length === 1)
        return orgs[0];
    if (orgs.length === 0)
        throw new OrganizationError('The Buffer account has no organization.');
    throw new OrganizationError(`The Buffer account has ${orgs.length} organizations; set \`organization-id\` to one of: ${describe(orgs)}.`);
}
function describe(orgs) {
    return orgs.map((o) => `${o.id} (${o.name})`).join(', ');
}


/***/ }),

/***/ 288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runChannelsCommand: () => (/* binding */ runChannelsCommand)
/* harmony export */ });
/* harmony import */ var _commands_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1082);
/* harmony import */ var _buffer_documents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2656);
/* harmony import */ var _buffer_mappers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1932);
/* harmony import */ var _channels_order_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5232);
/* harmony import */ var _channels_resolve_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5352);
/* harmony import */ var _commands_missing_api_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4965);






async function runChannelsCommand(settings, io) {
    if (!settings.apiKey)
        throw new _commands_missing_api_key_js__WEBPACK_IMPORTED_MODULE_4__/* .MissingApiKeyError */ .g('channels', 'cli');
    const client = (0,_commands_context_js__WEBPACK_IMPORTED_MODULE_0__/* .bufferClient */ .kN)({ ...settings, apiKey: settings.apiKey });
    const account = await client.account();
    // A configured organization must exist (the same message as every other command).
    const orgs = settings.organizationId
        ? [(0,_channels_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .chooseOrganization */ .R7)(account, settings.organizationId)]
        : account.organizations;
    const result = [];
    for (const org of orgs)
        result.push({ organization: { id: org.id, name: org.name }, channels: await listChannels(client, org.id) });
    if (io.json) {
        io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return 0;
    }
    if (orgs.length === 0)
        io.stdout.write('The Buffer account has no organization.\n');
    for (const { organization, channels } of result) {
        io.stdout.write(`${organization.name} (${organization.id})${orgs.length > 1 ? `  — pass --organization-id ${organization.id} (or set organization-id in buffer-gitops.yml) to use it` : ''}\n`);
        if (channels.length === 0) {
            io.stdout.write('  No channels connected.\n');
            continue;
        }
        const rows = [
            ['REFERENCE', 'SERVICE', 'NAME', 'ID', 'STATE'],
            ...channels.map((c) => [c.reference, c.service, c.name, c.id, c.state]),
        ];
        const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
        for (const row of rows)
            io.stdout.write(`  ${row
                .map((v, i) => v.padEnd(widths[i]))
                .join('  ')
                .trimEnd()}\n`);
        for (const c of channels.filter((ch) => ch.boards?.length)) {
            io.stdout.write(`  Boards of ${c.reference} (metadata.pinterest.boardServiceId):\n`);
            for (const b of c.boards)
                io.stdout.write(`    ${b.serviceId}  ${b.name}\n`);
        }
    }
    return 0;
}
async function listChannels(client, organizationId) {
    const data = await client.read('ChannelsListing', _buffer_documents_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANNELS_LISTING_QUERY */ .lW, { input: { organizationId } }, 1);
    const wire = Array.isArray(data.channels) ? data.channels : [];
    const channels = wire.map(_buffer_mappers_js__WEBPACK_IMPORTED_MODULE_2__/* .toChannel */ .pr);
    return channels
        .map((c, i) => {
        const boards = (wire[i]?.metadata?.boards ?? []).map((b) => ({ name: b.name, serviceId: b.serviceId }));
        return {
            reference: (0,_channels_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .referenceFor */ .zt)(c, channels),
            id: c.id,
            service: c.service,
            name: c.name,
            ...(c.displayName && c.displayName !== c.name ? { displayName: c.displayName } : {}),
            timezone: c.timezone,
            state: c.isDisconnected ? 'disconnected' : c.isLocked ? 'locked' : 'ok',
            ...(boards.length ? { boards } : {}),
        };
    })
        .sort(_channels_order_js__WEBPACK_IMPORTED_MODULE_5__/* .byServiceThenName */ .T);
}


/***/ }),

/***/ 5529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pd: () => (/* binding */ misspeltService),
/* harmony export */   Qw: () => (/* binding */ serviceOfReference),
/* harmony export */   z2: () => (/* binding */ normalizeService)
/* harmony export */ });
/* harmony import */ var _buffer_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7071);
/* harmony import */ var _text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3180);
/**
 * Buffer's service names as people write them in files (SPEC §2): the wire's
 * `Service` enum, any letter case, the seed's spellings and the names people
 * use for a network. Known without a key, so a misspelt service is an error
 * offline too (fork PRs, `buffer-gitops validate`), not only once Buffer is asked.
 */


/** The seed's spellings, and the names people use for a network, mapped to Buffer's `Service` enum. */
const SERVICE_ALIASES = {
    ..._buffer_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEED_SERVICE_SPELLINGS */ .cR,
    x: 'twitter',
    google: 'googlebusiness',
    gbp: 'googlebusiness',
};
function normalizeService(text) {
    if (_buffer_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg.includes(text))
        return text;
    const lower = text.toLowerCase();
    const exact = _buffer_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg.find((s) => s.toLowerCase() === lower);
    return exact ?? SERVICE_ALIASES[lower];
}
/** The service a reference names (`twitter`, `linkedin:Acme Inc`); undefined for a channel ID or an unknown name. */
function serviceOfReference(ref) {
    const colon = ref.indexOf(':');
    return normalizeService((colon === -1 ? ref : ref.slice(0, colon)).trim());
}
/**
 * The service `text` is plausibly a typo of (`twiter` → `twitter`), else
 * undefined. Only full names are candidates: a one-letter alias like `x`
 * would make every short word look like a typo.
 */
function misspeltService(text) {
    if (normalizeService(text))
        return undefined;
    return (0,_text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .nearest */ .p)(text, _buffer_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg);
}


/***/ })

};
