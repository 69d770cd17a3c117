/**
 * What the action makes of a command's outcome: the job summary, annotations and
 * step outputs, and the step's failure message.
 */
import type * as Core from '@actions/core';
import type { Command, CommandOutcome } from './command.js';
import { EXIT_FAILED } from './command.js';
import { publishVerdict } from '../github/pr-comment.js';
import { reportContext } from '../report/context.js';
import { emitAnnotations, selectAnnotations } from '../report/reporters/annotations.js';
import { REPORTERS } from '../report/reporters/index.js';

/** The settings publishing reads, when the command has them. */
interface PublishSettings {
  root?: string;
  jobSummary?: boolean;
  annotations?: boolean;
  prComment?: boolean;
  githubToken?: string;
}

/** Summary, annotations and outputs of one outcome; fails the step when the outcome failed. */
export async function publishOutcome(core: typeof Core, command: Command, settings: unknown, outcome: CommandOutcome): Promise<void> {
  const s = settings as PublishSettings;
  for (const [name, value] of Object.entries(outcome.outputs ?? {})) core.setOutput(name, value);
  if (outcome.error) {
    core.setFailed(outcome.error);
    return;
  }
  const result = outcome.result;
  if (result) {
    const env = process.env;
    const context = reportContext(
      { root: s.root ?? process.cwd() },
      {
        fileLinkBase:
          env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_SHA
            ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}`
            : undefined,
      },
    );
    if (s.annotations !== false) emitAnnotations(selectAnnotations(result, 10, context.rules), core);
    if (s.jobSummary !== false && env.GITHUB_STEP_SUMMARY)
      await core.summary.addRaw(REPORTERS.get('markdown')!(result, context), true).write();
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
  if (outcome.exitCode === 0) return;
  if (result && outcome.exitCode === EXIT_FAILED) {
    const { failed, error } = result.totals;
    core.setFailed(
      `lakeguard ${command.name}: ${failed} failed, ${error} could not be checked (fail-on: ${outcome.failOn ?? 'error'}).` +
        (outcome.failure ? ` ${outcome.failure}` : ''),
    );
  } else {
    core.setFailed(outcome.failure ?? `lakeguard ${command.name} failed (exit code ${outcome.exitCode}).`);
  }
}
