/**
 * Title checks (src/engine/findings/title-checks.ts): when a title on the sheet counts as changed,
 * rule by rule, on made-up words (so no abbreviation or function word interferes unless meant),
 * with similarities worked out by hand. Bigram similarity (Dice) = 2 × common bigrams / (bigrams
 * of both), bigrams taken from the folded title without spaces.
 */
import { findTitleIssues, titleChanged, titleKey, titleSimilarity, TITLE_THRESHOLD } from '../../../src/engine/findings/title-checks';
import { buildSet, item } from '../helpers/build-set';
import { cleanRows, contextFor, keys, ruleSet, runCheck } from '../helpers/parsed-fixtures';

const SET_TITLE = 'alpha beta gamma delta';

describe('titleKey: the title as compared', () => {
  test('folded words, the leading code dropped', () => {
    expect(titleKey('1.1.  BAN HÀNH, kế hoạch!')).toBe('ban hanh ke hoach');
    expect(titleKey('II. Công tác')).toBe('cong tac');
    expect(titleKey('a) Công tác')).toBe('cong tac');
    expect(titleKey('đ) Công tác')).toBe('cong tac');
    expect(titleKey('3/ Công tác')).toBe('cong tac');
    expect(titleKey('3: Công tác')).toBe('cong tac');
    expect(titleKey('3 - Công tác')).toBe('cong tac');
    expect(titleKey('  C. Công tác')).toBe('cong tac');
    expect(titleKey('12/ Công tác')).toBe('cong tac');
    expect(titleKey('XL. Công tác')).toBe('cong tac');
    expect(titleKey('B) Công tác')).toBe('cong tac');
    // Not a code: a word that merely starts the title, or a code without its punctuation.
    expect(titleKey('Công tác')).toBe('cong tac');
    expect(titleKey('ab) Công tác')).toBe('ab cong tac');
  });

  test('each long form becomes the abbreviation sheets use', () => {
    expect(titleKey('Cải cách hành chính')).toBe('cchc');
    expect(titleKey('Thủ tục hành chính')).toBe('tthc');
    expect(titleKey('Văn bản quy phạm pháp luật')).toBe('vbqppl');
    expect(titleKey('Điều tra xã hội học')).toBe('dtxhh');
    expect(titleKey('Qua XHH')).toBe('qua dtxhh');
    expect(titleKey('Công nghệ thông tin')).toBe('cntt');
    expect(titleKey('Ủy ban nhân dân tỉnh')).toBe('ubnd tinh');
    expect(titleKey('Hội đồng nhân dân')).toBe('hdnd');
    expect(titleKey('Cán bộ, công chức, viên chức')).toBe('cbccvc');
    expect(titleKey('Phản ánh, kiến nghị')).toBe('pakn');
    // Every occurrence, and only whole words.
    expect(titleKey('CCHC và cải cách hành chính')).toBe('cchc va cchc');
    expect(titleKey('xhhx')).toBe('xhhx');
    const long = ['cai cach hanh chinh', 'thu tuc hanh chinh', 'van ban quy pham phap luat', 'dieu tra xa hoi hoc', 'xhh', 'cong nghe thong tin', 'uy ban nhan dan', 'hoi dong nhan dan', 'can bo cong chuc vien chuc', 'phan anh kien nghi'];
    for (const l of long) {
      expect(titleKey('x' + l)).toBe('x' + l);
      expect(titleKey(l + 'x')).toBe(l + 'x');
    }
  });
});

describe('titleSimilarity', () => {
  test('the same key, or an empty one, is 1', () => {
    expect(titleSimilarity('ALPHA, beta', 'alpha beta')).toBe(1);
    expect(titleSimilarity('', 'alpha')).toBe(1);
    expect(titleSimilarity('alpha', '...')).toBe(1);
  });

  test('Dice over bigrams, counted with repeats', () => {
    // abc: ab bc; abd: ab bd → 2 × 1 / 4 = 0,5.
    expect(titleSimilarity('abc', 'abd')).toBe(0.5);
    // aaa: aa ×2; aa: aa ×1 → common min(2, 1) = 1 → 2 × 1 / 3.
    expect(titleSimilarity('aaa', 'aa')).toBeCloseTo(2 / 3, 12);
    expect(titleSimilarity('aa', 'aaa')).toBeCloseTo(2 / 3, 12);
    // One letter each: no bigrams at all → 1 (nothing to tell them apart).
    expect(titleSimilarity('a', 'b')).toBe(1);
  });

  test('a title cut short or with a note added, at least half as long, is the same title', () => {
    // "abcd" in "abcd efg": 4 ≥ 8 × 0,5 → 1.
    expect(titleSimilarity('abcd', 'abcd efg')).toBe(1);
    expect(titleSimilarity('abcd efg', 'abcd')).toBe(1);
    // "abcd" in "abcd efghi": 4 < 10 × 0,5 → Dice: ab bc cd vs ab bc cd de ef fg gh hi → 2 × 3 / 11.
    expect(titleSimilarity('abcd', 'abcd efghi')).toBeCloseTo(6 / 11, 12);
    // Whole words only: "cd ef" sits inside "abcd efgh" but not as words → Dice:
    // cd de ef vs ab bc cd de ef fg gh → 2 × 3 / 10.
    expect(titleSimilarity('cd ef', 'abcd efgh')).toBeCloseTo(0.6, 12);
  });
});

