/**
 * Which column is which: the header alias table of scoresheet-layout.md, plus wordings seen
 * on other provinces' sheets. Headers are compared folded to words (no diacritics, case,
 * punctuation or extra spaces). A header matches an alias exactly, or contains it as whole
 * words; the longest alias contained wins, so "Thang điểm chi tiết" (method) beats
 * "Thang điểm" (max) and "Ý kiến thẩm định" (appraiser note) beats "Thẩm định" (appraised).
 */
import type { ColumnRole } from './parsed-sheet';
import { containsWords, foldWords } from '../text/normalize';

const ALIASES: Record<ColumnRole, string[]> = {
  code: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'Thứ tự', 'Mã', 'Mã số', 'Mã tiêu chí', 'Mã TC', 'Mã chỉ tiêu', 'Ký hiệu'],
  title: [
    'Lĩnh vực/Tiêu chí/Tiêu chí thành phần',
    'Lĩnh vực, tiêu chí, tiêu chí thành phần',
    'Lĩnh vực/Tiêu chí',
    'Nội dung',
    'Tiêu chí',
    'Nội dung đánh giá',
    'Lĩnh vực',
    'Tiêu chí thành phần',
    'Tên tiêu chí',
    'Nội dung tiêu chí',
    'Tiêu chí đánh giá',
    'Lĩnh vực đánh giá',
    'Nội dung chấm điểm',
    'Chỉ tiêu',
    'Tên chỉ tiêu',
    'Các tiêu chí',
    'Danh mục tiêu chí',
  ],
  max: [
    'Điểm tối đa',
    'Điểm chuẩn',
    'Thang điểm',
    'Số điểm tối đa',
    'Điểm tối đa theo quy định',
    'Điểm quy định',
    'Khung điểm',
    'Mức điểm tối đa',
    'Điểm chuẩn tối đa',
    'Điểm định mức',
    'Max',
  ],
  method: [
    'Cách tính điểm',
    'Cách chấm điểm',
    'Hướng dẫn chấm điểm',
    'Thang điểm chi tiết',
    'Hướng dẫn chấm',
    'Hướng dẫn tính điểm',
    'Phương pháp tính điểm',
    'Phương pháp chấm điểm',
    'Cách thức chấm điểm',
    'Cách thức tính điểm',
    'Cách xác định điểm',
    'Yêu cầu chấm điểm',
    'Tiêu chuẩn chấm điểm',
    'Diễn giải cách chấm',
  ],
  declared: [
    'Số liệu kê khai',
    'Kết quả thực hiện',
    'Số liệu',
    'Kết quả',
    'Số liệu báo cáo',
    'Số liệu thực tế',
    'Kết quả đạt được',
    'Tỷ lệ đạt được',
    'Số liệu tự kê khai',
    'Kê khai',
    'Tỷ lệ',
  ],
  self: [
    'Điểm tự đánh giá',
    'Tự đánh giá',
    'Điểm tự chấm',
    'Tự chấm',
    'Điểm đơn vị tự chấm',
    'Kết quả tự đánh giá',
    'Kết quả tự chấm',
    'Đơn vị tự chấm',
    'Đơn vị tự đánh giá',
    'Điểm đơn vị tự đánh giá',
    'Tự chấm điểm',
    'Điểm tự ĐG',
    'Điểm TĐG',
    'TĐG',
    'Điểm tự cho',
  ],
  evidence: [
    'Tài liệu kiểm chứng',
    'TLKC',
    'Tài liệu kiểm chứng/Giải trình',
    'Tài liệu chứng minh',
    'Tài liệu minh chứng',
    'Minh chứng',
    'Văn bản kiểm chứng',
    'Hồ sơ kiểm chứng',
    'Danh mục tài liệu kiểm chứng',
    'Tên tài liệu kiểm chứng',
    'Căn cứ kiểm chứng',
  ],
  explanation: [
    'Giải trình',
    'Giải trình của đơn vị',
    'Ghi chú của đơn vị',
    'Thuyết minh',
    'Lý do',
    'Giải trình/Thuyết minh',
    'Ghi chú/Giải trình',
    'Ý kiến giải trình',
    'Ý kiến của đơn vị',
    'Giải trình, ghi chú',
  ],
  appraised: [
    'Điểm thẩm định',
    'Thẩm định',
    'SNV đánh giá',
    'Điểm chấm thực tế',
    'Điểm Hội đồng thẩm định',
    'Kết quả thẩm định',
    'Điểm sau thẩm định',
    'Hội đồng thẩm định',
    'Điểm HĐTĐ',
    'HĐTĐ',
    'Tổ thẩm định',
    'Điểm tổ thẩm định',
    'Điểm Sở Nội vụ',
    'Sở Nội vụ đánh giá',
    'Sở Nội vụ chấm',
    'Điểm SNV',
    'SNV thẩm định',
    'Điểm Hội đồng',
    'Hội đồng chấm',
    'Điểm công nhận',
    'Điểm được công nhận',
    'Điểm thẩm định của Hội đồng',
    'Điểm đánh giá của Hội đồng',
    'Điểm thẩm tra',
  ],
  survey: [
    'Điều tra XHH',
    'Điều tra xã hội học',
    'Điểm điều tra xã hội học',
    'Điểm điều tra XHH',
    'XHH',
    'Điểm XHH',
    'ĐTXHH',
    'Điểm ĐTXHH',
    'Điểm khảo sát',
    'Khảo sát',
    'Điểm điều tra',
  ],
  appraiserNote: [
    'Ý kiến thẩm định',
    'Ghi chú của thẩm định',
    'Ý kiến Hội đồng',
    'Ý kiến của Hội đồng',
    'Ý kiến của Hội đồng thẩm định',
    'Ý kiến Hội đồng thẩm định',
    'Nhận xét của Hội đồng',
    'Nhận xét thẩm định',
    'Ghi chú thẩm định',
    'Ý kiến của Tổ thẩm định',
    'Ý kiến của Sở Nội vụ',
    'Ý kiến SNV',
    'Lý do điều chỉnh',
    'Lý do trừ điểm',
    'Ghi chú của Hội đồng',
    'Thuyết minh thẩm định',
  ],
  note: ['Ghi chú', 'Ghi chú khác'],
  // The appraisal cycle. "Thẩm định lần 2", "Điểm thẩm định (vòng 2)" are read by their round
  // marker (roundRole below), so only the wordings without one are listed here.
  appraised2: [
    'Điểm sau giải trình',
    'Điểm sau khi giải trình',
    'Điểm thẩm định sau giải trình',
    'Thẩm định sau giải trình',
    'Kết quả sau giải trình',
    'Điểm thẩm định lại',
    'Thẩm định lại',
  ],
  appraiserNote2: [
    'Ý kiến thẩm định sau giải trình',
    'Ý kiến sau giải trình',
    'Ý kiến thẩm định lại',
  ],
  unitAnswer: [
    'Giải trình sau thẩm định',
    'Giải trình của đơn vị sau thẩm định',
    'Ý kiến giải trình sau thẩm định',
    'Đơn vị giải trình',
    'Giải trình bổ sung',
    'Nội dung giải trình bổ sung',
    'Giải trình của đơn vị theo ý kiến thẩm định',
    'Trả lời của đơn vị',
  ],
  addedEvidence: [
    'Tài liệu bổ sung',
    'Tài liệu kiểm chứng bổ sung',
    'TLKC bổ sung',
    'Tài liệu giải trình bổ sung',
    'Bổ sung tài liệu',
    'Bổ sung tài liệu kiểm chứng',
    'Tài liệu minh chứng bổ sung',
  ],
};

