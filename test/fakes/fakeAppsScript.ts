/**
 * An in-memory Apps Script for the Google Sheets add-on: SpreadsheetApp (spreadsheet, sheets, ranges,
 * menus, sidebar, embedded charts), HtmlService, PropertiesService, LockService, Session, ScriptApp and
 * the part of Utilities the add-on uses. It behaves as Apps Script does where the add-on depends on it:
 * - getValues answers '' for an empty cell and a Date (the instant of the cell's wall-clock time in
 *   the spreadsheet's time zone) for a date; getBackgrounds '#ffffff' and getNotes '' by default;
 * - setValues parses strings as if typed (numbers, d/m/yyyy dates, TRUE/FALSE, "=…" formulas, a
 *   leading apostrophe keeps text) unless the cell's number format is plain text ('@');
 * - setValues / setBackgrounds / setNotes throw when the array does not match the range;
 * - document properties refuse a value over 9 KB and a store over 500 KB, as Google does;
 * - in AuthMode.NONE, only the menu may be built: properties, locks and spreadsheet data throw.
 * Every service call is counted by method and by category: `data` (reads or writes of cell
 * contents or formatting), `spreadsheet` (every Spreadsheet-service call, data included) and `other`.
 * No Node API is used here, so the same fake runs inside the browser test's page.
 */
import type { CellValue } from '../../core/model/grid';
import { a1 } from '../../core/model/grid';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';
export type Category = 'data' | 'spreadsheet' | 'ui' | 'other';

export interface GzipCodec {
  gzip(bytes: Uint8Array): Uint8Array;
  gunzip(bytes: Uint8Array): Uint8Array;
}

export interface FakeOptions {
  locale?: string;
  authMode?: AuthModeName;
  /** The spreadsheet's time zone (File › Settings). */
  timeZone?: string;
  /** Whether Session.getActiveUserLocale answers in AuthMode.NONE; by default it throws. */
  localeInNone?: boolean;
  /** HtmlService.createHtmlOutputFromFile's files (the pushed project's .html files), by name. */
  html?: (name: string) => string | undefined;
  /** Utilities.gzip / ungzip; without it a stand-in that only frames the bytes (the browser test). */
  gzip?: GzipCodec;
}

/** What one execution cost (see FakeApps.execution). */
export interface Execution {
  name: string;
  spreadsheetCalls: number;
  dataCalls: number;
  /** Cells touched by data calls (rows × columns of each call's range), summed. */
  cells: number;
  /** The most cells one data call touched. */
  maxCells: number;
  /** COST_MODEL's estimate of the execution's time in Apps Script, in milliseconds. */
  modelledMs: number;
}

/**
 * A deliberately pessimistic model of Apps Script's time, not a measurement: every Spreadsheet call
 * a fixed round trip, every cell a data call reads or writes a fixed cost (20,000 cells a second).
 * Tests hold each execution's modelled time far under the 6-minute limit (APPS_SCRIPT_LIMIT_MS).
 */
export const COST_MODEL = { msPerCall: 100, msPerCell: 0.05 };
export const APPS_SCRIPT_LIMIT_MS = 6 * 60 * 1000;

/** Google's quotas for PropertiesService ("9kB per value", "500kB per store"; read as the stricter 500,000 bytes). */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_TOTAL_LIMIT = 500_000;
/** Google's limit on the characters of one cell. */
export const CELL_CHAR_LIMIT = 50_000;

const DATA_METHODS = new Set([
  'getValues',
  'getValue',
  'getDisplayValues',
  'getDisplayValue',
  'setValues',
  'setValue',
  'getBackgrounds',
  'getBackground',
  'setBackgrounds',
  'setBackground',
  'getNotes',
  'getNote',
  'setNotes',
  'setNote',
  'getFormulas',
  'getFormula',
  'setFormulas',
  'setFormula',
  'getNumberFormats',
  'getNumberFormat',
  'setNumberFormats',
  'setNumberFormat',
  'getRichTextValues',
  'getRichTextValue',
  'setRichTextValues',
  'setRichTextValue',
  'setFontWeight',
  'clear',
  'clearContent',
  'clearFormat',
  'clearNote',
]);

const WHITE = '#ffffff';

/** A date as Sheets keeps it: the wall-clock time, here as milliseconds read as if UTC. */
interface WallDate {
  wall: number;
}

type Stored = string | number | boolean | WallDate;

export interface FakeCell {
  value: Stored;
  formula: string;
  background: string;
  note: string;
  format: string;
  bold: boolean;
  /** Text formatting runs in the cell (more than one: partly bold, coloured…) and an in-cell link: lost when a value is written. */
  runs?: number;
  link?: string;
  /** How many times a value was written to the cell (setValue/setValues), for tests. */
  writes?: number;
}

const isWall = (v: unknown): v is WallDate => typeof v === 'object' && v !== null && 'wall' in v;
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

