/**
 * The fast reader's one error type. It is never shown to users: the caller catches it and opens
 * the file again with ExcelJS (open-workbook.ts), whose path owns the user-facing messages.
 */
export class FastReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FastReadError';
  }
}
