/**
 * `lakeguard init [DIR] [--force] [--action REF]`: scaffold a detections
 * repository. Never overwrites a file unless --force.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { configForRepo, scanRepo } from '../init/from-repo.js';
import { DEFAULT_ACTION_REF, exists, initFiles } from '../init/init-files.js';
import { UsageError } from '../model/errors.js';
import type { Command, FlagSpec, Io } from './command.js';
import { FlagReader } from './flags.js';

export interface InitSettings {
  dir: string;
  force: boolean;
  action: string;
  /** Write only a lakeguard.yaml for this Azure-Sentinel-shaped clone. */
  fromRepo?: string;
}

const FLAGS: readonly FlagSpec[] = [
  { name: 'force', type: 'boolean', help: 'replace files that exist', input: false },
  {
    name: 'action',
    type: 'string',
    value: 'OWNER/REPO@REF',
    default: DEFAULT_ACTION_REF,
    help: 'the action reference the workflows use',
    input: false,
  },
  {
    name: 'from-repo',
    type: 'string',
    value: 'DIR',
    help: 'write only lakeguard.yaml for an Azure-Sentinel-shaped clone in DIR (CustomTables, Parsers, CustomFunctions, analytic-rule folders)',
    input: false,
  },
];

async function executeFromRepo(settings: InitSettings & { fromRepo: string }, io: Io): Promise<number> {
  const root = path.resolve(settings.fromRepo);
  if (!(await fs.stat(root).catch(() => undefined))?.isDirectory()) {
    io.err(`lakeguard: --from-repo ${settings.fromRepo}: not a folder\n`);
    return 2;
  }
  const target = path.join(root, 'lakeguard.yaml');
  const existed = await exists(target);
  if (existed && !settings.force) {
    io.err(`lakeguard: not overwriting ${path.relative(process.cwd(), target) || target} (use --force to replace it)\n`);
    return 2;
  }
  const layout = await scanRepo(root);
  await fs.writeFile(target, configForRepo(layout));
  const shown = path.relative(process.cwd(), target).split(path.sep).join('/') || 'lakeguard.yaml';
  io.out(
    [
      `${existed ? 'replaced' : 'created'} ${shown}: ${layout.tables.length} CustomTables folder(s), ${layout.parsers.length} Parsers folder(s), ` +
        `${layout.customFunctions.length} CustomFunctions folder(s), ${layout.rules.length} analytic-rule folder(s)`,
      '',
      'Next steps:',
      `  cd ${path.relative(process.cwd(), root) || '.'} && lakeguard validate   # parsers that do not bind are reported on their own files (LG2008)`,
      '',
    ].join('\n'),
  );
  return 0;
}

async function execute(settings: InitSettings, io: Io): Promise<number> {
  if (settings.fromRepo !== undefined) return executeFromRepo({ ...settings, fromRepo: settings.fromRepo }, io);
  const root = path.resolve(settings.dir);
  const files = initFiles(settings.action);
  const existing: string[] = [];
  for (const name of files.keys()) if (await exists(path.join(root, name))) existing.push(name);
  if (existing.length > 0 && !settings.force) {
    io.err(`lakeguard: not overwriting ${existing.join(', ')} (use --force to replace them)\n`);
    return 2;
  }
  for (const [name, text] of files) {
    const target = path.join(root, name);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, text);
    io.out(
      `${existing.includes(name) ? 'replaced' : 'created'} ${path.relative(process.cwd(), target).split(path.sep).join('/') || name}\n`,
    );
  }
  io.out(
    [
      '',
      'Next steps:',
      '  lakeguard test                      # static checks and the example detection\u2019s offline tests',
      '  git add . && git commit -m "lakeguard" && git push',
      `Workflows use ${settings.action}; the hunt, release and drift workflows need federated credentials and repository variables (see the README).`,
      '',
    ].join('\n'),
  );
  return 0;
}

export const initCommand: Command<InitSettings> = {
  name: 'init',
  summary: 'scaffold detections/, lakeguard.yaml and the workflows',
  description:
    'Writes an example detection with offline tests, lakeguard.yaml, schemas/detection.schema.json for editors, and the ' +
    'workflows (pull request, nightly hunt, release test → gate → deploy, nightly drift) into DIR (default the working directory). With --from-repo, writes ' +
    'only a lakeguard.yaml for an existing Azure-Sentinel-shaped repository: tables from its CustomTables folders, functions ' +
    'from its Parsers and CustomFunctions folders, paths from its analytic-rule folders.',
  flags: FLAGS,
  positionals: [{ name: 'DIR' }],
  settings(values, positionals, surface) {
    const reader = new FlagReader(values, surface, FLAGS);
    if (positionals.length > 1) throw new UsageError('init takes at most one folder.');
    const action = reader.string('action') ?? DEFAULT_ACTION_REF;
    if (!/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[\w./-]+$/.test(action))
      throw new UsageError(`--action must look like OWNER/REPO@REF, not '${action}'.`);
    const fromRepo = reader.string('from-repo');
    if (fromRepo !== undefined && positionals.length > 0) throw new UsageError('init --from-repo DIR takes no other folder.');
    return { dir: positionals[0] ?? '.', force: reader.bool('force'), action, ...(fromRepo !== undefined ? { fromRepo } : {}) };
  },
  run: async (settings, io) => ({ exitCode: await execute(settings, io) }),
};
