/**
 * Where a check keeps each sheet's painted cells with their own looks (core's SavedHighlights): the
 * workbook's settings, one key per sheet, `phuluc.highlights:<sheet>`. A long record (tens of
 * thousands of painted cells) is split into parts of at most PART_BYTES, `…:<sheet>:0`, `…:1`, the
 * sheet's key then holding `{"parts":n}` (a sheet name never holds ":"). On the desktop a check loads
 * every setting in its first sync; on Excel on the web it loads the keys there and the values it needs
 * afterwards, a few parts per sync, so no response passes the limit.
 */
import { STORAGE_KEYS, parseSaved, type SavedHighlights } from '../../core';
import { Batch, PATH_BYTES, actionBytes, jsonBytes } from './excelPayload';

export const SETTINGS_KEY = STORAGE_KEYS.highlights;
/** The most a part of a record carries, in bytes of JSON as it travels. */
export const PART_BYTES = 1_000_000;

export function highlightsKey(sheet: string): string {
  return `${SETTINGS_KEY}:${sheet}`;
}

const PART_KEY = /^(.*):(\d+)$/;
/** A sheet's record key (not one of its parts). */
export function isRecordKey(key: string): boolean {
  return key === SETTINGS_KEY || (key.startsWith(`${SETTINGS_KEY}:`) && !key.slice(SETTINGS_KEY.length + 1).includes(':'));
}
/** The part keys that belong to a record key. */
function partsOf(keys: readonly string[], key: string): string[] {
  return keys.filter((k) => {
    const m = PART_KEY.exec(k);
    return m !== null && m[1] === key && k.startsWith(`${SETTINGS_KEY}:`);
  });
}

/** Splits text into pieces whose JSON is at most `max` bytes. */
export function split(text: string, max = PART_BYTES): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + Math.floor(max / 4));
    // Grow while it fits (most text is one byte a character).
    while (end < text.length && jsonBytes(text.slice(start, Math.min(text.length, end + 65_536))) <= max) end = Math.min(text.length, end + 65_536);
    out.push(text.slice(start, end));
    start = end;
  }
  return out.length ? out : [''];
}

export interface SettingsSnapshot {
  keys: string[];
  /** The values of these keys, loaded under the limit (already there on the desktop). */
  values(keys: readonly string[]): Promise<Map<string, string>>;
  item(key: string): { delete(): void } | undefined;
}

/** Queues the settings' load for the caller's first sync: everything on the desktop, the keys alone on the web. */
export function queueSettings(ctx: Excel.RequestContext, limit: number): () => SettingsSnapshot {
  const settings = ctx.workbook.settings;
  const whole = limit === Infinity;
  settings.load(whole ? 'items/key,items/value' : 'items/key');
  return () => {
    const items = settings.items;
    const byKey = new Map(items.map((i) => [i.key, i]));
    return {
      keys: items.map((i) => i.key),
      item: (key) => byKey.get(key),
      async values(keys) {
        const out = new Map<string, string>();
        if (whole) {
          for (const k of keys) {
            const i = byKey.get(k);
            if (i) out.set(k, String(i.value));
          }
          return out;
        }
        const batch = new Batch(ctx, limit);
        const loaded: [string, Excel.Setting][] = [];
        for (const k of keys) {
          if (!byKey.has(k)) continue;
          await batch.room(PATH_BYTES + jsonBytes(k) + actionBytes(['value']), PART_BYTES + 1024);
          const s = settings.getItem(k);
          s.load('value');
          loaded.push([k, s]);
        }
        if (batch.pending) await batch.flush();
        for (const [k, s] of loaded) out.set(k, String(s.value));
        return out;
      },
    };
  };
}

/** The saved record of `sheet`, whole again from its parts; undefined when there is none or it no longer reads. */
export async function readRecord(snapshot: SettingsSnapshot, key: string): Promise<SavedHighlights | undefined> {
  if (!snapshot.keys.includes(key)) return undefined;
  const head = (await snapshot.values([key])).get(key);
  const parts = /^\{"parts":(\d+)\}$/.exec(head ?? '');
  if (!parts) return parseSaved(head);
  const keys = Array.from({ length: Number(parts[1]) }, (_, i) => `${key}:${i}`);
  const values = await snapshot.values(keys);
  if (keys.some((k) => !values.has(k))) return undefined;
  return parseSaved(keys.map((k) => values.get(k)).join(''));
}

/** Queues the record's write (in parts when long) and the removal of parts a longer earlier record left. */
export async function queueRecord(ctx: Excel.RequestContext, batch: Batch, snapshot: SettingsSnapshot, key: string, saved: SavedHighlights): Promise<void> {
  const json = JSON.stringify(saved);
  const pieces = jsonBytes(json) <= PART_BYTES ? [json] : split(json);
  const partKeys = pieces.length === 1 ? [] : pieces.map((_, i) => `${key}:${i}`);
  for (let i = 0; i < partKeys.length; i++) {
    await batch.room(actionBytes([partKeys[i], pieces[i]]));
    ctx.workbook.settings.add(partKeys[i], pieces[i]);
  }
  const head = partKeys.length ? JSON.stringify({ parts: partKeys.length }) : json;
  await batch.room(actionBytes([key, head]));
  ctx.workbook.settings.add(key, head);
  for (const k of partsOf(snapshot.keys, key)) {
    if (partKeys.includes(k)) continue;
    await batch.room(PATH_BYTES + actionBytes());
    snapshot.item(k)?.delete();
  }
}

/** Queues the removal of a record and its parts. */
export async function queueForget(batch: Batch, snapshot: SettingsSnapshot, key: string): Promise<void> {
  for (const k of [key, ...partsOf(snapshot.keys, key)]) {
    await batch.room(PATH_BYTES + actionBytes());
    snapshot.item(k)?.delete();
  }
}
