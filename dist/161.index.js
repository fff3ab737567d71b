export const id = 161;
export const ids = [161];
export const modules = {

/***/ 161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSprint: () => (/* binding */ runSprint)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/** The sprint report (issue-4 work): wired here once the sprint core and adapter land. */

async function runSprint(run) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`alignment-check: the sprint report for ${run.trigger} events is not available in this version.`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('conclusion', 'skipped');
}


/***/ })

};
