/**
 * A file's seal as a batch shows it (the check's text and JSON, the "Theo dõi" sheet): not
 * sealed, sealed and unchanged, changed since sealing, or a seal that was edited.
 */
import type { Lang } from '../text/lang';
import { verifySeal, type CellAddresses } from './verify';
import type { SealContent } from './seal-content';
import type { ReadSeal } from './seal-record';
import { shownTime } from './verify-text';

export interface SealState {
  status: 'none' | 'unchanged' | 'changed' | 'broken';
  /** The stored seal code (null without a seal). */
  code: string | null;
  sealedAt: string | null;
  /** Cells changed since sealing. */
  changedCells: number;
}

export const NOT_SEALED: SealState = { status: 'none', code: null, sealedAt: null, changedCells: 0 };

/**
 * The state of a file's seal against the file's current content. In a batch the sheets may be
 * scored with another set than at sealing (other --criteria): the cells decide, so the set is
 * taken as the seal says (verify reports a set change; a batch does not).
 */
export function sealState(stored: ReadSeal | null, current: SealContent, addresses: CellAddresses): SealState {
  if (!stored) return NOT_SEALED;
  if (!stored.ok) return { status: 'broken', code: null, sealedAt: null, changedCells: 0 };
  const sealedSets = stored.record.content.sheets.map((s) => s.set);
  const content: SealContent = { ...current, sheets: current.sheets.map((s, i) => ({ ...s, set: sealedSets[i] ?? s.set })) };
  const r = verifySeal(stored.record, content, addresses);
  const status = r.status === 'codeMismatch' ? 'changed' : r.status;
  return { status, code: stored.record.code, sealedAt: stored.record.sealedAt, changedCells: r.changes.length };
}

/** "Đã chốt 10/01/2025 08:30, mã ABCD-…, không thay đổi" and the like. */
export function sealStateText(s: SealState, lang: Lang): string {
  const when = s.sealedAt ? shownTime(s.sealedAt) : '';
  if (lang === 'vi') {
    switch (s.status) {
      case 'none':
        return 'Chưa chốt số liệu';
      case 'unchanged':
        return `Đã chốt ${when} (mã ${s.code}), không thay đổi`;
      case 'changed':
        return `Đã chốt ${when} (mã ${s.code}) nhưng đã sửa ${s.changedCells} ô sau khi chốt`;
      case 'broken':
        return 'Dấu chốt bị sửa hoặc hỏng: không tin cậy';
    }
  }
  switch (s.status) {
    case 'none':
      return 'Not sealed';
    case 'unchanged':
      return `Sealed ${when} (code ${s.code}), unchanged`;
    case 'changed':
      return `Sealed ${when} (code ${s.code}) but ${s.changedCells} cells changed since`;
    case 'broken':
      return 'Seal edited or damaged: not to be trusted';
  }
}
