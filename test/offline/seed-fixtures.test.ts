import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');

describe('seed detection fixtures', () => {
  it('are exactly what scripts/generate-fixtures.mjs produces', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-fixtures.mjs'), '--check'], { encoding: 'utf8' });
    expect(out.trim()).toBe('fixtures are current');
  });
});
