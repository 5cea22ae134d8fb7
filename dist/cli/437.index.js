export const id = 437;
export const ids = [437];
export const modules = {

/***/ 1437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   branchRefusal: () => (/* binding */ branchRefusal)
/* harmony export */ });
/* harmony import */ var _config_branch_patterns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1958);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(308);
/* harmony import */ var _git_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5986);



/** Why `command` may not run here, or undefined when it may. */
async function branchRefusal(command, settings) {
    // The user's own git, as every other CLI command runs it.
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .Git */ .TU({ cwd: settings.workspace });
    const repository = await (0,_git_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .checkRepository */ .n_)(git, process.env);
    if (!repository.ok) {
        return repository.kind === 'not-the-top'
            ? `${command} runs in the repository's top folder (${repository.top}); cd there and pass --posts-dir for the posts folder.`
            : `${settings.workspace} is not a git repository; run buffer-gitops ${command} in your repository's top folder.`;
    }
    const branch = await git.currentBranch();
    const off = 'or pass --branch-check=off to run anyway';
    if (!branch) {
        return `${command} changes Buffer only from a branch, and HEAD is detached. Check out the branch you publish from (e.g. \`git switch main\`), ${off}.`;
    }
    if (settings.branches) {
        if ((0,_config_branch_patterns_js__WEBPACK_IMPORTED_MODULE_2__/* .matchesBranches */ .ow)(branch, settings.branches))
            return undefined;
        const list = settings.branches.map((p) => p.source).join(', ');
        return `${command} changes Buffer only from ${list} (--branches), and the checked-out branch is ${branch}. Switch branches, add it with --branches ${branch}, ${off}.`;
    }
    const remoteDefault = await git.remoteDefaultBranch();
    if (!remoteDefault) {
        return `${command} changes Buffer only from the repository's default branch, and this clone does not know it. Pass --branches main (your default branch), or run \`git remote set-head origin --auto\`; ${off}.`;
    }
    if (branch === remoteDefault)
        return undefined;
    return `${command} changes Buffer only from ${remoteDefault} (origin's default branch), and the checked-out branch is ${branch}. Switch to ${remoteDefault}, pass --branches ${branch}, ${off}.`;
}


/***/ })

};
