/**
 * The repository configuration `lakeguard.yaml`: extra tables, functions and
 * watchlists for the catalog, and defaults. A broken configuration stops the run
 * (exit 2) with file:line:col, since every detection depends on it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { normalizeType, type ColumnSpec, type FunctionSpec, type TableSpec, type WatchlistSpec } from './catalog-specs.js';
import { readFunctionFiles, type FunctionFileFinding } from './function-files.js';

export { normalizeType } from './catalog-specs.js';
import { parseDetection } from './load-detection.js';
import { didYouMean } from '../util/text.js';
import type { SourceDocument, ValuePath } from './source-document.js';

export const CONFIG_FILE_NAMES = ['lakeguard.yaml', 'lakeguard.yml'] as const;

/** The parsed repository configuration. */
export interface RepoConfig {
  /** Path of the file it came from, or undefined for the defaults. */
  file?: string;
  tables: TableSpec[];
  functions: FunctionSpec[];
  watchlists: WatchlistSpec[];
  /** Problems with function files read through `functions: - path:` (reported as findings on those files). */
  functionFindings: FunctionFileFinding[];
  /** Absolute paths (files or folders) given as `functions: - path:`; files in them are not detections. */
  functionPaths?: string[];
  /** Level at or above which findings fail the run. Default 'error'. */
  failOn?: 'error' | 'warning' | 'note' | 'never';
  /** Largest detection file accepted, in bytes. */
  maxFileBytes?: number;
  /** Default detection paths when none are given. */
  paths?: string[];
  /** Defaults of `lakeguard run`: where the lake is and who signs in. */
  lake?: LakeConfig;
  /** Defaults of `lakeguard deploy` and `drift`: the workspace and the repository recorded as source. */
  deploy?: DeployConfig;
}

/** The `deploy:` section of lakeguard.yaml; flags and action inputs override it. */
export interface DeployConfig {
  subscriptionId?: string;
  resourceGroup?: string;
  workspace?: string;
  armEndpoint?: string;
  repository?: string;
}

const DEPLOY_KEYS = ['subscriptionId', 'resourceGroup', 'workspace', 'armEndpoint', 'repository'] as const;

/** The `lake:` section of lakeguard.yaml; flags and action inputs override it. */
export interface LakeConfig {
  endpoint?: string;
  database?: string;
  tenantId?: string;
  clientId?: string;
  audience?: string;
  scope?: string;
  authorityHost?: string;
  concurrency?: number;
  /** Where `run --write-table` sends hunt records (Azure Monitor Logs Ingestion API). */
  ingestion?: IngestionConfig;
}

/** `lake.ingestion:` — a data collection endpoint, the rule's immutable id and its stream. */
export interface IngestionConfig {
  endpoint?: string;
  dcr?: string;
  stream?: string;
}

const LAKE_KEYS = [
  'endpoint',
  'database',
  'tenantId',
  'clientId',
  'audience',
  'scope',
  'authorityHost',
  'concurrency',
  'ingestion',
] as const;
const INGESTION_KEYS = ['endpoint', 'dcr', 'stream'] as const;

/** A configuration problem, already formatted with its position. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const KNOWN_KEYS = new Set(['paths', 'failOn', 'maxFileSize', 'tables', 'functions', 'watchlists', 'lake', 'deploy']);

/** Find `lakeguard.yaml` in `dir` (no upward search: the repository root is the working directory). */
export async function findConfig(dir: string): Promise<string | undefined> {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(dir, name);
    try {
      if ((await fs.stat(candidate)).isFile()) return candidate;
    } catch {
      /* not there */
    }
  }
  return undefined;
}

/**
 * The configuration file a command reads: none when `configFile` is false, the
 * given path (relative to `root`), else lakeguard.yaml found in `root`.
 */
export async function configPathFor(root: string, configFile?: string | false): Promise<string | undefined> {
  if (configFile === false) return undefined;
  return configFile ? path.resolve(root, configFile) : findConfig(root);
}

