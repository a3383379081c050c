/**
 * The sidebar's side of a job in parts, driven over a loaded Code.js as google.script.run would drive it:
 * each call goes to the bundle's sidebar function, its progress lines are kept, and `failAt` makes the
 * n-th call (1-based) of one function fail as Apps Script's time limit would.
 */
import type { Lang } from '../../core';
import type { SidebarFunction } from '../../addin-gsheets/src/wire';
import type { Loaded } from './harness';

type Call = <T>(name: SidebarFunction, ...args: Array<string | number | boolean | null>) => Promise<T>;

export interface Driven<H> {
  host: H;
  messages: string[];
  calls: SidebarFunction[];
}

export function driveSidebar<H>(
  app: Loaded,
  make: (call: Call, lang: Lang, progress: (text: string | null) => void) => H,
  failAt?: { name: SidebarFunction; n: number },
): Driven<H> {
  const messages: string[] = [];
  const calls: SidebarFunction[] = [];
  const host = make(
    <T>(name: SidebarFunction, ...args: Array<string | number | boolean | null>) => {
      calls.push(name);
      if (failAt && name === failAt.name && calls.filter((c) => c === name).length === failAt.n)
        return Promise.reject(new Error('Exceeded maximum execution time'));
      try {
        return Promise.resolve(app.sidebar<T>(name, ...args));
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    },
    'vi',
    (text) => {
      if (text !== null) messages.push(text);
    },
  );
  return { host, messages, calls };
}

/** Thousands grouped with a dot, as Vietnamese writes them (written here independently of the add-on). */
export const viNumber = (n: number) => n.toLocaleString('de-DE');