function exception(message: string): Error {
  return new Error(`Exception: ${message}`);
}

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function signed(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

function unsigned(bytes: ArrayLike<number>): Uint8Array {
  return Uint8Array.from(Array.from(bytes, (b) => b & 0xff));
}

/** Wall clock ⇄ instant in a time zone, through Intl (Node and browsers carry the zone data). */
class ZoneClock {
  private readonly fmt: Intl.DateTimeFormat;
  constructor(readonly timeZone: string) {
    this.fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }
  wallOf(instant: number): number {
    const p: Record<string, number> = {};
    for (const part of this.fmt.formatToParts(new Date(instant))) if (part.type !== 'literal') p[part.type] = Number(part.value);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second, ((instant % 1000) + 1000) % 1000);
  }
  instantOf(wall: number): number {
    let t = wall;
    for (let i = 0; i < 3; i++) t = wall - (this.wallOf(t) - t);
    return t;
  }
}

export class FakeApps {
  readonly options: Required<Omit<FakeOptions, 'html' | 'gzip'>> & Pick<FakeOptions, 'html' | 'gzip'>;
  authMode: AuthModeName;
  locale: string;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly documentProperties: FakeProperties;
  readonly lock = new FakeLockState();
  readonly clock: ZoneClock;
  /** Dates handed to the code under test are made with this constructor (its realm's Date). */
  DateCtor: DateConstructor = Date;

  /** Calls by "Class.method". */
  readonly calls = new Map<string, number>();
  /** Every call in order, with its category (and, for a range's data call, the cells of its range). */
  readonly log: Array<{ name: string; category: Category; cells?: number }> = [];
  /** Executions run through `execution` (one per google.script.run call in the tests), in order. */
  readonly executions: Execution[] = [];

  constructor(options: FakeOptions = {}) {
    this.options = { locale: 'vi', authMode: 'FULL', timeZone: 'Asia/Ho_Chi_Minh', localeInNone: false, ...options };
    this.authMode = this.options.authMode;
    this.locale = this.options.locale;
    this.clock = new ZoneClock(this.options.timeZone);
    this.spreadsheet = new FakeSpreadsheet(this);
    this.ui = new FakeUi(this);
    this.documentProperties = new FakeProperties(this);
  }

  count(name: string, category: Category, cells?: number): void {
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
    this.log.push(cells === undefined ? { name, category } : { name, category, cells });
  }

  /**
   * Runs `action` as one Apps Script execution (a menu item or one google.script.run call) and
   * records what it cost: its calls, the cells its data calls touched, and a modelled time
   * (COST_MODEL) to hold against Apps Script's 6-minute limit.
   */
  execution<T>(name: string, action: () => T): T {
    const from = this.log.length;
    try {
      return action();
    } finally {
      const calls = this.log.slice(from);
      const data = calls.filter((c) => c.category === 'data');
      const cells = data.reduce((n, c) => n + (c.cells ?? 0), 0);
      const spreadsheet = calls.filter((c) => c.category === 'data' || c.category === 'spreadsheet').length;
      this.executions.push({
        name,
        spreadsheetCalls: spreadsheet,
        dataCalls: data.length,
        cells,
        maxCells: data.reduce((m, c) => Math.max(m, c.cells ?? 0), 0),
        modelledMs: spreadsheet * COST_MODEL.msPerCall + cells * COST_MODEL.msPerCell,
      });
    }
  }

  /** Calls that read or write cell contents or formatting. */
  get dataCalls(): number {
    return this.log.filter((c) => c.category === 'data').length;
  }

  /** Every Spreadsheet-service call, data calls included (menus, alerts and the sidebar apart). */
  get spreadsheetCalls(): number {
    return this.log.filter((c) => c.category === 'data' || c.category === 'spreadsheet').length;
  }

  resetCounts(): void {
    this.calls.clear();
    this.log.length = 0;
  }

  /** Throws as Apps Script does when the add-on is not authorised in this file yet. */
  requireAuth(what: string): void {
    if (this.authMode === 'NONE')
      throw exception(`You do not have permission to call ${what}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`);
  }

  /** Another user (or execution) holds the document lock until releaseHeldLock. */
  holdDocumentLock(): void {
    this.lock.holder = 'someone else';
  }

  releaseHeldLock(): void {
    if (this.lock.holder === 'someone else') this.lock.holder = null;
  }

  /** The services, as the globals Code.js expects. */
  globals(): Record<string, unknown> {
    const app = this;
    const AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' };
    const SpreadsheetApp = {
      getActiveSpreadsheet: () => {
        app.count('SpreadsheetApp.getActiveSpreadsheet', 'spreadsheet');
        app.requireAuth('SpreadsheetApp.getActiveSpreadsheet');
        return app.spreadsheet;
      },
      getActive: () => {
        app.count('SpreadsheetApp.getActive', 'spreadsheet');
        app.requireAuth('SpreadsheetApp.getActive');
        return app.spreadsheet;
      },
      getActiveSheet: () => {
        app.count('SpreadsheetApp.getActiveSheet', 'spreadsheet');
        app.requireAuth('SpreadsheetApp.getActiveSheet');
        return app.spreadsheet.activeSheet;
      },
      getUi: () => {
        app.count('SpreadsheetApp.getUi', 'ui');
        return app.ui;
      },
      flush: () => app.count('SpreadsheetApp.flush', 'spreadsheet'),
    };
    const HtmlService = {
      createHtmlOutputFromFile: (name: string) => {
        app.count('HtmlService.createHtmlOutputFromFile', 'other');
        const text = app.options.html?.(name);
        if (text === undefined) throw exception(`No HTML file named ${name} was found.`);
        return new FakeHtmlOutput(app, text);
      },
      createHtmlOutput: (html = '') => {
        app.count('HtmlService.createHtmlOutput', 'other');
        return new FakeHtmlOutput(app, html);
      },
    };
    const PropertiesService = {
      getDocumentProperties: () => {
        app.count('PropertiesService.getDocumentProperties', 'other');
        app.requireAuth('PropertiesService.getDocumentProperties');
        return app.documentProperties;
      },
    };
    const LockService = {
      getDocumentLock: () => {
        app.count('LockService.getDocumentLock', 'other');
        app.requireAuth('LockService.getDocumentLock');
        return new FakeLock(app);
      },
    };
    const Session = {
      getActiveUserLocale: () => {
        app.count('Session.getActiveUserLocale', 'other');
        if (app.authMode === 'NONE' && !app.options.localeInNone) throw exception('You do not have permission to call Session.getActiveUserLocale.');
        return app.locale;
      },
      getScriptTimeZone: () => {
        app.count('Session.getScriptTimeZone', 'other');
        return 'Asia/Ho_Chi_Minh';
      },
    };
    const ScriptApp = { AuthMode };
    const Utilities = new FakeUtilities(app);
    return { SpreadsheetApp, HtmlService, PropertiesService, LockService, Session, ScriptApp, Utilities };
  }

