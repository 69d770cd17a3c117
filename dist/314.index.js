export const id = 314;
export const ids = [314];
export const modules = {

/***/ 88314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadFixtureTables: () => (/* binding */ loadFixtureTables)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fixtures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18602);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1665);
/**
 * Fixture folders as tables: one file per table, named after it
 * (`SigninLogs.jsonl`, `AppEvents_CL.csv`). Catalog tables get their schema;
 * others get columns inferred from their rows and join the catalog.
 */




const FIXTURE_FILE = /\.(jsonl|ndjson|json|csv)$/i;
/** Load `--data` files into the catalog (schemas) and a table map (rows). */
async function loadFixtureTables(paths, catalog, maxBytes = _fixtures_js__WEBPACK_IMPORTED_MODULE_2__.DEFAULT_MAX_FIXTURE_BYTES) {
    const tables = new Map();
    for (const p of paths) {
        let files;
        try {
            const stat = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(p);
            files = stat.isDirectory()
                ? (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(p))
                    .filter((f) => FIXTURE_FILE.test(f))
                    .sort()
                    .map((f) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(p, f))
                : [p];
        }
        catch {
            throw new _fixtures_js__WEBPACK_IMPORTED_MODULE_2__.FixtureError(`${p}: no such file or folder`);
        }
        for (const file of files) {
            const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file).replace(FIXTURE_FILE, '');
            const known = catalog.table(name);
            let columns;
            if (known && !known.open) {
                columns = known.columns.map(([n, t]) => ({ name: n, type: (0,_values_js__WEBPACK_IMPORTED_MODULE_3__.kustoType)(t) }));
                tables.set(name, await (0,_fixtures_js__WEBPACK_IMPORTED_MODULE_2__.readFixture)(file, columns, file, maxBytes));
            }
            else {
                const records = (0,_fixtures_js__WEBPACK_IMPORTED_MODULE_2__.parseFixture)(await (0,_fixtures_js__WEBPACK_IMPORTED_MODULE_2__.readFixtureText)(file, file, maxBytes), file);
                columns = (0,_fixtures_js__WEBPACK_IMPORTED_MODULE_2__.inferColumns)(records, /\.csv$/i.test(file));
                catalog.addTable({ name, columns: columns.map((c) => [c.name, c.type]), origin: file });
                tables.set(name, (0,_fixtures_js__WEBPACK_IMPORTED_MODULE_2__.tableFromRecords)(records, columns, file, /\.csv$/i.test(file)));
            }
        }
    }
    return tables;
}


/***/ })

};