describe('titleChanged', () => {
  test('the same title written differently is not changed', () => {
    expect(titleChanged('1.1. ALPHA, BETA gamma delta.', SET_TITLE)).toBe(false);
  });

  test('a note in parentheses is no word of the title, even when its words are the set\'s', () => {
    // Keys equal ("alpha beta gamma"): not changed, though without the note the sheet lacks "beta".
    expect(titleChanged('Alpha (beta) gamma', 'Alpha beta gamma')).toBe(false);
    // A note glued to words still separates them: "alpha", "beta gamma".
    expect(titleChanged('Alpha(ghi chú)beta gamma', 'Alpha beta gamma')).toBe(false);
  });

  test('a title of only numbers, notes or function words says nothing: not changed', () => {
    expect(titleChanged('2024 (ghi chú)', SET_TITLE)).toBe(false);
    expect(titleChanged('(ghi chú)', SET_TITLE)).toBe(false);
    expect(titleChanged(SET_TITLE, 'Các (2024)')).toBe(false);
  });

  test('numbers and each function word are ignored; any other word missing is a change', () => {
    expect(titleChanged('alpha beta gamma', 'alpha beta 2024 gamma')).toBe(false);
    const fn = ['cac', 'nhung', 'cua', 'va', 'la', 'thi', 'da', 'duoc', 'do', 'cho', 've', 'tai', 'theo', 'mot', 'moi', 'nay', 'trong', 'voi', 'hoac'];
    for (const w of fn) expect([w, titleChanged('alpha beta gamma', `alpha beta ${w} gamma`)]).toEqual([w, false]);
    expect(titleChanged('alpha beta gamma', 'alpha beta zeta gamma')).toBe(true);
  });

  test('words are counted: a repeated word of the set missing once is a change', () => {
    expect(titleChanged('alpha beta gamma', 'alpha alpha beta gamma')).toBe(true);
    expect(titleChanged('alpha alpha beta gamma', 'alpha alpha beta gamma delta')).toBe(true);
  });

  test('a typing slip (one letter changed, dropped or added, words of 3+ letters) is no change', () => {
    expect(titleChanged('alpha beta gamma deltx', SET_TITLE)).toBe(false); // last letter changed
    expect(titleChanged('alpha beta gamma dexta', SET_TITLE)).toBe(false); // middle letter changed
    expect(titleChanged('alpha beta gamma delt', SET_TITLE)).toBe(false); // last letter dropped
    expect(titleChanged('alpha beta gamma deta', SET_TITLE)).toBe(false); // middle letter dropped
    expect(titleChanged('alpha beta gamma deltaa', SET_TITLE)).toBe(false); // letter added at the end
    expect(titleChanged('alpha beta gamma dellta', SET_TITLE)).toBe(false); // letter added in the middle
    expect(titleChanged('alpha beta gamma dxlta', SET_TITLE)).toBe(false); // second letter changed
    expect(titleChanged('alpha beta gamma xelta', SET_TITLE)).toBe(false); // first letter changed
    expect(titleChanged('alpha beta gamma elta', SET_TITLE)).toBe(false); // first letter dropped
    expect(titleChanged('alpha beta gamma xdelta', SET_TITLE)).toBe(false); // letter added in front
    expect(titleChanged('alpha beta gamma del', 'alpha beta gamma dex')).toBe(false); // 3 letters
  });

  test('two slips, two letters apart in length, or short words are real changes', () => {
    expect(titleChanged('alpha beta gamma dleta', SET_TITLE)).toBe(true); // swapped letters
    expect(titleChanged('alpha beta gamma dxxta', SET_TITLE)).toBe(true); // two letters changed
    expect(titleChanged('alpha beta gamma del', SET_TITLE)).toBe(true); // two letters dropped
    expect(titleChanged('alpha beta gamma deltaxx', SET_TITLE)).toBe(true); // two letters added
    expect(titleChanged('alpha beta gamma deltx', 'alpha beta gamma deltaxy')).toBe(true); // a changed, two added
    expect(titleChanged('alpha beta gamma dx', 'alpha beta gamma de')).toBe(true); // 2 letters
    expect(titleChanged('alpha beta gamma dex', 'alpha beta gamma de')).toBe(true); // 2 letters vs 3
    // One slip pairs one extra word only: two set words cannot both match "deltx".
    expect(titleChanged('alpha beta deltx', 'alpha beta delta deltb')).toBe(true);
  });

  test('words only added: a change when more than half the set\'s words', () => {
    // Set: 4 words. 2 added: 2 × 2 = 4, not > 4, and the set's title sits whole in the sheet's.
    expect(titleChanged('alpha beta gamma delta epsilon zeta', SET_TITLE)).toBe(false);
    // 3 added: 6 > 4.
    expect(titleChanged('alpha beta gamma delta epsilon zeta eta', SET_TITLE)).toBe(true);
    // Added words mixed in: 1 added (2 > 4 is false) but long, so the titles are unlike as wholes:
    // bigrams of "alphabetagammadelta" (18) and of the sheet's 49-letter text (48); 17 in common
    // (only "ab" is lost) → 2 × 17 / 66 ≈ 0,52 < 0,6.
    expect(titleChanged(`alpha ${'q'.repeat(30)} beta gamma delta`, SET_TITLE)).toBe(true);
    // With 20 q's: 2 × 17 / 56 ≈ 0,61 ≥ 0,6 → not changed.
    expect(titleChanged(`alpha ${'q'.repeat(20)} beta gamma delta`, SET_TITLE)).toBe(false);
    expect(TITLE_THRESHOLD).toBe(0.6);
  });

  test('a title cut short is a change unless the cut is marked with "…" and the start is the set\'s', () => {
    expect(titleChanged('alpha beta', SET_TITLE)).toBe(true);
    expect(titleChanged('alpha beta…', SET_TITLE)).toBe(false);
    expect(titleChanged('alpha beta...  ', SET_TITLE)).toBe(false);
    expect(titleChanged('alpha beta..', SET_TITLE)).toBe(true);
    // Not the start: "alpha gamma" ≠ "alpha beta".
    expect(titleChanged('alpha gamma…', SET_TITLE)).toBe(true);
    // "…" in the middle marks no cut at the end.
    expect(titleChanged('alpha beta… x', SET_TITLE)).toBe(true);
  });
});

