export const id = 642;
export const ids = [642];
export const modules = {

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


/***/ })

};
