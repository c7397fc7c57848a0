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
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'par-check.js');
export const SAMPLES = path.join(ROOT, 'test', 'fixtures', 'samples');

let built = false;
export function ensureBuilt(): void {
  if (built) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildCli } = require(path.join(ROOT, 'scripts', 'build-cli.js')) as { buildCli: () => string };
  buildCli();
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
