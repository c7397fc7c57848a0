/**
 * Fake conditional formats: a collection scoped to the areas it was asked from (as
 * range.conditionalFormats is), custom rules with a formula and a format, ids, getItem/delete.
 */
import { FakeContextBase, FakeResult, Loadable, notFound } from './fake-base';
import { intersects, parseBounds, type Bounds, type FakeRule, type FakeSheet } from './fake-model';

let nextRuleId = 1;

function formatWriter(write: (path: string, value: unknown) => void, path: string[] = []): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    get: (_t, prop: string) =>
      prop === 'getItem' ? (item: string) => formatWriter(write, [...path, item]) : formatWriter(write, [...path, prop]),
    set: (_t, prop: string, value) => {
      write([...path, prop].join('.'), value);
      return true;
    },
  });
}

export class FakeRuleProxy extends Loadable {
  constructor(
    ctx: FakeContextBase,
    private readonly sheet: () => FakeSheet,
    private readonly rule: () => FakeRule,
  ) {
    super(ctx, 'ConditionalFormat');
  }

  load(_arg: unknown): this {
    this.queueLoad(['id', 'type'], () => ({ id: this.rule().id, type: this.rule().type }));
    return this;
  }

  get id(): string { return this.read('id'); }

  private change(label: string, fn: (r: FakeRule) => void): void {
    this.ctx.enqueue(label, () => this.ctx.mutate(this.sheet(), label, () => fn(this.rule())));
  }

  /** cf.custom.rule.formula = …; cf.custom.format.fill.color = …; borders.getItem(e).style = … */
  get custom(): Record<string, unknown> {
    return formatWriter((path, value) => {
      if (path === 'rule.formula') this.change('rule formula', (r) => void (r.formula = String(value)));
      else if (path.startsWith('format.')) this.change(`rule ${path}`, (r) => void (r.format[path.slice(7)] = value));
      else throw new Error(`fake: cf.custom.${path} not modelled`);
    });
  }

  delete(): void {
    this.change('delete rule', (r) => {
      const s = this.sheet();
      s.rules = s.rules.filter((x) => x !== r);
    });
  }
}

/** What a loaded item of the collection exposes. */
class LoadedRule {
  constructor(
    readonly id: string,
    readonly type: string,
    private readonly formula: string | null,
  ) {}

  get customOrNullObject(): { isNullObject: boolean; rule: { formula: string } } {
    const isNullObject = this.type !== 'Custom';
    const formula = this.formula ?? '';
    return {
      isNullObject,
      get rule() {
        if (isNullObject) throw new Error('fake: read through a null object');
        return { formula };
      },
    };
  }
}

export class FakeRuleCollection extends Loadable {
  constructor(
    ctx: FakeContextBase,
    private readonly sheet: () => FakeSheet,
    private readonly scope: () => Bounds[],
    private readonly addressForAdd: () => string,
  ) {
    super(ctx, 'ConditionalFormatCollection');
  }

  private inScope(r: FakeRule): boolean {
    const areas = this.scope();
    return r.address.split(',').some((a) => areas.some((b) => intersects(parseBounds(a), b)));
  }

  load(_arg: unknown): this {
    this.queueLoad(['items'], () => ({
      items: this.sheet().rules.filter((r) => this.inScope(r)).map((r) => new LoadedRule(r.id, r.type, r.formula)),
    }));
    return this;
  }

  get items(): LoadedRule[] { return this.read('items'); }

  getCount(): FakeResult<number> {
    return new FakeResult(this.ctx, 'ConditionalFormatCollection.getCount', () => this.sheet().rules.filter((r) => this.inScope(r)).length);
  }

  add(type: string): FakeRuleProxy {
    let created: FakeRule | null = null;
    this.ctx.enqueue('add rule', () => {
      const s = this.sheet();
      this.ctx.mutate(s, 'add rule', () => {
        created = { id: `cf${nextRuleId++}`, type, formula: null, address: this.addressForAdd(), format: {} };
        s.rules.unshift(created); // a new rule goes on top, as in Excel
      });
    });
    return new FakeRuleProxy(this.ctx, this.sheet, () => created ?? notFound('rule'));
  }

  getItem(id: string): FakeRuleProxy {
    return new FakeRuleProxy(this.ctx, this.sheet, () => this.sheet().rules.find((r) => r.id === id) ?? notFound(`rule ${id}`));
  }
}
