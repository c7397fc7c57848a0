/**
 * Fake Excel ranges: values/formulas/number formats as Excel treats them (a string starting with
 * "=" becomes a formula unless the cell is text-formatted "@"), formats, hyperlinks, validation,
 * merges, and the range's conditional formats (fake-rules.ts).
 */
import { a1 } from '../../src/engine/grid';
import { FakeContextBase, FakeResult, Loadable, loadNames, notFound } from './fake-base';
import { FakeOfficeError, key, parseBounds, type Bounds, type FakeCell, type FakeSheet } from './fake-model';
import { FakeRuleCollection } from './fake-rules';

type Matrix = unknown[][];

export function boundsAddress(b: Bounds): string {
  return b.top === b.bottom && b.left === b.right ? a1(b.top, b.left) : `${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`;
}

function valueType(cell: FakeCell | undefined): string {
  if (!cell || cell.value === '') return 'Empty';
  if (cell.error) return 'Error';
  return typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String';
}

/** A nested format object whose every assignment becomes a queued write of `path`. */
function formatProxy(write: (path: string, value: unknown) => void, path: string[] = []): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    get: (_t, prop: string) => {
      if (prop === 'getItem') return (item: string) => formatProxy(write, [...path, item]);
      return formatProxy(write, [...path, prop]);
    },
    set: (_t, prop: string, value) => {
      write([...path, prop].join('.'), value);
      return true;
    },
  });
}

export class FakeRange extends Loadable {
  constructor(
    ctx: FakeContextBase,
    private readonly sheet: () => FakeSheet,
    readonly bounds: () => Bounds,
  ) {
    super(ctx, 'Range');
  }

  load(arg: unknown): this {
    this.queueLoad(loadNames(arg), () => this.compute());
    return this;
  }

