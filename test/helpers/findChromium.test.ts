import { NOT_FOUND, findInstalledChromium, systemCandidates } from './findChromium';

describe('which Chromium the browser tests use', () => {
  const none = () => false;

  it('takes PHULUC_CHROMIUM first, and refuses one that does not exist with the one-line message', () => {
    const env = { PHULUC_CHROMIUM: '/opt/my/chrome' };
    expect(findInstalledChromium(env, 'linux', (p) => p === '/opt/my/chrome' || p === '/usr/bin/chromium')).toEqual({ path: '/opt/my/chrome', source: 'env' });
    expect(() => findInstalledChromium(env, 'linux', none)).toThrow(NOT_FOUND);
  });

  it('then looks at the usual places on each platform', () => {
    expect(findInstalledChromium({}, 'linux', (p) => p === '/usr/bin/google-chrome')).toEqual({ path: '/usr/bin/google-chrome', source: 'system' });
    expect(findInstalledChromium({}, 'darwin', (p) => p.includes('Microsoft Edge'))?.source).toBe('system');
    const win = systemCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' });
    expect(win.some((p) => p.endsWith('msedge.exe'))).toBe(true);
    expect(win.some((p) => p.endsWith('chrome.exe'))).toBe(true);
  });

  it('finds nothing installed when nothing is (the npm package is the last step)', () => {
    expect(findInstalledChromium({}, 'linux', none)).toBeUndefined();
    expect(findInstalledChromium({}, 'win32', none)).toBeUndefined();
  });

  it('says how to set PHULUC_CHROMIUM, in both languages', () => {
    expect(NOT_FOUND).toContain('PHULUC_CHROMIUM');
    expect(NOT_FOUND).toMatch(/Không tìm thấy/);
    expect(NOT_FOUND).toMatch(/no browser found/);
  });
});
