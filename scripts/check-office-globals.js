#!/usr/bin/env node
/**
 * Only src/excel touches Office.js (issue 12, "Layering enforced"). dependency-cruiser sees
 * imports, not the globals office.js puts on the page, so this script reads every .ts/.tsx/.js
 * file under src outside src/excel with the TypeScript parser and fails on any use of the globals
 * `Excel`, `Office` or `OfficeExtension` — as a value (`Office.onReady`), a type
 * (`Excel.RequestContext`) or a property of window/globalThis (`window.Office`). Comments and
 * strings ("mở tệp bằng Excel") are not code and never count.
 *
 * Usage: node scripts/check-office-globals.js [dir] [--cache file]   (exit 1 with the places listed)
 *
 * --cache FILE (npm test): what was found in each file is remembered by the file's path and a hash
 * of its text (and of this script); an unchanged file is not parsed again, and when no file changed
 * the TypeScript parser is not even loaded (≈ 2 → 0.1 CPU s).
 */
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
/** The TypeScript parser, loaded at the first file that has to be parsed. */
let ts;

const GLOBALS = new Set(['Excel', 'Office', 'OfficeExtension']);

/**
 * Files allowed to look at a global, each with its reason. Keep this list short.
 * - boot.js only asks whether office.js loaded at all (`typeof window.Office`) to tell a blocked
 *   network from a slow one; it is plain ES5 inlined into the page before any bundle, so it
 *   cannot import src/excel/office-env.ts.
 */
const ALLOWED = new Map([['src/taskpane/boot/boot.js', 'typeof window.Office before any bundle loads']]);

function filesUnder(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (/\.(ts|tsx|js)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Uses of the globals in one source text: [{ line, text }]. */
function globalUses(fileName, text) {
  ts = ts || require('typescript');
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : fileName.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const uses = [];
  const visit = (node) => {
    if (ts.isIdentifier(node) && GLOBALS.has(node.text) && isGlobalUse(node)) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      uses.push({ line: line + 1, text: text.split('\n')[line].trim() });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return uses;
}

function isGlobalUse(id) {
  const p = id.parent;
  // `x.Office`: only window.Office / globalThis.Office / self.Office reach the global.
  if (ts.isPropertyAccessExpression(p) && p.name === id) {
    return ts.isIdentifier(p.expression) && ['window', 'globalThis', 'self'].includes(p.expression.text);
  }
  // Names that merely happen to be spelled so: declarations, object keys, imports of that name.
  if ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p)) && p.name === id) return false;
  if (ts.isQualifiedName(p) && p.right === id) return false;
  if (ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isClassDeclaration(p)) return p.name !== id;
  if (ts.isImportSpecifier(p) || ts.isImportClause(p) || ts.isNamespaceImport(p) || ts.isExportSpecifier(p)) return false;
  if (ts.isJsxAttribute(p)) return false;
  return true;
}

/**
 * `memo` (optional): { [path + text hash]: uses } from an earlier run of this script; files found
 * there are not parsed again, and `memo` is left holding exactly the files of this run.
 */
function checkOfficeGlobals(root, memo) {
  const src = path.join(root, 'src');
  const problems = [];
  const seen = {};
  for (const file of filesUnder(src)) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    if (rel.startsWith('src/excel/') || ALLOWED.has(rel)) continue;
    const text = fs.readFileSync(file, 'utf8');
    const key = `${rel}\0${crypto.createHash('sha256').update(text).digest('hex')}`;
    const uses = memo && memo[key] ? memo[key] : globalUses(file, text);
    seen[key] = uses;
    for (const u of uses) problems.push(`${rel}:${u.line}: ${u.text}`);
  }
  if (memo) {
    for (const k of Object.keys(memo)) delete memo[k];
    Object.assign(memo, seen);
  }
  return problems;
}

/** The remembered uses per file, when made by this very script; else an empty memo. */
function readMemo(cacheFile) {
  const script = crypto.createHash('sha256').update(fs.readFileSync(__filename)).digest('hex');
  try {
    const saved = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    if (saved.script === script && saved.files && typeof saved.files === 'object') return { script, files: saved.files };
  } catch {
    // no cache yet, or a damaged one: every file is parsed
  }
  return { script, files: {} };
}

module.exports = { globalUses, checkOfficeGlobals, readMemo };

if (require.main === module) {
  const args = process.argv.slice(2);
  const cacheAt = args.indexOf('--cache');
  const cacheFile = cacheAt >= 0 ? args[cacheAt + 1] : undefined;
  const positional = args.filter((a, i) => !a.startsWith('--') && !(cacheAt >= 0 && i === cacheAt + 1));
  const root = path.resolve(positional[0] || path.join(__dirname, '..'));
  const memo = cacheFile ? readMemo(cacheFile) : null;
  const problems = checkOfficeGlobals(root, memo ? memo.files : undefined);
  if (cacheFile) {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify(memo));
  }
  if (problems.length > 0) {
    console.error('check-office-globals: Office.js chỉ được dùng trong src/excel / Office.js globals outside src/excel:');
    for (const p of problems) console.error(`  ${p}`);
    console.error('Chuyển phần này vào src/excel (sau cổng WorkbookPort) / move it into src/excel behind the WorkbookPort.');
    process.exit(1);
  }
  console.log('check-office-globals: OK');
}
