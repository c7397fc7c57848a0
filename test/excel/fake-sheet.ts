/**
 * Fake worksheets, the worksheet collection and notes. Sheets are looked up when the sync runs
 * (not when the proxy is made), so a missing sheet fails the sync with ItemNotFound like Excel.
 */
import { FakeContextBase, FakeResult, Loadable, loadNames, notFound } from './fake-base';
import { MAX_COLS, MAX_ROWS, newSheet, parseBounds, usedBounds, type FakeSheet } from './fake-model';
import { FakeAreas, FakeRange } from './fake-range';

export interface FakeBook {
  sheets: FakeSheet[];
  activeSheet: string | null;
  newId(): string;
}

class FakeNote extends Loadable {
  constructor(
    ctx: FakeContextBase,
    private readonly sheet: () => FakeSheet,
    private readonly cell: string,
    private readonly orNull: boolean,
  ) {
    super(ctx, 'Note');
  }

  load(arg: unknown): this {
    this.queueLoad([...loadNames(arg), 'isNullObject'], () => {
      const content = this.sheet().notes.get(this.cell);
      if (content === undefined && !this.orNull) notFound(`note ${this.cell}`);
      return { content: content ?? null, isNullObject: content === undefined };
    });
    return this;
  }

  get content(): string { return this.read('content'); }
  get isNullObject(): boolean { return this.read('isNullObject'); }

  /** note.content = … (ExcelApi 1.18): replaces the text of an existing note. */
  set content(value: string) {
    this.ctx.enqueue('set note content', () => {
      const s = this.sheet();
      if (!s.notes.has(this.cell)) notFound(`note ${this.cell}`);
      this.ctx.mutate(s, 'set note content', () => s.notes.set(this.cell, String(value)));
    });
  }

  /** The note's cell; its address can be read after the sync that loads it. */
  getLocation(): FakeNoteLocation {
    return new FakeNoteLocation(this.ctx, this.sheet, this.cell);
  }

  delete(): void {
    this.ctx.enqueue('delete note', () => {
      const s = this.sheet();
      if (!s.notes.has(this.cell)) notFound(`note ${this.cell}`);
      this.ctx.mutate(s, 'delete note', () => s.notes.delete(this.cell));
    });
  }
}

class FakeNoteLocation extends Loadable {
  constructor(
    ctx: FakeContextBase,
    private readonly sheet: () => FakeSheet,
    private readonly cell: string,
  ) {
    super(ctx, 'Range');
  }

  load(arg: unknown): this {
    const names = loadNames(arg);
    if (names.some((n) => n !== 'address')) throw new Error(`fake: note location loads only address, not ${names.join(',')}`);
    this.queueLoad(['address'], () => {
      const s = this.sheet();
      if (!s.notes.has(this.cell)) notFound(`note ${this.cell}`);
      return { address: `${s.name}!${this.cell}` };
    });
    return this;
  }

  get address(): string { return this.read('address'); }
}

/** A note as an item of the loaded collection: its content as of the sync that loaded it. */
class FakeNoteItem extends FakeNote {
  constructor(
    ctx: FakeContextBase,
    sheet: () => FakeSheet,
    cell: string,
    private readonly loadedContent: string,
  ) {
    super(ctx, sheet, cell, false);
  }

  override get content(): string { return this.loadedContent; }
  override set content(value: string) { super.content = value; }
}

class FakeNotes extends Loadable {
  constructor(
    ctx: FakeContextBase,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx, 'NoteCollection');
  }

  /** notes.load('items/content'): only the content is modelled; other properties are refused. */
  load(arg: unknown): this {
    const names = loadNames(arg);
    if (names.some((n) => n !== 'content')) throw new Error(`fake: notes.load models only items/content, not ${names.join(',')}`);
    this.queueLoad(['items'], () => ({
      items: [...this.sheet().notes.entries()].map(([cell, content]) => new FakeNoteItem(this.ctx, this.sheet, cell, content)),
    }));
    return this;
  }

  get items(): FakeNoteItem[] { return this.read('items'); }

  getCount(): FakeResult<number> {
    return new FakeResult(this.ctx, 'NoteCollection.getCount', () => this.sheet().notes.size);
  }
  getItem(cell: string): FakeNote { return new FakeNote(this.ctx, this.sheet, cell.toUpperCase(), false); }
  getItemOrNullObject(cell: string): FakeNote { return new FakeNote(this.ctx, this.sheet, cell.toUpperCase(), true); }
  add(cell: string, content: string): void {
    const at = cell.toUpperCase();
    this.ctx.enqueue('add note', () => {
      const s = this.sheet();
      if (s.notes.has(at)) throw Object.assign(new Error(`a note already exists at ${at}`), { code: 'InvalidArgument' });
      this.ctx.mutate(s, 'add note', () => s.notes.set(at, content));
    });
  }
}

