export const id = 747;
export const ids = [747];
export const modules = {

/***/ 33128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INGESTION_MAX_BYTES: () => (/* reexport safe */ _ingestion_js__WEBPACK_IMPORTED_MODULE_1__._W),
/* harmony export */   QUERY_PATHS: () => (/* reexport safe */ _server_js__WEBPACK_IMPORTED_MODULE_0__.cT),
/* harmony export */   isLoopbackHost: () => (/* reexport safe */ _server_js__WEBPACK_IMPORTED_MODULE_0__.cW),
/* harmony export */   serveUntilStopped: () => (/* reexport safe */ _serve_js__WEBPACK_IMPORTED_MODULE_2__.serveUntilStopped),
/* harmony export */   startEmulator: () => (/* reexport safe */ _server_js__WEBPACK_IMPORTED_MODULE_0__.sJ)
/* harmony export */ });
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6075);
/* harmony import */ var _ingestion_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45106);
/* harmony import */ var _serve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55011);
/** The local lake emulator: public API. */





/***/ })

};
