/**
 * The season's duplicates (season.ts markDuplicates), found without a key string per entry,
 * against the plain way (every entry's content key `hash + sheet` and unit key `set + version +
 * folded unit` joined in one map, the way it was written first) on generated batches where hashes
 * repeat across sheets, units repeat across sets and spellings, and some files have no hash,
 * unit or set.
 */
import { seasonResults, type SeasonEntry, type SeasonInput } from '../../../src/engine/results/season';
import { SHEET_STATUSES } from '../../../src/engine/results/status';
import { fileStem } from '../../../src/engine/ranking/shown';
import { foldWords } from '../../../src/engine/text/normalize';
import { makeResult } from '../helpers/check-result-fixtures';

function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) >>> 0;
    return x / 2 ** 32;
  };
}
const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)];

const HASHES = ['a1', 'b2', 'c3', 'd4', 'e5', undefined, null];
const SHEETS = ['Biểu 1', 'Biểu 2'];
const UNITS = ['Sở Tư pháp', 'sở tư  pháp', 'Sở Y tế', 'SỞ Y TẾ', 'Huyện A', null];
const SETS = [{ id: 's', version: '1' }, { id: 's', version: '2' }, { id: 't', version: '1' }, null];

function batch(seed: number, n: number): SeasonInput[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const appraised = next() < 0.6;
    return {
      file: `ho-so/${pick(next, ['don-vi', 'ban-sao', 'Đơn vị'])}-${i % 37}.xlsx`,
      result: makeResult({
        unit: pick(next, UNITS),
        sheetName: pick(next, SHEETS),
        set: pick(next, SETS),
        finalIndex: appraised ? Math.round(next() * 100) : null,
        items: [{ code: '1.1', self: 1, ...(appraised ? { appraised: 1 } : {}) }],
      }),
      error: null,
      contentHash: pick(next, HASHES),
    };
  });
}

/** The plain way: one map of joined keys; every entry in a cluster (singletons too). */
function plainDuplicates(entries: SeasonEntry[], files: SeasonInput[]): { kept: boolean; duplicates: SeasonEntry['duplicates'] }[] {
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const how = new Map<string, 'sameUnit' | 'sameContent'>();
  const link = (a: number, b: number, kind: 'sameUnit' | 'sameContent') => {
    parent[find(a)] = find(b);
    const k = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (kind === 'sameContent' || !how.has(k)) how.set(k, kind);
  };
  const byKey = new Map<string, number>();
  entries.forEach((e, i) => {
    const hash = files[i].contentHash;
    if (hash) {
      const k = `h\u0000${hash}\u0000${e.result?.sheetName ?? ''}`;
      const j = byKey.get(k);
      if (j === undefined) byKey.set(k, i);
      else link(i, j, 'sameContent');
    }
    if (e.set && e.result?.unit) {
      const k = `u\u0000${e.set.id}\u0000${e.set.version}\u0000${foldWords(e.unit)}`;
      const j = byKey.get(k);
      if (j === undefined) byKey.set(k, i);
      else link(i, j, 'sameUnit');
    }
  });
  const out = entries.map(() => ({ kept: true, duplicates: [] as SeasonEntry['duplicates'] }));
  const clusters = new Map<number, number[]>();
  entries.forEach((_, i) => clusters.set(find(i), [...(clusters.get(find(i)) ?? []), i]));
  const order = (e: SeasonEntry) => SHEET_STATUSES.indexOf(e.status.status);
  const text = (a: string, b: string) => a.localeCompare(b, 'vi', { numeric: true });
  for (const members of clusters.values()) {
    if (members.length < 2) continue;
    const keep = [...members].sort(
      (a, b) => order(entries[a]) - order(entries[b]) || text(fileStem(entries[a].fileName), fileStem(entries[b].fileName)) || a - b,
    )[0];
    for (const i of members) {
      out[i].kept = i === keep;
      out[i].duplicates = members.filter((j) => j !== i).map((j) => ({ fileName: entries[j].fileName, how: how.get(i < j ? `${i}:${j}` : `${j}:${i}`) ?? 'sameUnit' }));
    }
  }
  return out;
}

describe('season duplicates', () => {
  it.each([1, 2, 3, 4, 5])('are those of the plain way on generated batch %i', (seed) => {
    const files = batch(seed, 400);
    const season = seasonResults(files);
    const expected = plainDuplicates(season.entries, files);
    const linked = expected.filter((e) => e.duplicates.length > 0).length;
    // The batch has duplicates of both kinds (else the comparison proves little).
    expect(linked).toBeGreaterThan(50);
    expect(expected.some((e) => e.duplicates.some((d) => d.how === 'sameContent'))).toBe(true);
    expect(expected.some((e) => e.duplicates.some((d) => d.how === 'sameUnit'))).toBe(true);
    expect(season.entries.map((e) => ({ kept: e.kept, duplicates: e.duplicates }))).toEqual(expected);
  });

  it('a hash seen on another sheet first still finds the first file of its own sheet', () => {
    const r = (sheetName: string) => makeResult({ unit: null, sheetName, items: [{ code: '1.1', self: 1 }] });
    const files: SeasonInput[] = [
      { file: 'a.xlsx', result: r('Biểu 1'), error: null, contentHash: 'x' },
      { file: 'b.xlsx', result: r('Biểu 2'), error: null, contentHash: 'x' },
      { file: 'c.xlsx', result: r('Biểu 2'), error: null, contentHash: 'x' },
      { file: 'd.xlsx', result: r('Biểu 1'), error: null, contentHash: 'x' },
    ];
    const season = seasonResults(files);
    expect(season.entries.map((e) => e.duplicates.map((d) => d.fileName))).toEqual([['d.xlsx'], ['c.xlsx'], ['b.xlsx'], ['a.xlsx']]);
  });
});
