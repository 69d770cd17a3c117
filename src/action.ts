/**
 * The GitHub Action: the `command` input → that command's settings, read from the
 * inputs its flags declare → its run → job summary, annotations, outputs.
 * Any thrown value fails the step (not only Error instances).
 */
import * as core from '@actions/core';
import type { Command, Io, Surface } from './commands/command.js';
import { COMMANDS } from './commands/index.js';
import { valuesFromInputs } from './commands/parse.js';
import { publishOutcome } from './commands/publish.js';
import { UsageError } from './model/errors.js';

const LOG: Io = {
  out: (s) => core.info(s.trimEnd()),
  err: (s) => core.error(s.trimEnd()),
  progress: (line) => core.info(line.trimEnd()),
  notice: (line) => core.notice(line),
};

/** The command's settings from the inputs; secrets masked, each value in the debug log. */
function settingsOf(command: Command, surface: Surface): unknown {
  const { values, positionals } = valuesFromInputs(command, (name) => core.getInput(name));
  if (typeof values['github-token'] === 'string') core.setSecret(values['github-token']);
  const settings = command.settings(values, positionals, surface);
  for (const [key, value] of Object.entries(settings as object)) if (key !== 'githubToken') core.debug(`${key}: ${JSON.stringify(value)}`);
  return settings;
}

async function runInGroup(command: Command, settings: unknown) {
  core.startGroup(`lakeguard ${command.name}`);
  try {
    return await command.run(settings, LOG);
  } finally {
    core.endGroup();
  }
}

export async function runAction(): Promise<void> {
  try {
    const name = core.getInput('command').trim() || 'test';
    const command = COMMANDS.get(name);
    const usable = [...COMMANDS.values()].filter((c) => c.inAction).map((c) => c.name);
    if (!command?.inAction) throw new UsageError(`Input 'command' must be one of ${usable.join(', ')}, not '${name}'.`);
    const surface: Surface = { kind: 'action', root: process.env.GITHUB_WORKSPACE || process.cwd(), env: process.env, isTty: false };
    let settings = settingsOf(command, surface);
    let ran = command;
    let outcome = await runInGroup(command, settings);
    const fallback = COMMANDS.get('test')!;
    if (outcome.noCredentials && command.name === 'run') {
      // No credentials (e.g. a pull request from a fork): say so and do what needs none.
      core.notice(`${outcome.error} Running 'test' instead (static checks and offline tests).`);
      const changedFiles = (settings as { changedFiles?: string[] }).changedFiles;
      settings = Object.assign(settingsOf(fallback, surface) as object, changedFiles ? { changedFiles } : {});
      ran = fallback;
      outcome = await runInGroup(fallback, settings);
    }
    await publishOutcome(core, ran, settings, outcome);
  } catch (error) {
    core.setFailed(error instanceof UsageError ? error.message : `lakeguard: ${String((error as Error)?.message ?? error)}`);
  }
}