  // Test helpers: not services, not counted.

  sheet(name: string): FakeSheet {
    const s = this.spreadsheet.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  /** A sheet holding core values (dates as core has them: the day at 00:00 UTC, as typed). */
  addSheet(name: string, rows: readonly CellValue[][] = []): FakeSheet {
    const sheet = this.spreadsheet.addSheet(name);
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v === null || v === undefined || v === '') return;
        const c = sheet.cell(i + 1, j + 1);
        if (v instanceof Date || isDate(v)) c.value = { wall: v.getTime() };
        else if (typeof v === 'object') c.value = v.error;
        else c.value = v;
      }),
    );
    return sheet;
  }

  /** A date as the code under test receives it from getValues. */
  dateOf(wall: number): Date {
    return new this.DateCtor(this.clock.instantOf(wall));
  }

  /** How the services should hand back a stored value. */
  valueOut(v: Stored): unknown {
    return isWall(v) ? this.dateOf(v.wall) : v;
  }
}

class FakeLockState {
  holder: FakeLock | 'someone else' | null = null;
  /** The timeouts asked of tryLock, in order. */
  readonly waits: number[] = [];
  releases = 0;
}

export class FakeLock {
  constructor(private readonly app: FakeApps) {}
  tryLock(timeoutInMillis: number): boolean {
    this.app.count('Lock.tryLock', 'other');
    this.app.lock.waits.push(timeoutInMillis);
    if (this.app.lock.holder !== null && this.app.lock.holder !== this) return false;
    this.app.lock.holder = this;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw exception('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    this.app.count('Lock.hasLock', 'other');
    return this.app.lock.holder === this;
  }
  releaseLock(): void {
    this.app.count('Lock.releaseLock', 'other');
    if (this.app.lock.holder === this) {
      this.app.lock.holder = null;
      this.app.lock.releases++;
    }
  }
}

export class FakeProperties {
  readonly values = new Map<string, string>();
  constructor(private readonly app: FakeApps) {}

  private c(method: string): void {
    this.app.count(`Properties.${method}`, 'other');
  }

  static bytes(s: string): number {
    return utf8(s).length;
  }

  get totalBytes(): number {
    let n = 0;
    for (const [k, v] of this.values) n += FakeProperties.bytes(k) + FakeProperties.bytes(v);
    return n;
  }

  private commit(next: Map<string, string>): void {
    for (const [k, v] of next) if (FakeProperties.bytes(v) > PROPERTY_VALUE_LIMIT) throw exception(`Argument too large: value (${k})`);
    let total = 0;
    for (const [k, v] of next) total += FakeProperties.bytes(k) + FakeProperties.bytes(v);
    if (total > PROPERTY_TOTAL_LIMIT) throw exception('You have exceeded the property storage quota. Please remove some properties and try again.');
    this.values.clear();
    for (const [k, v] of next) this.values.set(k, v);
  }

  getProperty(key: string): string | null {
    this.c('getProperty');
    return this.values.get(key) ?? null;
  }
  getProperties(): Record<string, string> {
    this.c('getProperties');
    return Object.fromEntries(this.values);
  }
  getKeys(): string[] {
    this.c('getKeys');
    return [...this.values.keys()];
  }
  setProperty(key: string, value: string): FakeProperties {
    this.c('setProperty');
    const next = new Map(this.values);
    next.set(key, String(value));
    this.commit(next);
    return this;
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): FakeProperties {
    this.c('setProperties');
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.values);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this.commit(next);
    return this;
  }
  deleteProperty(key: string): FakeProperties {
    this.c('deleteProperty');
    this.values.delete(key);
    return this;
  }
  deleteAllProperties(): FakeProperties {
    this.c('deleteAllProperties');
    this.values.clear();
    return this;
  }
}

