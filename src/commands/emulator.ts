/**
 * `lakeguard emulator`: a local lake on loopback over fixture tables, answered by
 * the embedded engine in the lake's v2 frame shape.
 */
import type { EmulatorSettings } from '../lake/emulator/serve.js';
import { UsageError } from '../model/errors.js';
import type { Command, FlagSpec } from './command.js';
import { FlagReader } from './flags.js';

const FLAGS: readonly FlagSpec[] = [
  { name: 'data', type: 'list', value: 'DIR|FILE', help: 'fixture files or folders, one file per table named after it' },
  { name: 'host', type: 'string', value: 'HOST', default: '127.0.0.1', help: 'address to bind (loopback only unless --allow-remote)' },
  { name: 'port', type: 'string', value: 'N', default: '0, a free port', help: 'port to listen on' },
  { name: 'now', type: 'string', value: 'ISO', help: "the lake's now for queries that send no query_now" },
  { name: 'database', type: 'string', value: 'DB', help: 'the only database name accepted (default: any)' },
  { name: 'allow-remote', type: 'boolean', help: 'bind an address other than loopback' },
].map((f) => ({ ...f, input: false }) as FlagSpec);

export const emulatorCommand: Command<EmulatorSettings> = {
  name: 'emulator',
  summary: 'a local lake on loopback over fixture tables',
  description:
    'Serves POST /lake/kql/v2/rest/query and /v2/rest/query over the fixture tables (one file per table, named after it: ' +
    "SigninLogs.jsonl, AppEvents_CL.csv), answered by the embedded KQL engine in the lake's v2 frame shape. Catalog " +
    'tables without a file answer empty. Any bearer token is accepted. The first line printed ends with the URL.',
  flags: FLAGS,
  positionals: [],
  settings(values, positionals, surface) {
    const reader = new FlagReader(values, surface, FLAGS);
    if (positionals.length > 0) throw new UsageError(`'lakeguard emulator' takes no arguments ('${positionals[0]}'); use --data DIR.`);
    const portText = reader.string('port');
    const port = portText === undefined ? 0 : Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be a port number (0-65535), not '${portText}'.`);
    const now = reader.string('now');
    const database = reader.string('database');
    return {
      data: reader.list('data') ?? [],
      host: reader.string('host') ?? '127.0.0.1',
      port,
      ...(now !== undefined ? { now } : {}),
      ...(database !== undefined ? { database } : {}),
      allowRemote: reader.bool('allow-remote'),
    };
  },
  async run(settings, io) {
    const { serveUntilStopped } = await import('../lake/emulator/serve.js');
    return { exitCode: await serveUntilStopped(settings, io) };
  },
};
