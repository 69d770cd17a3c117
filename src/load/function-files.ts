/**
 * Functions a repository ships as files: Sentinel parser YAML (`FunctionName`,
 * `FunctionAlias`, `FunctionQuery`, `FunctionParams`/`FunctionParameters`, or the
 * ASIM shape `ParserName`, `ParserQuery`, `ParserParams`) and the CustomFunctions
 * JSON of Azure-Sentinel's KQL validation (`FunctionName`, `FunctionParameters`,
 * `FunctionResultColumns`). The loader only reads them; the KQL catalog binds each
 * function's query to learn its output columns.
 *
 * A file that cannot be read as a function is a finding on that file, not a fatal
 * configuration error: one broken parser must not stop the run.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { normalizeType, type ColumnSpec, type FunctionSpec } from './catalog-specs.js';
import { parseDetection } from './load-detection.js';
import type { SourceDocument, ValuePath } from './source-document.js';

/** A problem with a function file, at a position in it. */
export interface FunctionFileFinding {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface FunctionFiles {
  functions: FunctionSpec[];
  findings: FunctionFileFinding[];
}

const EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Every function file under `target` (a file or a folder, searched recursively), sorted. */
async function filesUnder(target: string): Promise<string[]> {
  const stat = await fs.stat(target);
  if (!stat.isDirectory()) return [target];
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && EXTENSIONS.some((e) => entry.name.toLowerCase().endsWith(e))) out.push(full);
    }
  };
  await walk(target);
  return out.sort();
}

/**
 * Read the function files at `target`; undefined when it does not exist.
 * `displayRoot` is what finding paths are relative to.
 */
export async function readFunctionFiles(target: string, displayRoot: string): Promise<FunctionFiles | undefined> {
  let files: string[];
  try {
    files = await filesUnder(target);
  } catch {
    return undefined;
  }
  const result: FunctionFiles = { functions: [], findings: [] };
  for (const file of files) {
    const shown = path.relative(displayRoot, file).split(path.sep).join('/') || file;
    const bytes = await fs.readFile(file).catch(() => undefined);
    if (!bytes) {
      result.findings.push({ file: shown, line: 1, column: 1, message: 'cannot read the function file.' });
      continue;
    }
    if (file.toLowerCase().endsWith('.json')) readJson(bytes, shown, file, result);
    else readYaml(bytes, shown, file, result);
  }
  return result;
}

type Record_ = Record<string, unknown>;

function readYaml(bytes: Buffer, shown: string, abs: string, result: FunctionFiles): void {
  const outcome = parseDetection(bytes, shown, abs);
  const fatal = outcome.findings.find((f) => f.level === 'error');
  if (fatal || !outcome.detection) {
    const f = fatal ?? { line: 1, column: 1, message: 'not a YAML mapping' };
    result.findings.push({ file: shown, line: f.line, column: f.column, message: `not a readable parser file: ${f.message}` });
    return;
  }
  const { data, source } = outcome.detection;
  const names = [data.FunctionName, data.FunctionAlias, data.ParserName].filter(
    (n): n is string => typeof n === 'string' && n.trim() !== '',
  );
  const queryKey = ['FunctionQuery', 'ParserQuery'].find((k) => data[k] !== undefined);
  // Other YAML files (analytic rules, workbooks metadata, …) in the folder are not parsers.
  if (names.length === 0 && !queryKey) return;
  const at = (where: ValuePath, message: string, key: 'value' | 'key' = 'value') => {
    const span = source.locate(where, key);
    result.findings.push({ file: shown, line: span.line, column: span.column, message });
  };
  if (names.length === 0) return at([queryKey as string], 'a parser file needs FunctionName (or FunctionAlias, ParserName).', 'key');
  if (!queryKey || typeof data[queryKey] !== 'string' || !(data[queryKey] as string).trim()) {
    return at([], `parser file for '${names[0]}' has no FunctionQuery text.`);
  }
  const paramsKey = ['FunctionParams', 'FunctionParameters', 'ParserParams'].find((k) => data[k] !== undefined);
  const parameters = paramsKey ? parameterListOf(data[paramsKey], [paramsKey], source, at) : '()';
  if (parameters === undefined) return;
  for (const name of [...new Set(names.map((n) => n.trim()))]) {
    result.functions.push({
      name,
      parameters,
      query: data[queryKey] as string,
      origin: shown,
      source: { file: shown, path: abs, queryKey },
    });
  }
}