describe('findTitleIssues', () => {
  test('a changed title: warning on the title cell, the whole message', () => {
    const f = runCheck(findTitleIssues, cleanRows({ '1.4': { title: 'Công tác tuyên truyền' } }));
    expect(f.map((x) => `${x.code}@${x.cell}:${x.severity}:${x.item}`)).toEqual(['layout.titleChanged@B18:warning:1.4']);
    expect(f[0].message).toEqual({
      vi: 'Tên tiêu chí 1.4 trên biểu là "Công tác tuyên truyền", khác với bộ tiêu chí: "Tiêu chí 1.4". Đề nghị đơn vị kiểm tra mã tiêu chí có đúng không, rồi sửa tên cho khớp bộ tiêu chí.',
      en: 'The title of criterion 1.4 on the sheet is "Công tác tuyên truyền", unlike the criteria set\'s "Tiêu chí 1.4". Check that the code is right, then make the title match the set.',
    });
  });

  test('the set\'s title is quoted up to 120 characters, the sheet\'s up to 60', () => {
    const long = 'x'.repeat(130);
    const set = ruleSet();
    set.items[0].children![3] = item('1.4', 2, [], { evidence: 'none', title: long });
    const sheetTitle = 'y'.repeat(70);
    const f = runCheck(findTitleIssues, cleanRows({ '1.4': { title: sheetTitle } }), {}, set);
    // 119 characters + "…"; 59 + "…".
    expect(f[0].message.vi).toBe(
      `Tên tiêu chí 1.4 trên biểu là "${'y'.repeat(59)}…", khác với bộ tiêu chí: "${'x'.repeat(119)}…". Đề nghị đơn vị kiểm tra mã tiêu chí có đúng không, rồi sửa tên cho khớp bộ tiêu chí.`,
    );
  });

  test('blank titles and items not on the sheet are not compared', () => {
    expect(runCheck(findTitleIssues, cleanRows({ '1.4': { title: '   ' } }))).toEqual([]);
    expect(runCheck(findTitleIssues, cleanRows().filter((r) => !Array.isArray(r) || r[0] !== '1.4'))).toEqual([]);
    const ctx = contextFor(cleanRows());
    ctx.alignment.rowFor.get('1.4')!.title = null;
    expect(findTitleIssues(ctx)).toEqual([]);
  });

  test('a title wrapped onto the next row (read as an option line) is joined before comparing', () => {
    const set = buildSet([item('1', 2, [item('1.1', 2, [], { title: 'alpha beta gamma delta epsilon' })])]);
    const ctx = contextFor([['1', { max: 2 }], ['1.1', { max: 2, title: 'alpha beta' }]], {}, set);
    expect(keys(findTitleIssues(ctx))).toEqual(['layout.titleChanged@B12']);
    ctx.alignment.rowFor.get('1.1')!.optionLines = ['gamma delta epsilon', 'zeta'];
    expect(findTitleIssues(ctx)).toEqual([]);
    // An option line that does not complete it: still changed.
    ctx.alignment.rowFor.get('1.1')!.optionLines = ['zeta'];
    expect(keys(findTitleIssues(ctx))).toEqual(['layout.titleChanged@B12']);
  });

  test('every changed title, in set order', () => {
    const f = runCheck(findTitleIssues, cleanRows({ '1.4': { title: 'Công tác tuyên truyền' }, '1.1.1': { title: 'Kế hoạch kiểm tra nội bộ' } }));
    expect(keys(f)).toEqual(['layout.titleChanged@B13', 'layout.titleChanged@B18']);
  });
});
