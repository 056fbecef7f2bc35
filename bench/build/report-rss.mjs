// Preloaded (`node --import`) into a build when /usr/bin/time is missing: prints the process's
// peak RSS on exit, in the line format bench/build/index.ts reads.
process.on('exit', () => {
  process.stderr.write(`\nmpsim-bench-maxrss-kb: ${process.resourceUsage().maxRSS}\n`)
})