class FakeProtection extends Loadable {
  constructor(
    ctx: FakeContextBase,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx, 'WorksheetProtection');
  }
  load(_arg: unknown): this {
    this.queueLoad(['protected'], () => ({ protected: this.sheet().protected }));
    return this;
  }
  get protected(): boolean { return this.read('protected'); }
  protect(): void { this.ctx.enqueue('protect', () => void (this.sheet().protected = true)); }
  unprotect(): void { this.ctx.enqueue('unprotect', () => void (this.sheet().protected = false)); }
}

export class FakeWorksheet extends Loadable {
  constructor(
    ctx: FakeContextBase,
    private readonly book: FakeBook,
    readonly sheet: () => FakeSheet,
  ) {
    super(ctx, 'Worksheet');
  }

  load(arg: unknown): this {
    this.queueLoad(loadNames(arg), () => ({ name: this.sheet().name, id: this.sheet().id }));
    return this;
  }
  get name(): string { return this.read('name'); }
  get id(): string { return this.read('id'); }

  private protectionProxy: FakeProtection | null = null;
  /** Like Office.js, the same navigation object every time (so load-then-read works). */
  get protection(): FakeProtection {
    this.protectionProxy ??= new FakeProtection(this.ctx, this.sheet);
    return this.protectionProxy;
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () =>
      address ? parseBounds(address) : { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 },
    );
  }
  getRanges(address: string): FakeAreas { return new FakeAreas(this.ctx, this.sheet, () => address); }
  getUsedRange(_valuesOnly?: boolean): FakeRange { return new FakeRange(this.ctx, this.sheet, () => usedBounds(this.sheet())); }
  get notes(): FakeNotes { return new FakeNotes(this.ctx, this.sheet); }

  activate(): void { this.ctx.enqueue('activate', () => void (this.book.activeSheet = this.sheet().name)); }
  delete(): void {
    this.ctx.enqueue('delete sheet', () => {
      const s = this.sheet();
      this.book.sheets = this.book.sheets.filter((x) => x !== s);
    });
  }
  get freezePanes() {
    return { freezeRows: (n: number) => this.ctx.enqueue('freeze', () => void (this.sheet().frozenRows = n)) };
  }
  get pageLayout(): Record<string, unknown> {
    const set = (k: string, v: unknown) => this.ctx.enqueue(`page ${k}`, () => void (this.sheet().pageLayout[k] = v));
    return new Proxy({}, {
      get: (_t, prop: string) => {
        if (prop === 'setPrintTitleRows') return (rows: string) => set('printTitleRows', rows);
        // headersFooters.defaultForAllPages.<leftFooter|centerFooter|…> = code
        if (prop === 'headersFooters') {
          const all = new Proxy({}, { get: () => undefined, set: (_a, k: string, v) => (set(`defaultForAllPages.${k}`, v), true) });
          return { defaultForAllPages: all };
        }
        return undefined;
      },
      set: (_t, prop: string, v) => (set(prop, v), true),
    });
  }
  get onChanged() {
    return {
      add: (handler: (args: Record<string, unknown>) => unknown) => {
        this.ctx.enqueue('add handler', () => void this.sheet().handlers.push(handler));
        return {
          context: this.ctx,
          remove: () =>
            this.ctx.enqueue('remove handler', () => {
              const s = this.sheet();
              s.handlers = s.handlers.filter((h) => h !== handler);
            }),
        };
      },
    };
  }
}

export class FakeWorksheets extends Loadable {
  constructor(
    ctx: FakeContextBase,
    private readonly book: FakeBook,
  ) {
    super(ctx, 'WorksheetCollection');
  }

  private find(name: string): FakeSheet | undefined {
    return this.book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.book, () => this.find(name) ?? notFound(`sheet ${name}`));
  }

  /** The sheet the user has open (the first visible one when the test set none). */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.book, () => {
      const active = this.book.activeSheet === null ? undefined : this.find(this.book.activeSheet);
      return active ?? this.book.sheets.find((s) => s.visibility === 'Visible') ?? notFound('active sheet');
    });
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.enqueue('add sheet', () => {
      if (this.find(name)) throw Object.assign(new Error(`sheet ${name} exists`), { code: 'ItemAlreadyExists' });
      created = newSheet(this.book.newId(), name);
      this.book.sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, this.book, () => created ?? notFound('new sheet'));
  }

  load(_arg: unknown): this {
    this.queueLoad(['items'], () => ({
      items: this.book.sheets.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility, protection: { protected: s.protected } })),
    }));
    return this;
  }

  get items(): { id: string; name: string; visibility: string; protection: { protected: boolean } }[] {
    return this.read('items');
  }
}
