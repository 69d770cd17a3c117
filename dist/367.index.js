export const id = 367;
export const ids = [367];
export const modules = {

/***/ 3367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QueryError: () => (/* binding */ QueryError),
/* harmony export */   Unsupported: () => (/* binding */ Unsupported),
/* harmony export */   queryErrorOf: () => (/* binding */ queryErrorOf)
/* harmony export */ });
/**
 * The engine refuses what it cannot compute exactly. An Unsupported error names
 * the construct and, once known, its position in the query.
 */
class Unsupported extends Error {
    construct;
    offset;
    name = 'Unsupported';
    constructor(
    /** The operator, function or feature, e.g. `operator mv-apply`. */
    construct, 
    /** Offset in the query text, when known. */
    offset) {
        super(`not supported offline: ${construct}`);
        this.construct = construct;
        this.offset = offset;
    }
}
/** A query error Kusto itself would raise (bad argument, runaway result). */
class QueryError extends Error {
    name = 'QueryError';
}
/** The error object of a failed query: refused (unsupported) or any other error. */
function queryErrorOf(error) {
    if (error instanceof Unsupported)
        return { kind: 'unsupported', message: error.message };
    if (error instanceof QueryError)
        return { kind: 'error', message: error.message };
    if (error instanceof RangeError && /call stack|Invalid array length/i.test(error.message))
        return { kind: 'error', message: `query too large to evaluate: ${error.message}` };
    return { kind: 'error', message: `internal error: ${String(error?.message ?? error)}` };
}


/***/ })

};
