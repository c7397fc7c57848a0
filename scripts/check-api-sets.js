#!/usr/bin/env node
/**
 * Checks that every Excel API member used in src/excel above the manifest's floor (ExcelApi 1.7)
 * is used only where the add-in has checked at run time that this Excel supports it.
 * Run by `npm test` (`npm run check:api-sets`); exits 1 naming file:line, member and set.
 *
 * How it works (TypeScript compiler API, not regexes): a Program over the .ts files of the
 * directory (default src/excel) with the types of @types/office-js. Every property access
 * (`range.getMergedAreasOrNullObject`, `Excel.createWorkbook`, `context.runtime.enableEvents = …`)
 * whose symbol is declared inside `declare namespace Excel` of @types/office-js is looked up:
 * the set is the `[Api set: ExcelApi X.Y]` tag in the JSDoc of the declaration that was used (the
 * resolved overload for calls), else the tag of the class/interface that declares it. A set that
 * is not `ExcelApi` (ExcelApiDesktop, ExcelApiOnline, previews) is never below the floor.
 *
 * The run-time check is office-env.ts: `detectSupports` maps each key of `ExcelSupports` to the
 * set it asks about (`mergedAreas: excel('1.13')`). That table is read from the file itself, so
 * a guard is only as strong as the version office-env really checks.
 *
 * A use above 1.7 is GUARDED when one of these holds (innermost first, up to the enclosing
 * function; arrow functions, function expressions and object-literal methods are looked through,
 * because the supports of a session never change):
 *   0. it is read on an object whose own class/interface is tagged above 1.7 with a set that
 *      covers the member (`note.content` on an Excel.Note, ExcelApi 1.18): such an object can
 *      only come from a member that needed that set, and that member is checked here;
 *   1. it sits in the true branch of `if (c)`, `c ? … : …`, `c && …`, or the false branch of
 *      `if (!c)`/`!c ? … : …`/`!c || …`, where c reads `X.key` and X has type ExcelSupports
 *      (`a && supports.key` and `!supports.key || a` count too);
 *   2. an earlier statement of the same block is `if (!X.key …) return/throw …;` (early exit);
 *   3. the enclosing function carries the annotation
 *        // requires ExcelApi 1.18: guarded by supports.notes
 *      (line comment or JSDoc just before the function or the `const f = …` holding it), the
 *      stated version equals office-env's version for that key, and EVERY reference to the
 *      function in the checked files is itself guarded (rules 1–3) by a key of at least that
 *      version. An annotated function nobody in the checked files calls is an error (its callers
 *      cannot be verified).
 * and the guarding key's version (from office-env) is ≥ the member's set.
 *
 * Not seen (documented limits): string paths given to `load('…')`/`load({…})`, properties
 * named in object literals (`range.set({…})`, `getCellProperties({ hyperlink: true })`) or in
 * destructuring, element access (`x['notes']`), members reached through `any`, and the Office
 * namespace (Office.context.…, settings): only property accesses into `Excel` are checked.
 * Takes ~3 s (building the Program over @types/office-js).
 *
 * Usage: node scripts/check-api-sets.js [dir] [--office-env file] [--quiet] [--cache file]
 *
 * --cache FILE (npm test): a passing run writes FILE with a hash of everything its Program read
 * (every source and declaration file, TypeScript's own libs included), the folder's file list,
 * this script and the arguments; a later run whose hash is the same prints the remembered output
 * instead of building the Program again (≈ 3–4 CPU s). A failing run is never remembered.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
/** The TypeScript compiler, loaded only when the check really runs (not on a --cache hit). */
let ts;

const FLOOR = { set: 'ExcelApi', version: '1.7' };
const ANNOTATION = /requires\s+ExcelApi\s+(\d+(?:\.\d+)*)\s*:\s*guarded by\s+supports\.(\w+)/;
const API_SET = /\[Api set:\s*([A-Za-z]+)\s+([^\]\s]+)[^\]]*\]/;

/** -1, 0, 1 comparing dotted versions numerically ("1.13" > "1.9"). */
function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** True when the set is above the floor, i.e. needs a run-time check. */
function aboveFloor(apiSet) {
  if (apiSet.set !== FLOOR.set || !/^\d+(\.\d+)*$/.test(apiSet.version)) return true;
  return compareVersions(apiSet.version, FLOOR.version) > 0;
}

