/**
 * An in-memory Excel behind the slice of Office.js the add-in uses, behaving as Office.js does:
 * properties cannot be read until loaded and synced, writes are queued and applied at sync, null
 * objects are known only after a sync. It counts syncs.
 */
import type { CellValue } from '../../core/grid';
import { a1, parseA1 } from '../../core/grid';

export interface FakeCell {
  value: CellValue;
  fill: string | null;
  note: string | null;
}

export class FakeWorkbookState {
  sheets = new Map<string, Map<string, FakeCell>>();
  active: string;
  settings = new Map<string, string>();
  syncs = 0;
  /** The selected cell, as "Sheet!A1", after a range's select(). */
  selected: string | null = null;

  constructor(sheets: Record<string, CellValue[][]>) {
    for (const [name, rows] of Object.entries(sheets)) {
      const cells = new Map<string, FakeCell>();
      rows.forEach((r, i) => r.forEach((v, j) => {
        if (v !== null && v !== undefined) cells.set(`${i + 1}:${j + 1}`, { value: v, fill: null, note: null });
      }));
      this.sheets.set(name, cells);
    }
    this.active = Object.keys(sheets)[0];
  }

  cell(sheet: string, row: number, column: number): FakeCell {
    const cells = this.sheets.get(sheet)!;
    const k = `${row}:${column}`;
    let c = cells.get(k);
    if (!c) cells.set(k, (c = { value: null, fill: null, note: null }));
    return c;
  }

  /** Fill and note of every cell, to compare before and after. */
  looks(sheet: string): Record<string, { fill: string | null; note: string | null }> {
    const out: Record<string, { fill: string | null; note: string | null }> = {};
    for (const [k, c] of this.sheets.get(sheet)!) if (c.fill !== null || c.note !== null) out[k] = { fill: c.fill, note: c.note };
    return out;
  }
}

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  }
}

class Ctx {
  queue: Array<() => void> = [];
  loads: Array<() => void> = [];
  afterSync: Array<() => void> = [];
  workbook: FakeWorkbook;
  constructor(readonly state: FakeWorkbookState) {
    this.workbook = new FakeWorkbook(this);
  }
  async sync(): Promise<void> {
    this.state.syncs++;
    for (const w of this.queue.splice(0)) w();
    for (const l of this.loads.splice(0)) l();
    for (const a of this.afterSync.splice(0)) a();
  }
}

class Loadable {
  protected loaded = new Set<string>();
  protected synced = false;
  protected data: Record<string, unknown> = {};
  constructor(protected ctx: Ctx, private readonly nullable: boolean, private readonly exists: () => boolean) {
    ctx.afterSync.push(() => (this.synced = true));
  }
  load(props: string | string[]): this {
    const list = Array.isArray(props) ? props : props.split(',').map((p) => p.trim());
    this.ctx.loads.push(() => {
      for (const p of list) {
        this.loaded.add(p);
        if (this.exists()) this.data[p] = this.read(p);
      }
    });
    return this;
  }
  protected read(_p: string): unknown {
    return undefined;
  }
  get isNullObject(): boolean {
    if (!this.synced) throw new NotLoaded('isNullObject');
    return this.nullable && !this.exists();
  }
  protected get<T>(p: string): T {
    if (!this.loaded.has(p)) throw new NotLoaded(p);
    if (this.nullable && !this.exists()) throw new Error(`InvalidOperation: ${p} of a null object`);
    return this.data[p] as T;
  }
}

class FakeFill extends Loadable {
  constructor(ctx: Ctx, private readonly sheet: string, private readonly row: number, private readonly column: number) {
    super(ctx, false, () => true);
  }
  protected override read(p: string): unknown {
    const c = this.ctx.state.cell(this.sheet, this.row, this.column);
    return p === 'color' ? c.fill ?? '#FFFFFF' : undefined;
  }
  get color(): string {
    return this.get<string>('color');
  }
  set color(v: string) {
    this.ctx.queue.push(() => (this.ctx.state.cell(this.sheet, this.row, this.column).fill = v.toUpperCase()));
  }
  clear(): void {
    this.ctx.queue.push(() => (this.ctx.state.cell(this.sheet, this.row, this.column).fill = null));
  }
}

