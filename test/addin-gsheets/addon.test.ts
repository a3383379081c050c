/** The built add-on as Apps Script sees it: its files, its manifest, its menu and its sidebar page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildDist, load, removeDist } from './harness';

jest.setTimeout(120_000);

let dist: string;
beforeAll(() => {
  dist = buildDist();
});
afterAll(() => removeDist(dist));

const read = (name: string) => readFileSync(join(dist, name), 'utf8');

/** Top-level function declarations of a script, read from its text. */
function topLevelFunctions(code: string): string[] {
  return [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]);
}

describe('the manifest', () => {
  const manifest = () => JSON.parse(read('appsscript.json'));

  it('asks for exactly two scopes: this spreadsheet only, and the add-on’s menu and sidebar', () => {
    expect(manifest().oauthScopes).toEqual(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui']);
  });

  it('runs on V8 in Vietnam’s time zone and logs exceptions to Cloud Logging', () => {
    expect(manifest()).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Ho_Chi_Minh', exceptionLogging: 'STACKDRIVER' });
  });

  it('is the one in manifests/gsheets, copied unchanged', () => {
    expect(read('appsscript.json')).toBe(readFileSync(join(ROOT, 'manifests', 'gsheets', 'appsscript.json'), 'utf8'));
  });

  it('uses no service outside those scopes (no UrlFetchApp, DriveApp, Gmail, …)', () => {
    const code = read('Code.js');
    for (const service of ['UrlFetchApp', 'DriveApp', 'GmailApp', 'MailApp', 'CalendarApp', 'DocumentApp', 'ScriptApp.getOAuthToken', 'Charts.']) {
      expect(code).not.toContain(service);
    }
  });
});

describe('dist runs no code from strings', () => {
  it.each(['Code.js', 'Sidebar.html'])('%s has no eval, new Function or Function(…)', (name) => {
    const text = read(name);
    expect(text).not.toMatch(/(^|[^\w$.])eval\s*\(/);
    expect(text).not.toMatch(/\bnew\s+Function\b/);
    expect(text).not.toMatch(/(^|[^\w$.'"])Function\s*\(/);
    expect(text).not.toMatch(/=\s*Function\s*[;,)]/);
  });
});

describe('the sidebar page', () => {
  /** The page with its inline script and style taken out: the markup the browser reads as tags. */
  function markup(html: string): string {
    const open = html.indexOf('<script>');
    const close = html.lastIndexOf('</script>');
    const style = html.indexOf('<style>');
    const styleEnd = html.indexOf('</style>');
    return html.slice(0, style) + html.slice(styleEnd, open + '<script>'.length) + html.slice(close);
  }

  it('is one self-contained file: script and style inlined, nothing loaded from anywhere', () => {
    const html = read('Sidebar.html');
    const tags = markup(html);
    expect(tags).not.toMatch(/\s(src|href)\s*=/i);
    expect(tags).not.toMatch(/<link\b/i);
    expect(tags.match(/<script\b/gi)).toHaveLength(1);
    const css = readFileSync(join(ROOT, 'panel', 'panel.css'), 'utf8');
    expect(html).toContain(css.trim());
    expect(html.slice(html.indexOf('<style>'), html.indexOf('</style>'))).not.toMatch(/@import|url\(/);
  });

  it('has one inline script that nothing inside can close or comment out early', () => {
    const html = read('Sidebar.html');
    const script = html.slice(html.indexOf('<script>') + '<script>'.length, html.lastIndexOf('</script>'));
    expect(script.length).toBeGreaterThan(100_000);
    expect(script).not.toMatch(/<\/script/i);
    expect(script).not.toContain('<!--');
    expect(html.match(/<\/script/gi)).toHaveLength(1);
  });

  it('is served in the user’s language and opens on the view the menu asked for', () => {
    const en = load(dist, { locale: 'en_US' });
    en.call('menuConsolidate');
    const vi = load(dist, { locale: 'vi_VN' });
    vi.call('menuOpenSidebar');
    expect(en.fake.ui.sidebars[0].html).toContain('<body data-locale="en" data-view="consolidate">');
    expect(vi.fake.ui.sidebars[0].html).toContain('<body data-locale="vi" data-view="check">');
    expect(vi.fake.ui.sidebars[0].title).toBe('Phụ lục');
    // The rest of the page is the built file, untouched.
    expect(vi.fake.ui.sidebars[0].html).toBe(read('Sidebar.html'));
  });

  it('a missing Sidebar.html is an alert in Vietnamese, not a stack trace', () => {
    const broken = load(dist, { html: () => undefined });
    broken.call('menuOpenSidebar');
    expect(broken.fake.ui.alerts).toEqual([expect.stringContaining('Thiếu tệp giao diện Sidebar.html')]);
    expect(broken.fake.ui.alerts[0]).not.toMatch(/\bat \w+ \(|Code\.js:\d+/);
  });
});

describe('top-level functions', () => {
  it('every menu item and every sidebar call names a top-level function of Code.js', () => {
    const code = read('Code.js');
    const declared = topLevelFunctions(code);
    const app = load(dist);
    app.call('onOpen', { authMode: 'FULL' });
    const items = app.fake.ui.menus[0].items.flatMap((i) => (i === 'separator' ? [] : [i.fn]));
    expect(items).toHaveLength(6);
    const wire = readFileSync(join(ROOT, 'addin-gsheets', 'src', 'wire.ts'), 'utf8');
    const sidebarCalls = [...wire.slice(wire.indexOf('SIDEBAR_FUNCTIONS'), wire.indexOf('] as const')).matchAll(/'(\w+)'/g)].map((m) => m[1]);
    expect(sidebarCalls.length).toBeGreaterThanOrEqual(11);
    for (const name of [...items, ...sidebarCalls, 'onOpen', 'onInstall']) {
      expect(declared).toContain(name);
      expect(typeof (app.context as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('loading Code.js touches no service (Apps Script loads it for every call, the menu’s included)', () => {
    const app = load(dist);
    expect(app.fake.log).toEqual([]);
  });
});

describe('the menu (Extensions › Phụ lục)', () => {
  const LABELS_VI = ['Kiểm tra', 'Sửa lỗi an toàn', 'Chuẩn hóa tên đơn vị', 'Tổng hợp…', 'Xóa đánh dấu', 'Mở bảng kiểm tra'];
  const FUNCTIONS = ['menuCheck', 'menuFixSafe', 'menuCanonicalNames', 'menuConsolidate', 'menuClear', 'menuOpenSidebar'];

  it.each(['onOpen', 'onInstall'])('%s in AuthMode.NONE builds the add-on menu with its six items and calls nothing else', (trigger) => {
    const app = load(dist, { authMode: 'NONE' });
    app.call(trigger, { authMode: 'NONE' });
    expect(app.fake.ui.menus).toHaveLength(1);
    const menu = app.fake.ui.menus[0];
    expect(menu.addon).toBe(true);
    const items = menu.items.filter((i): i is { caption: string; fn: string } => i !== 'separator');
    expect(items.map((i) => i.caption)).toEqual(LABELS_VI);
    expect(items.map((i) => i.fn)).toEqual(FUNCTIONS);
    const allowed = new Set(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Menu.addItem', 'Menu.addSeparator', 'Menu.addToUi', 'Session.getActiveUserLocale']);
    expect(app.fake.log.map((c) => c.name).filter((n) => !allowed.has(n))).toEqual([]);
    expect(app.fake.ui.alerts).toEqual([]);
  });

  it('is in English for an English-speaking user, and in Vietnamese when the locale cannot be read', () => {
    const en = load(dist, { authMode: 'LIMITED', locale: 'en_GB' });
    en.call('onOpen', { authMode: 'LIMITED' });
    expect(en.fake.ui.menus[0].items.filter((i) => i !== 'separator').map((i) => (i as { caption: string }).caption)).toEqual([
      'Check',
      'Safe fixes',
      'Canonical unit names',
      'Consolidate…',
      'Clear highlights',
      'Open the check panel',
    ]);
    // In AuthMode.NONE the fake refuses the locale, as Apps Script may: the menu is still built, in Vietnamese.
    const none = load(dist, { authMode: 'NONE', locale: 'en_US' });
    none.call('onOpen', { authMode: 'NONE' });
    expect(none.fake.calls.get('Session.getActiveUserLocale')).toBe(1);
    expect((none.fake.ui.menus[0].items[0] as { caption: string }).caption).toBe('Kiểm tra');
    // Where Apps Script does answer in AuthMode.NONE, the answer is used.
    const answered = load(dist, { authMode: 'NONE', locale: 'en_US', localeInNone: true });
    answered.call('onOpen', { authMode: 'NONE' });
    expect((answered.fake.ui.menus[0].items[0] as { caption: string }).caption).toBe('Check');
  });

  it('the fake is strict: in AuthMode.NONE reading the spreadsheet or the properties throws', () => {
    const app = load(dist, { authMode: 'NONE' }, (f) => f.addSheet('Phụ lục', [['x']]));
    const g = app.fake.globals() as { SpreadsheetApp: { getActiveSpreadsheet(): unknown }; PropertiesService: { getDocumentProperties(): unknown } };
    expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow(/permission/);
    expect(() => g.PropertiesService.getDocumentProperties()).toThrow(/permission/);
    // A menu action run before authorisation says so in an alert, without a stack.
    app.call('menuCheck');
    expect(app.fake.ui.alerts).toEqual([expect.stringMatching(/^Không thực hiện được: Exception: You do not have permission/)]);
  });
});
