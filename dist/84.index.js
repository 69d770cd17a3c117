export const id = 84;
export const ids = [84];
export const modules = {

/***/ 72084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ../../main/node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(84559);
// EXTERNAL MODULE: ./src/commands/index.ts + 20 modules
var commands = __webpack_require__(91661);
// EXTERNAL MODULE: ./src/commands/parse.ts
var parse = __webpack_require__(71360);
// EXTERNAL MODULE: ./src/commands/command.ts
var commands_command = __webpack_require__(60622);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(83912);
// EXTERNAL MODULE: ./src/report/reporters/markdown.ts + 1 modules
var markdown = __webpack_require__(59101);
;// CONCATENATED MODULE: ./src/report/verdict.ts

/** The hidden HTML marker the comment is found by. */
const VERDICT_MARKER = '<!-- lakeguard:verdict -->';
/** GitHub refuses comments above 65,536 characters; stay well below. */
const MAX_VERDICT_CHARS = 60_000;
const MAX_FAILED_TESTS = 50;
function headline(result) {
    const t = result.totals;
    const n = result.results.length;
    const what = `lakeguard ${result.command}`;
    if (n === 0)
        return `### ⚠️ ${what}: no detections found`;
    if (t.failed + t.error > 0) {
        return `### ❌ ${what}: ${(0,markdown/* problemParts */.Q)(t).join(', ')} of ${(0,markdown/* plural */.LS)(n, 'detection')}`;
    }
    return `### ✅ ${what}: ${(0,markdown/* plural */.LS)(n, 'detection')} passed`;
}
function findingsLine(result) {
    const f = result.totals.findings;
    const total = f.error + f.warning + f.note;
    if (total === 0)
        return '**Findings:** none.';
    return `**Findings:** ${total} — 🔴 ${(0,markdown/* plural */.LS)(f.error, 'error')}, 🟡 ${(0,markdown/* plural */.LS)(f.warning, 'warning')}, 🔵 ${(0,markdown/* plural */.LS)(f.note, 'note')}.`;
}
function failedTests(result) {
    const failed = result.results.flatMap((r) => r.tests.filter((t) => t.status !== 'passed').map((t) => ({ r, t })));
    if (failed.length === 0)
        return [];
    const lines = [`#### Failed tests (${failed.length})`, ''];
    for (const { r, t } of failed.slice(0, MAX_FAILED_TESTS)) {
        const why = t.message ? `: ${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* clip */.$Q)(t.message.split('\n')[0], 300))}` : '';
        lines.push(`- ${t.status === 'error' ? '💥' : '❌'} \`${(0,markdown/* escapeMarkdown */.FV)(r.file).replace(/`/g, '')}:${t.line ?? 1}\` **${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* clip */.$Q)(t.name, 200))}**${why}`);
    }
    if (failed.length > MAX_FAILED_TESTS)
        lines.push(`- … and ${failed.length - MAX_FAILED_TESTS} more (see the job summary)`);
    return lines;
}
function alertVolume(result) {
    const backtested = result.results.filter((r) => Boolean(r.backtest));
    if (backtested.length === 0)
        return [];
    const changed = backtested.filter((r) => r.backtest.before);
    const shown = changed.length > 0 ? changed : backtested;
    const ref = changed[0]?.backtest.before?.ref;
    const lines = [
        changed.length > 0
            ? `#### Alert volume of the changed detections (backtest, alerts/day before → after, against \`${(0,markdown/* escapeMarkdown */.FV)(ref ?? '').replace(/`/g, '')}\`)`
            : '#### Alert volume (backtest, estimated alerts/day)',
        '',
        '| Detection | Alerts/day | Min–max/day | Evaluations |',
        '|---|---:|---:|---:|',
    ];
    for (const r of shown) {
        const b = r.backtest;
        const runs = b.sampled < b.evaluations ? `${b.sampled} of ${b.evaluations} (sampled)` : `${b.evaluations}`;
        lines.push(`| ${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* clip */.$Q)(r.name || r.file, 200))} | ${(0,markdown/* alertChange */.Lz)(b.alertsPerDay, b.before?.alertsPerDay)} | ${b.min}–${b.max} | ${runs} |`);
    }
    return lines;
}
/** The comment's Markdown, marker first, at most {@link MAX_VERDICT_CHARS} characters. */
function verdictMarkdown(result, context) {
    const footer = [
        `lakeguard ${context.toolVersion}`,
        ...(context.commit ? [`commit ${context.commit.slice(0, 12)}`] : []),
        ...(context.workflowRunUrl ? [`[workflow run](${context.workflowRunUrl})`] : []),
        'this comment is updated on each push',
    ].join(' · ');
    const sections = [[VERDICT_MARKER, headline(result), '', findingsLine(result)], failedTests(result), alertVolume(result)]
        .filter((s) => s.length > 0)
        .map((s) => s.join('\n'));
    const tail = `\n\n<sub>${footer}</sub>\n`;
    let body = sections.join('\n\n');
    if (body.length + tail.length > MAX_VERDICT_CHARS)
        body = `${body.slice(0, MAX_VERDICT_CHARS - tail.length - 60)}\n\n> Truncated: see the job summary.`;
    return body + tail;
}