/** Load the configuration at `file` (relative paths inside it resolve from its folder). */
export async function loadConfig(file: string | undefined, displayRoot = process.cwd()): Promise<RepoConfig> {
  const config: RepoConfig = { tables: [], functions: [], watchlists: [], functionFindings: [] };
  if (!file) return config;
  const display = path.relative(displayRoot, file).split(path.sep).join('/') || file;
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw new ConfigError(`${display}: cannot read the configuration (${(error as NodeJS.ErrnoException).code ?? 'EIO'}).`);
  }
  const outcome = parseDetection(bytes, display, file);
  const fatal = outcome.findings.find((f) => f.level === 'error');
  if (fatal || !outcome.detection) {
    const f = fatal ?? { line: 1, column: 1, message: 'not a YAML mapping' };
    throw new ConfigError(`${display}:${f.line}:${f.column}: ${f.message}`);
  }
  const { data, source } = outcome.detection;
  config.file = display;
  const fail = (where: ValuePath, message: string, at: 'value' | 'key' = 'value'): never => {
    const span = source.locate(where, at);
    throw new ConfigError(`${display}:${span.line}:${span.column}: ${message}`);
  };
  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.has(key))
      fail([key], `unknown key '${key}'.${didYouMean(key, KNOWN_KEYS)} Known keys: ${[...KNOWN_KEYS].join(', ')}.`, 'key');
  }
  const base = path.dirname(file);
  if (data.failOn !== undefined) {
    if (!['error', 'warning', 'note', 'never'].includes(String(data.failOn)))
      fail(['failOn'], 'failOn must be error, warning, note or never.');
    config.failOn = data.failOn as RepoConfig['failOn'];
  }
  if (data.maxFileSize !== undefined) {
    if (typeof data.maxFileSize !== 'number' || !Number.isInteger(data.maxFileSize) || data.maxFileSize <= 0)
      fail(['maxFileSize'], 'maxFileSize must be a positive number of bytes.');
    config.maxFileBytes = data.maxFileSize as number;
  }
  if (data.paths !== undefined) {
    if (!Array.isArray(data.paths) || !data.paths.every((p) => typeof p === 'string'))
      fail(['paths'], 'paths must be a list of folders or files.');
    config.paths = data.paths as string[];
  }
  if (data.lake !== undefined) {
    if (typeof data.lake !== 'object' || data.lake === null || Array.isArray(data.lake))
      fail(['lake'], 'lake must be a mapping such as { database: name-id }.');
    const lake: LakeConfig = {};
    for (const [key, value] of Object.entries(data.lake as Record<string, unknown>)) {
      if (!(LAKE_KEYS as readonly string[]).includes(key))
        fail(['lake', key], `unknown key '${key}'.${didYouMean(key, LAKE_KEYS)} Known keys: ${LAKE_KEYS.join(', ')}.`, 'key');
      if (key === 'concurrency') {
        if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 64)
          fail(['lake', key], 'concurrency must be a whole number from 1 to 64.');
        lake.concurrency = value as number;
      } else if (key === 'ingestion') {
        if (typeof value !== 'object' || value === null || Array.isArray(value))
          fail(['lake', key], 'ingestion must be a mapping such as { endpoint: https://…, dcr: dcr-…, stream: Custom-…_CL }.');
        const ingestion: IngestionConfig = {};
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
          if (!(INGESTION_KEYS as readonly string[]).includes(k))
            fail(['lake', key, k], `unknown key '${k}'.${didYouMean(k, INGESTION_KEYS)} Known keys: ${INGESTION_KEYS.join(', ')}.`, 'key');
          if (typeof v !== 'string' || !v.trim()) fail(['lake', key, k], `${k} must be text.`);
          ingestion[k as keyof IngestionConfig] = (v as string).trim();
        }
        lake.ingestion = ingestion;
      } else {
        if (typeof value !== 'string' || !value.trim()) fail(['lake', key], `${key} must be text.`);
        (lake as Record<string, unknown>)[key] = (value as string).trim();
      }
    }
    config.lake = lake;
  }
  if (data.deploy !== undefined) {
    if (typeof data.deploy !== 'object' || data.deploy === null || Array.isArray(data.deploy))
      fail(['deploy'], 'deploy must be a mapping such as { subscriptionId: …, resourceGroup: …, workspace: … }.');
    const deploy: DeployConfig = {};
    for (const [key, value] of Object.entries(data.deploy as Record<string, unknown>)) {
      if (!(DEPLOY_KEYS as readonly string[]).includes(key))
        fail(['deploy', key], `unknown key '${key}'.${didYouMean(key, DEPLOY_KEYS)} Known keys: ${DEPLOY_KEYS.join(', ')}.`, 'key');
      if (typeof value !== 'string' || !value.trim()) fail(['deploy', key], `${key} must be text.`);
      deploy[key as keyof DeployConfig] = (value as string).trim();
    }
    config.deploy = deploy;
  }
  for (const [i, entry] of listAt(data, 'tables', fail).entries()) {
    const where = ['tables', i];
    if (typeof entry.path === 'string') {
      config.tables.push(
        ...(await readCustomTables(path.resolve(base, entry.path), display, () =>
          fail([...where, 'path'], `'${entry.path as string}' does not exist.`),
        )),
      );
      continue;
    }
    if (typeof entry.name !== 'string' || !entry.name)
      fail(where, "a table needs 'name' and 'columns', or 'path' to CustomTables JSON files.");
    config.tables.push({
      name: entry.name as string,
      columns: columnsOf(entry.columns, [...where, 'columns'], source, fail),
      origin: display,
    });
  }
  for (const [i, entry] of listAt(data, 'functions', fail).entries()) {
    const where = ['functions', i];
    if (typeof entry.path === 'string') {
      const target = path.resolve(base, entry.path);
      const files = await readFunctionFiles(target, displayRoot);
      (config.functionPaths ??= []).push(target);
      if (!files) fail([...where, 'path'], `'${entry.path}' does not exist.`);
      config.functions.push(...(files as NonNullable<typeof files>).functions);
      config.functionFindings.push(...(files as NonNullable<typeof files>).findings);
      continue;
    }
    if (typeof entry.name !== 'string' || !entry.name)
      fail(
        where,
        "a function needs 'name' and 'columns' (or 'body'), or 'path' to parser files (Sentinel parser YAML or CustomFunctions JSON).",
      );
    const parameters = entry.parameters === undefined ? '()' : String(entry.parameters);
    if (!/^\(.*\)$/s.test(parameters.trim()))
      fail([...where, 'parameters'], "parameters must be a Kusto parameter list such as '(starttime:datetime=datetime(null))'.");
    const spec: FunctionSpec = { name: entry.name as string, parameters: parameters.trim(), origin: display };
    if (typeof entry.body === 'string') spec.body = entry.body.trim().startsWith('{') ? entry.body : `{ ${entry.body} }`;
    else spec.columns = columnsOf(entry.columns, [...where, 'columns'], source, fail);
    config.functions.push(spec);
  }
  for (const [i, entry] of listAt(data, 'watchlists', fail).entries()) {
    const where = ['watchlists', i];
    if (typeof entry.alias !== 'string' || !entry.alias) fail(where, "a watchlist needs 'alias' and 'columns'.");
    config.watchlists.push({
      alias: entry.alias as string,
      columns: columnsOf(entry.columns ?? {}, [...where, 'columns'], source, fail),
      origin: display,
    });
  }
  return config;
}

