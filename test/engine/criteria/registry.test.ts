import { bundledSets, compareVersions, createRegistry } from '../../../src/engine/criteria/registry';
import { buildSet, item } from '../helpers/build-set';

describe('bundledSets', () => {
  it('ships the two illustrative sets, validated', () => {
    const sets = bundledSets();
    expect(sets.map((s) => `${s.id}@${s.version}`).sort()).toEqual(['mau-so-nganh-2024@2024.1', 'mau-xa-2024@2024.1']);
    for (const s of sets) expect(s.format).toBe('par-criteria/1');
  });
});

describe('compareVersions', () => {
  it('compares dotted parts numerically', () => {
    expect(compareVersions('2024.10', '2024.9')).toBe(1);
    expect(compareVersions('2024.1', '2024.1')).toBe(0);
    expect(compareVersions('2024.1', '2024.1.1')).toBe(-1);
    expect(compareVersions('2023.5', '2024.1')).toBe(-1);
  });
});

describe('createRegistry', () => {
  const v = (version: string, title = 'Bộ thử') => buildSet([item('1', 100)], { id: 'mau-so-nganh-2024', version, title });

  it('returns the latest version when none is asked for, and an exact version when asked', () => {
    const reg = createRegistry([v('2024.9'), v('2024.10')]);
    expect(reg.get('mau-so-nganh-2024')?.version).toBe('2024.10');
    expect(reg.get('mau-so-nganh-2024', '2024.1')?.id).toBe('mau-so-nganh-2024');
    expect(reg.get('mau-so-nganh-2024', '2024.1')?.items.length).toBe(8);
    expect(reg.get('mau-so-nganh-2024', '9.9')).toBeNull();
    expect(reg.get('khong-co')).toBeNull();
  });

  it('lets an added set replace one with the same id and version', () => {
    const reg = createRegistry();
    const before = reg.list().length;
    reg.add(v('2024.1', 'Bản sửa của tỉnh'));
    expect(reg.list().length).toBe(before);
    expect(reg.get('mau-so-nganh-2024', '2024.1')?.title).toBe('Bản sửa của tỉnh');
  });

  it('lists by id, newest first', () => {
    const reg = createRegistry([v('2025.1')]);
    expect(reg.list().map((s) => `${s.id}@${s.version}`)).toEqual([
      'mau-so-nganh-2024@2025.1',
      'mau-so-nganh-2024@2024.1',
      'mau-xa-2024@2024.1',
    ]);
  });
});
