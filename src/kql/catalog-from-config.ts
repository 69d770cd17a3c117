/** Build the catalog a repository's detections are checked against. */
import type { RepoConfig } from '../load/config.js';
import { Catalog } from './catalog.js';

export function catalogFromConfig(config: Pick<RepoConfig, 'tables' | 'functions' | 'watchlists'>): Catalog {
  const catalog = new Catalog();
  for (const table of config.tables) catalog.addTable(table);
  for (const fn of config.functions) catalog.addFunction(fn);
  for (const watchlist of config.watchlists) catalog.addWatchlist(watchlist);
  return catalog;
}
