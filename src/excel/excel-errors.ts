/**
 * Errors the Excel adapter raises on purpose, with a message in Vietnamese and English that says
 * what is wrong and how to fix it. The pane shows `bilingual[lang]`; `message` holds both so a
 * plain `String(error)` is still useful.
 */
import type { Bilingual } from '../engine/text/lang';

export type ExcelErrorKind = 'protected' | 'workbookProtected' | 'sheetMissing' | 'cellEditing';

export class ExcelAdapterError extends Error {
  readonly kind: ExcelErrorKind;
  readonly bilingual: Bilingual;

  constructor(kind: ExcelErrorKind, bilingual: Bilingual, options?: { cause?: unknown }) {
    super(`${bilingual.vi}\n${bilingual.en}`);
    this.name = 'ExcelAdapterError';
    this.kind = kind;
    this.bilingual = bilingual;
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

export function protectedSheetError(sheetName: string, cause?: unknown): ExcelAdapterError {
  return new ExcelAdapterError(
    'protected',
    {
      vi:
        `Trang tính "${sheetName}" đang được khóa (bảo vệ) nên không thể đánh dấu ô. ` +
        'Cách khắc phục: chọn Xem lại › Bỏ bảo vệ trang tính (nhập mật khẩu nếu có), rồi bấm kiểm tra lại. ' +
        'Kết quả kiểm tra vẫn xem được trong ngăn và trang Tổng hợp.',
      en:
        `The sheet "${sheetName}" is protected, so its cells cannot be marked. ` +
        'To fix: choose Review › Unprotect Sheet (enter the password if there is one), then check again. ' +
        'The results are still shown in the pane and on the summary sheet.',
    },
    { cause },
  );
}

/** Adding or replacing a sheet refused: the workbook's structure is protected. */
export function workbookProtectedError(sheetName: string, cause?: unknown): ExcelAdapterError {
  return new ExcelAdapterError(
    'workbookProtected',
    {
      vi:
        `Không thể thêm trang tính "${sheetName}" vì sổ làm việc đang được khóa cấu trúc. ` +
        'Cách khắc phục: chọn Xem lại › Bảo vệ sổ làm việc để bỏ khóa (nhập mật khẩu nếu có), rồi thử lại.',
      en:
        `The sheet "${sheetName}" cannot be added because the workbook structure is protected. ` +
        'To fix: choose Review › Protect Workbook to unprotect it (enter the password if there is one), then try again.',
    },
    { cause },
  );
}

export function sheetMissingError(sheetName: string, cause?: unknown): ExcelAdapterError {
  return new ExcelAdapterError(
    'sheetMissing',
    {
      vi: `Không tìm thấy trang tính "${sheetName}" (có thể đã bị đổi tên hoặc xóa). Cách khắc phục: chọn lại trang tính trong ngăn rồi kiểm tra lại.`,
      en: `The sheet "${sheetName}" was not found (it may have been renamed or deleted). To fix: pick the sheet again in the pane and check again.`,
    },
    { cause },
  );
}

export function cellEditingError(cause?: unknown): ExcelAdapterError {
  return new ExcelAdapterError(
    'cellEditing',
    {
      vi: 'Excel đang ở chế độ sửa ô nên chưa thể đọc hoặc ghi. Cách khắc phục: nhấn Enter hoặc Esc để kết thúc việc sửa ô, rồi thử lại.',
      en: 'Excel is in cell-editing mode, so it cannot be read or written yet. To fix: press Enter or Esc to finish editing the cell, then try again.',
    },
    { cause },
  );
}

/** Office.js error code, when the value is an OfficeExtension.Error (or looks like one). */
export function officeErrorCode(e: unknown): string | null {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    return (e as { code: string }).code;
  }
  return null;
}

/** Excel refuses API calls while the user is typing in a cell; the call is worth retrying later. */
export function isCellEditModeError(e: unknown): boolean {
  return officeErrorCode(e) === 'InvalidOperationInCellEditMode';
}

/** A write refused because the sheet (or the workbook structure) is protected. */
export function isProtectionError(e: unknown): boolean {
  const code = officeErrorCode(e);
  if (code === 'AccessDenied' || code === 'InvalidOperation') {
    const msg = String((e as { message?: unknown }).message ?? '');
    return code === 'AccessDenied' || /protect/i.test(msg);
  }
  return false;
}

export function isItemNotFoundError(e: unknown): boolean {
  return officeErrorCode(e) === 'ItemNotFound';
}

/**
 * One batch asked for or sent more than Excel takes at once (Excel on the web: about 5 MB each
 * way); the same reads in smaller pieces go through.
 */
export function isPayloadTooLargeError(e: unknown): boolean {
  return officeErrorCode(e) === 'RequestPayloadSizeLimitExceeded';
}
