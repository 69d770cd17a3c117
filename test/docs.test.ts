/**
 * Docs and registry parity: every rule has a check that reports it, a docs page
 * and a line in the README table, all generated from src/checks/rules.ts.
 * `npm run docs` (UPDATE_DOCS=1) rewrites them; otherwise this test fails when stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_OF_RULE, DETECTION_CHECKS, PROJECT_CHECKS, RULE_LIST } from '../src/checks/index.js';
import { TEST_RULES } from '../src/offline/test-rules.js';
import { LIVE_RULES } from '../src/lake/run/live-rules.js';
import { COVERAGE_RULES } from '../src/coverage/rules.js';
import { DEPLOY_RULES } from '../src/deploy/rules.js';

const root = path.resolve(__dirname, '..');
import { DEFAULT_ACTION_REF } from '../src/init/init-files.js';
import { INIT_FILES } from '../src/init/templates.js';
import YAML from 'yaml';
import { actionInputTable, cliReference } from '../src/commands/help.js';
import { AGGREGATE_FUNCTIONS, BINARY_OPERATORS, SCALAR_FUNCTIONS, SET_OPTIONS, TABULAR_OPERATORS } from '../src/engine/registry.js';

const update = process.env.UPDATE_DOCS === '1';
const allRules = [...RULE_LIST, ...TEST_RULES.values(), ...LIVE_RULES.values(), ...COVERAGE_RULES.values(), ...DEPLOY_RULES.values()];

function rulePage(rule: (typeof allRules)[number]): string {
  const check =
    CHECK_OF_RULE.get(rule.id) ??
    (LIVE_RULES.has(rule.id)
      ? 'live run'
      : COVERAGE_RULES.has(rule.id)
        ? 'lakeguard coverage'
        : DEPLOY_RULES.has(rule.id)
          ? 'deploy and drift'
          : 'offline tests');
  return `# ${rule.id} ${rule.name}\n\n**${rule.title}** — default level: \`${rule.defaultLevel}\`, family: \`${rule.family}\`, reported by: \`${check}\`.\n\n${rule.help}\n\n<!-- Generated from src/checks/rules.ts by \`npm run docs\`; do not edit. -->\n`;
}

function readmeTable(): string {
  const rows = allRules.map((r) => `| [${r.id}](docs/checks/${r.id}.md) | \`${r.name}\` | ${r.family} | ${r.defaultLevel} | ${r.title} |`);
  return ['| rule | name | family | level | what it requires |', '|---|---|---|---|---|', ...rows].join('\n');
}

describe('rule registry', () => {
  it('has unique ids and names', () => {
    expect(new Set(allRules.map((r) => r.id)).size).toBe(allRules.length);
    expect(new Set(allRules.map((r) => r.name)).size).toBe(allRules.length);
  });

  it('gives every rule exactly one reporter, and every check only known rules', () => {
    const owners = new Map<string, number>();
    for (const check of [...DETECTION_CHECKS, ...PROJECT_CHECKS]) for (const id of check.rules) owners.set(id, (owners.get(id) ?? 0) + 1);
    for (const rule of RULE_LIST) expect(CHECK_OF_RULE.has(rule.id), rule.id).toBe(true);
    for (const [id, count] of owners) expect(count, id).toBe(1);
  });

  it('has a test file for every check', () => {
    for (const check of [...DETECTION_CHECKS, ...PROJECT_CHECKS]) {
      expect(fs.existsSync(path.join(root, 'test', 'checks', `${check.name}.test.ts`)), check.name).toBe(true);
    }
  });
});

describe('generated docs', () => {
  it('docs/checks has a current page per rule and nothing else', () => {
    const dir = path.join(root, 'docs', 'checks');
    if (update) {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      for (const rule of allRules) fs.writeFileSync(path.join(dir, `${rule.id}.md`), rulePage(rule));
    }
    expect(fs.readdirSync(dir).sort()).toEqual(allRules.map((r) => `${r.id}.md`).sort());
    for (const rule of allRules)
      expect(fs.readFileSync(path.join(dir, `${rule.id}.md`), 'utf8'), `${rule.id}: run npm run docs`).toBe(rulePage(rule));
  });

  it('README lists every rule', () => {
    const file = path.join(root, 'README.md');
    const text = fs.readFileSync(file, 'utf8');
    const pattern = /<!-- rules:start -->\n[\s\S]*?<!-- rules:end -->/;
    const expected = `<!-- rules:start -->\n${readmeTable()}\n<!-- rules:end -->`;
    if (update) fs.writeFileSync(file, text.replace(pattern, expected));
    expect(fs.readFileSync(file, 'utf8').match(pattern)?.[0], 'run npm run docs').toBe(expected);
  });

  it('README shows the workflows lakeguard init writes', () => {
    const file = path.join(root, 'README.md');
    const text = fs.readFileSync(file, 'utf8');
    const pattern = /<!-- workflows:start -->\n[\s\S]*?<!-- workflows:end -->/;
    const blocks = Object.entries(INIT_FILES)
      .filter(([name]) => name.startsWith('.github/workflows/'))
      .map(([name, body]) => `\`${name}\`:\n\n\`\`\`yaml\n${body.replaceAll('{{ACTION}}', DEFAULT_ACTION_REF).trimEnd()}\n\`\`\``);
    const expected = `<!-- workflows:start -->\n${blocks.join('\n\n')}\n<!-- workflows:end -->`;
    if (update) fs.writeFileSync(file, text.replace(pattern, expected));
    expect(fs.readFileSync(file, 'utf8').match(pattern)?.[0], 'run npm run docs').toBe(expected);
  });

  it('README has the CLI reference generated from the command declarations', () => {
    const file = path.join(root, 'README.md');
    const text = fs.readFileSync(file, 'utf8');
    const pattern = /<!-- cli:start -->\n[\s\S]*?<!-- cli:end -->/;
    const expected = `<!-- cli:start -->\n${cliReference()}\n<!-- cli:end -->`;
    if (update)
      fs.writeFileSync(
        file,
        text.replace(pattern, () => expected),
      );
    expect(fs.readFileSync(file, 'utf8').match(pattern)?.[0], 'run npm run docs').toBe(expected);
  });

  it('README lists the action inputs of action.yml with their flags', () => {
    const file = path.join(root, 'README.md');
    const text = fs.readFileSync(file, 'utf8');
    const inputs = (
      YAML.parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, { description?: string }> }
    ).inputs;
    const pattern = /<!-- inputs:start -->\n[\s\S]*?<!-- inputs:end -->/;
    const expected = `<!-- inputs:start -->\n${actionInputTable(inputs)}\n<!-- inputs:end -->`;
    if (update)
      fs.writeFileSync(
        file,
        text.replace(pattern, () => expected),
      );
    expect(fs.readFileSync(file, 'utf8').match(pattern)?.[0], 'run npm run docs').toBe(expected);
  });

  it('README counts the engine functions the registries hold', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const scalars = new Set(SCALAR_FUNCTIONS.keys()).size;
    const aggregates = new Set(AGGREGATE_FUNCTIONS.keys()).size;
    expect(readme).toContain(`${scalars} scalar and ${aggregates} aggregate functions`);
  });

  it('docs/engine.md lists what the engine computes, from its registries', () => {
    const list = (names: Iterable<string>) =>
      [...new Set(names)]
        .sort()
        .map((n) => `\`${n}\``)
        .join(', ');
    const text = [
      '# What the embedded KQL engine computes',
      '',
      "Generated from the engine's registries (`src/engine/registry.ts`) by `npm run docs`; do not edit.",
      'Anything else is refused with `not supported offline: <construct> at line:col`, and so is any',
      'case of these whose exact result the Kusto documentation leaves open.',
      '',
      `## Tabular operators (${new Set([...TABULAR_OPERATORS.values()].map((o) => o.keyword)).size})`,
      '',
      list([...TABULAR_OPERATORS.values()].map((o) => o.keyword)),
      '',
      `## Scalar functions (${SCALAR_FUNCTIONS.size})`,
      '',
      list(SCALAR_FUNCTIONS.keys()),
      '',
      `## Aggregate functions (${AGGREGATE_FUNCTIONS.size})`,
      '',
      list(AGGREGATE_FUNCTIONS.keys()),
      '',
      `## Operators (${BINARY_OPERATORS.size}, by the language service's operator names)`,
      '',
      list(BINARY_OPERATORS.keys()),
      '',
      `## set statements (${SET_OPTIONS.size} request properties; any other is refused)`,
      '',
      ...(['applied', 'ignored', 'refused'] as const).flatMap((handling) => [
        `- ${{ applied: 'Applied', ignored: 'Accepted, no effect on the rows', refused: 'Refused' }[handling]}: ` +
          [...SET_OPTIONS.values()]
            .filter((o) => o.handling === handling)
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((o) => `\`${o.name}\` (${o.note})`)
            .join(', '),
      ]),
      '',
    ].join('\n');
    const file = path.join(root, 'docs', 'engine.md');
    // Hand-written sections follow the generated part, from this marker on, and are kept.
    const marker = '<!-- hand-written below -->';
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const tail = current.includes(marker) ? current.slice(current.indexOf(marker)) : '';
    if (update) fs.writeFileSync(file, `${text}${tail ? `\n${tail}` : ''}`);
    const now = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    expect(now.includes(marker) ? now.slice(0, now.indexOf(marker)) : now, 'run npm run docs').toBe(tail ? `${text}\n` : text);
  });
});
