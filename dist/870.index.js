export const id = 870;
export const ids = [870];
export const modules = {

/***/ 6161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ propertyName),
/* harmony export */   bU: () => (/* binding */ diffProperties),
/* harmony export */   wm: () => (/* binding */ shortValue)
/* harmony export */ });
/* harmony import */ var _util_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68021);
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19303);
/**
 * Semantic comparison of a wanted alert rule with a deployed one: ISO 8601
 * durations compare as durations (`PT60M` is `PT1H`), tactics, techniques and
 * grouping entity lists as sets, an absent value equals its default (false, '',
 * [], {}), and properties the service adds (lastModifiedUtc, …) are ignored. So a
 * rule read back unchanged compares equal and a rerun makes no write.
 */


/** Lists compared as sets (order and case of ids do not matter). */
const SET_KEYS = new Set(['tactics', 'techniques', 'subTechniques', 'groupByEntities', 'groupByAlertDetails', 'groupByCustomDetails']);
const ISO_DURATION = /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/i;
function isDefault(value) {
    if (value === undefined || value === null || value === false || value === '')
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value))
        return Object.values(value).every(isDefault);
    return false;
}
function sameScalar(a, b) {
    if (a === b)
        return true;
    if (typeof a === 'string' && typeof b === 'string' && ISO_DURATION.test(a) && ISO_DURATION.test(b)) {
        const x = (0,_util_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(a);
        const y = (0,_util_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(b);
        return x !== undefined && x === y;
    }
    return false;
}
function setOf(list) {
    return new Set(list.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : JSON.stringify(v))));
}
/** Every property of `wanted` that the deployed `properties` do not match. */
function diffProperties(wanted, deployed) {
    const changes = [];
    walk(wanted, deployed, [], changes);
    return changes;
}
function walk(wanted, deployed, path, changes) {
    if (deployed === undefined || deployed === null) {
        if (!isDefault(wanted))
            changes.push({ path, wanted, deployed });
        return;
    }
    if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(wanted)) {
        if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(deployed)) {
            changes.push({ path, wanted, deployed });
            return;
        }
        for (const [key, value] of Object.entries(wanted))
            walk(value, deployed[key], [...path, key], changes);
        return;
    }
    if (Array.isArray(wanted)) {
        if (!Array.isArray(deployed)) {
            if (!(wanted.length === 0 && isDefault(deployed)))
                changes.push({ path, wanted, deployed });
            return;
        }
        const key = path[path.length - 1];
        if (typeof key === 'string' && SET_KEYS.has(key)) {
            const a = setOf(wanted);
            const b = setOf(deployed);
            if (a.size !== b.size || [...a].some((x) => !b.has(x)))
                changes.push({ path, wanted, deployed });
            return;
        }
        if (wanted.length !== deployed.length) {
            changes.push({ path, wanted, deployed });
            return;
        }
        const before = changes.length;
        const inner = [];
        wanted.forEach((w, i) => walk(w, deployed[i], [...path, i], inner));
        if (inner.length > 0)
            changes.splice(before, 0, { path, wanted, deployed });
        return;
    }
    if (wanted === undefined)
        return;
    if (wanted === false && deployed === false)
        return;
    if (!sameScalar(wanted, deployed)) {
        if (isDefault(wanted) && isDefault(deployed))
            return;
        changes.push({ path, wanted, deployed });
    }
}
/** `queryFrequency`, `incidentConfiguration.createIncident`, `entityMappings`. */
function propertyName(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
/** A value shortened for one line of a plan or a finding. */
function shortValue(value, max = 80) {
    const text = value === undefined ? '(absent)' : typeof value === 'string' ? JSON.stringify(value.replace(/\s+/g, ' ')) : JSON.stringify(value);
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


/***/ }),

/***/ 86870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deploymentSection: () => (/* binding */ deploymentSection),
/* harmony export */   driftFindings: () => (/* binding */ driftFindings),
/* harmony export */   failureFinding: () => (/* binding */ failureFinding),
/* harmony export */   planCounts: () => (/* binding */ planCounts),
/* harmony export */   planMarkdown: () => (/* binding */ planMarkdown),
/* harmony export */   planText: () => (/* binding */ planText),
/* harmony export */   yamlPathOf: () => (/* binding */ yamlPathOf)
/* harmony export */ });
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6161);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33821);