class FakeRange extends Loadable {
  readonly format: { fill: FakeFill };
  constructor(ctx: Ctx, private readonly sheet: string, private readonly top: number, private readonly left: number, private readonly bottom: number, private readonly right: number, exists: () => boolean) {
    super(ctx, true, exists);
    this.format = { fill: new FakeFill(ctx, sheet, top, left) };
  }
  protected override read(p: string): unknown {
    if (p === 'rowIndex') return this.top - 1;
    if (p === 'columnIndex') return this.left - 1;
    if (p === 'address') return `${this.sheet}!${a1(this.top, this.left)}:${a1(this.bottom, this.right)}`;
    if (p === 'values') {
      const out: unknown[][] = [];
      for (let r = this.top; r <= this.bottom; r++) {
        const line: unknown[] = [];
        for (let c = this.left; c <= this.right; c++) {
          const v = this.ctx.state.sheets.get(this.sheet)!.get(`${r}:${c}`)?.value ?? null;
          line.push(v === null ? '' : v instanceof Date ? v.getTime() : typeof v === 'object' ? v.error : v);
        }
        out.push(line);
      }
      return out;
    }
    return undefined;
  }
  select(): void {
    this.ctx.queue.push(() => {
      this.ctx.state.active = this.sheet;
      this.ctx.state.selected = `${this.sheet}!${a1(this.top, this.left)}`;
    });
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.ctx.queue.push(() => {
      v.forEach((line, i) =>
        line.forEach((x, j) => {
          this.ctx.state.cell(this.sheet, this.top + i, this.left + j).value = x === '' ? null : (x as CellValue);
        }),
      );
    });
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
}

class FakeWorksheet extends Loadable {
  constructor(ctx: Ctx, readonly sheetName: () => string) {
    super(ctx, false, () => true);
  }
  protected override read(p: string): unknown {
    return p === 'name' ? this.sheetName() : undefined;
  }
  get name(): string {
    return this.get('name');
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const name = this.sheetName();
    const bounds = () => {
      let top = Infinity, left = Infinity, bottom = 0, right = 0;
      for (const [k, c] of this.ctx.state.sheets.get(name)!) {
        if (c.value === null || c.value === '') continue;
        const [r, col] = k.split(':').map(Number);
        top = Math.min(top, r); left = Math.min(left, col); bottom = Math.max(bottom, r); right = Math.max(right, col);
      }
      return { top, left, bottom, right };
    };
    const b = bounds();
    return new FakeRange(this.ctx, name, b.top, b.left, b.bottom, b.right, () => b.bottom > 0);
  }
  activate(): void {
    const name = this.sheetName();
    this.ctx.queue.push(() => (this.ctx.state.active = name));
  }
  getRange(address: string): FakeRange {
    const [a, b] = address.replace(/^.*!/, '').split(':');
    const p = parseA1(a);
    const q = b ? parseA1(b) : p;
    if (!p || !q) throw new Error(`InvalidArgument: ${address}`);
    return new FakeRange(this.ctx, this.sheetName(), p.row, p.column, q.row, q.column, () => true);
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetName(), row + 1, column + 1, row + rows, column + columns, () => true);
  }
}

class FakeNote extends Loadable {
  constructor(ctx: Ctx, private readonly sheet: string, private readonly row: number, private readonly column: number) {
    super(ctx, true, () => ctx.state.cell(sheet, row, column).note !== null);
  }
  protected override read(p: string): unknown {
    return p === 'content' ? this.ctx.state.cell(this.sheet, this.row, this.column).note : undefined;
  }
  get content(): string {
    return this.get('content');
  }
  set content(v: string) {
    this.ctx.queue.push(() => (this.ctx.state.cell(this.sheet, this.row, this.column).note = v));
  }
  delete(): void {
    this.ctx.queue.push(() => (this.ctx.state.cell(this.sheet, this.row, this.column).note = null));
  }
}

class FakeSetting extends Loadable {
  constructor(ctx: Ctx, private readonly key: string) {
    super(ctx, true, () => ctx.state.settings.has(key));
  }
  protected override read(p: string): unknown {
    return p === 'value' ? this.ctx.state.settings.get(this.key) : undefined;
  }
  get value(): unknown {
    return this.get('value');
  }
  delete(): void {
    this.ctx.queue.push(() => this.ctx.state.settings.delete(this.key));
  }
}

function splitAddress(address: string): { sheet: string; row: number; column: number } {
  const m = /^'((?:[^']|'')+)'!(.+)$/.exec(address) ?? /^([^!]+)!(.+)$/.exec(address);
  if (!m) throw new Error(`InvalidArgument: ${address}`);
  const p = parseA1(m[2]);
  if (!p) throw new Error(`InvalidArgument: ${address}`);
  return { sheet: m[1].replace(/''/g, "'"), ...p };
}

class FakeWorkbook {
  constructor(private readonly ctx: Ctx) {}
  worksheets = {
    getActiveWorksheet: () => new FakeWorksheet(this.ctx, () => this.ctx.state.active),
    getItem: (name: string) => {
      if (!this.ctx.state.sheets.has(name)) throw new Error(`ItemNotFound: ${name}`);
      return new FakeWorksheet(this.ctx, () => name);
    },
  };
  settings = {
    getItemOrNullObject: (key: string) => new FakeSetting(this.ctx, key),
    add: (key: string, value: string) => this.ctx.queue.push(() => this.ctx.state.settings.set(key, value)),
  };
  notes = {
    getItemOrNullObject: (address: string) => {
      const a = splitAddress(address);
      return new FakeNote(this.ctx, a.sheet, a.row, a.column);
    },
    add: (address: string, content: string) => {
      const a = splitAddress(address);
      this.ctx.queue.push(() => {
        const c = this.ctx.state.cell(a.sheet, a.row, a.column);
        if (c.note !== null) throw new Error('InvalidOperation: the cell already has a note');
        c.note = content;
      });
    },
  };
}

/** `Excel.run` over the fake state; the add-in code receives it as `ExcelLike`. */
export function fakeExcel(state: FakeWorkbookState) {
  return {
    run: async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => batch(new Ctx(state) as unknown as Excel.RequestContext),
  };
}
