/**
 * Where the suite's time goes, measured so that a busy machine does not blur it: with
 * PAR_CHECK_SUITE_CPU=<file.jsonl> set, jest.config.js loads this file in every test file, and each
 * test file appends one line to <file>: its path, its wall time and the CPU seconds it used, its
 * own and those of the processes it started and waited for (the spawned CLI, soffice, Chromium).
 * Linux only (/proc/self/stat). Summed up by scripts/suite-cpu.js (run with the same file).
 */
import * as fs from 'fs';

const out = process.env.PAR_CHECK_SUITE_CPU;

/** utime, stime, cutime, cstime of this process, in seconds. */
function cpuSeconds(): number {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  // Fields after the command name (which may hold spaces) start at field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  return ticks / 100;
}

if (out && fs.existsSync('/proc/self/stat')) {
  const startCpu = cpuSeconds();
  const startWall = Date.now();
  afterAll(() => {
    const line = {
      file: expect.getState().testPath,
      cpu: Math.round((cpuSeconds() - startCpu) * 100) / 100,
      wall: Math.round((Date.now() - startWall) / 10) / 100,
    };
    fs.appendFileSync(out, JSON.stringify(line) + '\n');
  });
}
