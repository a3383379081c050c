/** The Apps Script fake behaves as Apps Script does where the add-on depends on it. */
import { FakeApps, FakeRange, PROPERTY_TOTAL_LIMIT, carried, fakeScriptRun } from '../fakes/fakeAppsScript';

type Services = {
  SpreadsheetApp: {
    getActiveSpreadsheet(): { getActiveSheet(): { getRange(r: number, c: number, h?: number, w?: number): FakeRange; getDataRange(): FakeRange } };
  };
  PropertiesService: { getDocumentProperties(): { setProperty(k: string, v: string): unknown; setProperties(p: Record<string, string>): unknown } };
};

function sheetOf(fake: FakeApps) {
  return (fake.globals() as Services).SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
}

describe('the fake spreadsheet', () => {
  it('answers empty cells with "", fills with #ffffff and notes with ""', () => {
    const fake = new FakeApps();
    fake.addSheet('S', [['a', null]]);
    const range = sheetOf(fake).getRange(1, 1, 2, 2);
    expect(range.getValues()).toEqual([
      ['a', ''],
      ['', ''],
    ]);
    expect(range.getBackgrounds()).toEqual([
      ['#ffffff', '#ffffff'],
      ['#ffffff', '#ffffff'],
    ]);
    expect(range.getNotes()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  it('hands a date back as its wall-clock midnight in the spreadsheet’s time zone', () => {
    const fake = new FakeApps({ timeZone: 'Asia/Ho_Chi_Minh' });
    fake.addSheet('S', [[new Date(Date.UTC(2026, 10, 30))]]);
    const d = sheetOf(fake).getRange(1, 1).getValues()[0][0] as Date;
    expect(d.toISOString()).toBe('2026-11-29T17:00:00.000Z');
  });

  it('refuses arrays that do not match the range, as Google does, and writes nothing', () => {
    const fake = new FakeApps();
    fake.addSheet('S', [['a', 'b']]);
    const range = sheetOf(fake).getRange(1, 1, 1, 2);
    expect(() => range.setValues([['x']])).toThrow(/number of columns in the data does not match/);
    expect(() =>
      range.setValues([
        ['x', 'y'],
        ['z', 'w'],
      ]),
    ).toThrow(/number of rows in the data does not match/);
    expect(() => range.setBackgrounds([['#ff0000']])).toThrow(/does not match/);
    expect(() => range.setNotes([])).toThrow(/does not match/);
    expect(range.getValues()).toEqual([['a', 'b']]);
  });

  it('parses typed strings unless the cell is plain text, and keeps text after an apostrophe', () => {
    const fake = new FakeApps();
    fake.addSheet('S');
    const sheet = sheetOf(fake);
    sheet.getRange(1, 1, 1, 5).setValues([['6/2026', '1.1', "'1.1", 'TRUE', '=A1']]);
    expect(fake.sheet('S').contents()).toEqual({
      '1:1': { value: { wall: Date.UTC(2026, 5, 1) }, formula: '' },
      '1:2': { value: 1.1, formula: '' },
      '1:3': { value: '1.1', formula: '' },
      '1:4': { value: true, formula: '' },
      '1:5': { value: '', formula: '=A1' },
    });
    sheet.getRange(2, 1).setNumberFormat('@');
    sheet.getRange(2, 1).setValues([['30/11/2026']]);
    expect(fake.sheet('S').peek(2, 1)!.value).toBe('30/11/2026');
  });

  it('counts calls by method and tells data calls from the rest', () => {
    const fake = new FakeApps();
    fake.addSheet('S', [['a']]);
    const range = sheetOf(fake).getDataRange();
    range.getValues();
    range.getBackgrounds();
    expect(fake.calls.get('Range.getValues')).toBe(1);
    expect(fake.dataCalls).toBe(2);
    expect(fake.spreadsheetCalls).toBe(5); // getActiveSpreadsheet, getActiveSheet, getDataRange + 2 data calls
  });

  it('refuses spreadsheet data and properties in AuthMode.NONE', () => {
    const fake = new FakeApps({ authMode: 'NONE' });
    expect(() => sheetOf(fake)).toThrow(/permission/);
    expect(() => (fake.globals() as Services).PropertiesService.getDocumentProperties()).toThrow(/permission/);
  });
});

describe('the fake document properties', () => {
  it('refuse a value over 9 KB and a store over 500 KB', () => {
    const fake = new FakeApps();
    const props = (fake.globals() as Services).PropertiesService.getDocumentProperties();
    expect(() => props.setProperty('k', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large');
    const many: Record<string, string> = {};
    for (let i = 0; i * 8000 <= PROPERTY_TOTAL_LIMIT; i++) many[`k${i}`] = 'x'.repeat(8000);
    expect(() => props.setProperties(many)).toThrow('exceeded the property storage quota');
    expect(fake.documentProperties.values.size).toBe(0);
  });
});

describe('the fake google.script.run', () => {
  it('refuses a Date either way, as Apps Script does', () => {
    expect(() => carried({ at: new Date() })).toThrow(/cannot carry \[object Date\] at value\.at/);
    expect(carried({ a: [1, 'x', null, { b: true }] })).toEqual({ a: [1, 'x', null, { b: true }] });
  });

  it('calls the server asynchronously and hands failures to the failure handler with the message only', async () => {
    const calls: Array<{ name: string; args: unknown[] }> = [];
    const run = fakeScriptRun(
      (name) =>
        ({
          twice: (n: unknown) => Number(n) * 2,
          fails: () => {
            throw new Error('Không được');
          },
        })[name],
      calls,
    ) as Record<string, (...a: unknown[]) => void> & {
      withSuccessHandler(f: (v: unknown) => void): typeof run;
      withFailureHandler(f: (e: Error) => void): typeof run;
    };
    const ok = await new Promise((resolve) => run.withSuccessHandler(resolve).twice(21));
    expect(ok).toBe(42);
    const failed = await new Promise<Error>((resolve) => run.withFailureHandler(resolve).fails());
    expect(failed.message).toBe('Không được');
    const missing = await new Promise<Error>((resolve) => run.withFailureHandler(resolve).private_());
    expect(missing.message).toBe('Script function not found: private_');
    expect(calls.map((c) => c.name)).toEqual(['twice', 'fails', 'private_']);
  });
});
