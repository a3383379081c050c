/**
 * Jest global setup: finds (and, from the npm package, unpacks) Chromium once, before any worker
 * starts, and hands its path to every worker through PHULUC_CHROMIUM, so two workers never unpack
 * the same archive at once. A failure here is not fatal: the browser tests themselves then fail
 * with the one-line message, and every other test still runs.
 */
import { findChromium } from './findChromium';

export default async function chromiumSetup(): Promise<void> {
  try {
    const found = await findChromium();
    process.env['PHULUC_CHROMIUM'] = found.path;
  } catch (e) {
    process.env['PHULUC_CHROMIUM_ERROR'] = e instanceof Error ? e.message : String(e);
  }
}
