/**
 * The single bundle behind `dist/`: the action, the CLI and the validation worker
 * share one copy of the language service (ncc cannot share chunks between entries).
 */
/** The GitHub Action (loaded on demand: the CLI never needs @actions/core). */
export async function runAction(): Promise<void> {
  await (await import('./action.js')).runAction();
}
export { runCli } from './cli.js';

/** The validation worker thread (loaded on demand: only workers need the checks at start). */
export async function runWorker(): Promise<void> {
  (await import('./pipeline/worker-main.js')).runWorker();
}
/**
 * For the benches (bench/*.mjs): the engine, its fixture loader and column builders, the catalog, the
 * emulator and the lake client. Loaded on demand so that commands which never
 * query (`--help`, `validate`) do not parse the engine and lake code at start.
 */
export async function loadBenchApi() {
  const [evaluate, fixtures, vectors, table, catalog, emulator, client] = await Promise.all([
    import('./engine/evaluate.js'),
    import('./engine/fixtures.js'),
    import('./engine/vectors.js'),
    import('./engine/table.js'),
    import('./kql/catalog.js'),
    import('./lake/emulator/index.js'),
    import('./lake/client/index.js'),
  ]);
  return {
    runQuery: evaluate.runQuery,
    readFixture: fixtures.readFixture,
    /** The column builders the fixture loader uses (typed vectors per column type). */
    builderFor: vectors.builderFor,
    /** A table from built columns, as the fixture loader makes it. */
    makeTable: table.makeTable,
    Catalog: catalog.Catalog,
    startEmulator: emulator.startEmulator,
    createLakeClient: client.createLakeClient,
  };
}
