/**
 * The single bundle behind `dist/`: the action, the CLI and the validation worker
 * share one copy of the language service (ncc cannot share chunks between entries).
 */
export { runAction } from './action.js';
export { runCli } from './cli.js';
export { runWorker } from './pipeline/worker-main.js';
