/**
 * scripts/check-api-sets.js --cache: a passing run's output is reused only while every input is
 * the same — each file its Program read, the folder's list of .ts files, the arguments. Tested on
 * the cache helpers with small temp files (no Program is built here; the check itself is
 * check-api-sets.test.ts).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cacheHash, cachedOutput } = require('../../scripts/check-api-sets.js') as {
  cacheHash(args: string[], dir: string, read: string[]): string;
  cachedOutput(cacheFile: string, args: string[], dir: string): string | null;
};

let dir: string;
let cacheFile: string;
let read: string[];
const OUTPUT = 'check-api-sets: OK (2 guarded use(s) above ExcelApi 1.7)\n';

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-sets-cache-'));
  fs.writeFileSync(path.join(dir, 'a.ts'), 'export const a = 1;\n');
  fs.writeFileSync(path.join(dir, 'office-env.ts'), 'export const b = 2;\n');
  const lib = path.join(dir, 'lib');
  fs.mkdirSync(lib);
  fs.writeFileSync(path.join(lib, 'types.d.ts'), 'declare const c: number;\n');
  read = [path.join(dir, 'a.ts'), path.join(dir, 'office-env.ts'), path.join(lib, 'types.d.ts')];
  cacheFile = path.join(dir, 'cache.json');
  fs.writeFileSync(cacheFile, JSON.stringify({ hash: cacheHash(['--quiet'], dir, read), read, output: OUTPUT }));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('check-api-sets --cache', () => {
  it('gives the remembered output back when nothing changed', () => {
    expect(cachedOutput(cacheFile, ['--quiet'], dir)).toBe(OUTPUT);
  });

  it('runs again when a file the Program read changed, even one outside the folder', () => {
    fs.writeFileSync(path.join(dir, 'lib', 'types.d.ts'), 'declare const c: string;\n');
    expect(cachedOutput(cacheFile, ['--quiet'], dir)).toBeNull();
  });

  it('runs again when a read file is gone', () => {
    fs.rmSync(path.join(dir, 'a.ts'));
    expect(cachedOutput(cacheFile, ['--quiet'], dir)).toBeNull();
  });

  it('runs again when the folder has a new .ts file (a new root of the Program)', () => {
    fs.writeFileSync(path.join(dir, 'new-use.ts'), 'export {};\n');
    expect(cachedOutput(cacheFile, ['--quiet'], dir)).toBeNull();
  });

  it('runs again for other arguments', () => {
    expect(cachedOutput(cacheFile, [], dir)).toBeNull();
  });

  it('runs again when the cache file is damaged or missing', () => {
    fs.writeFileSync(cacheFile, '{"hash": 1');
    expect(cachedOutput(cacheFile, ['--quiet'], dir)).toBeNull();
    fs.rmSync(cacheFile);
    expect(cachedOutput(cacheFile, ['--quiet'], dir)).toBeNull();
  });
});
