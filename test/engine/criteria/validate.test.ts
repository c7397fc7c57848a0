import { loadCriteriaSetText, validateCriteriaSet, type SetProblem } from '../../../src/engine/criteria/validate';
import { buildSet, item } from '../helpers/build-set';
import mauSoNganh from '../../../src/engine/criteria/sets/mau-so-nganh-2024.json';

function problems(json: unknown): SetProblem[] {
  const r = validateCriteriaSet(json);
  if (r.ok) throw new Error('expected the set to be refused');
  return r.problems;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe('validateCriteriaSet', () => {
  it('accepts a valid set and fills defaults', () => {
    const r = validateCriteriaSet(mauSoNganh);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.set.items).toHaveLength(8);
  });

  it('accepts any Arabic numbering under a Roman area, and bonus/penalty children outside the sum', () => {
    const set = buildSet(
      [
        item('I', 6, [item('1', 2, [item('1.1', 2)]), item('3.1', 4), item('3.2', 1, [], { kind: 'bonus' })]),
        item('II', 4, [item('2', 4)]),
        item('III', 2, [], { kind: 'penalty' }),
      ],
      { scale: 10 },
    );
    expect(validateCriteriaSet(set)).toMatchObject({ ok: true });
  });

  it('reports every cross-item problem with its path, item code and a bilingual message', () => {
    const set = buildSet(
      [
        item('1', 5, [item('1.1', 2), item('1.1', 2), item('2.3', 1, [], { kind: 'survey', evidence: 'required' })]),
        item('2', 4, [item('2.1', 2), item('II', 1)]),
      ],
      { scale: 10 },
    );
    const ps = problems(set);
    const at = (path: string) => ps.find((p) => p.path === path);
    expect(at('items[0].children[1].code')?.item).toBe('1.1'); // duplicate
    expect(at('items[0].children[2].code')?.item).toBe('2.3'); // does not extend "1"
    expect(at('items[0].children[2].evidence')?.item).toBe('2.3'); // survey needs no evidence
    expect(at('items[1].maxPoints')?.item).toBe('2'); // 4 ≠ 2 + 1
    expect(at('items[1].children[1].code')?.item).toBe('II'); // Roman below an area
    expect(at('scale')?.item).toBeNull(); // 5 + 4 ≠ 10
    expect(at('items[0].maxPoints')).toBeUndefined(); // 2 + 2 + 1 = 5
    for (const p of ps) {
      expect(p.message.vi.length).toBeGreaterThan(20);
      expect(p.message.en.length).toBeGreaterThan(20);
      expect(p.message.vi).not.toBe(p.message.en);
    }
    expect(at('items[1].maxPoints')!.message.vi).toContain('Tiêu chí 2');
    expect(at('items[1].maxPoints')!.message.en).toMatch(/differs from the sum of its children's maxPoints \(3\)/);
  });

  it('maps schema errors to paths and item codes, together with the cross-item problems', () => {
    const json = clone(mauSoNganh) as any;
    json.items[0].children[0].children[1].maxPoints = '1,5';
    json.items[2].children[0].code = '3.1.';
    delete json.items[3].title;
    json.unitLevel = 'so';
    json.items[1].maxPoints = 11; // breaks Σ children and Σ areas = scale
    const ps = problems(json);
    const at = (path: string) => ps.find((p) => p.path === path);
    expect(at('items[0].children[0].children[1].maxPoints')).toMatchObject({ item: '1.1.2' });
    expect(at('items[0].children[0].children[1].maxPoints')!.message.vi).toMatch(/phải là số, không phải văn bản/);
    expect(at('items[2].children[0].code')).toMatchObject({ item: '3.1.' });
    expect(at('items[3].title')!.message.en).toMatch(/"title" is missing/);
    expect(at('unitLevel')!.message.vi).toMatch(/department/);
    expect(at('items[1].maxPoints')).toMatchObject({ item: '2' });
    expect(at('scale')).toBeDefined();
  });

  it('refuses a scoring rule on a parent and classification bands out of order', () => {
    const set = buildSet([item('1', 2, [item('1.1', 2)], { scoring: { type: 'step', step: 0.5 } })], {
      classification: [
        { label: 'Khá', minIndex: 80 },
        { label: 'Tốt', minIndex: 90 },
      ],
    });
    const paths = problems(set).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['items[0].scoring', 'classification[1].minIndex']));
  });

  it('says what to do when the file is not an object', () => {
    const ps = problems([1, 2]);
    expect(ps[0].path).toBe('');
    expect(ps[0].message.en).toMatch(/one JSON object/);
  });
});

describe('loadCriteriaSetText', () => {
  it('loads a valid file, with or without a BOM', () => {
    const text = JSON.stringify(mauSoNganh, null, 2);
    expect(loadCriteriaSetText(text).ok).toBe(true);
    expect(loadCriteriaSetText('\uFEFF' + text).ok).toBe(true);
  });

  it('gives the line and column of a syntax error and names a trailing comma', () => {
    const r = loadCriteriaSetText('{\n  "format": "par-criteria/1",\n  "id": "x",\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 4, column: 1 });
    expect(r.problems[0].message.vi).toMatch(/dòng 4, cột 1/);
    expect(r.problems[0].message.en).toMatch(/trailing comma/);
  });

  it('names comments copied from the spec', () => {
    const r = loadCriteriaSetText('{\n  "format": "par-criteria/1", // bắt buộc\n}');
    if (r.ok) throw new Error('should fail');
    expect(r.problems[0].line).toBe(2);
    expect(r.problems[0].message.vi).toMatch(/chú thích/);
  });

  it('names a truncated file', () => {
    const r = loadCriteriaSetText('{"format": "par-criteria/1", "items": [');
    if (r.ok) throw new Error('should fail');
    expect(r.problems[0].message.en).toMatch(/ends too early/);
  });

  it('validates a parsed file and reports its problems', () => {
    const r = loadCriteriaSetText(JSON.stringify({ ...buildSet([item('1', 10)]), scale: 100 }));
    if (r.ok) throw new Error('should fail');
    expect(r.problems.map((p) => p.path)).toEqual(['scale']);
  });
});
