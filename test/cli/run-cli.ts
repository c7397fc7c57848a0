/**
 * Two ways to run `par-check` in a test:
 * - cli(): main() of src/cli/main.ts in this process, its streams captured. Same argv, exit status
 *   and output as the command line, without starting Node and loading the bundle for every case;
 *   most tests use it.
 * - runCli(): the built CLI as a user runs it, `node bin/par-check.js …` in a child process. Kept
 *   for the few end-to-end runs that prove the wiring: the bin and bundle, real exit codes,
 *   stdout/stderr. ensureBuilt() bundles the current sources once per test file
 *   (scripts/build-cli.js writes atomically, so parallel test files may build at the same time).
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'par-check.js');
export const SAMPLES = path.join(ROOT, 'test', 'fixtures', 'samples');

/** What the bundle is built from: the sources, the build script, the declared and locked packages. */
function sourceHash(): string {
  const hash = crypto.createHash('sha256');
  const add = (file: string) => {
    hash.update(path.relative(ROOT, file) + '\0');
    hash.update(fs.readFileSync(file));
  };
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) add(full);
    }
  };
  walk(path.join(ROOT, 'src'));
  for (const f of ['package.json', 'package-lock.json', 'scripts/build-cli.js']) {
    if (fs.existsSync(path.join(ROOT, f))) add(path.join(ROOT, f));
  }
  return hash.digest('hex');
}

let built = false;
/**
 * The built CLI (dist/cli/par-check.js) matches the current sources: bundled again only when they
 * changed since the last bundle this made (a hash of them is kept next to it), so `npm test` needs
 * no build step of its own and a run of one test file after an edit never spawns a stale bundle.
 */
export function ensureBuilt(): void {
  if (built) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildCli, outfile } = require(path.join(ROOT, 'scripts', 'build-cli.js')) as { buildCli: () => string; outfile: string };
  const stamp = `${outfile}.source-hash`;
  const current = sourceHash();
  const fresh = fs.existsSync(outfile) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === current;
  if (!fresh) {
    buildCli();
    // Written through a temporary file like the bundle: parallel test files may build at once.
    const tmp = `${stamp}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, current);
    fs.renameSync(tmp, stamp);
  }
  built = true;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; timeoutMs?: number } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, PAR_CHECK_DEBUG: '' },
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/**
 * main() in this process, as runFromProcess() wires it (stderr not a terminal, cwd given).
 * PAR_CHECK_DEBUG is cleared for the run, as runCli() does for the child, so an unexpected error
 * shows what a user sees (a sentence, never a stack trace).
 */
export async function cli(args: string[], options: { cwd?: string } = {}): Promise<CliRun & { code: number }> {
  // Loaded on first use: test files that only spawn the CLI do not pay for the whole command graph.
  const { main } = await import('../../src/cli/main');
  let stdout = '';
  let stderr = '';
  const debug = process.env.PAR_CHECK_DEBUG;
  delete process.env.PAR_CHECK_DEBUG;
  try {
    const code = await main(args, {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      stderrIsTTY: false,
      cwd: options.cwd ?? ROOT,
    });
    return { code, stdout, stderr };
  } finally {
    if (debug !== undefined) process.env.PAR_CHECK_DEBUG = debug;
  }
}

const made: string[] = [];

/** A fresh temp folder for one test file's outputs (never inside the repository). */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `par-check-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Remove the temp folders made by this test file (call in afterAll). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A Node stack trace line ("    at fn (file.js:1:2)"): users must never see one. */
export const STACK_LINE = /^\s+at .+[:(]\d+/m;
