/**
 * The two places the fake keeps settings, as strict as the rest of the fake:
 * - FakeDocumentSettings: Office.context.document.settings. get/set/remove work on the in-memory
 *   copy (free); saveAsync is a ROUND TRIP to the host and is counted with the syncs (the project
 *   guide counts it; a pane that saves after every write pays for it here as it would in Excel).
 *   What a save persisted is kept apart from the in-memory copy (`saved`).
 * - FakeSettingCollection: Excel's workbook.settings (ExcelApi 1.4), queued like every Excel
 *   command and run at sync, values readable only after load + sync. Whether Excel keeps these in
 *   the same store as the document settings is not documented: the fake keeps them apart, the
 *   harder case for the adapter.
 */
import { FakeContextBase, Loadable, loadNames, notFound, type FakeHost } from './fake-base';

export class FakeDocumentSettings {
  /** The in-memory copy (what get() answers). */
  readonly data = new Map<string, string>();
  /** What the last saveAsync persisted in the document. */
  saved = new Map<string, string>();
  /** The next saveAsync fails (the host refused). */
  failNextSave = false;

  constructor(private readonly host: Pick<FakeHost, 'syncs' | 'log'>) {}

  get(name: string): unknown {
    return this.data.has(name) ? this.data.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.data.set(name, String(value));
  }
  remove(name: string): void {
    this.data.delete(name);
  }
  saveAsync(callback?: (result: { status: string; error?: Error }) => void): void {
    this.host.syncs++;
    this.host.log.push('saveAsync');
    const fail = this.failNextSave;
    this.failNextSave = false;
    if (!fail) this.saved = new Map(this.data);
    // The host answers later, never inside the call.
    void Promise.resolve().then(() => callback?.(fail ? { status: 'failed', error: new Error('fake: saveAsync refused') } : { status: 'succeeded' }));
  }
}

class FakeSetting extends Loadable {
  constructor(
    ctx: FakeContextBase,
    private readonly store: Map<string, string>,
    private readonly key: string,
    private readonly orNull: boolean,
  ) {
    super(ctx, 'Setting');
  }

  load(arg: unknown): this {
    this.queueLoad([...loadNames(arg), 'isNullObject'], () => {
      const value = this.store.get(this.key);
      if (value === undefined && !this.orNull) notFound(`setting ${this.key}`);
      return { key: this.key, value: value === undefined ? null : (JSON.parse(value) as unknown), isNullObject: value === undefined };
    });
    return this;
  }

  get value(): unknown { return this.read('value'); }
  get isNullObject(): boolean { return this.read('isNullObject'); }

  delete(): void {
    this.ctx.enqueue('delete setting', () => {
      if (!this.store.has(this.key)) notFound(`setting ${this.key}`);
      this.store.delete(this.key);
    });
  }
}

export class FakeSettingCollection {
  /** `store` holds each value as JSON, as Excel keeps it. */
  constructor(
    private readonly ctx: FakeContextBase,
    private readonly store: Map<string, string>,
  ) {}

  add(key: string, value: unknown): void {
    const json = JSON.stringify(value);
    this.ctx.host.log.push(`write setting ${key}`);
    this.ctx.enqueue('add setting', () => void this.store.set(key, json));
  }
  getItem(key: string): FakeSetting { return new FakeSetting(this.ctx, this.store, key, false); }
  getItemOrNullObject(key: string): FakeSetting { return new FakeSetting(this.ctx, this.store, key, true); }
}
