/**
 * What `lakeguard init` writes: an example detection with tests, lakeguard.yaml,
 * the detection schema for editors, and the four workflows.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import detectionSchema from '../../schemas/detection.schema.json' with { type: 'json' };
import { INIT_FILES } from './templates.js';

/** The action reference the workflows use unless --action says otherwise. */
export const DEFAULT_ACTION_REF = 'OWNER/lakeguard@v0';

/** Every file init writes, by path relative to the target folder. */
export function initFiles(action: string, id: string = randomUUID()): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, text] of Object.entries(INIT_FILES)) files.set(name, text.replaceAll('{{ACTION}}', action).replaceAll('{{ID}}', id));
  files.set('schemas/detection.schema.json', `${JSON.stringify(detectionSchema, null, 2)}\n`);
  return files;
}

/** True when something (even a broken link) is at `file`. */
export async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