// EXTERNAL MODULE: ./src/github/changed-files.ts
var changed_files = __webpack_require__(46040);
;// CONCATENATED MODULE: ./src/github/pr-comment.ts



/** Create or update the comment holding `marker` on issue/pull request `pr`. */
async function upsertComment(pr, body, token, apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com', marker = VERDICT_MARKER) {
    // The base URL is passed explicitly: @actions/github reads GITHUB_API_URL only once, when it loads.
    // Loaded on demand: octokit is large, and only pull-request runs need it.
    const github = await __webpack_require__.e(/* import() */ 587).then(__webpack_require__.bind(__webpack_require__, 38587));
    const octokit = github.getOctokit(token, { baseUrl: apiUrl });
    const where = { owner: pr.owner, repo: pr.repo };
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: pr.number, per_page: 100 });
        const mine = comments.find((c) => typeof c.body === 'string' && c.body.includes(marker));
        if (mine) {
            const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: mine.id, body });
            return { kind: 'updated', id: data.id, url: data.html_url };
        }
        const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: pr.number, body });
        return { kind: 'created', id: data.id, url: data.html_url };
    }
    catch (error) {
        const status = error.status;
        // 403: the token may not write (a fork's read-only token, no pull-requests: write); 404: it may not even see the pull request.
        if (status === 403 || status === 404)
            return { kind: 'forbidden', status, message: String(error.message ?? '').split('\n')[0] ?? '' };
        throw error;
    }
}
/**
 * The verdict step of the action: on a pull request, keep the one verdict comment
 * current. Never fails the step: a comment that cannot be written is a notice or
 * a warning, and the job summary still carries the whole report.
 */
async function publishVerdict(result, token, log, env = process.env) {
    const pr = await (0,changed_files/* pullRequestOf */._n)(env);
    if (!pr) {
        const reason = 'this run is not for a pull request';
        log.info(`pr-comment: skipped, ${reason}.`);
        return { kind: 'skipped', reason };
    }
    const summaryOnly = 'the verdict is in the job summary only';
    if (pr.headRepo && pr.baseRepo && pr.headRepo.toLowerCase() !== pr.baseRepo.toLowerCase()) {
        const reason = `pull request #${pr.number} comes from the fork ${pr.headRepo}, whose token may not comment on ${pr.baseRepo}`;
        log.notice(`pr-comment: ${reason}; ${summaryOnly}.`);
        return { kind: 'skipped', reason };
    }
    if (!token) {
        const reason = 'no github-token to write with';
        log.notice(`pr-comment: ${reason}; ${summaryOnly}.`);
        return { kind: 'skipped', reason };
    }
    const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    const body = verdictMarkdown(result, { commit: pr.headSha ?? env.GITHUB_SHA, workflowRunUrl: runUrl, toolVersion: version/* TOOL_VERSION */.w });
    let outcome;
    try {
        outcome = await upsertComment(pr, body, token, env.GITHUB_API_URL || 'https://api.github.com');
    }
    catch (error) {
        const status = error.status;
        log.warning(`pr-comment: the verdict comment could not be written${typeof status === 'number' ? ` (HTTP ${status})` : ''}: ${String(error?.message ?? error).split('\n')[0]}; ${summaryOnly}.`);
        return { kind: 'skipped', reason: 'the GitHub API failed' };
    }
    if (outcome.kind === 'forbidden') {
        log.notice(`pr-comment: the token may not comment on pull request #${pr.number} (HTTP ${outcome.status}; the workflow needs permissions: pull-requests: write, and pull requests from forks get a read-only token); ${summaryOnly}.`);
    }
    else {
        log.info(`pr-comment: verdict comment ${outcome.kind}${outcome.url ? ` (${outcome.url})` : ''}.`);
    }
    return outcome;
}

// EXTERNAL MODULE: ./src/report/context.ts
var report_context = __webpack_require__(39148);
// EXTERNAL MODULE: ./src/model/result.ts
var model_result = __webpack_require__(72473);
// EXTERNAL MODULE: ./src/offline/test-rules.ts
var test_rules = __webpack_require__(93512);
;// CONCATENATED MODULE: ./src/report/reporters/annotations.ts


