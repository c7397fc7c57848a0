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
/** The second line: the kinds of run (command and options) whose functions the cache holds. */
const kindsOfCache = () => {
  const data = fs.readFileSync(CACHE);
  const start = data.indexOf(10) + 1;
  return data.subarray(start, data.indexOf(10, start)).toString('latin1').split(';');
};
const SAMPLE = path.join(ROOT, 'test', 'fixtures', 'samples', 'so-tu-phap-2024.xlsx');
const runCheck = (...options: string[]) => {
  const r = spawnSync(process.execPath, [BIN, 'check', SAMPLE, ...options], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
};

let freshBuildHadCache: boolean | null = null;
let pristine: Buffer | null = null;
beforeAll(() => {
  fs.mkdirSync(path.dirname(BIN), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'bin', 'par-check.js'), BIN);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildCli } = require(path.join(ROOT, 'scripts', 'build-cli.js')) as { buildCli: (dir?: string) => string };
  buildCli(path.dirname(BUNDLE));
  // Seen here, before any test runs the bin: the tests may run in any order (jest --randomize).
  freshBuildHadCache = fs.existsSync(CACHE);
  pristine = fs.readFileSync(BUNDLE);
});
afterAll(() => fs.rmSync(DIR, { recursive: true, force: true }));

describe('code cache of the CLI bundle', () => {
  // Tests change the bundle (another version, non-ASCII) and leave caches: each starts from the
  // bundle as built and no cache, whatever ran before it (jest --randomize).
  beforeEach(() => {
    fs.rmSync(CACHE, { recursive: true, force: true });
    fs.writeFileSync(BUNDLE, pristine!);
  });

  it('is written by the first run, stamped with its bundle, and used as it is by the next', () => {
    expect(freshBuildHadCache).toBe(false); // a fresh build has none
    expect(runVersion()).toBe(version);
    const stat = fs.statSync(BUNDLE);
    expect(stampOfCache()).toBe(`par-check-cache/2 ${stat.size} ${stat.mtimeMs} ${process.version}`);
    expect(kindsOfCache()).toEqual(['-']); // the run that wrote it: no command
    const written = fs.readFileSync(CACHE);
    expect(runVersion()).toBe(version);
    expect(fs.readFileSync(CACHE).equals(written)).toBe(true); // accepted, not written again
  });

  it('is written again by a kind of run it does not cover yet (a check after --help), with that run\'s functions added', () => {
    fs.rmSync(CACHE, { force: true });
    runVersion();
    const afterVersion = fs.readFileSync(CACHE);
    const text = runCheck();
    const afterCheck = fs.readFileSync(CACHE);
    expect(kindsOfCache()).toEqual(['-', 'check']);
    // The checker's functions, compiled by the check, are in it now: a cache several times larger.
    expect(afterCheck.length).toBeGreaterThan(2 * afterVersion.length);
    expect(runCheck()).toBe(text);
    expect(fs.readFileSync(CACHE).equals(afterCheck)).toBe(true); // covered: left as it is
    runCheck('--lang', 'en', '--json'); // options count, their values do not
    expect(kindsOfCache()).toEqual(['-', 'check', 'check --json --lang']);
    const withJson = fs.readFileSync(CACHE);
    runCheck('--json', '--lang', 'vi');
    runVersion();
    expect(fs.readFileSync(CACHE).equals(withJson)).toBe(true);
  });

  it('goes to the user\'s cache folder when it cannot be written beside the bundle, and is used from there', () => {
    const home = fs.mkdtempSync(path.join(DIR, 'home-'));
    // Tests run as root, where a read-only folder would not stop the write: a folder in the
    // cache's place does (the finished cache cannot be renamed onto it).
    fs.rmSync(CACHE, { force: true });
    fs.mkdirSync(path.join(CACHE, 'blocked'), { recursive: true });
    const env = { ...process.env, XDG_CACHE_HOME: path.join(home, 'xdg'), LOCALAPPDATA: path.join(home, 'local'), HOME: home, USERPROFILE: home };
    const check = () => {
      const r = spawnSync(process.execPath, [BIN, 'check', SAMPLE], { encoding: 'utf8', env });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      return r.stdout;
    };
    const found = () => {
      const files: string[] = [];
      const walk = (d: string) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          if (e.isDirectory()) walk(path.join(d, e.name));
          else files.push(path.join(d, e.name));
        }
      };
      walk(home);
      return files;
    };
    try {
      const text = check();
      const [file, ...more] = found();
      expect(more).toEqual([]);
      expect(path.basename(file)).toMatch(/^par-check-[0-9a-f]{8}\.js\.cache$/);
      const stat = fs.statSync(BUNDLE);
      const written = fs.readFileSync(file);
      expect(written.subarray(0, written.indexOf(10)).toString('latin1')).toBe(`par-check-cache/2 ${stat.size} ${stat.mtimeMs} ${process.version}`);
      if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600); // the user's alone
      const past = new Date('2020-01-01T00:00:00Z');
      fs.utimesSync(file, past, past);
      expect(check()).toBe(text);
      // Read from there and accepted: not written again (a new write would bear a new time).
      expect(fs.statSync(file).mtimeMs).toBe(past.getTime());
      expect(fs.readFileSync(file).equals(written)).toBe(true);
    } finally {
      fs.rmSync(CACHE, { recursive: true, force: true });
    }
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

  it('reads a bundle that is not ASCII as UTF-8 (an older build, or an edited bundle)', () => {
    // The build writes ASCII, which the bin reads as latin1; "đ" as UTF-8 is two bytes that
    // latin1 would show as "Ä" and a control character.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildCli } = require(path.join(ROOT, 'scripts', 'build-cli.js')) as { buildCli: (dir?: string) => string };
    buildCli(path.dirname(BUNDLE)); // this build's version string, whatever ran before
    const source = fs.readFileSync(BUNDLE, 'latin1');
    const changed = source.split(JSON.stringify(version)).join(JSON.stringify(`${version}-đ`));
    expect(changed).not.toBe(source);
    fs.writeFileSync(BUNDLE, changed, 'utf8');
    fs.utimesSync(BUNDLE, new Date(), new Date(Date.now() + 10_000));
    expect(runVersion()).toBe(`${version}-đ`);
    expect(runVersion()).toBe(`${version}-đ`); // and through the cache written by the first run
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

describe('the bundle is written in ASCII (read as latin1: one byte a character, no decoding)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { asciiOnly } = require(path.join(ROOT, 'scripts', 'build-cli.js')) as { asciiOnly: (code: string) => string };

  it('holds no other byte, in the command line and in the worker bundle', () => {
    for (const file of [BUNDLE, path.join(path.dirname(BUNDLE), 'check-worker.js')]) {
      const bytes = fs.readFileSync(file);
      expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
    }
  });

  it('writes the characters esbuild leaves in regular expressions as \\u escapes of the same meaning', () => {
    const code = 'const a = /^[đĐ]ánh\\s+giá$/i, b = /[–—…]+$/u;';
    const ascii = asciiOnly(code);
    expect(ascii).toBe('const a = /^[\\u0111\\u0110]\\u00e1nh\\s+gi\\u00e1$/i, b = /[\\u2013\\u2014\\u2026]+$/u;');
    const run = (src: string) => new Function(`${src} return [a, b];`)() as [RegExp, RegExp];
    const [a1, b1] = run(code);
    const [a2, b2] = run(ascii);
    for (const text of ['đánh giá', 'ĐÁNH  GIÁ', 'danh gia', 'Đánh giá x']) expect(a2.test(text)).toBe(a1.test(text));
    for (const text of ['mục…', 'mục –—', 'mục -']) expect(b2.test(text)).toBe(b1.test(text));
    expect(a2.test('ĐÁNH GIÁ')).toBe(true); // the i flag still folds the escaped letters
  });

  it('refuses a character it cannot escape alike: after a backslash, or a surrogate', () => {
    expect(() => asciiOnly('/\\đ/')).toThrow(/cannot write/);
    expect(() => asciiOnly('/😀/u')).toThrow(/cannot write/);
  });
});