function readJson(bytes: Buffer, shown: string, abs: string, result: FunctionFiles): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    result.findings.push({ file: shown, line: 1, column: 1, message: `not valid JSON (${(error as Error).message}).` });
    return;
  }
  const entries = Array.isArray(parsed) ? parsed : [parsed];
  for (const entry of entries) {
    const e = (entry ?? {}) as Record_;
    const name = e.FunctionName ?? e.FunctionAlias ?? e.name;
    // A CustomTables file (Name + Properties) in the same folder is not a function.
    if (typeof name !== 'string' || !name) {
      if (e.Name !== undefined && e.Properties !== undefined) continue;
      result.findings.push({
        file: shown,
        line: 1,
        column: 1,
        message: 'expected {"FunctionName": "...", "FunctionResultColumns": [{"Name", "Type"}]}.',
      });
      continue;
    }
    const problems: string[] = [];
    const at = (_where: ValuePath, message: string) => void problems.push(message);
    const parameters = parameterListOf(e.FunctionParameters ?? [], ['FunctionParameters'], undefined, at);
    const columns: ColumnSpec[] = [];
    const seen = new Set<string>();
    const rawColumns = e.FunctionResultColumns;
    if (!Array.isArray(rawColumns)) problems.push(`function ${name} has no FunctionResultColumns list.`);
    for (const c of Array.isArray(rawColumns) ? (rawColumns as Record_[]) : []) {
      const columnName = c?.Name ?? c?.name;
      const type = normalizeType(String(c?.Type ?? c?.type ?? ''));
      if (typeof columnName !== 'string' || !type) {
        problems.push(`function ${name} has a result column without a valid Name/Type (${JSON.stringify(c)}).`);
        continue;
      }
      // Some files list a column twice with two types; the first one wins.
      if (!seen.has(columnName)) columns.push([columnName, type]);
      seen.add(columnName);
    }
    if (problems.length > 0 || parameters === undefined) {
      result.findings.push({ file: shown, line: 1, column: 1, message: problems[0] ?? `function ${name} has unreadable parameters.` });
      continue;
    }
    result.functions.push({ name, parameters, columns, origin: shown, source: { file: shown, path: abs } });
  }
}

/**
 * A Kusto parameter list from a parser's parameters: a list of `{Name, Type, Default}`
 * or a Kusto list as text. Undefined (with a finding) when unreadable.
 */
function parameterListOf(
  value: unknown,
  where: ValuePath,
  _source: SourceDocument | undefined,
  at: (where: ValuePath, message: string) => void,
): string | undefined {
  if (value === null || value === undefined) return '()';
  if (typeof value === 'string') {
    const text = value.trim();
    return /^\(.*\)$/s.test(text) ? text : `(${text})`;
  }
  if (!Array.isArray(value)) {
    at(where, 'parameters must be a list of {Name, Type, Default}.');
    return undefined;
  }
  const parts: string[] = [];
  for (const [i, p] of (value as Record_[]).entries()) {
    const name = p?.Name ?? p?.name;
    const type = normalizeType(String(p?.Type ?? p?.type ?? ''));
    if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      at([...where, i], `parameter ${i + 1} needs a Name that is a KQL identifier.`);
      return undefined;
    }
    if (!type) {
      at(
        [...where, i],
        `parameter '${name}' has unknown type '${String(p.Type ?? p.type ?? '')}' (use string, int, long, real, bool, datetime, timespan, guid or dynamic).`,
      );
      return undefined;
    }
    const def = p.Default ?? p.default;
    parts.push(def === undefined || def === null ? `${name}:${type}` : `${name}:${type}=${defaultLiteral(def, type)}`);
  }
  return `(${parts.join(', ')})`;
}

/** A default value as KQL: strings quoted unless already a literal or a typed null such as `datetime(null)`. */
function defaultLiteral(value: unknown, type: string): string {
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  const text = String(value).trim();
  if (type !== 'string') return text;
  if (/^(['"]).*\1$/s.test(text) || /^[a-z]+\(.*\)$/.test(text)) return text;
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