/** How many annotations of each level GitHub shows per step. */
const GITHUB_ANNOTATIONS_PER_LEVEL = 10;
function isPositive(n) {
    return typeof n === 'number' && Number.isInteger(n) && n >= 1;
}
function candidatesOf(r) {
    const failing = r.status === 'failed' || r.status === 'error';
    const list = r.findings.map((f) => ({ ...f, failing }));
    for (const t of r.tests) {
        if (t.status === 'passed')
            continue;
        const what = t.status === 'failed' ? `Offline test '${t.name}' failed` : `Offline test '${t.name}' could not run`;
        list.push({
            ruleId: t.status === 'failed' ? test_rules/* TEST_FAILED_RULE_ID */.ME : test_rules/* TEST_ERROR_RULE_ID */.fX,
            level: 'error',
            message: t.message ? `${what}: ${t.message}` : `${what}.`,
            file: t.location?.file ?? r.file,
            line: t.location?.line ?? t.line ?? 1,
            column: t.location?.column ?? 1,
            failing,
        });
    }
    return list;
}
/**
 * Pick up to `perLevel` annotations per level: errors, then warnings, then notes;
 * within a level, findings in failed (or unevaluable) detections first, then file
 * and line order. Failed and errored offline tests are error annotations (rules
 * LG9001/LG9002) at the test's line. `rules` supplies titles; default: only the
 * offline-test rules are known, other titles are just the rule id.
 */
function selectAnnotations(result, perLevel = GITHUB_ANNOTATIONS_PER_LEVEL, rules) {
    const candidates = result.results.flatMap(candidatesOf);
    candidates.sort((a, b) => model_result/* LEVEL_RANK */.YT[a.level] - model_result/* LEVEL_RANK */.YT[b.level] || Number(b.failing) - Number(a.failing) || (0,model_result/* compareFindings */.Eg)(a, b));
    const taken = { error: 0, warning: 0, note: 0 };
    const omitted = { error: 0, warning: 0, note: 0 };
    const annotations = [];
    for (const c of candidates) {
        if (taken[c.level] >= perLevel) {
            omitted[c.level]++;
            continue;
        }
        taken[c.level]++;
        const meta = rules?.get(c.ruleId) ?? test_rules/* TEST_RULES */.b7.get(c.ruleId);
        const startLine = isPositive(c.line) ? c.line : 1;
        const annotation = {
            level: c.level,
            message: c.message,
            title: meta ? `${c.ruleId}: ${meta.title}` : c.ruleId,
            file: c.file,
            startLine,
            startColumn: isPositive(c.line) && isPositive(c.column) ? c.column : 1,
        };
        if (isPositive(c.line) && isPositive(c.endLine) && c.endLine >= startLine)
            annotation.endLine = c.endLine;
        if (isPositive(c.line) && isPositive(c.endColumn))
            annotation.endColumn = c.endColumn;
        annotations.push(annotation);
    }
    return { annotations, omitted };
}
const LEVEL_WORD = {
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    note: ['note', 'notes'],
};
/** The line that tells how many annotations of a level were left out. */
function omittedMessage(level, count) {
    return `${count} more ${LEVEL_WORD[level][count === 1 ? 0 : 1]} not shown as annotations; see the job summary or SARIF.`;
}
/** Annotation properties for GitHub: columns only for single-line spans (GitHub ignores them otherwise); GitHub's end column is inclusive. */
function propertiesOf(a) {
    const properties = { title: a.title, file: a.file, startLine: a.startLine };
    if (a.endLine !== undefined && a.endLine > a.startLine) {
        properties.endLine = a.endLine;
        return properties;
    }
    properties.endLine = a.startLine;
    properties.startColumn = a.startColumn;
    if (a.endColumn !== undefined)
        properties.endColumn = Math.max(a.startColumn, a.endColumn - 1);
    return properties;
}
/**
 * Emit the selected annotations, then one line per level with omitted > 0 saying
 * how many more there are. That line is a notice while the step's notice quota
 * has room (so it shows next to the annotations), otherwise an info log line.
 */
function emitAnnotations(selection, core) {
    let notices = 0;
    for (const a of selection.annotations) {
        const properties = propertiesOf(a);
        if (a.level === 'error')
            core.error(a.message, properties);
        else if (a.level === 'warning')
            core.warning(a.message, properties);
        else {
            core.notice(a.message, properties);
            notices++;
        }
    }
    for (const level of ['error', 'warning', 'note']) {
        const count = selection.omitted[level];
        if (count <= 0)
            continue;
        const message = omittedMessage(level, count);
        if (notices < GITHUB_ANNOTATIONS_PER_LEVEL) {
            core.notice(message);
            notices++;
        }
        else {
            core.info(message);
        }
    }
}

// EXTERNAL MODULE: ./src/report/reporters/index.ts + 3 modules
var reporters = __webpack_require__(19952);
;// CONCATENATED MODULE: ./src/commands/publish.ts





