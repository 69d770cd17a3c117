export const id = 387;
export const ids = [387];
export const modules = {

/***/ 69387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ detectionsAtRef),
/* harmony export */   UnknownRefError: () => (/* binding */ UnknownRefError)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _load_load_detection_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54110);
/**
 * Detections as they are at another commit (`--compare REF`): the YAML files
 * under the same paths, read with `git ls-tree` and `git show`.
 */




const run = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** A ref git cannot read. */
class UnknownRefError extends Error {
    name = 'UnknownRefError';
}
async function git(root, args) {
    const { stdout } = await run('git', args, { cwd: root, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });
    return stdout;
}
/** Loaded detections at `ref` under `paths` (repository-relative to `root`). */
async function detectionsAtRef(root, ref, paths) {
    try {
        await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    catch {
        throw new UnknownRefError(`git cannot read '${ref}' (is it a commit, branch or tag of this clone?)`);
    }
    const prefix = (await git(root, ['rev-parse', '--show-prefix'])).toString('utf8').trim();
    const specs = paths.map((p) => node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, p)).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')));
    const listing = (await git(root, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', ref, '--', ...specs.map((s) => prefix + (s === '.' ? '' : s))]))
        .toString('utf8')
        .split('\0')
        .filter((f) => /\.ya?ml$/i.test(f) && !/(^|\/)lakeguard\.ya?ml$/i.test(f) && !f.split('/').some((part) => part.startsWith('.')));
    const out = [];
    for (const full of listing.sort()) {
        const file = full.slice(prefix.length);
        const bytes = await git(root, ['show', `${ref}:${full}`]);
        const { detection } = (0,_load_load_detection_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDetection */ .n)(bytes, file, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, file));
        if (detection)
            out.push(detection);
    }
    return out;
}


/***/ })

};
