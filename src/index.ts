/** Action entry point (bundled to dist/index.js): runs the action and nothing else. */
import { runAction } from './action.js';

await runAction();
