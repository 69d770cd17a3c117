/**
 * `--help` for every command and the README's CLI reference, both generated
 * from the command declarations so they cannot drift from what is parsed.
 */
import { TOOL_VERSION } from '../version.js';
import type { Command, FlagSpec } from './command.js';
import { COMMANDS } from './index.js';

const WIDTH = 100;

/** `--name VALUE` (or `--name` for a switch). */
function flagText(flag: FlagSpec): string {
  return flag.type === 'boolean' ? `--${flag.name}` : `--${flag.name} ${flag.value ?? 'VALUE'}`;
}

/** Words wrapped to `width`, continuation lines indented by `indent`. */
function wrap(words: readonly string[], first: string, indent: string, width = WIDTH): string {
  const lines: string[] = [];
  let line = first;
  for (const word of words) {
    if (line.trim() && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line.endsWith(' ') || line === '' ? line + word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

/** `lakeguard run [PATH...] [--database DB] … [options]`: positionals, the command's own flags, then `[options]` for shared groups. */
export function synopsis(command: Command): string {
  const parts: string[] = [];
  for (const p of command.positionals)
    parts.push(p.required ? `${p.name}${p.variadic ? '...' : ''}` : `[${p.name}${p.variadic ? '...' : ''}]`);
  for (const f of command.flags) if (!f.actionOnly && !f.group) parts.push(`[${flagText(f)}${f.type === 'list' ? ' ...' : ''}]`);
  if (command.flags.some((f) => !f.actionOnly && f.group)) parts.push('[options]');
  return wrap(parts, `lakeguard ${command.name}`, ' '.repeat(`lakeguard ${command.name} `.length));
}

function optionLine(flag: FlagSpec): string {
  const help = flag.default !== undefined ? `${flag.help} (default ${flag.default})` : flag.help;
  const left = `  ${flagText(flag)}`;
  const pad = 26;
  return left.length < pad
    ? wrap(help.split(' '), left.padEnd(pad), ' '.repeat(pad))
    : `${left}\n${wrap(help.split(' '), ' '.repeat(pad), ' '.repeat(pad))}`;
}

/** `lakeguard <command> --help`. */
export function commandHelp(command: Command): string {
  const cliFlags = command.flags.filter((f) => !f.actionOnly);
  const sections = [`Usage: ${synopsis(command)}`, wrap(command.description.split(/\s+/), '', '')];
  const own = cliFlags.filter((f) => !f.group);
  if (own.length > 0) sections.push(['Options:', ...own.map(optionLine)].join('\n'));
  const groups = [...new Set(cliFlags.map((f) => f.group).filter((g): g is string => Boolean(g)))];
  for (const g of groups) sections.push([`${g}:`, ...cliFlags.filter((f) => f.group === g).map(optionLine)].join('\n'));
  sections.push('  -h, --help                show this help');
  return sections.join('\n\n');
}

/** `lakeguard --help`: every command in a line, and the exit codes. */
export function overviewHelp(): string {
  const names = [...COMMANDS.keys()].map((n) => `lakeguard ${n}`);
  const pad = Math.max(...names.map((n) => n.length)) + 3;
  return [
    `lakeguard ${TOOL_VERSION} — detection-as-code for Microsoft Sentinel`,
    'Usage: lakeguard <command> [options]   (lakeguard <command> --help shows its options)',
    ['Commands:', ...[...COMMANDS.values()].map((c) => `  ${`lakeguard ${c.name}`.padEnd(pad)}${c.summary}`)].join('\n'),
    'PATH defaults to the paths of lakeguard.yaml, else detections/; a folder means every *.yaml / *.yml below it.',
    'Exit codes: 0 nothing at or above the fail level, 1 findings or failures,\n2 usage, configuration or internal error.',
    '  -h, --help      show this help\n  -v, --version   show the version',
  ].join('\n\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function flagRow(flag: FlagSpec, withInput: boolean): string {
  const input = flag.input === false ? '—' : `\`${flag.input ?? flag.name}\``;
  const help = flag.default !== undefined ? `${flag.help} (default ${flag.default})` : flag.help;
  return `| \`${cell(flagText(flag))}\` | ${withInput ? `${input} | ` : ''}${cell(help)} |`;
}

function flagTable(flags: readonly FlagSpec[], withInput: boolean): string {
  const head = withInput ? ['| option | action input | meaning |', '|---|---|---|'] : ['| option | meaning |', '|---|---|'];
  return [...head, ...flags.map((f) => flagRow(f, withInput))].join('\n');
}

const anchor = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');

/**
 * The README's CLI reference: per command its synopsis, description and a table
 * of its own flags; the shared groups (reports, selection, …) once at the end.
 */
export function cliReference(): string {
  const blocks: string[] = [];
  const groups = new Map<string, FlagSpec[]>();
  for (const command of COMMANDS.values()) {
    const cliFlags = command.flags.filter((f) => !f.actionOnly);
    const own = cliFlags.filter((f) => !f.group);
    const shared = [...new Set(cliFlags.map((f) => f.group).filter((g): g is string => Boolean(g)))];
    for (const f of cliFlags)
      if (f.group && !groups.get(f.group)?.some((g) => g.name === f.name)) groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
    blocks.push(
      [
        `### \`lakeguard ${command.name}\``,
        '```\n' + synopsis(command) + '\n```',
        command.description,
        ...(own.length > 0 ? [flagTable(own, Boolean(command.inAction))] : []),
        ...(shared.length > 0 ? [`Also: ${shared.map((g) => `[${g.toLowerCase()}](#${anchor(`${g} options`)})`).join(', ')}.`] : []),
      ].join('\n\n'),
    );
  }
  for (const [group, flags] of groups) blocks.push([`### ${group} options`, flagTable(flags, true)].join('\n\n'));
  return blocks.join('\n\n');
}

/** Every action input the commands declare, by input name, with the commands that read it. */
export function actionInputs(): Map<string, { flag: FlagSpec; commands: string[] }> {
  const inputs = new Map<string, { flag: FlagSpec; commands: string[] }>();
  for (const command of COMMANDS.values()) {
    if (!command.inAction) continue;
    const declared: { input: string; flag: FlagSpec }[] = [];
    for (const flag of command.flags) if (flag.input !== false) declared.push({ input: flag.input ?? flag.name, flag });
    for (const p of command.positionals)
      if (p.input) declared.push({ input: p.input, flag: { name: p.name, type: p.variadic ? 'list' : 'string', help: p.name } });
    for (const { input, flag } of declared) {
      const entry = inputs.get(input) ?? { flag, commands: [] };
      entry.commands.push(command.name);
      inputs.set(input, entry);
    }
  }
  return inputs;
}

/** The README's table of action inputs: action.yml's descriptions and defaults, with the CLI flag of each. */
export function actionInputTable(inputs: Readonly<Record<string, { description?: string; default?: unknown }>>): string {
  const declared = actionInputs();
  const rows = Object.entries(inputs).map(([name, input]) => {
    const flag = declared.get(name)?.flag;
    const cliFlag = !flag ? '—' : flag.actionOnly ? '(action only)' : flag.help === flag.name ? flag.name : `\`${flagText(flag)}\``;
    const fallback = input.default === undefined || input.default === '' ? '—' : `\`${cell(String(input.default))}\``;
    return `| \`${name}\` | ${cliFlag} | ${fallback} | ${cell(
      String(input.description ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
    )} |`;
  });
  return ['| input | CLI | default | meaning |', '|---|---|---|---|', ...rows].join('\n');
}
