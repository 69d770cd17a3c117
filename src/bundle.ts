/**
 * The single bundle behind `dist/`: the action, the CLI and the validation worker
 * share one copy of the language service (ncc cannot share chunks between entries).
 */
export { runAction } from './action.js';
export { runCli } from './cli.js';
export { runWorker } from './pipeline/worker-main.js';
// For bench/engine-bench.mjs: the engine and its fixture loader.
export { runQuery } from './engine/evaluate.js';
export { readFixture } from './engine/fixtures.js';
export { Catalog } from './kql/catalog.js';
// For bench/lake-bench.mjs: the emulator and the lake client.
export { startEmulator } from './lake/emulator/index.js';
export { createLakeClient } from './lake/client/index.js';
