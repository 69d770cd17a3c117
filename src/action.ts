/**
 * The GitHub Action: inputs → run() → job summary, annotations, outputs.
 * Any thrown value fails the step (not only Error instances).
 */
import * as core from '@actions/core';
import path from 'node:path';
import { EXIT_FAILED, reportContext, run } from './main.js';
import { exportCommand } from './export/export-command.js';
import { changedFilesOfPullRequest } from './github/changed-files.js';
import { InputError, readInputs, type ActionSettings } from './inputs.js';
import type { LakeguardSettings } from './settings.js';
import { emitAnnotations, selectAnnotations } from './report/reporters/annotations.js';
import { REPORTERS } from './report/reporters/index.js';

/** On pull requests, check only the detections the pull request touches (unless turned off). */
async function applyChangedOnly(settings: ActionSettings & LakeguardSettings): Promise<void> {
  const event = process.env.GITHUB_EVENT_NAME ?? '';
  const onPullRequest = /^pull_request(_target)?$/.test(event);
  if (settings.changedOnly === 'false' || (settings.changedOnly === 'auto' && !onPullRequest)) return;
  const changed = await changedFilesOfPullRequest(settings.root, settings.githubToken);
  if (changed.files) {
    settings.changedFiles = changed.files;
    core.info(
      `Checking detections this pull request changes (${changed.files.length} changed file(s), from ${changed.source === 'api' ? 'the GitHub API' : 'git'}).`,
    );
  } else {
    core.notice(`Checking every detection: ${changed.reason}.`);
  }
}

export async function runAction(): Promise<void> {
  try {
    const inputs = readInputs();
    if (inputs.command === 'export') {
      const code = await exportCommand(
        { format: 'arm', outDir: inputs.exportDir!, paths: inputs.paths, root: inputs.root, configFile: inputs.configFile },
        { out: (s) => core.info(s.trimEnd()), err: (s) => core.error(s.trimEnd()) },
      );
      core.setOutput('export-dir', path.resolve(inputs.root, inputs.exportDir!));
      if (code !== 0) core.setFailed('lakeguard export: some detections have errors and were not exported.');
      return;
    }
    const settings = { ...inputs, command: inputs.command };
    await applyChangedOnly(settings);
    if (settings.command === 'run') settings.onProgress = (line) => core.info(line);
    core.startGroup(`lakeguard ${settings.command}`);
    let outcome = await run(settings);
    core.endGroup();
    if (outcome.noCredentials && settings.command === 'run') {
      // No credentials (e.g. a pull request from a fork): say so and do what needs none.
      core.notice(`${outcome.error} Running 'test' instead (static checks and offline tests).`);
      settings.command = 'test';
      core.startGroup('lakeguard test');
      outcome = await run(settings);
      core.endGroup();
    }
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
