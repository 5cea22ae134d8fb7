export const id = 251;
export const ids = [251];
export const modules = {

/***/ 9251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadCommand: () => (/* binding */ loadCommand),
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/** Starts loading a command's code ahead of running it (e.g. while git works); runCommand then finds it loaded. */
function loadCommand(command) {
    switch (command) {
        case 'plan':
            return Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(860), __webpack_require__.e(989)]).then(__webpack_require__.bind(__webpack_require__, 2989));
        case 'apply':
            return Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(860), __webpack_require__.e(170), __webpack_require__.e(525), __webpack_require__.e(652)]).then(__webpack_require__.bind(__webpack_require__, 2652));
        case 'sync':
            return Promise.all([Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(860), __webpack_require__.e(170), __webpack_require__.e(525), __webpack_require__.e(652)]).then(__webpack_require__.bind(__webpack_require__, 2652)), Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(134), __webpack_require__.e(583), __webpack_require__.e(453), __webpack_require__.e(974), __webpack_require__.e(170), __webpack_require__.e(684), __webpack_require__.e(525), __webpack_require__.e(328)]).then(__webpack_require__.bind(__webpack_require__, 8743))]);
        case 'import':
            return Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(583), __webpack_require__.e(170), __webpack_require__.e(182)]).then(__webpack_require__.bind(__webpack_require__, 2139));
    }
}
async function runCommand(command, ctx) {
    switch (command) {
        case 'plan': {
            const { runPlan } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(860), __webpack_require__.e(989)]).then(__webpack_require__.bind(__webpack_require__, 2989));
            return runPlan(ctx);
        }
        case 'apply': {
            const { runApply } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(860), __webpack_require__.e(170), __webpack_require__.e(525), __webpack_require__.e(652)]).then(__webpack_require__.bind(__webpack_require__, 2652));
            return runApply(ctx);
        }
        case 'sync': {
            const [{ reconcileBeforeSync }, { runSync }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(860), __webpack_require__.e(170), __webpack_require__.e(525), __webpack_require__.e(652)]).then(__webpack_require__.bind(__webpack_require__, 2652)), Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(134), __webpack_require__.e(583), __webpack_require__.e(453), __webpack_require__.e(974), __webpack_require__.e(170), __webpack_require__.e(684), __webpack_require__.e(525), __webpack_require__.e(328)]).then(__webpack_require__.bind(__webpack_require__, 8743))]);
            // Work an earlier run left undone is finished whatever triggers the next run (issue 11).
            return runSync(ctx, await reconcileBeforeSync(ctx));
        }
        case 'import': {
            const { runImport } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(244), __webpack_require__.e(61), __webpack_require__.e(486), __webpack_require__.e(583), __webpack_require__.e(170), __webpack_require__.e(182)]).then(__webpack_require__.bind(__webpack_require__, 2139));
            return runImport(ctx);
        }
    }
}


/***/ })

};