type Fail = (where: ValuePath, message: string, at?: 'value' | 'key') => never;

function listAt(data: Record<string, unknown>, key: string, fail: Fail): Record<string, unknown>[] {
  const value = data[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail([key], `${key} must be a list.`);
  (value as unknown[]).forEach((entry, i) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) fail([key, i], `each entry of ${key} must be a mapping.`);
  });
  return value as Record<string, unknown>[];
}

/** Columns as a mapping `{Name: type}`, a list of `[name, type]` / `{name, type}`, or a schema string. */
function columnsOf(value: unknown, where: ValuePath, _source: SourceDocument, fail: Fail): ColumnSpec[] {
  const out: ColumnSpec[] = [];
  const add = (name: unknown, type: unknown, at: ValuePath) => {
    if (typeof name !== 'string' || !name) fail(at, 'a column needs a name.');
    const normalized = typeof type === 'string' ? normalizeType(type) : undefined;
    if (!normalized)
      fail(
        at,
        `column '${String(name)}' has unknown type '${String(type)}' (use string, int, long, real, bool, datetime, timespan, guid, dynamic or decimal).`,
      );
    out.push([name as string, normalized as string]);
  };
  if (typeof value === 'string') {
    const body = value.trim().replace(/^\(|\)$/g, '');
    body
      .split(',')
      .filter((p) => p.trim())
      .forEach((part) => {
        const [name, type] = part.split(':').map((s) => s.trim().replace(/^\['|'\]$/g, ''));
        add(name, type, where);
      });
  } else if (Array.isArray(value)) {
    value.forEach((column, i) => {
      if (Array.isArray(column)) add(column[0], column[1], [...where, i]);
      else if (column && typeof column === 'object') {
        const c = column as Record<string, unknown>;
        add(c.name ?? c.Name, c.type ?? c.Type, [...where, i]);
      } else fail([...where, i], 'a column is [name, type] or {name, type}.');
    });
  } else if (value && typeof value === 'object') {
    for (const [name, type] of Object.entries(value)) add(name, type, [...where, name]);
  } else {
    fail(where, 'columns must be a mapping of column name to type.');
  }
  return out;
}

