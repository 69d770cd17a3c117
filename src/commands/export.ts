/**
 * `lakeguard export --format arm OUT_DIR [PATH...]`: the static checks, then one
 * ARM template per analytic rule that passed them. A detection with errors is
 * never exported; hunting queries are skipped with a note.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { armTemplate, notExportable } from '../export/arm-template.js';
import { ConfigError, configPathFor, loadConfig } from '../load/config.js';
import { DEFAULT_MAX_FILE_BYTES, loadDetectionFile } from '../load/load-detection.js';
import { UsageError } from '../model/errors.js';
import { MissingPathError } from '../pipeline/discover.js';
import type { Command, FlagSpec, Io } from './command.js';
import { CONFIG_FLAGS, FlagReader, PATHS } from './flags.js';

export interface ExportSettings {
  format: 'arm';
  outDir: string;
  paths: string[];
  root: string;
  configFile?: string | false;
}

const FLAGS: readonly FlagSpec[] = [
  {
    name: 'format',
    type: 'string',
    value: 'arm',
    help: 'what to write: ARM deployment templates (the action always writes arm)',
    input: false,
  },
  ...CONFIG_FLAGS,
];

/** File name of a detection's template: its file stem, made unique with the id when stems collide. */
function templateNames(files: { file: string; id: string }[]): Map<string, string> {
  const stems = new Map<string, number>();
  for (const f of files) {
    const stem = path.basename(f.file).replace(/\.ya?ml$/i, '');
    stems.set(stem, (stems.get(stem) ?? 0) + 1);
  }
  return new Map(
    files.map((f) => {
      const stem = path.basename(f.file).replace(/\.ya?ml$/i, '');
      return [f.file, (stems.get(stem) ?? 0) > 1 ? `${stem}-${f.id.toLowerCase()}.json` : `${stem}.json`];
    }),
  );
}

/** Run the export; returns the exit code (0 all exportable rules written, 1 some had errors, 2 usage). */
async function execute(settings: ExportSettings, io: Io): Promise<number> {
  const { validateDetections } = await import('../pipeline/validate.js');
  let config;
  try {
    const file = await configPathFor(settings.root, settings.configFile);
    config = await loadConfig(file, settings.root);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`lakeguard: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  let result;
  try {
    ({ result } = await validateDetections({
      paths: settings.paths.length ? settings.paths : (config.paths ?? ['detections']),
      root: settings.root,
      config,
    }));
  } catch (error) {
    if (error instanceof MissingPathError) {
      io.err(`lakeguard: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const outDir = path.resolve(settings.root, settings.outDir);
  await fs.mkdir(outDir, { recursive: true });
  const ordered = [...result.results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const names = templateNames(ordered.map((r) => ({ file: r.file, id: r.id })));
  let written = 0;
  let refused = 0;
  for (const entry of ordered) {
    const errors = entry.findings.filter((f) => f.level === 'error');
    if (errors.length > 0) {
      refused++;
      io.err(
        `✗ ${entry.file}: not exported, ${errors.length} error(s); first: ${errors[0]!.file}:${errors[0]!.line}: ${errors[0]!.message}\n`,
      );
      continue;
    }
    const { detection } = await loadDetectionFile(path.resolve(settings.root, entry.file), entry.file, {
      maxFileBytes: config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    });
    if (!detection) continue;
    const why = notExportable(detection.data);
    if (why) {
      io.out(`- ${entry.file}: skipped, ${why}\n`);
      continue;
    }
    const target = path.join(outDir, names.get(entry.file)!);
    await fs.writeFile(target, `${JSON.stringify(armTemplate(detection.data), null, 2)}\n`);
    written++;
    io.out(`✓ ${entry.file} → ${path.relative(settings.root, target).split(path.sep).join('/')}\n`);
  }
  io.out(
    `${written} template(s) written to ${path.relative(settings.root, outDir) || '.'}${refused ? `; ${refused} detection(s) with errors not exported` : ''}\n`,
  );
  return refused > 0 ? 1 : 0;
}

export const exportCommand: Command<ExportSettings> = {
  name: 'export',
  summary: 'one ARM template per analytic rule without errors',
  description:
    'Runs the static checks, then writes one ARM deployment template per analytic rule into OUT_DIR (kind Scheduled or NRT, ' +
    "with the workspace name as its one parameter). lakeguard's own keys (limits, expect, tests) are left out. A detection " +
    'with an error finding is never exported (exit 1); hunting queries are skipped with a note.',
  flags: FLAGS,
  positionals: [{ name: 'OUT_DIR', required: true, input: 'export-dir' }, PATHS],
  inAction: true,
  settings(values, positionals, surface) {
    const reader = new FlagReader(values, surface, FLAGS);
    const format = reader.string('format') ?? (surface.kind === 'action' ? 'arm' : undefined);
    if (format !== 'arm') throw new UsageError(`export needs --format arm${format ? `, not '${format}'` : ''}.`);
    const [outDir, ...paths] = positionals;
    if (!outDir) throw new UsageError('export needs an output folder: lakeguard export --format arm OUT_DIR [PATH...]');
    return { format: 'arm', outDir, paths, root: surface.root, configFile: reader.configFile() };
  },
  async run(settings, io) {
    const exitCode = await execute(settings, io);
    return {
      exitCode,
      outputs: { 'export-dir': path.resolve(settings.root, settings.outDir) },
      ...(exitCode === 1 ? { failure: 'lakeguard export: some detections have errors and were not exported.' } : {}),
    };
  },
};
