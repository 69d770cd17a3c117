/**
 * Rules for the names and paths a test's `data:` uses, shared by the check that
 * validates them and the loader that reads the fixtures.
 */
import path from 'node:path';

const WATCHLIST_CALL = /^_GetWatchlist\s*\(\s*(['"])(.*)\1\s*\)$/;

/** The alias of a data key written `_GetWatchlist('alias')`, else undefined. */
export function watchlistAliasOf(name: string): string | undefined {
  return WATCHLIST_CALL.exec(name.trim())?.[2];
}

const EXTERNALDATA_KEY = /^externaldata\s*\(\s*(['"])(.*)\1\s*\)$/;

/** The URI of a data key written `externaldata('uri')` (rows for that externaldata source), else undefined. */
export function externalDataUriOf(name: string): string | undefined {
  return EXTERNALDATA_KEY.exec(name.trim())?.[2];
}

/** A fixture path that is absolute (POSIX or Windows) or a URL, so never relative to the detection. */
export function isAbsoluteOrUrl(value: string): boolean {
  return path.isAbsolute(value) || path.win32.isAbsolute(value) || /^[a-z][a-z0-9+.-]*:/i.test(value);
}
