export const id = 943;
export const ids = [943];
export const modules = {

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPlanCommand: () => (/* binding */ runPlanCommand)
/* harmony export */ });
/* harmony import */ var _commands_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2989);

async function runPlanCommand(ctx, 
/** `base`: a full commit name (cli/main.ts resolves --base, so plan and apply compare the same range). */
opts) {
    const { base } = opts;
    const result = await (0,_commands_plan_js__WEBPACK_IMPORTED_MODULE_0__.runPlan)(ctx, { base, head: 'HEAD' });
    if (opts.json) {
        const { report } = result;
        opts.stdout.write(`${JSON.stringify({
            summary: result.summaryLine,
            offline: result.offlineReason ?? null,
            exitCode: result.exitCode,
            items: result.rows,
            findings: report.findings,
            notes: report.notes,
            requests: report.requests ?? 0,
        }, null, 2)}\n`);
    }
    else {
        opts.stdout.write(`Plan: ${result.summaryLine}\n`);
    }
    return result.exitCode;
}


/***/ })

};