/** Read Azure-Sentinel CustomTables JSON files: `{"Name": "T_CL", "Properties": [{"Name", "Type"}]}`. */
async function readCustomTables(target: string, display: string, notFound: () => never): Promise<TableSpec[]> {
  let files: string[];
  try {
    const stat = await fs.stat(target);
    files = stat.isDirectory()
      ? (await fs.readdir(target))
          .filter((f) => f.toLowerCase().endsWith('.json'))
          .sort()
          .map((f) => path.join(target, f))
      : [target];
  } catch {
    return notFound();
  }
  const tables: TableSpec[] = [];
  for (const file of files) {
    const shown = path.relative(process.cwd(), file).split(path.sep).join('/');
    let parsed: unknown;
    try {
      parsed = JSON.parse((await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new ConfigError(`${shown}: not valid JSON (${(error as Error).message}); referenced from ${display}.`);
    }
    const entries = Array.isArray(parsed) ? parsed : [parsed];
    for (const entry of entries) {
      const e = entry as { Name?: unknown; name?: unknown; Properties?: unknown; properties?: unknown; columns?: unknown };
      const name = e.Name ?? e.name;
      const props = e.Properties ?? e.properties ?? e.columns;
      if (typeof name !== 'string' || !Array.isArray(props)) {
        throw new ConfigError(`${shown}: expected {"Name": "...", "Properties": [{"Name": "...", "Type": "..."}]}.`);
      }
      const columns: ColumnSpec[] = [];
      for (const p of props as Record<string, unknown>[]) {
        const columnName = p?.Name ?? p?.name;
        const type = normalizeType(String(p?.Type ?? p?.type ?? ''));
        if (typeof columnName !== 'string' || !type)
          throw new ConfigError(`${shown}: table ${name} has a column without a valid Name/Type (${JSON.stringify(p)}).`);
        columns.push([columnName, type]);
      }
      tables.push({ name, columns, origin: shown });
    }
  }
  return tables;
}