/**
 * Headers (matched whole, never contained) that say "score" without saying whose: a one-row sheet's "Điểm đánh giá" is the unit's
 * own score. They count only where nothing stronger names the self column, and in a two-row
 * header they let the parent cell decide ("Thẩm định" over "Điểm").
 */
const WEAK_SELF = ['Điểm', 'Điểm đánh giá', 'Điểm đạt được', 'Điểm số', 'Số điểm', 'Điểm chấm', 'Chấm điểm'];

/** Equal-length matches: the score columns matter most, the note column least. */
const ROLE_PRIORITY: ColumnRole[] = [
  'self', 'appraised', 'appraised2', 'survey', 'max', 'code', 'title', 'evidence', 'addedEvidence',
  'appraiserNote', 'appraiserNote2', 'unitAnswer', 'explanation', 'method', 'declared', 'note',
];

// Short aliases ("TT", "Mã", "XHH") only match the whole header: "mã" is also a common word.
const EXACT_ONLY_MAX_LENGTH = 3;

interface Alias {
  role: ColumnRole;
  key: string;
  weak: boolean;
}

const TABLE: Alias[] = [
  ...(Object.keys(ALIASES) as ColumnRole[]).flatMap((role) =>
    ALIASES[role].map((a) => ({ role, key: foldWords(a), weak: false })),
  ),
  ...WEAK_SELF.map((a) => ({ role: 'self' as ColumnRole, key: foldWords(a), weak: true })),
];

