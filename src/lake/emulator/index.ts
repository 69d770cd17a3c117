/** The local lake emulator: public API. */
export { startEmulator, isLoopbackHost, QUERY_PATHS, type EmulatorOptions, type RunningEmulator } from './server.js';
export type { Fault, FaultContext, FaultPlan } from './faults.js';
export { INGESTION_MAX_BYTES, type IngestionEmulatorOptions, type IngestionState } from './ingestion.js';
export { serveUntilStopped, type EmulatorSettings } from './serve.js';
