/**
 * The bin runs the bundle through V8's code cache (bin/par-check.js). V8 checks little more than
 * the source's length before using a cache, so a cache from another build of the same length would
 * run the old build's code. The cache carries a stamp of its bundle; a changed bundle runs as it
 * is and gets a fresh cache, and a build deletes the old cache.
 *
 * A copy of the bin and a fresh build live in test-output/ (inside the repository, so the bundle
 * finds node_modules).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './run-cli';

const DIR = path.join(ROOT, 'test-output', `code-cache-${process.pid}`);
const BIN = path.join(DIR, 'bin', 'par-check.js');
const BUNDLE = path.join(DIR, 'dist', 'cli', 'par-check.js');
const CACHE = `${BUNDLE}.cache`;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require(path.join(ROOT, 'package.json')) as { version: string };

const runVersion = () => {
  const r = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.trim();
};
const stampOfCache = () => {
  const data = fs.readFileSync(CACHE);
  return data.subarray(0, data.indexOf(10)).toString('latin1');
};

beforeAll(() => {
  fs.mkdirSync(path.dirname(BIN), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'bin', 'par-check.js'), BIN);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildCli } = require(path.join(ROOT, 'scripts', 'build-cli.js')) as { buildCli: (dir?: string) => string };
  buildCli(path.dirname(BUNDLE));
});
afterAll(() => fs.rmSync(DIR, { recursive: true, force: true }));

describe('code cache of the CLI bundle', () => {
  it('is written by the first run, stamped with its bundle, and used as it is by the next', () => {
    expect(fs.existsSync(CACHE)).toBe(false); // a fresh build has none
    expect(runVersion()).toBe(version);
    const stat = fs.statSync(BUNDLE);
    expect(stampOfCache()).toBe(`par-check-cache/1 ${stat.size} ${stat.mtimeMs} ${process.version}`);
    const written = fs.readFileSync(CACHE);
    expect(runVersion()).toBe(version);
    expect(fs.readFileSync(CACHE).equals(written)).toBe(true); // accepted, not written again
  });

  it('is not used for a changed bundle of the same length: the new code runs and a new cache is written', () => {
    runVersion(); // a cache for the current bundle
    const before = stampOfCache();
    // Same length, other text: V8 alone would take the old cache and print the old version.
    const other = version.replace(/\d/g, (d) => (d === '7' ? '8' : '7'));
    const source = fs.readFileSync(BUNDLE, 'utf8');
    expect(source.includes(JSON.stringify(version))).toBe(true);
    const changed = source.split(JSON.stringify(version)).join(JSON.stringify(other));
    expect(changed.length).toBe(source.length);
    fs.writeFileSync(BUNDLE, changed);
    fs.utimesSync(BUNDLE, new Date(), new Date(Date.now() + 5000)); // a distinct mtime even on a coarse clock
    expect(runVersion()).toBe(other);
    expect(stampOfCache()).not.toBe(before);
    expect(runVersion()).toBe(other);
  });

  it('is deleted by a build', () => {
    runVersion();
    expect(fs.existsSync(CACHE)).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildCli } = require(path.join(ROOT, 'scripts', 'build-cli.js')) as { buildCli: (dir?: string) => string };
    buildCli(path.dirname(BUNDLE));
    expect(fs.existsSync(CACHE)).toBe(false);
    expect(runVersion()).toBe(version);
  });
});