export interface HeaderMatch {
  role: ColumnRole;
  /** How sure: exact match beats containment, a longer alias beats a shorter one. */
  strength: number;
  /** Only a generic "score" header. */
  weak: boolean;
}

/** A match and the words of the header it covers ([start, end) word indices). */
interface SpanMatch extends HeaderMatch {
  start: number;
  end: number;
}

/** Aliases by their first word, so a header is checked only against aliases that can occur in it. */
const BY_FIRST_WORD = new Map<string, { alias: Alias; words: string[] }[]>();
for (const alias of TABLE) {
  const words = alias.key.split(' ');
  const list = BY_FIRST_WORD.get(words[0]) ?? [];
  list.push({ alias, words });
  BY_FIRST_WORD.set(words[0], list);
}

function better(a: HeaderMatch, b: HeaderMatch | null): boolean {
  if (!b) return true;
  if (a.strength !== b.strength) return a.strength > b.strength;
  return ROLE_PRIORITY.indexOf(a.role) < ROLE_PRIORITY.indexOf(b.role);
}

/** The best alias match of a header already folded to words. */
function bestAlias(key: string): SpanMatch | null {
  const words = key.split(' ');
  let best: SpanMatch | null = null;
  for (let i = 0; i < words.length; i++) {
    const candidates = BY_FIRST_WORD.get(words[i]);
    if (!candidates) continue;
    for (const { alias, words: aw } of candidates) {
      if (i + aw.length > words.length) continue;
      let same = true;
      for (let k = 1; k < aw.length && same; k++) same = words[i + k] === aw[k];
      if (!same) continue;
      const whole = i === 0 && aw.length === words.length;
      // Short aliases ("TT", "Mã", "XHH") and the weak ones only count as the whole header.
      if (!whole && (alias.weak || alias.key.length <= EXACT_ONLY_MAX_LENGTH)) continue;
      const strength = (whole ? 1000 + alias.key.length : alias.key.length) - (alias.weak ? 500 : 0);
      const match = { role: alias.role, strength, weak: alias.weak, start: i, end: i + aw.length };
      if (better(match, best)) best = match;
    }
  }
  return best;
}

// Words that make a header a text column even when it names a score ("Ý kiến của Hội đồng thẩm định").
const OPINION_WORDS = ['y kien', 'nhan xet', 'ghi chu', 'giai trinh', 'ly do', 'thuyet minh'];
const APPRAISAL_WORDS = ['tham dinh', 'hoi dong', 'snv', 'so noi vu', 'hdtd', 'to cong tac'];

/** Headers too long to be a header (a title cell of a data row, a note paragraph). */
const MAX_HEADER_LENGTH = 120;