/** Summary, annotations and outputs of one outcome; fails the step when the outcome failed. */
async function publishOutcome(core, command, settings, outcome) {
    const s = settings;
    for (const [name, value] of Object.entries(outcome.outputs ?? {}))
        core.setOutput(name, value);
    if (outcome.error) {
        core.setFailed(outcome.error);
        return;
    }
    const result = outcome.result;
    if (result) {
        const env = process.env;
        const context = (0,report_context/* reportContext */.gW)({ root: s.root ?? process.cwd() }, {
            fileLinkBase: env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_SHA
                ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}`
                : undefined,
        });
        if (s.annotations !== false)
            emitAnnotations(selectAnnotations(result, 10, context.rules), core);
        if (s.jobSummary !== false && env.GITHUB_STEP_SUMMARY)
            await core.summary.addRaw(reporters/* REPORTERS */.P.get('markdown')(result, context), true).write();
        if (s.prComment)
            await publishVerdict(result, s.githubToken, {
                info: (line) => core.info(line),
                notice: (line) => core.notice(line),
                warning: (line) => core.warning(line),
            });
        core.setOutput('passed', result.totals.passed);
        core.setOutput('failed', result.totals.failed);
        core.setOutput('errors', result.totals.error);
        core.setOutput('findings', result.totals.findings.error + result.totals.findings.warning + result.totals.findings.note);
        core.setOutput('hits', result.results.filter((r) => r.live?.fired).length);
    }
    if (outcome.exitCode === 0)
        return;
    if (result && outcome.exitCode === commands_command/* EXIT_FAILED */.hj) {
        const { failed, error } = result.totals;
        core.setFailed(`lakeguard ${command.name}: ${failed} failed, ${error} could not be checked (fail-on: ${outcome.failOn ?? 'error'}).` +
            (outcome.failure ? ` ${outcome.failure}` : ''));
    }
    else {
        core.setFailed(outcome.failure ?? `lakeguard ${command.name} failed (exit code ${outcome.exitCode}).`);
    }
}

// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(93107);
;// CONCATENATED MODULE: ./src/action.ts
/**
 * The GitHub Action: the `command` input → that command's settings, read from the
 * inputs its flags declare → its run → job summary, annotations, outputs.
 * Any thrown value fails the step (not only Error instances).
 */





const LOG = {
    out: (s) => core.info(s.trimEnd()),
    err: (s) => core.error(s.trimEnd()),
    progress: (line) => core.info(line.trimEnd()),
    notice: (line) => core.notice(line),
};
/** The command's settings from the inputs; secrets masked, each value in the debug log. */
function settingsOf(command, surface) {
    const { values, positionals } = (0,parse/* valuesFromInputs */.kA)(command, (name) => core.getInput(name));
    if (typeof values['github-token'] === 'string')
        core.setSecret(values['github-token']);
    const settings = command.settings(values, positionals, surface);
    for (const [key, value] of Object.entries(settings))
        if (key !== 'githubToken')
            core.debug(`${key}: ${JSON.stringify(value)}`);
    return settings;
}
async function runInGroup(command, settings) {
    core.startGroup(`lakeguard ${command.name}`);
    try {
        return await command.run(settings, LOG);
    }
    finally {
        core.endGroup();
    }
}
async function runAction() {
    try {
        const name = core.getInput('command').trim() || 'test';
        const command = commands/* COMMANDS */.L.get(name);
        const usable = [...commands/* COMMANDS */.L.values()].filter((c) => c.inAction).map((c) => c.name);
        if (!command?.inAction)
            throw new errors/* UsageError */.e(`Input 'command' must be one of ${usable.join(', ')}, not '${name}'.`);
        const surface = { kind: 'action', root: process.env.GITHUB_WORKSPACE || process.cwd(), env: process.env, isTty: false };
        let settings = settingsOf(command, surface);
        let ran = command;
        let outcome = await runInGroup(command, settings);
        const fallback = commands/* COMMANDS */.L.get('test');
        if (outcome.noCredentials && command.name === 'run') {
            // No credentials (e.g. a pull request from a fork): say so and do what needs none.
            core.notice(`${outcome.error} Running 'test' instead (static checks and offline tests).`);
            const changedFiles = settings.changedFiles;
            settings = Object.assign(settingsOf(fallback, surface), changedFiles ? { changedFiles } : {});
            ran = fallback;
            outcome = await runInGroup(fallback, settings);
        }
        await publishOutcome(core, ran, settings, outcome);
    }
    catch (error) {
        core.setFailed(error instanceof errors/* UsageError */.e ? error.message : `lakeguard: ${String(error?.message ?? error)}`);
    }
}


/***/ })

};
