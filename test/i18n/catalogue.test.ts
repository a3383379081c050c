/**
 * The message catalogues: English has every section and key of the Vietnamese reference (the type
 * checks that too), the same `{name}` places, no empty text, and every key is said somewhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { en } from '../../i18n/en';
import { vi } from '../../i18n/vi';

const ROOT = resolve(__dirname, '..', '..');
const places = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const entries = (c: typeof vi) =>
  Object.entries(c).flatMap(([section, texts]) => Object.entries(texts as Record<string, string>).map(([key, text]) => ({ section, key, text })));

function sourcesIn(dir: string): string {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'))
    .join('\n');
}

/** Where each section is said. */
const SOURCES: Record<keyof typeof vi, string> = {
  shared: ['panel', 'addin-excel/src', 'addin-gsheets/src'].map(sourcesIn).join('\n'),
  panel: sourcesIn('panel'),
  sheets: sourcesIn('addin-gsheets/src'),
  excel: sourcesIn('addin-excel/src'),
  cli: sourcesIn('cli'),
  help: sourcesIn('cli'),
  output: sourcesIn('cli'),
  readFailure: sourcesIn('xlsx'),
};

describe('message catalogues', () => {
  it('English has exactly the sections and keys of Vietnamese', () => {
    const keys = (c: typeof vi) => entries(c).map((e) => `${e.section}.${e.key}`);
    expect(keys(en)).toEqual(keys(vi));
  });

  it('each English message has the same {name} places as the Vietnamese one, and no text is empty', () => {
    const english = new Map(entries(en).map((e) => [`${e.section}.${e.key}`, e.text]));
    for (const { section, key, text } of entries(vi)) {
      const other = english.get(`${section}.${key}`)!;
      expect({ key: `${section}.${key}`, places: places(other) }).toEqual({ key: `${section}.${key}`, places: places(text) });
      expect(text.trim()).not.toBe('');
      expect(other.trim()).not.toBe('');
    }
  });

  it('every key is used: named in the sources of the part that says it', () => {
    // Said as say('key'…) or a ReadFailure value 'key', or read as T.key, OUTPUT_TEXT.key, HELP.key.
    const unused = entries(vi)
      .filter(({ section, key }) => !new RegExp(`['"]${key}['"]|\\b[A-Z][A-Z_]*\\.${key}\\b`).test(SOURCES[section as keyof typeof vi]))
      .map((e) => `${e.section}.${e.key}`);
    expect(unused).toEqual([]);
  });
});
