// Preloaded into the measured action with NODE_OPTIONS=--import=…: when the
// process exits it writes, to BENCH_RUSAGE_FILE,
//  - process.resourceUsage(): getrusage(RUSAGE_SELF) of this node process, all
//    of its threads: user and system CPU (µs) and peak resident set (maxRSS, KiB);
//  - children: user + system CPU (µs) of the child processes it waited for
//    (git), from /proc/self/stat cutime/cstime (Linux; absent elsewhere).
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env.BENCH_RUSAGE_FILE;
if (file) {
  // Not inherited by git or any other child.
  delete process.env.NODE_OPTIONS;
  delete process.env.BENCH_RUSAGE_FILE;
  process.on('exit', () => {
    const usage = { ...process.resourceUsage() };
    try {
      // Fields after the command name: state is field 3; cutime and cstime are fields 16 and 17, in clock ticks (100 Hz on Linux).
      const stat = readFileSync('/proc/self/stat', 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      usage.childrenCPUTime = (Number(fields[13]) + Number(fields[14])) * 10_000;
    } catch {
      // Not Linux: children are not measured.
    }
    writeFileSync(file, JSON.stringify(usage));
  });
}
