/**
 * `lakeguard init [DIR] [--force] [--action REF]`: scaffold a detections
 * repository — an example detection with tests, lakeguard.yaml, the detection
 * schema for editors, and the three workflows. Never overwrites a file unless
 * --force.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import detectionSchema from '../../schemas/detection.schema.json' with { type: 'json' };
import { INIT_FILES } from './templates.js';

/** The action reference the workflows use unless --action says otherwise. */
export const DEFAULT_ACTION_REF = 'OWNER/lakeguard@v0';

export interface InitSettings {
  dir: string;
  force: boolean;
  action: string;
}

type Io = { out: (s: string) => void; err: (s: string) => void };

/** Every file init writes, by path relative to the target folder. */
export function initFiles(action: string, id: string = randomUUID()): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, text] of Object.entries(INIT_FILES)) files.set(name, text.replaceAll('{{ACTION}}', action).replaceAll('{{ID}}', id));
  files.set('schemas/detection.schema.json', `${JSON.stringify(detectionSchema, null, 2)}\n`);
  return files;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

export async function initCommand(settings: InitSettings, io: Io): Promise<number> {
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
      `Workflows use ${settings.action}; the hunt and release workflows need a federated credential (see the README).`,
      '',
    ].join('\n'),
  );
  return 0;
}