  private compute(): Record<string, unknown> {
    const b = this.bounds();
    const s = this.sheet();
    const values: Matrix = [];
    const formulas: Matrix = [];
    const types: string[][] = [];
    const formats: Matrix = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const vr: unknown[] = [], fr: unknown[] = [], tr: string[] = [], nr: unknown[] = [];
      for (let c = b.left; c <= b.right; c++) {
        const cell = s.cells.get(key(r, c));
        vr.push(cell ? cell.value : '');
        fr.push(cell?.formula ?? (cell ? cell.value : ''));
        tr.push(valueType(cell));
        nr.push(cell?.numberFormat ?? 'General');
      }
      values.push(vr); formulas.push(fr); types.push(tr); formats.push(nr);
    }
    return {
      values, formulas, valueTypes: types, numberFormat: formats,
      rowIndex: b.top, columnIndex: b.left, rowCount: b.bottom - b.top + 1, columnCount: b.right - b.left + 1,
      address: `${s.name}!${boundsAddress(b)}`,
    };
  }

  get values(): Matrix { return this.read('values'); }
  get formulas(): Matrix { return this.read('formulas'); }
  get valueTypes(): string[][] { return this.read('valueTypes'); }
  get rowIndex(): number { return this.read('rowIndex'); }
  get columnIndex(): number { return this.read('columnIndex'); }
  get rowCount(): number { return this.read('rowCount'); }
  get columnCount(): number { return this.read('columnCount'); }
  get address(): string { return this.read('address'); }
  get numberFormat(): Matrix { return this.read('numberFormat'); }

  set values(m: Matrix) { this.writeMatrix('values', m); }
  set formulas(m: Matrix) { this.writeMatrix('formulas', m); }
  set numberFormat(m: Matrix) { this.writeMatrix('numberFormat', m); }

  private writeMatrix(kind: 'values' | 'formulas' | 'numberFormat', m: Matrix): void {
    this.ctx.host.log.push(`write Range.${kind}`);
    this.ctx.enqueue(`write ${kind}`, () => {
      const b = this.bounds();
      const s = this.sheet();
      if (m.length !== b.bottom - b.top + 1 || m.some((row) => row.length !== b.right - b.left + 1)) {
        throw new FakeOfficeError('InvalidArgument', `${kind}: matrix does not match ${boundsAddress(b)}`);
      }
      this.ctx.mutate(s, kind, () => {
        m.forEach((row, i) => row.forEach((v, j) => {
          if (v === null || v === undefined) return; // null = leave this cell
          const k = key(b.top + i, b.left + j);
          const cell: FakeCell = s.cells.get(k) ?? { value: '' };
          if (kind === 'numberFormat') cell.numberFormat = String(v);
          else if (typeof v === 'string' && v.startsWith('=') && cell.numberFormat !== '@') {
            cell.formula = v;
            cell.value = 0; // not calculated by the fake
          } else {
            delete cell.formula;
            cell.value = typeof v === 'string' && v.startsWith("'") ? v.slice(1) : (v as FakeCell['value']);
          }
          s.cells.set(k, cell);
        }));
      });
    });
  }

  set hyperlink(link: FakeCell['hyperlink']) {
    this.ctx.enqueue('write hyperlink', () => {
      const b = this.bounds();
      const s = this.sheet();
      this.ctx.mutate(s, 'hyperlink', () => {
        const k = key(b.top, b.left);
        const cell = s.cells.get(k) ?? { value: '' };
        cell.hyperlink = { ...link };
        if (link?.textToDisplay !== undefined) cell.value = link.textToDisplay;
        s.cells.set(k, cell);
      });
    });
  }

  /** range.format.*: cell formats; columnWidth goes to the sheet's columns. */
  get format(): Record<string, unknown> {
    return formatProxy((path, value) =>
      this.ctx.enqueue(`format ${path}`, () => {
        const b = this.bounds();
        const s = this.sheet();
        this.ctx.mutate(s, path, () => {
          if (path === 'columnWidth') {
            for (let c = b.left; c <= b.right; c++) s.columnWidths[c] = value as number;
            return;
          }
          for (let r = b.top; r <= b.bottom; r++) {
            for (let c = b.left; c <= b.right; c++) {
              const cell = s.cells.get(key(r, c)) ?? { value: '' };
              cell.format = { ...(cell.format ?? {}), [path]: value };
              s.cells.set(key(r, c), cell);
            }
          }
        });
      }),
    );
  }

  get dataValidation(): Record<string, unknown> {
    return formatProxy((path, value) =>
      this.ctx.enqueue(`validation ${path}`, () => {
        const s = this.sheet();
        const at = boundsAddress(this.bounds());
        this.ctx.mutate(s, 'validation', () => {
          s.validations[at] = { ...(s.validations[at] ?? {}), [path]: value };
        });
      }),
    );
  }

  get conditionalFormats(): FakeRuleCollection {
    return new FakeRuleCollection(this.ctx, this.sheet, () => [this.bounds()], () => boundsAddress(this.bounds()));
  }

  merge(_across?: boolean): void {
    this.ctx.enqueue('merge', () => {
      const s = this.sheet();
      this.ctx.mutate(s, 'merge', () => s.merges.push(boundsAddress(this.bounds())));
    });
  }

  select(): void {
    this.ctx.enqueue('select', () => void this.bounds());
  }

  getBoundingRect(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => {
      const a = this.bounds();
      const b = other.bounds();
      return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
    });
  }

  getIntersection(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => {
      const a = this.bounds();
      const b = other.bounds();
      const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
      if (r.top > r.bottom || r.left > r.right) notFound('intersection');
      return r;
    });
  }

  getCellProperties(_opts: unknown): FakeResult<{ hyperlink?: FakeCell['hyperlink'] }[][]> {
    return new FakeResult(this.ctx, 'Range.getCellProperties', () => {
      const b = this.bounds();
      const s = this.sheet();
      const out: { hyperlink?: FakeCell['hyperlink'] }[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const row: { hyperlink?: FakeCell['hyperlink'] }[] = [];
        for (let c = b.left; c <= b.right; c++) {
          const h = s.cells.get(key(r, c))?.hyperlink;
          row.push(h ? { hyperlink: { ...h } } : {});
        }
        out.push(row);
      }
      return out;
    });
  }

  getRowProperties(_opts: unknown): FakeResult<{ rowIndex: number; rowHidden: boolean }[]> {
    return new FakeResult(this.ctx, 'Range.getRowProperties', () => {
      const b = this.bounds();
      const s = this.sheet();
      const out: { rowIndex: number; rowHidden: boolean }[] = [];
      for (let r = b.top; r <= b.bottom; r++) out.push({ rowIndex: r, rowHidden: s.hiddenRows.has(r) });
      return out;
    });
  }

  getMergedAreasOrNullObject(): FakeAreas {
    return new FakeAreas(this.ctx, this.sheet, () => {
      const b = this.bounds();
      const s = this.sheet();
      const hits = s.merges.filter((m) => {
        const mb = parseBounds(m);
        return mb.top >= b.top && mb.bottom <= b.bottom && mb.left >= b.left && mb.right <= b.right;
      });
      return hits.length ? hits.map((m) => `${s.name}!${m}`).join(', ') : null;
    });
  }
}

/** RangeAreas: multi-area ranges (getRanges) and merged areas (address or null object). */
export class FakeAreas extends Loadable {
  constructor(
    ctx: FakeContextBase,
    private readonly sheet: () => FakeSheet,
    private readonly addressNow: () => string | null,
  ) {
    super(ctx, 'RangeAreas');
  }

  load(arg: unknown): this {
    this.queueLoad([...loadNames(arg), 'isNullObject'], () => {
      const address = this.addressNow();
      return { address, isNullObject: address === null };
    });
    return this;
  }

  get address(): string { return this.read('address'); }
  get isNullObject(): boolean { return this.read('isNullObject'); }

  get conditionalFormats(): FakeRuleCollection {
    const areas = () => (this.addressNow() ?? '').split(',').map((a) => parseBounds(a));
    return new FakeRuleCollection(this.ctx, this.sheet, areas, () => this.addressNow() ?? '');
  }
}