/** A key of office-env's table covers the set when it asks for the same set at least as new. */
function covers(entry, apiSet) {
  return entry.set === apiSet.set && /^\d+(\.\d+)*$/.test(apiSet.version) && compareVersions(entry.version, apiSet.version) >= 0;
}

/** office-env's table: key of ExcelSupports → { set, version }, read from `detectSupports`. */
function readSupportTable(sourceFile) {
  const table = new Map();
  const visit = (node) => {
    if (ts.isFunctionDeclaration(node) && node.name && node.name.text === 'detectSupports') {
      const find = (n) => {
        if (ts.isReturnStatement(n) && n.expression && ts.isObjectLiteralExpression(n.expression)) {
          for (const p of n.expression.properties) {
            if (!ts.isPropertyAssignment(p) || !ts.isCallExpression(p.initializer)) continue;
            const arg = p.initializer.arguments[0];
            const callee = p.initializer.expression;
            if (arg && ts.isStringLiteral(arg) && ts.isIdentifier(callee) && callee.text === 'excel') {
              table.set(p.name.getText(sourceFile), { set: 'ExcelApi', version: arg.text });
            }
          }
        }
        ts.forEachChild(n, find);
      };
      find(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return table;
}

function isInExcelNamespace(decl) {
  for (let n = decl.parent; n; n = n.parent) {
    if (ts.isModuleDeclaration(n) && !ts.isModuleDeclaration(n.parent) && n.name.text === 'Excel' && ts.isSourceFile(n.parent)) return true;
    if (ts.isModuleDeclaration(n) && n.name.text === 'Excel' && n.parent && ts.isSourceFile(n.parent)) return true;
  }
  return false;
}

/** `[Api set: …]` in the JSDoc just before `decl`, or null. */
function apiSetOf(decl) {
  const sf = decl.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, decl.pos) || [];
  for (let i = ranges.length - 1; i >= 0; i--) {
    const m = API_SET.exec(sf.text.slice(ranges[i].pos, ranges[i].end));
    if (m) return { set: m[1], version: m[2] };
  }
  return null;
}

/** Owner's name + member's set: the member's own tag, else its class's/interface's/namespace's. */
function describeMember(decl) {
  let owner = null;
  for (let n = decl.parent; n; n = n.parent) {
    if (ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isEnumDeclaration(n) || ts.isModuleDeclaration(n)) {
      owner = n;
      break;
    }
  }
  const ownName = decl.name ? decl.name.getText() : '?';
  const ownerName = owner && owner.name ? owner.name.getText() : 'Excel';
  let apiSet = apiSetOf(decl);
  if (!apiSet && owner && !ts.isModuleDeclaration(owner)) apiSet = apiSetOf(owner);
  return { name: `${ownerName}.${ownName}`, apiSet };
}

/** Leading comments (line or JSDoc) of `node`, joined. */
function leadingComments(node) {
  const sf = node.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, node.getFullStart()) || [];
  return ranges.map((r) => sf.text.slice(r.pos, r.end)).join('\n');
}

/** Keys known true when `c` is truthy (pos) or falsy (neg); `isSupportsRead` picks `X.key` reads. */
function guardKeys(c, truthy, isSupportsRead) {
  while (ts.isParenthesizedExpression(c)) c = c.expression;
  if (ts.isPrefixUnaryExpression(c) && c.operator === ts.SyntaxKind.ExclamationToken) return guardKeys(c.operand, !truthy, isSupportsRead);
  if (ts.isBinaryExpression(c)) {
    const op = c.operatorToken.kind;
    // a && b true → both true; a || b false → both false.
    if ((op === ts.SyntaxKind.AmpersandAmpersandToken && truthy) || (op === ts.SyntaxKind.BarBarToken && !truthy)) {
      return [...guardKeys(c.left, truthy, isSupportsRead), ...guardKeys(c.right, truthy, isSupportsRead)];
    }
    return [];
  }
  if (truthy) {
    const key = isSupportsRead(c);
    if (key) return [key];
  }
  return [];
}

function alwaysExits(stmt) {
  if (ts.isReturnStatement(stmt) || ts.isThrowStatement(stmt)) return true;
  if (ts.isBlock(stmt) && stmt.statements.length) return alwaysExits(stmt.statements[stmt.statements.length - 1]);
  return false;
}

function isFunctionBoundary(n) {
  // Methods of an object literal are looked through like arrow functions (closures over the guard).
  return ts.isFunctionDeclaration(n) || (ts.isMethodDeclaration(n) && !ts.isObjectLiteralExpression(n.parent)) || ts.isConstructorDeclaration(n) || ts.isGetAccessor(n) || ts.isSetAccessor(n);
}

/**
 * Runs the check. `dir`: the folder of .ts files; `officeEnv`: the office-env.ts holding the table.
 * Returns { uses, errors, table } — uses: every member above the floor with its guard.
 */
function checkApiSets({ dir, officeEnv, typeRoots }) {
  ts = ts || require('typescript');
  const root = path.join(__dirname, '..');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.resolve(dir, f));
  const officeEnvPath = path.resolve(officeEnv || path.join(dir, 'office-env.ts'));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    types: ['office-js'],
    typeRoots: typeRoots || [path.join(root, 'node_modules', '@types')],
  });
  const checker = program.getTypeChecker();
  const errors = [];
  const uses = [];
  const envFile = program.getSourceFile(officeEnvPath);
  if (!envFile) {
    errors.push(`Không tìm thấy bảng kiểm tra office-env / office-env table not found: ${officeEnvPath}`);
    return { uses, errors, table: new Map() };
  }
  const table = readSupportTable(envFile);
  if (!table.size) errors.push(`detectSupports in ${officeEnvPath} maps no key to excel('1.x')`);

  const checked = files.map((f) => program.getSourceFile(f)).filter(Boolean);
  const where = (node) => {
    const sf = node.getSourceFile();
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    return `${path.relative(process.cwd(), sf.fileName)}:${line + 1}`;
  };

  /** `X.key` with X of type ExcelSupports (declared in office-env) → key. */
  const isSupportsRead = (e) => {
    if (!ts.isPropertyAccessExpression(e)) return null;
    const t = checker.getTypeAtLocation(e.expression);
    const s = t.aliasSymbol || t.getSymbol();
    if (!s || s.getName() !== 'ExcelSupports') return null;
    const declaredInEnv = (s.declarations || []).some((d) => path.resolve(d.getSourceFile().fileName) === officeEnvPath);
    return declaredInEnv ? e.name.text : null;
  };

  // Annotated functions: node → { key, version, name }.
  const annotated = new Map();
  const annotationOf = (fn) => {
    if (annotated.has(fn)) return annotated.get(fn);
    let holder = fn;
    if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent)) holder = fn.parent.parent.parent;
    const m = ANNOTATION.exec(leadingComments(holder));
    let info = null;
    if (m) {
      const entry = table.get(m[2]);
      const name = fn.name ? fn.name.getText() : ts.isVariableDeclaration(fn.parent) ? fn.parent.name.getText() : '(anonymous)';
      info = { key: m[2], version: m[1], name, entry, where: where(holder) };
      if (!entry) errors.push(`${info.where}: annotation names supports.${m[2]}, which office-env's detectSupports does not check`);
      else if (compareVersions(entry.version, m[1]) !== 0) {
        errors.push(`${info.where}: annotation says ExcelApi ${m[1]} for supports.${m[2]}, office-env checks ${entry.set} ${entry.version}`);
      }
    }
    annotated.set(fn, info);
    return info;
  };

  /**
   * The guard of `node` for `need` ({set, version}): a description, or null when unguarded.
   * Walks up to the enclosing named function, then its annotation.
   */
  const guardOf = (node, need) => {
    const ok = (key) => {
      const entry = table.get(key);
      return entry && covers(entry, need) ? key : null;
    };
    for (let child = node, n = node.parent; n; child = n, n = n.parent) {
      let keys = [];
      if (ts.isIfStatement(n) && child !== n.expression) keys = guardKeys(n.expression, child === n.thenStatement, isSupportsRead);
      else if (ts.isConditionalExpression(n) && child !== n.condition) keys = guardKeys(n.condition, child === n.whenTrue, isSupportsRead);
      else if (ts.isBinaryExpression(n) && child === n.right) {
        const op = n.operatorToken.kind;
        if (op === ts.SyntaxKind.AmpersandAmpersandToken) keys = guardKeys(n.left, true, isSupportsRead);
        else if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) keys = op === ts.SyntaxKind.BarBarToken ? guardKeys(n.left, false, isSupportsRead) : [];
      } else if (ts.isBlock(n) || ts.isSourceFile(n) || ts.isCaseClause(n) || ts.isDefaultClause(n)) {
        for (const s of n.statements) {
          if (s === child) break;
          if (ts.isIfStatement(s) && !s.elseStatement && alwaysExits(s.thenStatement)) keys.push(...guardKeys(s.expression, false, isSupportsRead));
        }
      }
      const hit = keys.map(ok).find(Boolean);
      if (hit) return `supports.${hit} (${table.get(hit).set} ${table.get(hit).version}) at ${where(n)}`;
      if (isFunctionBoundary(n) || ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent))) {
        const info = annotationOf(n);
        if (info && info.entry && covers(info.entry, need) && compareVersions(info.version, need.version) >= 0) {
          return `annotation on ${info.name}: supports.${info.key} (${info.entry.set} ${info.entry.version})`;
        }
        if (isFunctionBoundary(n)) return null;
      }
    }
    return null;
  };

  /**
   * Rule 0: a member no newer than the class/interface of the object it is read on needs no
   * check of its own: holding an Excel.Note (ExcelApi 1.18) means the member that produced it
   * (Worksheet.notes, itself checked here) was guarded.
   */
  const receiverGuard = (pa, need) => {
    const type = checker.getNonNullableType(checker.getTypeAtLocation(pa.expression));
    const sym = type.aliasSymbol || type.getSymbol();
    const decl = sym && (sym.declarations || []).find((d) => (ts.isClassDeclaration(d) || ts.isInterfaceDeclaration(d)) && isInExcelNamespace(d));
    const own = decl && apiSetOf(decl);
    if (own && aboveFloor(own) && covers(own, need)) return `receiver is Excel.${decl.name.text} (${own.set} ${own.version}), obtained through a checked member`;
    return null;
  };

  const memberOf = (pa) => {
    let sym = checker.getSymbolAtLocation(pa.name);
    if (!sym) return null;
    if (sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
    let decls = (sym.declarations || []).filter(isInExcelNamespace);
    if (!decls.length) return null;
    if (ts.isCallExpression(pa.parent) && pa.parent.expression === pa) {
      const sig = checker.getResolvedSignature(pa.parent);
      if (sig && sig.declaration && decls.includes(sig.declaration)) decls = [sig.declaration];
    }
    // Several declarations (merged interfaces): the oldest set is what the call can reach.
    const described = decls.map(describeMember).filter((d) => d.apiSet);
    if (!described.length) return null;
    described.sort((a, b) => (aboveFloor(a.apiSet) === aboveFloor(b.apiSet) ? compareVersions(a.apiSet.version, b.apiSet.version) : aboveFloor(a.apiSet) ? 1 : -1));
    return described[0];
  };

  for (const sf of checked) {
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const member = memberOf(node);
        if (member && aboveFloor(member.apiSet)) {
          const guard = receiverGuard(node, member.apiSet) || guardOf(node, member.apiSet);
          const use = { where: where(node.name), member: member.name, set: `${member.apiSet.set} ${member.apiSet.version}`, guard };
          uses.push(use);
          if (!guard) {
            errors.push(
              `${use.where}: ${use.member} cần ${use.set} nhưng không được kiểm tra lúc chạy / needs ${use.set} (above the manifest's ExcelApi ${FLOOR.version}) but is not guarded by an office-env supports check`,
            );
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  // Every annotated function that guarded something: each reference must be guarded itself.
  for (const [fn, info] of annotated) {
    if (!info || !info.entry) continue;
    const target = checker.getSymbolAtLocation(fn.name || fn.parent.name);
    let refs = 0;
    for (const sf of checked) {
      const visit = (node) => {
        if (ts.isIdentifier(node) && node !== (fn.name || fn.parent.name)) {
          let s = checker.getSymbolAtLocation(node);
          if (s && s.flags & ts.SymbolFlags.Alias && !ts.isImportSpecifier(node.parent) && !ts.isExportSpecifier(node.parent)) s = checker.getAliasedSymbol(s);
          if (s === target && !ts.isImportSpecifier(node.parent) && !ts.isExportSpecifier(node.parent)) {
            refs++;
            const ref = ts.isPropertyAccessExpression(node.parent) && node.parent.name === node ? node.parent : node;
            const guard = guardOf(ref, { set: info.entry.set, version: info.version });
            uses.push({ where: where(node), member: `${info.name}()`, set: `${info.entry.set} ${info.version}`, guard });
            if (!guard) errors.push(`${where(node)}: ${info.name} is annotated "requires ExcelApi ${info.version}" but this call is not guarded by supports.${info.key} / lời gọi chưa được kiểm tra`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    if (!refs) errors.push(`${info.where}: ${info.name} is annotated "requires ExcelApi ${info.version}" but nothing in ${path.relative(process.cwd(), dir) || '.'} calls it, so its callers cannot be verified`);
  }

  // Every file the Program read: what a --cache hash must cover.
  const read = program.getSourceFiles().map((sf) => sf.fileName);
  return { uses, errors, table, read };
}

function formatTable(uses) {
  const rows = uses.map((u) => [u.where, u.member, u.set, u.guard || 'UNGUARDED']);
  const head = ['file:line', 'member', 'set', 'guard'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

/** The .ts files the Program starts from (the folder's list: a new file changes the check). */
function rootFiles(dir) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort();
}

/** One hash over this script, TypeScript's version, the arguments, the root list and every read file. */
function cacheHash(args, dir, read) {
  const h = crypto.createHash('sha256');
  h.update(fs.readFileSync(__filename));
  h.update(`\0${require('typescript/package.json').version}\0${JSON.stringify(args)}\0${rootFiles(dir).join('\n')}\0`);
  for (const f of read) {
    h.update(`${f}\0`);
    try {
      h.update(crypto.createHash('sha256').update(fs.readFileSync(f)).digest());
    } catch {
      h.update('missing');
    }
  }
  return h.digest('hex');
}

/** The remembered output of a passing run with the same inputs, or null. */
function cachedOutput(cacheFile, args, dir) {
  try {
    const saved = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    if (!Array.isArray(saved.read) || typeof saved.output !== 'string') return null;
    return cacheHash(args, dir, saved.read) === saved.hash ? saved.output : null;
  } catch {
    return null;
  }
}

function main(argv) {
  const args = argv.slice(2);
  const quiet = args.includes('--quiet');
  const envAt = args.indexOf('--office-env');
  const officeEnv = envAt >= 0 ? args[envAt + 1] : undefined;
  const cacheAt = args.indexOf('--cache');
  const cacheFile = cacheAt >= 0 ? args[cacheAt + 1] : undefined;
  const positional = args.filter((a, i) => !a.startsWith('--') && !(envAt >= 0 && i === envAt + 1) && !(cacheAt >= 0 && i === cacheAt + 1));
  const dir = positional[0] || path.join(__dirname, '..', 'src', 'excel');
  const keyArgs = args.filter((a, i) => !(cacheAt >= 0 && (i === cacheAt || i === cacheAt + 1)));
  if (cacheFile) {
    const output = cachedOutput(cacheFile, keyArgs, dir);
    if (output !== null) {
      process.stdout.write(output);
      return 0;
    }
  }
  const { uses, errors, read } = checkApiSets({ dir, officeEnv });
  const out = [];
  if (!quiet || errors.length) {
    out.push(`Excel API members above ExcelApi ${FLOOR.version} used in ${path.relative(process.cwd(), dir) || '.'}:`);
    out.push(uses.length ? formatTable(uses) : '(none)');
  }
  if (errors.length) {
    console.log(out.join('\n'));
    console.error(`\ncheck-api-sets: ${errors.length} lỗi / error(s):`);
    for (const e of errors) console.error(`  ${e}`);
    return 1;
  }
  out.push(`check-api-sets: OK (${uses.length} guarded use(s) above ExcelApi ${FLOOR.version})`);
  const output = `${out.join('\n')}\n`;
  process.stdout.write(output);
  if (cacheFile) {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify({ hash: cacheHash(keyArgs, dir, read), read, output }));
  }
  return 0;
}

module.exports = { checkApiSets, formatTable, compareVersions, cacheHash, cachedOutput };

if (require.main === module) process.exitCode = main(process.argv);
