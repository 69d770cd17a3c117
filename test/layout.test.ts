/**
 * The layout stays true: a stage imports only stages below it in the flow
 * (load → kql → checks / engine → offline / lake → pipeline → report → github →
 * commands → entry points), and no import circle spans more than one file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../src');

/** Rank of each top-level folder (or entry file) of src/: imports may only go to an equal or lower rank. */
const RANKS: Record<string, number> = {
  model: 0,
  util: 0,
  data: 0,
  'version.ts': 0,
  load: 1,
  kql: 2,
  checks: 3,
  engine: 3,
  export: 3,
  init: 3,
  offline: 4,
  lake: 4,
  pipeline: 5,
  deploy: 5,
  backtest: 5,
  coverage: 5,
  report: 6,
  github: 7,
  commands: 8,
  'cli.ts': 9,
  'action.ts': 9,
  'index.ts': 9,
  'bundle.ts': 9,
};
/** Stages of the same rank that must not import each other (siblings, not layers). */
const SIBLINGS_APART: [string, string][] = [
  ['checks', 'engine'],
  ['offline', 'lake'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Relative imports of a file (static, `export … from`, and dynamic `import('…')`), resolved to .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = new Set<string>();
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g)) specs.add(m[1]!);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/g)) specs.add(m[1]!);
  for (const m of text.matchAll(/import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)) specs.add(m[1]!);
  return [...specs].map((spec) => path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
}

function stageOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0]!;
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => t.endsWith('.ts') && !t.endsWith('.json'))]));

describe('layout', () => {
  it('every top-level folder of src/ has a rank', () => {
    const unranked = [...new Set(files.map(stageOf))].filter((s) => !(s in RANKS));
    expect(unranked).toEqual([]);
  });

  it('no stage imports a stage above it, a command or an entry point', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      const from = stageOf(file);
      for (const target of targets) {
        const to = stageOf(target);
        const apart = SIBLINGS_APART.some(([a, b]) => (a === from && b === to) || (a === to && b === from));
        if ((RANKS[to] ?? 99) > (RANKS[from] ?? -1) || apart) {
          upward.push(`${path.relative(SRC, file)} → ${path.relative(SRC, target)}`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  it('no import circle spans more than one file', () => {
    // Tarjan's strongly connected components over the file graph.
    let index = 0;
    const indexOf = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const circles: string[][] = [];
    const visit = (v: string): void => {
      indexOf.set(v, index);
      low.set(v, index);
      index++;
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!graph.has(w)) continue;
        if (!indexOf.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
        }
      }
      if (low.get(v) === indexOf.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(path.relative(SRC, w));
        } while (w !== v);
        if (component.length > 1) circles.push(component.sort());
      }
    };
    for (const f of files) if (!indexOf.has(f)) visit(f);
    expect(circles).toEqual([]);
  });
});
