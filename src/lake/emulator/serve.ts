/**
 * Serve fixture tables on loopback until interrupted (`lakeguard emulator`).
 * Fault injection is not reachable from here.
 */
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

/** Start the emulator, print its URL first, and serve until SIGINT/SIGTERM (or `stop`). */
export async function serveUntilStopped(settings: EmulatorSettings, io: Io, stop?: AbortSignal): Promise<number> {
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
  io.out(`  logs ingestion: POST ${emulator.url}/dataCollectionRules/{dcr}/streams/Custom-{Table}?api-version=2023-01-01\n`);
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