const SIGN = { create: '+', update: '~', unchanged: '=', delete: '-' };
/** The detection's YAML key behind an alert-rule property path. */
function yamlPathOf(path, data) {
    const [head, ...rest] = path;
    switch (head) {
        case 'displayName':
            return ['name'];
        case 'alertRuleTemplateName':
            return ['id'];
        case 'templateVersion':
            return ['version'];
        case 'techniques':
        case 'subTechniques':
            return [data.subTechniques !== undefined && data.relevantTechniques === undefined ? 'subTechniques' : 'relevantTechniques'];
        default:
            return [head, ...rest];
    }
}
/** Where a finding about `path` goes: the key's line, else the nearest existing key, else the id. */
function at(detection, path) {
    const doc = detection.source;
    if (doc.node([path[0]]) === undefined)
        return doc.locate(['id'], 'key');
    return doc.locate(path, 'key');
}
function finding(ruleId, detection, path, message) {
    const span = at(detection, path);
    return { ruleId, level: 'error', message, file: detection.file, ...span };
}
/** Drift findings of one detection's plan item (update = drift, create = missing). */
function driftFindings(item, workspace) {
    const detection = item.detection;
    if (!detection)
        return [];
    if (item.action === 'create')
        return [finding(_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .MISSING_RULE */ .mj, detection, ['id'], `The rule is not deployed in workspace ${workspace} (run lakeguard deploy).`)];
    if (item.action !== 'update')
        return [];
    return item.changes.map((change) => finding(_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .DRIFT_RULE */ .Dm, detection, yamlPathOf(change.path, detection.data), `Drift: ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .propertyName */ .Bz)(change.path)} is ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .shortValue */ .wm)(change.deployed)} in workspace ${workspace}, the repository says ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .shortValue */ .wm)(change.wanted)}.`));
}
/** The finding of a detection whose deployment failed: the service's message at the `query:` line. */
function failureFinding(outcome) {
    const detection = outcome.item.detection;
    if (!outcome.error || !detection)
        return undefined;
    return finding(_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .DEPLOY_FAILED_RULE */ .f7, detection, ['query'], `Not deployed: ${outcome.error.message}`);
}
function changeLines(changes) {
    return changes.map((c) => `      ~ ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .propertyName */ .Bz)(c.path)}: ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .shortValue */ .wm)(c.deployed, 60)} → ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .shortValue */ .wm)(c.wanted, 60)}`);
}
/** Counts of the plan as `N to create, …`. */
function planCounts(plan, prune) {
    const counts = { create: 0, update: 0, unchanged: 0, delete: prune ? plan.orphans.length : 0 };
    for (const item of plan.items)
        counts[item.action]++;
    return counts;
}
/** `terraform plan`-like text. */
function planText(plan, prune) {
    const lines = [];
    for (const item of plan.items) {
        const label = item.detection ? `${item.ruleId} (${item.detection.file})` : item.ruleId;
        lines.push(`  ${SIGN[item.action]} ${item.action.padEnd(9)} ${label}${item.action === 'unchanged' && item.metadataStale ? ' [metadata]' : ''}`);
        lines.push(...changeLines(item.changes));
    }
    for (const item of plan.orphans)
        lines.push(prune ? `  - delete    ${item.ruleId} (detection gone)` : `  ! orphan    ${item.ruleId} (detection gone; --prune deletes it)`);
    const c = planCounts(plan, prune);
    lines.push(`Plan: ${c.create} to create, ${c.update} to update, ${c.delete} to delete, ${c.unchanged} unchanged.`);
    return `${lines.join('\n')}\n`;
}
/** The plan as a Markdown table for the job summary. */
function planMarkdown(plan, prune, title) {
    const esc = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const rows = [
        ...plan.items.map((i) => `| ${i.action} | ${esc(i.detection?.file ?? '')} | \`${i.ruleId}\` | ${esc(i.changes.map((c) => (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .propertyName */ .Bz)(c.path)).join(', '))} |`),
        ...plan.orphans.map((i) => `| ${prune ? 'delete' : 'orphan'} | | \`${i.ruleId}\` | detection gone |`),
    ];
    const c = planCounts(plan, prune);
    return [
        `## ${title}`,
        '',
        `${c.create} to create, ${c.update} to update, ${c.delete} to delete, ${c.unchanged} unchanged.`,
        '',
        '| Action | File | Rule | Changed properties |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}
/** The plan (and, after a deploy, each write's outcome) as the JSON report's `deployment` section. */
function deploymentSection(plan, options) {
    const outcomeOf = new Map((options.outcomes ?? []).map((o) => [o.item, o]));
    const entry = (item, action) => {
        const outcome = outcomeOf.get(item);
        return {
            ruleId: item.ruleId,
            ...(item.detection ? { file: item.detection.file } : {}),
            action,
            changes: item.changes.map((c) => ({ property: (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .propertyName */ .Bz)(c.path), repository: c.wanted, deployed: c.deployed })),
            ...(outcome ? { outcome: outcome.error ? 'failed' : 'ok' } : {}),
            ...(outcome?.error ? { error: outcome.error.message } : {}),
            ...(outcome?.replanned ? { replanned: true } : {}),
        };
    };
    return {
        mode: options.mode,
        workspace: options.workspace,
        repository: options.repository,
        items: [
            ...plan.items.map((i) => entry(i, i.action)),
            ...plan.orphans.map((i) => entry(i, options.prune && options.mode !== 'drift' ? 'delete' : 'orphan')),
        ],
        writes: options.writes,
    };
}


/***/ })

};
