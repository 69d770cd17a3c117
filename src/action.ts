/**
 * The GitHub Action: inputs → run() → job summary, annotations, outputs.
 * Any thrown value fails the step (not only Error instances).
 */
import * as core from '@actions/core';
import path from 'node:path';
import { EXIT_FAILED, reportContext, run } from './main.js';
import { InputError, readInputs } from './inputs.js';
import { emitAnnotations, selectAnnotations } from './report/reporters/annotations.js';
import { REPORTERS } from './report/reporters/index.js';

export async function runAction(): Promise<void> {
  try {
    const settings = readInputs();
    core.startGroup(`lakeguard ${settings.command}`);
    const outcome = await run(settings);
    core.endGroup();
    if (outcome.error || !outcome.result) {
      core.setFailed(outcome.error ?? 'lakeguard did not produce a result.');
      return;
    }
    const result = outcome.result;
    const context = reportContext(settings, {
      fileLinkBase:
        process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY && process.env.GITHUB_SHA
          ? `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}/blob/${process.env.GITHUB_SHA}`
          : undefined,
    });
    core.info(REPORTERS.get('console')!(result, context));
    if (settings.annotations) emitAnnotations(selectAnnotations(result, 10, context.rules), core);
    if (settings.jobSummary && process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(REPORTERS.get('markdown')!(result, context), true).write();
    }
    core.setOutput('passed', result.totals.passed);
    core.setOutput('failed', result.totals.failed);
    core.setOutput('errors', result.totals.error);
    core.setOutput('findings', result.totals.findings.error + result.totals.findings.warning + result.totals.findings.note);
    core.setOutput('hits', result.results.filter((r) => r.live?.fired).length);
    if (settings.sarifFile) core.setOutput('sarif-file', path.resolve(settings.root, settings.sarifFile));
    if (settings.jsonFile) core.setOutput('report-file', path.resolve(settings.root, settings.jsonFile));
    if (outcome.exitCode === EXIT_FAILED) {
      const { failed, error } = result.totals;
      core.setFailed(`lakeguard ${settings.command}: ${failed} failed, ${error} could not be checked (fail-on: ${outcome.failOn}).`);
    }
  } catch (error) {
    core.setFailed(error instanceof InputError ? error.message : `lakeguard: ${String((error as Error)?.message ?? error)}`);
  }
}
