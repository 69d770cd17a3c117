/**
 * `lakeguard emulator [--data DIR|FILE ...] [--host H] [--port N] [--now ISO]
 * [--database DB] [--allow-remote]`: serve fixture tables on loopback until
 * interrupted. Fault injection is not reachable from here.
 */
import { parseArgs } from 'node:util';
import { startEmulator, QUERY_PATHS } from './server.js';

export interface EmulatorSettings {
  data: string[];
  host: string;
  port: number;
  now?: string;
  database?: string;
  allowRemote: boolean;
}

type Io = { out: (s: string) => void; err: (s: string) => void };

export const EMULATOR_USAGE = `Usage: lakeguard emulator [--data DIR|FILE ...] [--host 127.0.0.1] [--port N] [--now ISO] [--database DB] [--allow-remote]

Serves POST /lake/kql/v2/rest/query and /v2/rest/query over the fixture tables
(one file per table, named after it: SigninLogs.jsonl, AppEvents_CL.csv), answered
by the embedded KQL engine in the lake's v2 frame shape. Catalog tables without a
file answer empty. Any bearer token is accepted. Port 0 (default) picks a free port;
the first line printed is the URL. Binds loopback only unless --allow-remote.`;

export function parseEmulatorArgs(argv: readonly string[]): { settings: EmulatorSettings } | { help: string } | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string', multiple: true },
        host: { type: 'string' },
        port: { type: 'string' },
        now: { type: 'string' },
        database: { type: 'string' },
        'allow-remote': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) return { help: EMULATOR_USAGE };
    if (positionals.length > 0) return { error: `'lakeguard emulator' takes no arguments ('${positionals[0]}'); use --data DIR.` };
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      return { error: `--port must be a port number (0-65535), not '${values.port}'.` };
    return {
      settings: {
        data: values.data ?? [],
        host: values.host ?? '127.0.0.1',
        port,
        ...(values.now !== undefined ? { now: values.now } : {}),
        ...(values.database !== undefined ? { database: values.database } : {}),
        allowRemote: Boolean(values['allow-remote']),
      },
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Start the emulator, print its URL first, and serve until SIGINT/SIGTERM (or `stop`). */
export async function emulatorCommand(settings: EmulatorSettings, io: Io, stop?: AbortSignal): Promise<number> {
  let emulator;
  try {
    emulator = await startEmulator({
      data: settings.data,
      host: settings.host,
      port: settings.port,
      allowRemote: settings.allowRemote,
      ...(settings.now !== undefined ? { now: settings.now } : {}),
      ...(settings.database !== undefined ? { database: settings.database } : {}),
    });
  } catch (error) {
    io.err(`lakeguard: ${(error as Error).message}\n`);
    return 2;
  }
  io.out(`lakeguard emulator listening on ${emulator.url}\n`);
  io.out(`  endpoints: ${QUERY_PATHS.map((p) => `POST ${emulator.url}${p}`).join(', ')}\n`);
  io.out(`  tables with data: ${emulator.tables.length > 0 ? emulator.tables.join(', ') : '(none; catalog tables answer empty)'}\n`);
  io.out('  any bearer token is accepted; press Ctrl+C to stop\n');
  await new Promise<void>((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    stop?.addEventListener('abort', done, { once: true });
  });
  await emulator.close();
  return 0;
}
