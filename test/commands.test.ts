/**
 * The command declarations are the one source of the CLI: every `--help`, every
 * flag the parser accepts and every action input come from them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { runCli } from '../src/cli.js';
import { actionInputs, commandHelp } from '../src/commands/help.js';
import { COMMANDS } from '../src/commands/index.js';
import { parseCommandLine } from '../src/commands/parse.js';

const root = path.resolve(__dirname, '..');
const surface = { kind: 'cli' as const, root, env: {}, isTty: false };
const actionYml = YAML.parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>;
};

describe('command declarations', () => {
  it('every command lives in src/commands/<name>.ts', () => {
    for (const name of COMMANDS.keys()) expect(fs.existsSync(path.join(root, 'src', 'commands', `${name}.ts`)), name).toBe(true);
  });

  it.each([...COMMANDS.keys()])('lakeguard %s --help prints the help generated from its declaration', async (name) => {
    const command = COMMANDS.get(name)!;
    let out = '';
    expect(await runCli([name, '--help'], { out: (s) => (out += s), err: () => {} })).toBe(0);
    expect(out).toBe(`${commandHelp(command)}\n`);
    // Every CLI flag is in the help, and the parser knows it (never "unknown option").
    for (const flag of command.flags.filter((f) => !f.actionOnly)) {
      expect(out, flag.name).toContain(`--${flag.name}`);
      const argv = [name, `--${flag.name}`, ...(flag.type === 'boolean' ? [] : ['x'])];
      const parsed = parseCommandLine(argv, surface);
      if ('error' in parsed) expect(parsed.error, `${name} --${flag.name}`).not.toMatch(/unknown/i);
    }
  });

  it('an undeclared flag is a usage error', () => {
    const parsed = parseCommandLine(['validate', '--no-such-flag'], surface);
    expect(parsed).toHaveProperty('error');
  });

  it('action.yml declares exactly the inputs the commands read, plus `command`', () => {
    const declared = [...actionInputs().keys(), 'command'].sort();
    expect(Object.keys(actionYml.inputs).sort()).toEqual(declared);
  });

  it('the `command` input names every command the action runs', () => {
    const description = actionYml.inputs.command!.description;
    for (const command of COMMANDS.values()) if (command.inAction) expect(description, command.name).toContain(`\`${command.name}\``);
  });

  it('a boolean flag and its input agree on the default', () => {
    for (const [input, { flag }] of actionInputs()) {
      const yml = actionYml.inputs[input];
      if (flag.type === 'boolean' && flag.default !== undefined && yml?.default !== undefined)
        expect(String(yml.default), input).toBe(flag.default);
    }
  });
});
