export const id = 59;
export const ids = [59];
export const modules = {

/***/ 44059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runWorker: () => (/* binding */ runWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kql_catalog_from_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93952);
/* harmony import */ var _check_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59408);
/** Body of a validation worker thread: builds its own catalog, checks files on request. */



function runWorker() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (!port)
        return;
    const init = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    if (init.debug)
        process.env.LAKEGUARD_DEBUG = '1';
    const catalog = (0,_kql_catalog_from_config_js__WEBPACK_IMPORTED_MODULE_1__/* .catalogFromConfig */ .y)(init.config);
    port.on('message', (message) => {
        (0,_check_file_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFile */ .vH)(message.item.absPath, message.item.file, catalog, init.loadOptions).then((report) => port.postMessage({ index: message.index, report }), (error) => port.postMessage({ index: message.index, error: String(error?.message ?? error) }));
    });
}


/***/ })

};
