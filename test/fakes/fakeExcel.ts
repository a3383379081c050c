/**
 * An in-memory Excel behind the slice of Office.js the add-in uses, behaving as Office.js does:
 * properties cannot be read until loaded and synced, writes are queued and applied at sync, null
 * objects are known only after a sync (and what is asked of a null object is null too). It counts
 * syncs, and like Excel on the web it refuses a sync whose request or response passes a size limit.
 *
 * Request size is counted the way office.js builds a request: a JSON body with one object path per
 * proxy made (getRange, getItem…, each navigation such as format and fill) and one action per load,
 * property set or method call, each carrying its arguments as JSON; a response is the JSON of what
 * was loaded. Sizes are UTF-8 bytes. Excel on the web refuses either past 5 MB ("Resource limits and
 * performance optimization for Office Add-ins"); the add-in must stay under 4 MB.
 *
 * Also as documented: RangeFill.pattern (ExcelApi 1.9) tells "no fill" ("None") from a white fill
 * ("Solid", #FFFFFF), where color answers #FFFFFF for both; a text value written to a cell whose
 * number format is not "@" is re-typed as Excel does when typing (a number, percent or boolean);
 * Range.numberFormat reads and writes; workbook.customXmlParts (ExcelApi 1.5) stores XML documents
 * beside the workbook, loaded only when asked for by id or namespace.
 */
import type { CellValue } from '../../core/model/grid';
import { a1, parseA1 } from '../../core/model/grid';
import { utf8Length } from '../../core/model/text';

export interface FakeCell {
  value: CellValue;
  fill: string | null;
  note: string | null;
  /** A formula ("=…"); `value` then holds its result. */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
}

/** Office.js's cost of one object path (e.g. {"Id":7,"ObjectPathType":3,"Name":"getRange","ParentId":5,"ArgumentInfo":{…}}) and its instantiation. */
export const PATH_BYTES = 110;
/** Office.js's cost of one action (load, set, method), besides its arguments. */
export const ACTION_BYTES = 70;

/** UTF-8 bytes of a value's JSON, as it travels. */
export function jsonBytes(v: unknown): number {
  // Counted by hand (core's utf8Length): the fake also runs in the browser (the pane's tests), where there is no Buffer.
  return utf8Length(JSON.stringify(v ?? null));
}

