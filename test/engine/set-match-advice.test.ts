/**
 * The set-choice findings say what to do where the reader is: the command line names its
 * options, the pane and the checking page name their own buttons and never a CLI option.
 */
import { chooseSet } from '../../src/engine/set-match';
import type { Finding } from '../../src/engine/findings/finding';
import { buildParsed, type RowSpec } from './helpers/build-parsed';
import { cleanRows, ruleSet } from './helpers/parsed-fixtures';

const current = ruleSet();
const nothingFits: RowSpec[] = [['9', { max: 1 }], ['9.1', { max: 1 }]];

/** The three set-choice messages a sheet can get, for one surface. */
function messages(surface?: 'cli' | 'pane' | 'page'): Finding[] {
  return [
    ...chooseSet(buildParsed(nothingFits), [current], undefined, 'forced', surface).findings, // no set fits
    ...chooseSet(buildParsed(nothingFits), [], undefined, 'forced', surface).findings, // no set loaded
    ...chooseSet(buildParsed(cleanRows(), { declaredSetId: 'tinh-x-2024' }), [current], undefined, 'forced', surface).findings,
  ];
}

describe('set-choice advice per surface', () => {
  test('the command line (default) names --criteria and import-set', () => {
    const found = messages();
    expect(found.map((f) => f.code)).toEqual(['layout.noSetMatched', 'layout.noSetMatched', 'layout.unknownDeclaredSet']);
    for (const f of found) expect(f.message.vi).toContain('--criteria');
    expect(messages('cli').map((f) => f.message)).toEqual(found.map((f) => f.message));
  });

  test.each(['pane', 'page'] as const)('the %s names no command-line option in either language', (surface) => {
    const found = messages(surface);
    expect(found).toHaveLength(3);
    for (const f of found) {
      for (const text of [f.message.vi, f.message.en]) {
        expect(text).not.toMatch(/--[a-z]/);
        expect(text).not.toMatch(/import-set|par-check/);
      }
    }
  });

  test('the page names its two buttons; the pane the buttons of its result card', () => {
    for (const f of messages('page')) {
      expect(f.message.vi).toContain('"Nạp bộ tiêu chí (.json)"');
      expect(f.message.vi).toContain('"Tạo bộ tiêu chí từ biểu mẫu"');
      expect(f.message.en).toContain('"Load criteria sets (.json)"');
    }
    for (const f of messages('pane')) expect(f.message.vi).toContain('"Tạo từ trang tính này" hoặc "Nạp tệp bộ tiêu chí"');
  });
});
