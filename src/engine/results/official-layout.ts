/**
 * The frame of a printed government table (thể thức văn bản hành chính): issuing body on the
 * left and the national heading on the right, the place-and-date line, the title, and the
 * signature block below the table; A4, page numbers in the footer, header rows repeated.
 * Vietnamese only: these sheets are what the Sở Nội vụ signs and sends.
 */
import type { UnitLevel } from '../criteria/schema';
import type { PreviousYear } from '../compare/previous-year';
import type { SealState } from '../seal/seal-state';
import type { MergeRange } from '../grid';
import type { CellStyle, SheetSpec } from '../sheet-spec';
import { CellWriter, txt } from '../ranking/cells';
import type { RowBlock, SheetFrame } from './sheet-rows';

export interface OfficialOptions {
  /** Issuing body ("SỞ NỘI VỤ TỈNH HẢI DƯƠNG"); a dotted line to fill in when absent. */
  issuer?: string;
  /** Place and date ("Hải Dương, ngày 15 tháng 01 năm 2025"); a dotted line when absent. */
  placeDate?: string;
  /** check --previous: last year's index and rank, added to the results tables. */
  previous?: PreviousYear;
  /** Each file's seal (by SeasonEntry.file), shown on the tracking sheet when some file is sealed. */
  seals?: Map<string, SealState>;
}

export const DOTTED_ISSUER = '……………………………………';
export const DOTTED_PLACE_DATE = '……………, ngày …… tháng …… năm ……';

/** The block's name in a title: "khối sở, ban, ngành", "khối UBND cấp huyện"… */
export function blockName(level: UnitLevel, setTitle: string): string {
  switch (level) {
    case 'department':
      return 'khối sở, ban, ngành';
    case 'district':
      return 'khối UBND cấp huyện';
    case 'commune':
      return 'khối UBND cấp xã';
    case 'province':
      return 'khối tỉnh, thành phố';
    case 'ministry':
      return 'khối bộ, cơ quan ngang bộ';
    default:
      return `khối đơn vị theo ${setTitle}`;
  }
}

/** Short block name for sheet tabs: "sở ngành", "huyện", "xã". */
export function blockShort(level: UnitLevel): string {
  return ({ department: 'sở ngành', district: 'huyện', commune: 'xã', province: 'tỉnh', ministry: 'bộ ngành', other: 'khác' } as const)[level];
}

const center: CellStyle = { hAlign: 'center', vAlign: 'middle' };
export const officialStyles = {
  issuer: { ...center, bold: true, wrap: true } as CellStyle,
  national: { ...center, bold: true } as CellStyle,
  motto: { ...center, bold: true } as CellStyle,
  placeDate: { ...center, italic: true } as CellStyle,
  title: { ...center, bold: true, fontSize: 14, wrap: true } as CellStyle,
  subtitle: { ...center, bold: true, fontSize: 12 } as CellStyle,
  note: { italic: true, wrap: true, vAlign: 'top' } as CellStyle,
  header: { bold: true, border: true, wrap: true, hAlign: 'center', vAlign: 'middle', fill: 'F2F2F2' } as CellStyle,
  text: { border: true, wrap: true, vAlign: 'middle' } as CellStyle,
  center: { border: true, hAlign: 'center', vAlign: 'middle' } as CellStyle,
  number: { border: true, numberFormat: '0.00', vAlign: 'middle' } as CellStyle,
  int: { border: true, numberFormat: '0', hAlign: 'center', vAlign: 'middle' } as CellStyle,
  signTitle: { ...center, bold: true } as CellStyle,
  signHint: { ...center, italic: true } as CellStyle,
};

/** Cells per block of rows handed to a writer (≈ 250 rows of a 13-column table). */
export const BLOCK_CELLS = 3200;

/** A sheet being laid out as an official table of `columns` columns. */
export class OfficialSheet {
  readonly w = new CellWriter();
  readonly merges: MergeRange[] = [];
  row = 0;
  headerRow = -1;

  constructor(readonly columns: number, readonly splitAt: number) {}

  merge(row: number, left: number, right: number, bottom = row): void {
    if (right > left || bottom > row) this.merges.push({ top: row, left, bottom, right });
  }

  /** A text across the whole width. */
  line(text: string, style: CellStyle): void {
    this.w.put(this.row, 0, txt(text), style);
    this.merge(this.row, 0, this.columns - 1);
    this.row++;
  }

  /** Issuing body left, national heading right, place and date under it. */
  heading(options: OfficialOptions): void {
    const right = this.splitAt;
    const last = this.columns - 1;
    this.w.put(0, 0, txt(options.issuer?.trim() || DOTTED_ISSUER), officialStyles.issuer);
    this.merge(0, 0, right - 1, 1);
    this.w.put(0, right, txt('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), officialStyles.national);
    this.merge(0, right, last);
    this.w.put(1, right, txt('Độc lập - Tự do - Hạnh phúc'), officialStyles.motto);
    this.merge(1, right, last);
    this.w.put(2, right, txt(options.placeDate?.trim() || DOTTED_PLACE_DATE), officialStyles.placeDate);
    this.merge(2, right, last);
    this.row = 4;
  }

  /** The table's header row (repeated on every printed page). */
  header(labels: string[]): void {
    this.headerRow = this.row;
    this.w.row(this.row, labels.map(txt), officialStyles.header);
    this.row++;
  }

  /** Signature block: Người lập biểu (left), Thủ trưởng cơ quan (right). */
  signatures(): void {
    this.row++;
    const right = this.splitAt;
    const last = this.columns - 1;
    const put = (col: number, end: number, text: string, style: CellStyle) => {
      this.w.put(this.row, col, txt(text), style);
      this.merge(this.row, col, end);
    };
    put(0, right - 1, 'NGƯỜI LẬP BIỂU', officialStyles.signTitle);
    put(right, last, 'THỦ TRƯỞNG CƠ QUAN', officialStyles.signTitle);
    this.row++;
    put(0, right - 1, '(Ký, ghi rõ họ tên)', officialStyles.signHint);
    put(right, last, '(Ký tên, đóng dấu)', officialStyles.signHint);
    this.row += 5;
  }

  /** Enough cells laid out for a block of rows (sheet-rows.ts): asked after a whole row. */
  get blockFull(): boolean {
    return this.w.cells.length >= BLOCK_CELLS;
  }

  /** The cells and merges laid out since the last take (whole rows: see sheet-rows.ts), handed over. */
  take(): RowBlock {
    return { cells: this.w.cells.splice(0), merges: this.merges.splice(0) };
  }

  /** The sheet's frame: known once its header row is laid out. */
  frame(name: string, columnWidths: number[], orientation: 'portrait' | 'landscape'): SheetFrame {
    return {
      name,
      columnWidths,
      freezeRows: this.headerRow >= 0 ? this.headerRow + 1 : undefined,
      print: {
        orientation,
        fitToWidth: true,
        ...(this.headerRow >= 0 ? { repeatRows: { first: this.headerRow, last: this.headerRow } } : {}),
        footer: { center: 'Trang {page}/{pages}' },
        margins: { left: 2, right: 1.5, top: 1.5, bottom: 1.5 },
        centerHorizontally: true,
      },
    };
  }

  spec(name: string, columnWidths: number[], orientation: 'portrait' | 'landscape'): SheetSpec {
    const frame = this.frame(name, columnWidths, orientation);
    return { name, cells: this.w.cells, columnWidths, merges: this.merges, freezeRows: frame.freezeRows, print: frame.print };
  }
}
