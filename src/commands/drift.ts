/** `lakeguard drift`: each property a deployed rule differs in, as an error on the line of its key in the YAML. */
import type { Command } from './command.js';
import { deploySettings, DRIFT_FLAGS, runDeployment, type DeploySettings } from './deploy.js';
import { FlagReader, PATHS } from './flags.js';

export const driftCommand: Command<DeploySettings> = {
  name: 'drift',
  summary: 'report where the Sentinel workspace differs from the repository',
  description:
    'Reads the workspace over the management API and reports, per detection, each property of its deployed rule that differs ' +
    'from the repository as an error on the line of that key, plus rules of this repository missing from the workspace and ' +
    'deployed rules of this repository with no detection. Any drift fails the run (exit 1).',
  flags: DRIFT_FLAGS,
  positionals: [PATHS],
  inAction: true,
  settings: (values, positionals, surface) => deploySettings('drift', new FlagReader(values, surface, DRIFT_FLAGS), positionals, surface),
  run: runDeployment,
};