/** What Excel makes of a text typed into a cell whose format is not text ("@"): a number, a percent, a boolean, or the text. */
export function retype(v: string): CellValue {
  const t = v.trim();
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return Number(t);
  if (/^[-+]?(\d+\.?\d*|\.\d+)%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  return v;
}

export interface FakeXmlPart {
  id: string;
  namespace: string;
  xml: string;
}

export interface FakeChart {
  sheet: string;
  type: string;
  source: string;
  seriesBy?: string;
  title?: string;
}

export class FakeWorkbookState {
  sheets = new Map<string, Map<string, FakeCell>>();
  active: string;
  settings = new Map<string, string>();
  charts: FakeChart[] = [];
  syncs = 0;
  /** The selected cell, as "Sheet!A1", after a range's select(). */
  selected: string | null = null;
  /** Requirement sets the host reports (ExcelApi 1.18 brings notes). */
  apiVersion = '1.18';
  /** Excel on the web refuses requests and responses over 5 MB; the fake checks when set. */
  payloadLimit = Infinity;
  /** The largest request and response sent, in bytes (estimated as Office.js's JSON). */
  largestRequest = 0;
  largestResponse = 0;
  /**
   * What a host does with a used range asked of a missing sheet: answer a null object ('null'), or
   * refuse the whole sync with ItemNotFound ('throw'); the add-in must work with both.
   */
  nullChains: 'null' | 'throw' = 'null';
  /** Syncs refused for size, as Excel on the web refuses them. */
  refused = 0;
  /** Every sync's request and response size in bytes, in order. */
  requests: number[] = [];
  responses: number[] = [];
  /** Custom XML parts (ExcelApi 1.5), in the order added. */
  xmlParts: FakeXmlPart[] = [];
  private nextPart = 1;

  newPart(namespace: string, xml: string): FakeXmlPart {
    const part = { id: `{PART-${this.nextPart++}}`, namespace, xml };
    this.xmlParts.push(part);
    return part;
  }

  /** Counters back to zero, between the steps of a test. */
  resetCounts(): void {
    this.syncs = 0;
    this.refused = 0;
    this.largestRequest = 0;
    this.largestResponse = 0;
    this.requests = [];
    this.responses = [];
  }

  constructor(sheets: Record<string, CellValue[][]>) {
    for (const [name, rows] of Object.entries(sheets)) this.addSheet(name, rows);
    this.active = Object.keys(sheets)[0];
  }

  addSheet(name: string, rows: CellValue[][] = []): void {
    const cells = new Map<string, FakeCell>();
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== null && v !== undefined) cells.set(`${i + 1}:${j + 1}`, { value: v, fill: null, note: null });
      }),
    );
    this.sheets.set(name, cells);
  }

  cell(sheet: string, row: number, column: number): FakeCell {
    const cells = this.sheets.get(sheet);
    if (!cells) throw new Error(`ItemNotFound: ${sheet}`);
    const k = `${row}:${column}`;
    let c = cells.get(k);
    if (!c) cells.set(k, (c = { value: null, fill: null, note: null }));
    return c;
  }

  /** Fill, note and number format of every cell that has one, to compare before and after. */
  looks(sheet: string): Record<string, { fill: string | null; note: string | null; numberFormat?: string }> {
    const out: Record<string, { fill: string | null; note: string | null; numberFormat?: string }> = {};
    for (const [k, c] of this.sheets.get(sheet)!) {
      const general = c.numberFormat === undefined || c.numberFormat === 'General';
      if (c.fill !== null || c.note !== null || !general) out[k] = { fill: c.fill, note: c.note, ...(general ? {} : { numberFormat: c.numberFormat }) };
    }
    return out;
  }

  /** Every non-empty value, to compare before and after. */
  values(sheet: string): Record<string, CellValue> {
    const out: Record<string, CellValue> = {};
    for (const [k, c] of this.sheets.get(sheet)!) if (c.value !== null) out[k] = c.value;
    return out;
  }

  supports(name: string, version: string): boolean {
    if (name !== 'ExcelApi') return false;
    const [a, b] = version.split('.').map(Number);
    const [x, y] = this.apiVersion.split('.').map(Number);
    return x > a || (x === a && y >= b);
  }
}

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  }
}

