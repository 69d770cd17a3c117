export const id = 418;
export const ids = [418];
export const modules = {

/***/ 74418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   navigatorLayer: () => (/* binding */ navigatorLayer)
/* harmony export */ });
/* unused harmony exports LAYER_FORMAT_VERSION, NAVIGATOR_VERSION */
const LAYER_FORMAT_VERSION = '4.5';
/** Navigator release that reads layer format 4.5. */
const NAVIGATOR_VERSION = '4.9.1';
/** The layer for a coverage section. */
function navigatorLayer(coverage, name = 'lakeguard detection coverage') {
    const techniques = [];
    for (const t of coverage.techniques) {
        const score = t.detections.length;
        const parts = [
            score ? `${score} enabled detection(s): ${t.detections.join(', ')}` : 'no enabled detection',
            ...(t.disabled.length ? [`disabled: ${t.disabled.join(', ')}`] : []),
        ];
        const base = { techniqueID: t.id, score, comment: parts.join('; '), enabled: score > 0 };
        if (t.tactics.length === 0)
            techniques.push(base);
        else
            for (const tactic of t.tactics)
                techniques.push({ techniqueID: t.id, tactic, score, comment: base.comment, enabled: base.enabled });
    }
    const maxValue = Math.max(1, ...techniques.map((t) => t.score));
    return {
        name,
        versions: { attack: coverage.attackVersion.split('.')[0], navigator: NAVIGATOR_VERSION, layer: LAYER_FORMAT_VERSION },
        domain: 'enterprise-attack',
        description: `${coverage.enabled} enabled of ${coverage.detections} detection(s); score = enabled detections per technique.`,
        sorting: 3,
        hideDisabled: false,
        techniques,
        gradient: { colors: ['#ffffff', '#66b1ff', '#0a4f9e'], minValue: 0, maxValue },
        legendItems: [],
        showTacticRowBackground: false,
        selectTechniquesAcrossTactics: true,
        selectSubtechniquesWithParent: false,
    };
}


/***/ })

};
