/**
 * The floor of a batch check, for the benchmarks: read every .xlsx of a folder, inflate every
 * worksheet and the shared strings, and scan every cell once (count the <c …> elements and the
 * <v>/<t> values). No checking, no output: nothing a real check could skip. Plain JavaScript on
 * purpose (no TypeScript loader, no par-check code), so it is independent of what it bounds.
 * Usage: node bench/floor.js <folder>   → prints "files cells ms" as JSON on stdout.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function entries(data) {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return [];
  const out = [];
  let at = view.getUint32(eocd + 16, true);
  for (let n = view.getUint16(eocd + 10, true); n > 0; n--) {
    const nameLen = view.getUint16(at + 28, true);
    const name = data.toString('utf8', at + 46, at + 46 + nameLen);
    const lo = view.getUint32(at + 42, true);
    const start = lo + 30 + view.getUint16(lo + 26, true) + view.getUint16(lo + 28, true);
    out.push({ name, method: view.getUint16(at + 10, true), start, end: start + view.getUint32(at + 20, true) });
    at += 46 + nameLen + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

function scan(xml) {
  // One pass over the text: every cell start and every value/text element.
  let cells = 0;
  let values = 0;
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
    const c = xml.charCodeAt(i + 1);
    if (c === 99 /* c */ && (xml.charCodeAt(i + 2) === 32 || xml.charCodeAt(i + 2) === 62)) cells++;
    else if ((c === 118 /* v */ || c === 116 /* t */) && xml.charCodeAt(i + 2) === 62) values++;
  }
  return { cells, values };
}

function floor(dir) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort();
  const t = process.hrtime.bigint();
  let cells = 0;
  let values = 0;
  for (const f of files) {
    const data = fs.readFileSync(path.join(dir, f));
    for (const e of entries(data)) {
      if (!/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i.test(e.name)) continue;
      const raw = data.subarray(e.start, e.end);
      const xml = (e.method === 8 ? zlib.inflateRawSync(raw) : raw).toString('utf8');
      const s = scan(xml);
      cells += s.cells;
      values += s.values;
    }
  }
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return { files: files.length, cells, values, ms };
}

module.exports = { floor };

if (require.main === module) process.stdout.write(JSON.stringify(floor(process.argv[2])) + '\n');