/** The role a header text names, or null. */
export function classifyHeader(text: string): HeaderMatch | null {
  if (text.length > 2 * MAX_HEADER_LENGTH) return null;
  const key = foldWords(text);
  if (key === '' || key.length > MAX_HEADER_LENGTH) return null;
  const found = bestAlias(key);
  if (!found) return null;
  let best: HeaderMatch = { role: found.role, strength: found.strength, weak: found.weak };
  // Opinion words outside the alias itself: "Điểm sau giải trình" is a score, "Điểm thẩm định
  // (ghi chú)" a note.
  const rest = key.split(' ').filter((_, i) => i < found.start || i >= found.end).join(' ');
  if (isScoreRole(best.role) && OPINION_WORDS.some((w) => containsWords(rest, w))) {
    // A score word plus an opinion word is a text column about the score.
    const aboutAppraisal = APPRAISAL_WORDS.some((w) => containsWords(key, w));
    best = { role: aboutAppraisal ? (best.role === 'appraised2' ? 'appraiserNote2' : 'appraiserNote') : 'explanation', strength: best.strength, weak: false };
  }
  return roundRole(key, best);
}

export function isScoreRole(role: ColumnRole): boolean {
  return role === 'self' || role === 'appraised' || role === 'appraised2' || role === 'survey' || role === 'max' || role === 'declared';
}

// "lần 2", "vòng 2", "đợt 2", "lần thứ 2", "vòng II" (folded to words).
// "lần 2", "vòng II", "lần thứ hai", "lần đầu" (folded to words).
const ROUND_MARK = /(?:^| )(?:lan|vong|dot)(?: thu)? (\d{1,2}|i{1,3}|dau|mot|nhat|hai|ba)(?= |$)/;
/** Header that is nothing but a round marker: "Lần 2", "(vòng 2)", "Lần đầu", "Lần thứ hai". */
const BARE_ROUND = /^(?:lan|vong|dot)(?: thu)? (\d{1,2}|i{1,3}|dau|mot|nhat|hai|ba)$/;
const ROUND_WORDS: Record<string, number> = { dau: 1, mot: 1, nhat: 1, hai: 2, ba: 3 };
// What the unit writes after round 1 ("Giải trình của đơn vị (sau thẩm định)").
const AFTER_APPRAISAL = ['sau tham dinh', 'sau khi tham dinh', 'sau thong bao ket qua tham dinh'];

function roundNumber(m: RegExpExecArray | null): number | null {
  if (!m) return null;
  const r = m[1];
  if (r in ROUND_WORDS) return ROUND_WORDS[r];
  return /^\d+$/.test(r) ? Number(r) : r.length; // i, ii, iii
}

/** The round of a header that is only a round marker ("Lần 2", "(vòng 2)"), else null. */
export function bareRound(text: string): number | null {
  return roundNumber(BARE_ROUND.exec(foldWords(text)));
}

/**
 * Round markers turn an appraisal column into its round: "Thẩm định lần 1" stays the appraised
 * score (round 1), "Thẩm định lần 2" is the round-2 score, "Ý kiến thẩm định lần 2" its note; a
 * later round outranks an earlier one of the same role (lần 3 over lần 2) by a hair of strength.
 * The unit's explanation written after the appraisal is its answer, not the original explanation.
 */
function roundRole(key: string, best: HeaderMatch): HeaderMatch {
  const round = roundNumber(ROUND_MARK.exec(key));
  if (round !== null && round >= 2) {
    const bump = round / 100;
    if (best.role === 'appraised' || best.role === 'appraised2') return { role: 'appraised2', strength: best.strength + bump, weak: false };
    if (best.role === 'appraiserNote' || best.role === 'appraiserNote2') return { role: 'appraiserNote2', strength: best.strength + bump, weak: false };
    if (best.role === 'explanation') return { role: 'unitAnswer', strength: best.strength, weak: false };
    if (best.role === 'evidence') return { role: 'addedEvidence', strength: best.strength, weak: false };
  }
  if (best.role === 'explanation' && AFTER_APPRAISAL.some((w) => containsWords(key, w))) {
    return { role: 'unitAnswer', strength: best.strength, weak: false };
  }
  if (best.role === 'evidence' && containsWords(key, 'bo sung')) return { role: 'addedEvidence', strength: best.strength, weak: false };
  return best;
}
