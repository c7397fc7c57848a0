/**
 * The kind of an imported item, from its title (and for survey items its scoring text):
 * official sheets mark survey items "(qua điều tra xã hội học)", "XHH", "khảo sát", and the
 * bonus/penalty parts "Điểm thưởng", "Điểm cộng", "Điểm trừ", "bị trừ", "điểm phạt".
 */
import type { ItemKind } from '../criteria/schema';
import { foldWords } from '../text/normalize';

/** Words that can only mean the sociological survey. */
const SURVEY_STRONG = /\b(?:dieu tra xa hoi hoc|dieu tra xhh|xhh|dtxhh|dt xhh)\b/;
/** "khảo sát" also names scored tasks ("Tổ chức khảo sát …"), so it counts only without a rule. */
const SURVEY_WEAK = /\bkhao sat\b/;
const BONUS = /\b(?:diem thuong|diem cong|cong diem|thuong diem)\b/;
const PENALTY = /\b(?:diem tru|bi tru|tru diem|diem phat|diem bi tru)\b/;

export interface KindClues {
  title: string;
  /** The item has no children. */
  leaf: boolean;
  /** Its scoring text became a rule. */
  hasRule: boolean;
  /** Its scoring text says the points come from the survey. */
  methodSaysSurvey: boolean;
  /** An ancestor's title names the survey. */
  ancestorSurvey: boolean;
}

export function titleNamesSurvey(title: string): boolean {
  return SURVEY_STRONG.test(foldWords(title));
}

export function kindFromClues(c: KindClues): ItemKind | undefined {
  const t = foldWords(c.title);
  if (BONUS.test(t)) return 'bonus';
  if (PENALTY.test(t)) return 'penalty';
  if (!c.leaf) return undefined; // survey points are entered on leaves; parents sum them
  if (SURVEY_STRONG.test(t)) return 'survey';
  if (c.hasRule) return undefined;
  if (SURVEY_WEAK.test(t) || c.methodSaysSurvey || c.ancestorSurvey) return 'survey';
  return undefined;
}