class Ctx {
  queue: Array<() => void> = [];
  requestBytes = 0;
  loads: Array<() => number> = [];
  afterSync: Array<() => void> = [];
  workbook: FakeWorkbook;
  constructor(readonly state: FakeWorkbookState) {
    this.workbook = new FakeWorkbook(this);
  }
  write(op: () => void, payload: unknown = null): void {
    this.queue.push(op);
    this.requestBytes += ACTION_BYTES + jsonBytes(payload);
  }
  /** A proxy object made: one object path in the request. */
  path(args: unknown = null): void {
    this.requestBytes += PATH_BYTES + jsonBytes(args);
  }
  // async, as Office.js's own: a refused request rejects the promise rather than throwing at the call.
  // eslint-disable-next-line @typescript-eslint/require-await
  async sync(): Promise<void> {
    this.state.syncs++;
    const request = this.requestBytes;
    this.requestBytes = 0;
    this.state.requests.push(request);
    if (request > this.state.payloadLimit) {
      this.queue = [];
      this.loads = [];
      this.afterSync = [];
      this.state.refused++;
      throw new OfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    const writes = this.queue.splice(0);
    const loads = this.loads.splice(0);
    const after = this.afterSync.splice(0);
    this.state.largestRequest = Math.max(this.state.largestRequest, request);
    for (const w of writes) w();
    let response = 0;
    for (const l of loads) response += l();
    this.state.responses.push(response);
    if (response > this.state.payloadLimit) this.state.refused++;
    else this.state.largestResponse = Math.max(this.state.largestResponse, response);
    if (response > this.state.payloadLimit) throw new OfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    for (const a of after) a();
  }
}

class Loadable {
  protected loaded = new Set<string>();
  protected synced = false;
  protected data: Record<string, unknown> = {};
  constructor(
    protected ctx: Ctx,
    private readonly nullable: boolean,
    protected readonly exists: () => boolean,
    pathArgs: unknown = null,
  ) {
    ctx.afterSync.push(() => (this.synced = true));
    ctx.path(pathArgs);
  }
  load(props: string | string[]): this {
    const list = Array.isArray(props) ? props : props.split(',').map((p) => p.trim());
    this.ctx.requestBytes += ACTION_BYTES + jsonBytes(list);
    this.ctx.loads.push(() => {
      let bytes = 0;
      for (const p of list) {
        this.loaded.add(p);
        if (this.exists()) {
          this.data[p] = this.read(p);
          bytes += jsonBytes(p) + jsonBytes(this.data[p]);
        }
      }
      return bytes;
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
  constructor(
    ctx: Ctx,
    private readonly range: FakeRange,
  ) {
    super(ctx, false, () => true);
  }
  protected override read(p: string): unknown {
    const [c] = this.range.cells();
    if (p === 'pattern') {
      if (!this.ctx.state.supports('ExcelApi', '1.9')) throw new OfficeError('ApiNotFound', 'RangeFill.pattern needs ExcelApi 1.9');
      return c.fill === null ? 'None' : 'Solid';
    }
    // Excel answers white for a cell without fill as for a white one.
    return p === 'color' ? (c.fill ?? '#FFFFFF') : undefined;
  }
  get color(): string {
    return this.get<string>('color');
  }
  set color(v: string) {
    this.ctx.write(() => this.range.cells().forEach((c) => (c.fill = v.toUpperCase())), v);
  }
  get pattern(): string {
    return this.get<string>('pattern');
  }
  set pattern(v: string) {
    this.ctx.write(() => {
      if (!this.ctx.state.supports('ExcelApi', '1.9')) throw new OfficeError('ApiNotFound', 'RangeFill.pattern needs ExcelApi 1.9');
      // "None" removes the fill; "Solid" on a cell without fill shows white.
      this.range.cells().forEach((c) => (c.fill = v === 'None' ? null : (c.fill ?? '#FFFFFF')));
    }, v);
  }
  clear(): void {
    this.ctx.write(() => this.range.cells().forEach((c) => (c.fill = null)));
  }
}

function hyperlinkResult(formula: string): CellValue {
  const m = /^=HYPERLINK\(".*","(.*)"\)$/.exec(formula);
  return m ? m[1] : null;
}

class FakeRange extends Loadable {
  private fillProxy?: FakeFill;
  readonly format: { fill: FakeFill; font: { bold: boolean }; columnWidth: number };
  constructor(
    ctx: Ctx,
    readonly sheet: string,
    private top: number,
    private left: number,
    private bottom: number,
    private right: number,
    exists: () => boolean,
    pathArgs: unknown = null,
  ) {
    super(ctx, true, exists, pathArgs);
    const self = this;
    this.format = {
      // Navigation properties are object paths of their own, made when first used.
      get fill(): FakeFill {
        return (self.fillProxy ??= new FakeFill(ctx, self));
      },
      font: {
        set bold(v: boolean) {
          ctx.write(() => self.cells().forEach((c) => (c.bold = v)));
        },
        get bold(): boolean {
          throw new NotLoaded('format.font.bold');
        },
      },
      set columnWidth(_v: number) {
        ctx.write(() => undefined);
      },
      get columnWidth(): number {
        throw new NotLoaded('format.columnWidth');
      },
    };
  }
  cells(): FakeCell[] {
    const out: FakeCell[] = [];
    for (let r = this.top; r <= this.bottom; r++) for (let c = this.left; c <= this.right; c++) out.push(this.ctx.state.cell(this.sheet, r, c));
    return out;
  }
  private grid<T>(f: (c: FakeCell | undefined) => T): T[][] {
    const out: T[][] = [];
    const cells = this.ctx.state.sheets.get(this.sheet)!;
    for (let r = this.top; r <= this.bottom; r++) {
      const line: T[] = [];
      for (let c = this.left; c <= this.right; c++) line.push(f(cells.get(`${r}:${c}`)));
      out.push(line);
    }
    return out;
  }
  protected override read(p: string): unknown {
    if (p === 'rowIndex') return this.top - 1;
    if (p === 'columnIndex') return this.left - 1;
    if (p === 'rowCount') return this.bottom - this.top + 1;
    if (p === 'columnCount') return this.right - this.left + 1;
    if (p === 'address') return `${this.sheet}!${a1(this.top, this.left)}:${a1(this.bottom, this.right)}`;
    if (p === 'values')
      return this.grid((cell) => {
        const v = cell?.value ?? null;
        return v === null ? '' : v instanceof Date ? v.getTime() : typeof v === 'object' ? v.error : v;
      });
    if (p === 'numberFormat') return this.grid((cell) => cell?.numberFormat ?? 'General');
    if (p === 'formulas')
      return this.grid((cell) => {
        if (cell?.formula) return cell.formula;
        const v = cell?.value ?? null;
        return v === null ? '' : v instanceof Date ? v.getTime() : typeof v === 'object' ? v.error : v;
      });
    return undefined;
  }
  private checkShape(v: unknown[][], what: string): void {
    if (v.length !== this.bottom - this.top + 1 || v.some((l) => l.length !== this.right - this.left + 1)) {
      throw new OfficeError('InvalidArgument', `${what}: the number of rows or columns does not match the range`);
    }
  }
  select(): void {
    this.ctx.write(() => {
      this.ctx.state.active = this.sheet;
      this.ctx.state.selected = `${this.sheet}!${a1(this.top, this.left)}`;
    });
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.checkShape(v, 'values');
    this.ctx.write(() => {
      v.forEach((line, i) =>
        line.forEach((x, j) => {
          const c = this.ctx.state.cell(this.sheet, this.top + i, this.left + j);
          // Text goes in as typed: Excel re-types it unless the cell's format is text.
          c.value = x === '' ? null : typeof x === 'string' && c.numberFormat !== '@' ? retype(x) : (x as CellValue);
          delete c.formula;
        }),
      );
    }, v);
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.checkShape(v, 'formulas');
    this.ctx.write(() => {
      v.forEach((line, i) =>
        line.forEach((x, j) => {
          const c = this.ctx.state.cell(this.sheet, this.top + i, this.left + j);
          if (typeof x === 'string' && x.startsWith('=')) {
            c.formula = x;
            c.value = hyperlinkResult(x);
          } else {
            delete c.formula;
            c.value = x === '' ? null : (x as CellValue);
          }
        }),
      );
    }, v);
  }
  set numberFormat(v: unknown[][]) {
    this.checkShape(v, 'numberFormat');
    this.ctx.write(
      () => v.forEach((line, i) => line.forEach((x, j) => (this.ctx.state.cell(this.sheet, this.top + i, this.left + j).numberFormat = String(x)))),
      v,
    );
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  /** The part of this range inside `address` (ExcelApi 1.4); a null object when they do not meet. */
  getIntersectionOrNullObject(address: string): FakeRange {
    const [a, b] = address.replace(/^.*!/, '').split(':');
    const rows = /^(\d+)$/.exec(a) && /^(\d+)$/.exec(b ?? a);
    const p = rows ? { row: Number(a), column: 1 } : parseA1(a);
    const q = rows ? { row: Number(b ?? a), column: 16_384 } : parseA1(b ?? a);
    if (!p || !q) throw new Error(`InvalidArgument: ${address}`);
    const box = { top: 0, left: 0, bottom: -1, right: -1 };
    const range = new FakeRange(this.ctx, this.sheet, 1, 1, 1, 1, () => this.exists() && box.bottom >= box.top && box.right >= box.left, address);
    // Taken at sync time, after this range's own bounds are known.
    this.ctx.loads.push(() => {
      Object.assign(box, {
        top: Math.max(this.top, p.row),
        left: Math.max(this.left, p.column),
        bottom: Math.min(this.bottom, q.row),
        right: Math.min(this.right, q.column),
      });
      Object.assign(range, box);
      return 0;
    });
    return range;
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
}

class FakeWorksheet extends Loadable {
  constructor(
    ctx: Ctx,
    readonly sheetName: () => string,
    nullable = false,
  ) {
    super(ctx, nullable, () => ctx.state.sheets.has(sheetName()));
  }
  protected override read(p: string): unknown {
    return p === 'name' ? this.sheetName() : undefined;
  }
  get name(): string {
    return this.get('name');
  }
  private bounds(): { top: number; left: number; bottom: number; right: number } {
    let top = Infinity,
      left = Infinity,
      bottom = 0,
      right = 0;
    for (const [k, c] of this.ctx.state.sheets.get(this.sheetName()) ?? []) {
      if (c.value === null || c.value === '') continue;
      const [r, col] = k.split(':').map(Number);
      top = Math.min(top, r);
      left = Math.min(left, col);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    }
    return { top, left, bottom, right };
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const name = this.sheetName();
    if (this.ctx.state.nullChains === 'throw') {
      this.ctx.loads.unshift(() => {
        if (!this.ctx.state.sheets.has(name)) throw new OfficeError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
        return 0;
      });
    }
    // Bounds are taken at sync time, as Excel computes them when the request runs.
    let b = { top: 0, left: 0, bottom: 0, right: 0 };
    const range = new FakeRange(this.ctx, name, 1, 1, 1, 1, () => this.ctx.state.sheets.has(name) && b.bottom > 0);
    this.ctx.loads.unshift(() => {
      b = this.bounds();
      Object.assign(range as unknown as Record<string, number>, { top: b.top, left: b.left, bottom: b.bottom, right: b.right });
      return 0;
    });
    return range;
  }
  activate(): void {
    const name = this.sheetName();
    this.ctx.write(() => (this.ctx.state.active = name));
  }
  delete(): void {
    const name = this.sheetName();
    this.ctx.write(() => {
      if (!this.ctx.state.sheets.delete(name)) throw new OfficeError('ItemNotFound', name);
      this.ctx.state.charts = this.ctx.state.charts.filter((c) => c.sheet !== name);
      if (this.ctx.state.active === name) this.ctx.state.active = [...this.ctx.state.sheets.keys()][0];
    });
  }
  getRange(address: string): FakeRange {
    const ref = address.replace(/^.*!/, '');
    const col = /^([A-Z]+):([A-Z]+)$/.exec(ref);
    if (col) return new FakeRange(this.ctx, this.sheetName(), 1, parseA1(`${col[1]}1`)!.column, 1_048_576, parseA1(`${col[2]}1`)!.column, () => true);
    const [a, b] = ref.split(':');
    const p = parseA1(a);
    const q = b ? parseA1(b) : p;
    if (!p || !q) throw new Error(`InvalidArgument: ${address}`);
    return new FakeRange(this.ctx, this.sheetName(), p.row, p.column, q.row, q.column, () => true);
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    if (!this.ctx.state.supports('ExcelApi', '1.7')) throw new OfficeError('ApiNotFound', 'getRangeByIndexes needs ExcelApi 1.7');
    return new FakeRange(this.ctx, this.sheetName(), row + 1, column + 1, row + rows, column + columns, () => true);
  }
  get charts() {
    const sheet = this.sheetName();
    return {
      add: (type: string, source: FakeRange, seriesBy?: string) => {
        const chart: FakeChart = { sheet, type, source: '', seriesBy };
        const address = source as unknown as { top: number; left: number; bottom: number; right: number };
        this.ctx.write(() => {
          chart.source = `${a1(address.top, address.left)}:${a1(address.bottom, address.right)}`;
          this.ctx.state.charts.push(chart);
        });
        return {
          title: {
            set text(v: string) {
              chart.title = v;
            },
          },
          legend: { visible: true },
          top: 0,
          left: 0,
        };
      },
    };
  }
}

class FakeNote extends Loadable {
  constructor(
    ctx: Ctx,
    private readonly sheet: string,
    private readonly row: number,
    private readonly column: number,
  ) {
    super(ctx, true, () => ctx.state.cell(sheet, row, column).note !== null);
  }
  protected override read(p: string): unknown {
    return p === 'content' ? this.ctx.state.cell(this.sheet, this.row, this.column).note : undefined;
  }
  get content(): string {
    return this.get('content');
  }
  set content(v: string) {
    this.ctx.write(() => (this.ctx.state.cell(this.sheet, this.row, this.column).note = v), v);
  }
  delete(): void {
    this.ctx.write(() => (this.ctx.state.cell(this.sheet, this.row, this.column).note = null));
  }
}

class FakeSetting extends Loadable {
  constructor(
    ctx: Ctx,
    private readonly key: string,
    nullable = true,
  ) {
    super(ctx, nullable, () => ctx.state.settings.has(key), key);
  }
  protected override read(p: string): unknown {
    return p === 'value' ? this.ctx.state.settings.get(this.key) : undefined;
  }
  get value(): unknown {
    return this.get('value');
  }
  delete(): void {
    this.ctx.write(() => this.ctx.state.settings.delete(this.key));
  }
}

/** workbook.settings: items load as `items/key,items/value` or `items/key` alone (SettingCollection, ExcelApi 1.4). */
class FakeSettings extends Loadable {
  private list: { key: string; value: string; delete(): void }[] = [];
  constructor(ctx: Ctx) {
    super(ctx, false, () => true);
  }
  protected override read(p: string): unknown {
    if (p === 'items/key' || p === 'items/value' || p === 'items') {
      const withValues = this.loaded.has('items/value') || this.loaded.has('items');
      const ctx = this.ctx;
      this.list = [...this.ctx.state.settings].map(([key, value]) => ({
        key,
        get value(): string {
          if (!withValues) throw new NotLoaded('items/value');
          return value;
        },
        delete: () => ctx.write(() => ctx.state.settings.delete(key)),
      }));
      // The response carries what was asked for: keys, and values when loaded.
      return p === 'items/key' ? this.list.map((i) => i.key) : p === 'items/value' ? [...this.ctx.state.settings.values()] : this.list.length;
    }
    return undefined;
  }
  get items(): { key: string; value: string; delete(): void }[] {
    if (!this.loaded.has('items') && !this.loaded.has('items/key')) throw new NotLoaded('items');
    return this.list;
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key, false);
  }
  add(key: string, value: string): void {
    this.ctx.write(() => this.ctx.state.settings.set(key, value), [key, value]);
  }
}

function splitAddress(address: string): { sheet: string; row: number; column: number } {
  const m = /^'((?:[^']|'')+)'!(.+)$/.exec(address) ?? /^([^!]+)!(.+)$/.exec(address);
  if (!m) throw new Error(`InvalidArgument: ${address}`);
  const p = parseA1(m[2]);
  if (!p) throw new Error(`InvalidArgument: ${address}`);
  return { sheet: m[1].replace(/''/g, "'"), ...p };
}

class FakeWorksheets extends Loadable {
  private list: FakeWorksheet[] = [];
  constructor(ctx: Ctx) {
    super(ctx, false, () => true);
  }
  protected override read(p: string): unknown {
    if (p === 'items/name') {
      this.list = [...this.ctx.state.sheets.keys()].map((n) => {
        const ws = new FakeWorksheet(this.ctx, () => n);
        (ws as unknown as { loaded: Set<string>; data: Record<string, unknown> }).loaded.add('name');
        (ws as unknown as { data: Record<string, unknown> }).data.name = n;
        return ws;
      });
      return this.list.length;
    }
    return undefined;
  }
  get items(): FakeWorksheet[] {
    this.get('items/name');
    return this.list;
  }
  getActiveWorksheet(): FakeWorksheet {
    const state = this.ctx.state;
    return new FakeWorksheet(this.ctx, () => state.active);
  }
  getItem(name: string): FakeWorksheet {
    if (!this.ctx.state.sheets.has(name)) throw new OfficeError('ItemNotFound', name);
    return new FakeWorksheet(this.ctx, () => name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => name, true);
  }
  add(name: string): FakeWorksheet {
    this.ctx.write(() => {
      if (this.ctx.state.sheets.has(name)) throw new OfficeError('ItemAlreadyExists', name);
      this.ctx.state.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => name);
  }
}

/** A custom XML part's proxy (ExcelApi 1.5): its id, its XML on request, and delete. */
class FakeXmlPartProxy extends Loadable {
  constructor(
    ctx: Ctx,
    private readonly part: () => FakeXmlPart | undefined,
    args: unknown = null,
  ) {
    super(ctx, true, () => part() !== undefined, args);
  }
  protected override read(p: string): unknown {
    const x = this.part();
    return p === 'id' ? x?.id : p === 'namespaceUri' ? x?.namespace : undefined;
  }
  get id(): string {
    return this.get('id');
  }
  getXml(): { value: string } {
    this.ctx.requestBytes += ACTION_BYTES;
    const result: { value?: string } = {};
    let done = false;
    this.ctx.loads.push(() => {
      const x = this.part();
      if (!x) throw new OfficeError('ItemNotFound', 'custom XML part');
      result.value = x.xml;
      done = true;
      return jsonBytes(x.xml);
    });
    return {
      get value(): string {
        if (!done) throw new NotLoaded('ClientResult.value');
        return result.value!;
      },
    };
  }
  delete(): void {
    this.ctx.write(() => {
      const x = this.part();
      if (!x) throw new OfficeError('ItemNotFound', 'custom XML part');
      this.ctx.state.xmlParts = this.ctx.state.xmlParts.filter((p) => p !== x);
    });
  }
}

/** The parts of one namespace (CustomXmlPartScopedCollection): items load as `items/id`. */
class FakeXmlScoped extends Loadable {
  private list: FakeXmlPartProxy[] = [];
  constructor(
    ctx: Ctx,
    private readonly namespace: string,
  ) {
    super(ctx, false, () => true, namespace);
  }
  protected override read(p: string): unknown {
    if (p !== 'items/id' && p !== 'items') return undefined;
    const parts = this.ctx.state.xmlParts.filter((x) => x.namespace === this.namespace);
    this.list = parts.map((x) => {
      const proxy = Object.create(FakeXmlPartProxy.prototype) as FakeXmlPartProxy;
      Object.assign(proxy, {
        ctx: this.ctx,
        part: () => this.ctx.state.xmlParts.find((y) => y === x),
        loaded: new Set(['id']),
        synced: true,
        data: { id: x.id },
        nullable: true,
        exists: () => this.ctx.state.xmlParts.includes(x),
      });
      return proxy;
    });
    return parts.map((x) => x.id);
  }
  get items(): FakeXmlPartProxy[] {
    this.get('items/id');
    return this.list;
  }
}

/** workbook.customXmlParts: items load as `items/id,items/namespaceUri` (never their XML). */
class FakeXmlParts extends Loadable {
  private list: { id: string; namespaceUri: string; getXml(): { value: string }; delete(): void }[] = [];
  constructor(ctx: Ctx) {
    super(ctx, false, () => true);
  }
  protected override read(p: string): unknown {
    if (p !== 'items/id' && p !== 'items/namespaceUri' && p !== 'items') return undefined;
    this.list = this.ctx.state.xmlParts.map((x) => {
      const proxy = new FakeXmlPartProxy(this.ctx, () => (this.ctx.state.xmlParts.includes(x) ? x : undefined));
      return { id: x.id, namespaceUri: x.namespace, getXml: () => proxy.getXml(), delete: () => proxy.delete() };
    });
    return this.list.map((x) => [x.id, x.namespaceUri]);
  }
  get items() {
    this.get('items/id');
    return this.list;
  }
  add(xml: string): FakeXmlPartProxy {
    let made: FakeXmlPart | undefined;
    this.ctx.write(() => {
      if (!/^\s*(<\?xml[^>]*\?>\s*)?<[\w:.-]+[\s>]/.test(xml)) throw new OfficeError('InvalidArgument', 'not an XML document');
      made = this.ctx.state.newPart(namespaceOf(xml), xml);
    }, xml);
    return new FakeXmlPartProxy(this.ctx, () => (made && this.ctx.state.xmlParts.includes(made) ? made : undefined));
  }
  getByNamespace(namespace: string): FakeXmlScoped {
    return new FakeXmlScoped(this.ctx, namespace);
  }
  getItemOrNullObject(id: string): FakeXmlPartProxy {
    return new FakeXmlPartProxy(this.ctx, () => this.ctx.state.xmlParts.find((x) => x.id === id), id);
  }
}

function namespaceOf(xml: string): string {
  const m = /^\s*(?:<\?xml[^>]*\?>\s*)?<[\w:.-]+[^>]*\sxmlns="([^"]*)"/.exec(xml);
  return m ? m[1] : '';
}

class FakeWorkbook {
  worksheets: FakeWorksheets;
  constructor(private readonly ctx: Ctx) {
    this.worksheets = new FakeWorksheets(ctx);
  }
  private settingsProxy?: FakeSettings;
  /** One proxy per context, as Office.js keeps a navigation property's object. */
  get settings(): FakeSettings {
    return (this.settingsProxy ??= new FakeSettings(this.ctx));
  }
  private partsProxy?: FakeXmlParts;
  /** workbook.customXmlParts (ExcelApi 1.5): XML kept in the file, read only when asked for. */
  get customXmlParts(): FakeXmlParts {
    if (!this.ctx.state.supports('ExcelApi', '1.5')) throw new OfficeError('ApiNotFound', 'customXmlParts need ExcelApi 1.5');
    return (this.partsProxy ??= new FakeXmlParts(this.ctx));
  }
  get notes() {
    if (!this.ctx.state.supports('ExcelApi', '1.18')) throw new OfficeError('ApiNotFound', 'notes need ExcelApi 1.18');
    return {
      getItemOrNullObject: (address: string) => {
        const a = splitAddress(address);
        return new FakeNote(this.ctx, a.sheet, a.row, a.column);
      },
      add: (address: string, content: string) => {
        const a = splitAddress(address);
        this.ctx.write(() => {
          const c = this.ctx.state.cell(a.sheet, a.row, a.column);
          if (c.note !== null) throw new Error('InvalidOperation: the cell already has a note');
          c.note = content;
        }, content);
      },
    };
  }
}

/** `Excel.run` over the fake state, and the requirement-set check; the add-in receives it as `ExcelLike`. */
export function fakeExcel(state: FakeWorkbookState) {
  return {
    /** Office.context.platform: Excel on the web when the fake enforces its payload limit. */
    get platform(): string {
      return state.payloadLimit < Infinity ? 'OfficeOnline' : 'PC';
    },
    run: async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => batch(new Ctx(state) as unknown as Excel.RequestContext),
    isSetSupported: (name: string, version: string) => state.supports(name, version),
  };
}
