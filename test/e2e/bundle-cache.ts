/**
 * esbuild bundles for the browser tests, built once and kept in os.tmpdir() until a file they are
 * made of changes. The pane harness and the checking page bundle Fluent, React and ExcelJS: 1–3 s
 * of CPU each, which every browser test file used to spend again (the pane file three times).
 *
 * A bundle is stored under a key naming how it is built (esbuild's version, the options, the
 * `salt`: the text of the module that asks for it, so a changed plugin rebuilds), next to the list
 * of every input file esbuild read (its metafile) with the SHA-256 of each. It is used only while
 * every input still has that hash; otherwise it is built again and the entry replaced. Written
 * through a temporary file and a rename, so test files running side by side never read half a
 * bundle (two of them may build the same bundle at once; the last rename wins, both are equal).
 *
 * PAR_CHECK_BUNDLE_CACHE=0 turns the cache off (every call builds).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { build, version, type BuildOptions } from 'esbuild';

export const CACHE_DIR = path.join(os.tmpdir(), `par-check-e2e-bundles-${os.userInfo().uid}`);

interface Entry {
  /** Input path (absolute) → SHA-256 of its content when the bundle was built. */
  inputs: Record<string, string>;
  /** SHA-256 of the bundle stored with it. */
  output: string;
}

const sha256 = (data: string | Buffer): string => crypto.createHash('sha256').update(data).digest('hex');

function fileHash(file: string): string | null {
  try {
    return sha256(fs.readFileSync(file));
  } catch {
    return null;
  }
}

/** The key of a build: everything but the input files that decides its output. */
export function bundleKey(options: BuildOptions, salt: string): string {
  const { plugins, ...rest } = options;
  return sha256(JSON.stringify({ esbuild: version, rest, plugins: (plugins ?? []).map((p) => p.name), salt })).slice(0, 32);
}

/** Whether every input of a stored entry still has the content it was built from. */
export function inputsUnchanged(entry: Entry): boolean {
  const files = Object.keys(entry.inputs);
  return files.length > 0 && files.every((f) => fileHash(f) === entry.inputs[f]);
}

function writeAtomically(file: string, data: string): void {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/**
 * The one output file of an esbuild build of `options` (write: false is forced), from the cache
 * when none of its inputs changed. `salt` is hashed into the key (pass the asking module's text).
 */
export async function cachedBundle(options: BuildOptions, salt: string): Promise<string> {
  const useCache = process.env.PAR_CHECK_BUNDLE_CACHE !== '0';
  const key = bundleKey(options, salt);
  const jsFile = path.join(CACHE_DIR, `${key}.js`);
  const metaFile = path.join(CACHE_DIR, `${key}.json`);
  if (useCache) {
    try {
      const entry = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as Entry;
      if (inputsUnchanged(entry)) {
        const js = fs.readFileSync(jsFile, 'utf8');
        // The entry is written after the bundle: a bundle whose hash the entry does not hold is
        // from another build (a race) and is not used.
        if (sha256(js) === entry.output) return js;
      }
    } catch {
      // No entry yet, or unreadable: build.
    }
  }
  const absWorkingDir = options.absWorkingDir ?? process.cwd();
  const out = await build({ ...options, absWorkingDir, write: false, metafile: true });
  if (out.outputFiles?.length !== 1) throw new Error(`esbuild wrote ${out.outputFiles?.length ?? 0} files, expected one`);
  const js = out.outputFiles[0].text;
  if (useCache) {
    const inputs: Record<string, string> = {};
    for (const rel of Object.keys(out.metafile!.inputs)) {
      // Inputs made by a plugin in a namespace of its own have no file; ours only rewrite files.
      const file = path.resolve(absWorkingDir, rel);
      const h = fileHash(file);
      if (h === null) throw new Error(`esbuild input ${rel} is no file: the bundle cache cannot watch it`);
      inputs[file] = h;
    }
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    writeAtomically(jsFile, js);
    const entry: Entry = { inputs, output: sha256(js) };
    writeAtomically(metaFile, JSON.stringify(entry));
  }
  return js;
}
