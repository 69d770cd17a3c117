// Preloaded with `node --import` by the benchmark: reports the process's peak RSS on exit.
process.on('exit', () => {
  process.stderr.write(`\nLAKEGUARD_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
