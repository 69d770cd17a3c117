#!/usr/bin/env node
// The `lakeguard` command: sets the exit code instead of calling process.exit so output is flushed.
import { runCli } from '../dist/lakeguard.js';

process.exitCode = await runCli(process.argv.slice(2));