export class FakeBlob {
  constructor(
    readonly bytes: Uint8Array,
    private contentType: string | null = null,
  ) {}
  getBytes(): number[] {
    return signed(this.bytes);
  }
  getDataAsString(charset = 'UTF-8'): string {
    if (!/^utf-?8$/i.test(charset)) throw exception(`fake: charset ${charset}`);
    return new TextDecoder().decode(this.bytes);
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(t: string): FakeBlob {
    this.contentType = t;
    return this;
  }
}

/** Frames bytes without compressing them: enough for a page that cannot reach zlib. */
const FRAMED: GzipCodec = {
  gzip: (b) => Uint8Array.from([0x1f, 0x8b, ...b]),
  gunzip: (b) => {
    if (b[0] !== 0x1f || b[1] !== 0x8b) throw exception('Could not decompress gzip.');
    return b.slice(2);
  },
};

export class FakeUtilities {
  constructor(private readonly app: FakeApps) {}
  newBlob(data: string | number[], contentType?: string): FakeBlob {
    this.app.count('Utilities.newBlob', 'other');
    return new FakeBlob(typeof data === 'string' ? utf8(data) : unsigned(data), contentType ?? null);
  }
  gzip(blob: FakeBlob): FakeBlob {
    this.app.count('Utilities.gzip', 'other');
    return new FakeBlob((this.app.options.gzip ?? FRAMED).gzip(blob.bytes), 'application/x-gzip');
  }
  ungzip(blob: FakeBlob): FakeBlob {
    this.app.count('Utilities.ungzip', 'other');
    try {
      return new FakeBlob((this.app.options.gzip ?? FRAMED).gunzip(blob.bytes));
    } catch {
      throw exception('Could not decompress gzip.');
    }
  }
  base64Encode(data: number[] | string): string {
    this.app.count('Utilities.base64Encode', 'other');
    const bytes = typeof data === 'string' ? utf8(data) : unsigned(data);
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(bin);
  }
  base64Decode(encoded: string): number[] {
    this.app.count('Utilities.base64Decode', 'other');
    const bin = atob(encoded);
    const out = new Array<number>(bin.length);
    for (let i = 0; i < bin.length; i++) {
      const b = bin.charCodeAt(i);
      out[i] = b > 127 ? b - 256 : b;
    }
    return out;
  }
}

export class FakeHtmlOutput {
  title = '';
  constructor(
    private readonly app: FakeApps,
    private content: string,
  ) {}
  getContent(): string {
    this.app.count('HtmlOutput.getContent', 'other');
    return this.content;
  }
  setContent(content: string): FakeHtmlOutput {
    this.app.count('HtmlOutput.setContent', 'other');
    this.content = content;
    return this;
  }
  append(content: string): FakeHtmlOutput {
    this.app.count('HtmlOutput.append', 'other');
    this.content += content;
    return this;
  }
  setTitle(title: string): FakeHtmlOutput {
    this.app.count('HtmlOutput.setTitle', 'other');
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(): FakeHtmlOutput {
    this.app.count('HtmlOutput.setWidth', 'other');
    return this;
  }
  setHeight(): FakeHtmlOutput {
    this.app.count('HtmlOutput.setHeight', 'other');
    return this;
  }
}

export interface BuiltMenu {
  title: string;
  addon: boolean;
  items: Array<{ caption: string; fn: string } | 'separator'>;
}

export class FakeMenu {
  readonly items: BuiltMenu['items'] = [];
  constructor(
    private readonly app: FakeApps,
    readonly title: string,
    readonly addon: boolean,
  ) {}
  addItem(caption: string, functionName: string): FakeMenu {
    this.app.count('Menu.addItem', 'ui');
    this.items.push({ caption, fn: functionName });
    return this;
  }
  addSeparator(): FakeMenu {
    this.app.count('Menu.addSeparator', 'ui');
    this.items.push('separator');
    return this;
  }
  addSubMenu(menu: FakeMenu): FakeMenu {
    this.app.count('Menu.addSubMenu', 'ui');
    this.items.push(...menu.items);
    return this;
  }
  addToUi(): void {
    this.app.count('Menu.addToUi', 'ui');
    this.app.ui.menus.push({ title: this.title, addon: this.addon, items: [...this.items] });
  }
}

export class FakeUi {
  readonly menus: BuiltMenu[] = [];
  readonly alerts: string[] = [];
  readonly sidebars: Array<{ title: string; html: string }> = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  constructor(private readonly app: FakeApps) {}
  /** Shown under Extensions with the add-on's name. */
  createAddonMenu(): FakeMenu {
    this.app.count('Ui.createAddonMenu', 'ui');
    return new FakeMenu(this.app, 'Phụ lục', true);
  }
  createMenu(caption: string): FakeMenu {
    this.app.count('Ui.createMenu', 'ui');
    return new FakeMenu(this.app, caption, false);
  }
  /** What the person answers to the next alerts that offer buttons, in order; OK once they run out. */
  readonly answers: string[] = [];
  alert(a: string, b?: string, buttons?: string): string {
    this.app.count('Ui.alert', 'ui');
    this.alerts.push(b === undefined ? a : `${a}\n${b}`);
    return buttons === undefined ? this.Button.OK : (this.answers.shift() ?? this.Button.OK);
  }
  showSidebar(output: FakeHtmlOutput): void {
    this.app.count('Ui.showSidebar', 'ui');
    this.app.requireAuth('Ui.showSidebar');
    this.sidebars.push({ title: output.getTitle(), html: output.getContent() });
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  activeSheet!: FakeSheet;
  /** The active cell or range after Range.activate(), as "Sheet!A1". */
  selected: string | null = null;
  readonly toasts: Array<{ message: string; title: string }> = [];
  private nextId = 0;

  constructor(private readonly app: FakeApps) {}

  private c(method: string, category: Category = 'spreadsheet'): void {
    this.app.count(`Spreadsheet.${method}`, category);
  }

  addSheet(name: string, index = this.sheets.length): FakeSheet {
    if (this.sheets.some((s) => s.name === name)) throw exception(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this.app, name, this.nextId === 0 ? 0 : 1000 + this.nextId * 7919);
    this.nextId++;
    this.sheets.splice(index, 0, sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  getActiveSheet(): FakeSheet {
    this.c('getActiveSheet');
    return this.activeSheet;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.c('setActiveSheet');
    this.activeSheet = sheet;
    return sheet;
  }
  getSheetByName(name: string): FakeSheet | null {
    this.c('getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getSheets(): FakeSheet[] {
    this.c('getSheets');
    return [...this.sheets];
  }
  getNumSheets(): number {
    this.c('getNumSheets');
    return this.sheets.length;
  }
  insertSheet(name?: string, index?: number): FakeSheet {
    this.c('insertSheet');
    const sheet = this.addSheet(name ?? `Sheet${this.sheets.length + 1}`, index ?? this.sheets.indexOf(this.activeSheet) + 1);
    // As in Sheets: the new sheet becomes the active one.
    this.activeSheet = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    this.c('deleteSheet');
    if (this.sheets.length === 1) throw exception('You can’t remove all the sheets in a document.');
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw exception('Sheet not found.');
    this.sheets.splice(i, 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[Math.max(0, i - 1)];
  }
  getSpreadsheetTimeZone(): string {
    this.c('getSpreadsheetTimeZone');
    return this.app.options.timeZone;
  }
  getName(): string {
    this.c('getName');
    return 'Kế hoạch';
  }
  toast(message: string, title = '', _timeoutSeconds?: number): void {
    this.c('toast');
    this.toasts.push({ message: String(message), title: String(title) });
  }
}

export class FakeChart {
  constructor(
    readonly type: string,
    readonly ranges: FakeRange[],
    readonly options: Record<string, unknown>,
    readonly position: [number, number, number, number] | null,
    readonly transpose: boolean,
    readonly numHeaders: number,
  ) {}
  getRanges(): FakeRange[] {
    return this.ranges;
  }
  getOptions(): { get(key: string): unknown } {
    return { get: (key) => this.options[key] };
  }
}

export class FakeChartBuilder {
  private type = 'COLUMN?';
  private readonly ranges: FakeRange[] = [];
  private readonly options: Record<string, unknown> = {};
  private position: [number, number, number, number] | null = null;
  private transpose = false;
  private numHeaders = -1;
  constructor(private readonly app: FakeApps) {}
  private c(method: string): FakeChartBuilder {
    this.app.count(`EmbeddedChartBuilder.${method}`, 'spreadsheet');
    return this;
  }
  asColumnChart(): FakeChartBuilder {
    this.type = 'COLUMN';
    return this.c('asColumnChart');
  }
  asBarChart(): FakeChartBuilder {
    this.type = 'BAR';
    return this.c('asBarChart');
  }
  addRange(range: FakeRange): FakeChartBuilder {
    this.ranges.push(range);
    return this.c('addRange');
  }
  setOption(key: string, value: unknown): FakeChartBuilder {
    this.options[key] = value;
    return this.c('setOption');
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number): FakeChartBuilder {
    this.position = [row, column, offsetX, offsetY];
    return this.c('setPosition');
  }
  setTransposeRowsAndColumns(t: boolean): FakeChartBuilder {
    this.transpose = t;
    return this.c('setTransposeRowsAndColumns');
  }
  setNumHeaders(n: number): FakeChartBuilder {
    this.numHeaders = n;
    return this.c('setNumHeaders');
  }
  build(): FakeChart {
    this.c('build');
    if (this.ranges.length === 0) throw exception('Chart has no data.');
    return new FakeChart(this.type, this.ranges, this.options, this.position, this.transpose, this.numHeaders);
  }
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly charts: FakeChart[] = [];
  readonly columnWidths = new Map<number, number>();
  maxRows = 1000;
  maxColumns = 26;

  constructor(
    private readonly app: FakeApps,
    public name: string,
    readonly id: number,
  ) {}

  private c(method: string, category: Category = 'spreadsheet'): void {
    this.app.count(`Sheet.${method}`, category);
  }

  // Test helpers (not counted).

  cell(row: number, column: number): FakeCell {
    const k = `${row}:${column}`;
    let c = this.cells.get(k);
    if (!c) {
      c = { value: '', formula: '', background: WHITE, note: '', format: '', bold: false };
      this.cells.set(k, c);
      this.maxRows = Math.max(this.maxRows, row);
      this.maxColumns = Math.max(this.maxColumns, column);
    }
    return c;
  }

  peek(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row}:${column}`);
  }

  /** The value getValues would hand back, without counting a call. */
  valueAt(row: number, column: number): unknown {
    const c = this.peek(row, column);
    return c ? this.app.valueOut(c.value) : '';
  }

  setFormulaCell(row: number, column: number, formula: string, value: string | number | boolean): void {
    Object.assign(this.cell(row, column), { formula, value });
  }

  /** Backgrounds and notes of every cell, to compare a sheet's look before and after. */
  looks(): Record<string, { background: string; note: string }> {
    const out: Record<string, { background: string; note: string }> = {};
    for (const [k, c] of [...this.cells].sort()) if (c.background !== WHITE || c.note !== '') out[k] = { background: c.background, note: c.note };
    return out;
  }

  /** Values and formulas of every cell, as getValues / getFormulas would give them. */
  contents(): Record<string, { value: unknown; formula: string }> {
    const out: Record<string, { value: unknown; formula: string }> = {};
    for (const [k, c] of [...this.cells].sort())
      if (c.value !== '' || c.formula !== '') out[k] = { value: isWall(c.value) ? { wall: c.value.wall } : c.value, formula: c.formula };
    return out;
  }

  get lastRow(): number {
    let n = 0;
    for (const [k, c] of this.cells) if (c.value !== '' || c.formula !== '') n = Math.max(n, Number(k.split(':')[0]));
    return n;
  }

  get lastColumn(): number {
    let n = 0;
    for (const [k, c] of this.cells) if (c.value !== '' || c.formula !== '') n = Math.max(n, Number(k.split(':')[1]));
    return n;
  }

  // Sheet.

  getName(): string {
    this.c('getName');
    return this.name;
  }
  setName(name: string): FakeSheet {
    this.c('setName');
    this.name = name;
    return this;
  }
  getSheetId(): number {
    this.c('getSheetId');
    return this.id;
  }
  getLastRow(): number {
    this.c('getLastRow');
    return this.lastRow;
  }
  getLastColumn(): number {
    this.c('getLastColumn');
    return this.lastColumn;
  }
  getMaxRows(): number {
    this.c('getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.c('getMaxColumns');
    return this.maxColumns;
  }
  insertRowsAfter(after: number, howMany: number): FakeSheet {
    this.c('insertRowsAfter');
    if (after !== this.maxRows) throw new Error('fake: only appending rows is modelled');
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): FakeSheet {
    this.c('insertColumnsAfter');
    if (after !== this.maxColumns) throw new Error('fake: only appending columns is modelled');
    this.maxColumns += howMany;
    return this;
  }
  getDataRange(): FakeRange {
    this.c('getDataRange');
    return new FakeRange(this.app, this, 1, 1, Math.max(1, this.lastRow), Math.max(1, this.lastColumn));
  }
  getRange(a: string | number, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.c('getRange');
    if (typeof a === 'string') {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a.trim());
      if (!m) throw exception(`Range not found`);
      const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const r1 = Number(m[2]);
      const c1 = col(m[1]);
      const r2 = m[4] ? Number(m[4]) : r1;
      const c2 = m[3] ? col(m[3]) : c1;
      return this.rangeAt(Math.min(r1, r2), Math.min(c1, c2), Math.abs(r2 - r1) + 1, Math.abs(c2 - c1) + 1);
    }
    return this.rangeAt(a, column ?? NaN, numRows, numColumns);
  }
  private rangeAt(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    for (const n of [row, column, numRows, numColumns]) if (!Number.isInteger(n)) throw exception('Cannot convert to an integer.');
    if (numRows < 1) throw exception('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw exception('The number of columns in the range must be at least 1.');
    if (row < 1 || column < 1 || row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw exception('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.app, this, row, column, numRows, numColumns);
  }
  activate(): FakeSheet {
    this.c('activate');
    this.app.spreadsheet.activeSheet = this;
    return this;
  }
  clear(): FakeSheet {
    this.c('clear', 'data');
    this.cells.clear();
    return this;
  }
  setColumnWidth(column: number, width: number): FakeSheet {
    this.c('setColumnWidth');
    this.columnWidths.set(column, width);
    return this;
  }
  newChart(): FakeChartBuilder {
    this.c('newChart');
    return new FakeChartBuilder(this.app);
  }
  insertChart(chart: FakeChart): void {
    this.c('insertChart');
    this.charts.push(chart);
  }
  getCharts(): FakeChart[] {
    this.c('getCharts');
    return [...this.charts];
  }
  removeChart(chart: FakeChart): void {
    this.c('removeChart');
    const i = this.charts.indexOf(chart);
    if (i >= 0) this.charts.splice(i, 1);
  }
}

/** Sheets' reading of a typed string in a cell with the automatic number format. */
function parseTyped(s: string): Stored | { formula: string } {
  if (s.startsWith("'")) return s.slice(1);
  if (s.startsWith('=')) return { formula: s };
  const t = s.trim();
  if (/^[-+]?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(t)) return Number(t);
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return { wall: Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])) };
  m = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { wall: Date.UTC(Number(m[2]), Number(m[1]) - 1, 1) };
  return s;
}

export class FakeRange {
  constructor(
    private readonly app: FakeApps,
    private readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private c(method: string): void {
    if (DATA_METHODS.has(method)) this.app.count(`Range.${method}`, 'data', this.numRows * this.numColumns);
    else this.app.count(`Range.${method}`, 'spreadsheet');
  }

  private map<T>(f: (cell: FakeCell | undefined, row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this.numColumns; j++) line.push(f(this.sheet.peek(this.row + i, this.column + j), this.row + i, this.column + j));
      out.push(line);
    }
    return out;
  }

  private each<T>(what: string, values: T[][], f: (cell: FakeCell, v: T) => void): void {
    if (!Array.isArray(values) || values.length !== this.numRows) {
      throw exception(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(values) ? values.length : 0} but the range has ${this.numRows}.`,
      );
    }
    for (const line of values) {
      if (!Array.isArray(line) || line.length !== this.numColumns) {
        throw exception(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(line) ? line.length : 0} but the range has ${this.numColumns}.`,
        );
      }
    }
    // Checked in full before anything is written, as Sheets refuses the whole call.
    for (const line of values) for (const v of line) if (what === 'values') checkWritable(v);
    values.forEach((line, i) => line.forEach((v, j) => f(this.sheet.cell(this.row + i, this.column + j), v)));
  }

  getRow(): number {
    this.c('getRow');
    return this.row;
  }
  getColumn(): number {
    this.c('getColumn');
    return this.column;
  }
  getNumRows(): number {
    this.c('getNumRows');
    return this.numRows;
  }
  getNumColumns(): number {
    this.c('getNumColumns');
    return this.numColumns;
  }
  getLastRow(): number {
    this.c('getLastRow');
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    this.c('getLastColumn');
    return this.column + this.numColumns - 1;
  }
  getSheet(): FakeSheet {
    this.c('getSheet');
    return this.sheet;
  }
  getA1Notation(): string {
    this.c('getA1Notation');
    return a1Of(this.row, this.column, this.numRows, this.numColumns);
  }
  activate(): FakeRange {
    this.c('activate');
    this.app.spreadsheet.activeSheet = this.sheet;
    this.app.spreadsheet.selected = `${this.sheet.name}!${a1Of(this.row, this.column, this.numRows, this.numColumns)}`;
    return this;
  }

  getValues(): unknown[][] {
    this.c('getValues');
    return this.map((cell) => (cell ? this.app.valueOut(cell.value) : ''));
  }
  getDisplayValues(): string[][] {
    this.c('getDisplayValues');
    return this.map((cell) => {
      if (!cell) return '';
      const v = cell.value;
      if (isWall(v)) {
        const d = new Date(v.wall);
        return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
      }
      return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
    });
  }
  getValue(): unknown {
    this.c('getValue');
    const cell = this.sheet.peek(this.row, this.column);
    return cell ? this.app.valueOut(cell.value) : '';
  }
  setValues(values: unknown[][]): FakeRange {
    this.c('setValues');
    this.each('values', values, (cell, v) => writeValue(this.app, cell, v));
    return this;
  }
  setValue(value: unknown): FakeRange {
    this.c('setValue');
    checkWritable(value);
    for (let i = 0; i < this.numRows; i++)
      for (let j = 0; j < this.numColumns; j++) writeValue(this.app, this.sheet.cell(this.row + i, this.column + j), value);
    return this;
  }
  getFormulas(): string[][] {
    this.c('getFormulas');
    return this.map((cell) => cell?.formula ?? '');
  }
  /** Rich text of each cell: null where the value is not text, as Sheets answers. */
  getRichTextValues(): (FakeRichText | null)[][] {
    this.c('getRichTextValues');
    return this.map((cell) =>
      cell && typeof cell.value === 'string' && cell.formula === '' ? new FakeRichText(cell.value, cell.runs ?? 1, cell.link ?? null) : null,
    );
  }
  getNumberFormats(): string[][] {
    this.c('getNumberFormats');
    return this.map((cell) => cell?.format || '0.###############');
  }
  setNumberFormat(format: string): FakeRange {
    this.c('setNumberFormat');
    for (let i = 0; i < this.numRows; i++) for (let j = 0; j < this.numColumns; j++) this.sheet.cell(this.row + i, this.column + j).format = format;
    return this;
  }
  getBackgrounds(): string[][] {
    this.c('getBackgrounds');
    return this.map((cell) => cell?.background ?? WHITE);
  }
  getBackground(): string {
    this.c('getBackground');
    return this.sheet.peek(this.row, this.column)?.background ?? WHITE;
  }
  setBackgrounds(colors: Array<Array<string | null>>): FakeRange {
    this.c('setBackgrounds');
    this.each('backgrounds', colors, (cell, v) => {
      if (v !== null && (typeof v !== 'string' || !/^#[0-9a-f]{6}$/i.test(v))) throw exception(`Invalid color: ${String(v)}`);
      // Sheets answers colours in lower case, and "no fill" as white.
      cell.background = v === null ? WHITE : v.toLowerCase();
    });
    return this;
  }
  setBackground(color: string | null): FakeRange {
    this.c('setBackground');
    for (let i = 0; i < this.numRows; i++)
      for (let j = 0; j < this.numColumns; j++) this.sheet.cell(this.row + i, this.column + j).background = color === null ? WHITE : color.toLowerCase();
    return this;
  }
  getNotes(): string[][] {
    this.c('getNotes');
    return this.map((cell) => cell?.note ?? '');
  }
  getNote(): string {
    this.c('getNote');
    return this.sheet.peek(this.row, this.column)?.note ?? '';
  }
  setNotes(notes: Array<Array<string | null>>): FakeRange {
    this.c('setNotes');
    this.each('notes', notes, (cell, v) => {
      if (v !== null && typeof v !== 'string') throw exception(`Invalid note: ${String(v)}`);
      cell.note = v ?? '';
    });
    return this;
  }
  setFontWeight(weight: string | null): FakeRange {
    this.c('setFontWeight');
    for (let i = 0; i < this.numRows; i++) for (let j = 0; j < this.numColumns; j++) this.sheet.cell(this.row + i, this.column + j).bold = weight === 'bold';
    return this;
  }
  clear(): FakeRange {
    this.c('clear');
    for (let i = 0; i < this.numRows; i++) for (let j = 0; j < this.numColumns; j++) this.sheet.cells.delete(`${this.row + i}:${this.column + j}`);
    return this;
  }
}

function checkWritable(v: unknown): void {
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || isDate(v)) {
    if (typeof v === 'string' && v.length > CELL_CHAR_LIMIT)
      throw exception(`Your input contains more than the maximum of ${CELL_CHAR_LIMIT} characters in a single cell.`);
    return;
  }
  throw exception(`fake: cannot write ${Object.prototype.toString.call(v)} to a cell`);
}

/** RichTextValue: a cell's text with its formatting runs and link. */
export class FakeRichText {
  constructor(
    private readonly text: string,
    private readonly runs: number,
    private readonly link: string | null,
  ) {}
  getText(): string {
    return this.text;
  }
  getRuns(): FakeRichText[] {
    if (this.runs <= 1) return [this];
    const size = Math.ceil(this.text.length / this.runs);
    return Array.from({ length: this.runs }, (_, i) => new FakeRichText(this.text.slice(i * size, (i + 1) * size), 1, null));
  }
  getLinkUrl(): string | null {
    return this.link;
  }
}

function writeValue(app: FakeApps, cell: FakeCell, v: unknown): void {
  // A value written over a cell replaces its text runs and link, as in Sheets.
  delete cell.runs;
  delete cell.link;
  cell.writes = (cell.writes ?? 0) + 1;
  const oldFormula = cell.formula;
  cell.formula = '';
  if (v === null || v === undefined || v === '') {
    cell.value = '';
    return;
  }
  if (isDate(v)) {
    cell.value = { wall: app.clock.wallOf(v.getTime()) };
    return;
  }
  if (typeof v !== 'string') {
    cell.value = v as number | boolean;
    return;
  }
  // A plain-text cell keeps what it is given; any other parses it as typed.
  const typed = cell.format === '@' ? v : parseTyped(v);
  if (typeof typed === 'object' && 'formula' in typed) {
    cell.formula = typed.formula;
    // The same formula recomputes to the same value; a new one has none the fake could compute.
    if (typed.formula !== oldFormula) cell.value = '';
    return;
  }
  cell.value = typed;
}

function a1Of(row: number, column: number, numRows: number, numColumns: number): string {
  const first = a1(row, column);
  return numRows === 1 && numColumns === 1 ? first : `${first}:${a1(row + numRows - 1, column + numColumns - 1)}`;
}

/**
 * What google.script.run lets through: primitives, arrays and plain objects. A Date, a function or
 * anything else fails the call, as it does in Apps Script.
 */
export function transferable(value: unknown, path = 'value'): void {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => transferable(v, `${path}[${i}]`));
    return;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) !== null && Object.prototype.toString.call(value) === '[object Object]') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) transferable(v, `${path}.${k}`);
    return;
  }
  throw new Error(`google.script.run cannot carry ${Object.prototype.toString.call(value)} at ${path}`);
}

/** Copies a value the way it crosses google.script.run: checked, then as JSON. */
export function carried<T>(value: T): T {
  transferable(value);
  return value === undefined ? (null as T) : (JSON.parse(JSON.stringify(value)) as T);
}

export interface ScriptRunCall {
  name: string;
  args: unknown[];
}

/**
 * A google.script.run over server functions found by name: asynchronous, each argument and result
 * carried as Apps Script carries them, a failure handed to the failure handler as an Error with the
 * server's message. Functions whose names end in "_" are private, as in Apps Script.
 */
export function fakeScriptRun(lookup: (name: string) => ((...args: unknown[]) => unknown) | undefined, calls: ScriptRunCall[] = []): unknown {
  type Handlers = { ok?: (v: unknown) => void; fail?: (e: Error) => void };
  const runner = (h: Handlers): unknown =>
    new Proxy(
      {},
      {
        get(_t, prop) {
          if (prop === 'withSuccessHandler') return (f: (v: unknown) => void) => runner({ ...h, ok: f });
          if (prop === 'withFailureHandler') return (f: (e: Error) => void) => runner({ ...h, fail: f });
          if (typeof prop !== 'string') return undefined;
          return (...args: unknown[]) => {
            calls.push({ name: prop, args });
            setTimeout(() => {
              try {
                const fn = prop.endsWith('_') ? undefined : lookup(prop);
                if (typeof fn !== 'function') throw new Error(`Script function not found: ${prop}`);
                const result = carried(fn(...carried(args)));
                h.ok?.(result);
              } catch (e) {
                const message = e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
                h.fail?.(new Error(message));
              }
            }, 0);
          };
        },
      },
    );
  return runner({});
}
