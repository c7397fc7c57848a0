/**
 * A province's scoring text (cột "Cách tính điểm" plus the option rows under a leaf) → a scoring
 * rule of criteria-set.md. The text stays the authority: when a clause that gives points cannot be
 * read, no rule is returned (a half-read option list would flag correct scores) and the clause is
 * listed in `unread` for the person importing the set.
 */
import type { Scoring } from '../criteria/schema';
import { readBandBound, isRestLabel, type BandBound } from './bands';
import { readPointsClause, resolvePoints, type PointsClause } from './points';
import { splitSegments } from './segments';
import { commonStep, foldKeep, NUM, parseNum } from './text-tools';

export interface ScoringTextResult {
  scoring?: Scoring;
  /** Clauses that could not be read, as written. */
  unread: string[];
  /** The text says the item may be not applicable ("Không phát sinh …: không đánh giá"). */
  notApplicable?: boolean;
  /** The text says points are judged freely ("chấm theo mức độ"), so no rule is intended. */
  free?: boolean;
  /** The text says the points come from the sociological survey. */
  survey?: boolean;
}

type Band = { above?: number; atLeast?: number; points: number };

const STEP = new RegExp(`buoc\\s*(?:cham\\s*)?(?:la\\s*)?${NUM}\\s*(?:diem|d)?`);
const PER_UNIT = new RegExp(`${NUM}\\s*(?:diem|d)\\s*/\\s*[a-z0-9]`, 'g');
const EACH_CASE = new RegExp(`\\bmoi\\b[^:]*?\\b(?:tru|cong|duoc)\\s*${NUM}\\s*(?:diem|d)(?![a-z])`);
const PROPORTIONAL =
  /(?:diem\s*=\s*(?:\(?\s*)?ty le|ty le\s*%?.*(?:×|\*|\bx\b|nhan(?: voi)?)\s*(?:\d+(?:[.,]\d+)?\s*)?(?:diem|d)\b|tinh (?:diem )?theo ty le|ty le thuan)/;
const CAP = new RegExp(`^(?:(?:tong\\s+)?(?:so\\s+)?(?:diem\\s+(?:thuong|cong|tru|phat)\\s+)?(?:toi da|khong qua|khong vuot qua)(?:\\s+(?:tru|cong|duoc))?)\\s*${NUM}\\s*(?:diem|d)(?![a-z])`);
const FREE = /(?:cham theo muc do|theo muc do(?! hoan thanh)|tuy (?:theo )?muc do|(?:tru|cho) diem tuong ung|hoi dong (?:tham dinh )?(?:xem xet|quyet dinh))/;
const SURVEY = /(?:dieu tra xa hoi hoc|\bd?t?xhh\b|khao sat|khong tu cham)/;
const NOT_APPLICABLE = /(?:khong danh gia|khong ap dung|khong cham(?: diem)?|khong tinh(?: diem)?|khong xem xet|loai khoi|giam tru diem toi da)/;
/**
 * A clause that mentions points, or has the "case: value" shape of an option; left unread, it
 * means the rule would be incomplete.
 */
const MENTIONS_POINTS = /\d|diem|toi da|:/;

interface Reading {
  steps: number[];
  proportional: boolean;
  free: boolean;
  survey: boolean;
  notApplicable: boolean;
  clauses: PointsClause[];
  unread: string[];
  /** Unread clauses that give points: the rule cannot be trusted. */
  unreadPoints: number;
}

export function parseScoringText(text: string, maxPoints: number): ScoringTextResult {
  const r: Reading = {
    steps: [], proportional: false, free: false, survey: false, notApplicable: false,
    clauses: [], unread: [], unreadPoints: 0,
  };
  for (const clause of splitSegments(text)) readClause(clause, r);

  const extra = {
    ...(r.notApplicable ? { notApplicable: true } : {}),
    ...(r.free ? { free: true } : {}),
    ...(r.survey ? { survey: true } : {}),
  };
  const done = (scoring: Scoring | undefined, unread = r.unread) =>
    scoring ? { scoring, unread, ...extra } : { unread, ...extra };

  // "bước 0,25 điểm", "trừ 0,5 điểm/trường hợp": any multiple of the step, whatever else is listed.
  if (r.steps.length > 0) return done({ type: 'step', step: commonStep(r.steps) });
  // "chấm theo mức độ" without a step: any number up to the maximum, i.e. no rule.
  if (r.free) return done(undefined);
  if (r.proportional) return done({ type: 'proportional', input: 'percent' });
  if (r.unreadPoints > 0) return done(undefined);
  if (r.clauses.length === 0) {
    // Nothing gives points. A survey or N/A note is understood; anything else is reported.
    return done(undefined);
  }
  const bounds = r.clauses.map((c) => readBandBound(c.label));
  if (bounds.some((b) => b !== null)) return bandsResult(r, bounds, maxPoints, done);
  if (r.clauses.length < 2) {
    // One option alone ("Có ban hành: 1 điểm") does not say what the other cases score.
    return done(undefined, [...r.unread, ...r.clauses.map((c) => c.clause)]);
  }
  return done({
    type: 'options',
    options: r.clauses.map((c) => ({ label: c.label, points: resolvePoints(c.value, maxPoints) })),
  });
}

function readClause(clause: string, r: Reading): void {
  const f = foldKeep(clause);
  const perUnit = [...f.matchAll(PER_UNIT)].map((m) => parseNum(m[1]));
  const step = STEP.exec(f) ?? EACH_CASE.exec(f);
  if (perUnit.length > 0 || step) {
    r.steps.push(...perUnit, ...(step ? [parseNum(step[1])] : []));
    return;
  }
  if (PROPORTIONAL.test(f)) {
    r.proportional = true;
    return;
  }
  if (CAP.test(f.trim())) return; // "tối đa 2 điểm": the item's maximum, already known
  if (FREE.test(f)) {
    r.free = true;
    return;
  }
  const points = readPointsClause(clause);
  if (!points && SURVEY.test(f)) {
    r.survey = true;
    return;
  }
  if (!points && NOT_APPLICABLE.test(f)) {
    r.notApplicable = true;
    return;
  }
  if (points) {
    r.clauses.push(points);
    return;
  }
  r.unread.push(clause);
  if (MENTIONS_POINTS.test(f)) r.unreadPoints++;
}

function bandsResult(
  r: Reading,
  bounds: (BandBound | null)[],
  maxPoints: number,
  done: (s: Scoring | undefined, unread?: string[]) => ScoringTextResult,
): ScoringTextResult {
  const bounded: { bound: BandBound; points: number }[] = [];
  let rest: number | null = null;
  const stray: string[] = [];
  r.clauses.forEach((c, i) => {
    const bound = bounds[i];
    const points = resolvePoints(c.value, maxPoints);
    if (bound === null) {
      // "Không đạt: 0 điểm" after percentage bands means "the rest"; anything else does not fit.
      if (i === r.clauses.length - 1 && isRestLabel(c.label) && rest === null) rest = points;
      else stray.push(c.clause);
    } else if (bound.kind === 'below') {
      if (rest === null) rest = points;
      else stray.push(c.clause);
    } else {
      bounded.push({ bound, points });
    }
  });
  if (stray.length > 0 || bounded.length === 0) return done(undefined, [...r.unread, ...stray]);
  // First match wins, so the highest bound goes first; "trên 90" before "từ 90".
  const key = (b: BandBound) => b.value + (b.kind === 'above' ? 1e-6 : 0);
  bounded.sort((a, b) => key(b.bound) - key(a.bound));
  const bands: Band[] = bounded.map(({ bound, points }) =>
    bound.kind === 'above' ? { above: bound.value, points } : { atLeast: bound.value, points },
  );
  // The last band has no bound: "dưới X%" as written, else 0 points below the lowest band.
  bands.push({ points: rest ?? 0 });
  return done({ type: 'bands', input: 'percent', bands });
}
