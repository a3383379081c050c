/// <reference types="google-apps-script" />
/**
 * Long JSON kept in the document's properties. Google allows 9 KB per value and 500 KB for all of a
 * document's properties together, and a check of a long appendix or the undo record of a
 * consolidation is larger than one value: the text is gzipped, base64-encoded (plain ASCII, so a
 * character is a byte) and split across `key.0 … key.n-1`, with `key` holding the count. Before
 * anything is written the total is computed; past 500 KB the caller gets StorageFullError and the
 * sheet is left untouched, rather than painted with no way back.
 */

import { utf8Length, type Lang } from '../../../core';
import { UserError, say } from './strings';

/** Characters per value: under Google's 9 KB with room to spare. */
export const CHUNK_CHARS = 8000;
/** Google's quota for all of a document's properties, keys and values ("500kB", read as 500,000 bytes). */
export const TOTAL_BYTES = 500_000;
/** Kept free under the quota, for the few small values written after ours. */
const MARGIN_BYTES = 2 * 1024;

export class StorageFullError extends Error {
  constructor(readonly neededBytes: number) {
    super(`document properties would need ${neededBytes} bytes`);
    this.name = 'StorageFullError';
  }
}

interface Meta {
  v: 1;
  /** Number of chunks. */
  n: number;
}

function encode(json: string): string {
  const blob = Utilities.newBlob(json, 'application/json');
  return Utilities.base64Encode(Utilities.gzip(blob).getBytes());
}

function decode(text: string): string {
  const bytes = Utilities.base64Decode(text);
  return Utilities.ungzip(Utilities.newBlob(bytes, 'application/x-gzip')).getDataAsString('UTF-8');
}

const chunkKey = (key: string, i: number) => `${key}.${i}`;

/** Keys belonging to `key`: the count and its chunks (never another key that merely shares a prefix). */
function belongsTo(key: string, k: string): boolean {
  return k === key || (k.startsWith(`${key}.`) && /^\d+$/.test(k.slice(key.length + 1)));
}

export class DocumentStore {
  private cache: Record<string, string> | undefined;

  constructor(private readonly props: GoogleAppsScript.Properties.Properties) {}

  /** Every property, read once per store (one call, whatever the number of chunks). */
  private all(): Record<string, string> {
    if (!this.cache) this.cache = { ...this.props.getProperties() };
    return this.cache;
  }

  keys(): string[] {
    return Object.keys(this.all());
  }

  read(key: string): string | null {
    const all = this.all();
    const raw = all[key];
    if (!raw) return null;
    try {
      const meta = JSON.parse(raw) as Meta;
      if (meta.v !== 1 || !(meta.n >= 0)) return null;
      let text = '';
      for (let i = 0; i < meta.n; i++) {
        const part = all[chunkKey(key, i)];
        if (part === undefined) return null;
        text += part;
      }
      return decode(text);
    } catch {
      // A record damaged by hand or cut short reads as none: nothing to restore is safer than a wrong restore.
      return null;
    }
  }

  /** Writes `json` under `key`, or throws StorageFullError having written nothing. */
  write(key: string, json: string): void {
    const text = encode(json);
    const next: Record<string, string> = {};
    const n = Math.ceil(text.length / CHUNK_CHARS);
    for (let i = 0; i < n; i++) next[chunkKey(key, i)] = text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
    next[key] = JSON.stringify({ v: 1, n } satisfies Meta);
    const all = this.all();
    let bytes = 0;
    for (const [k, v] of Object.entries(all)) if (!belongsTo(key, k)) bytes += utf8Length(k) + utf8Length(v);
    for (const [k, v] of Object.entries(next)) bytes += utf8Length(k) + utf8Length(v);
    if (bytes > TOTAL_BYTES - MARGIN_BYTES) throw new StorageFullError(bytes);
    const stale = Object.keys(all).filter((k) => belongsTo(key, k) && !(k in next));
    this.props.setProperties(next, false);
    for (const k of stale) this.props.deleteProperty(k);
    for (const k of stale) delete all[k];
    Object.assign(all, next);
  }

  remove(key: string): void {
    const all = this.all();
    for (const k of Object.keys(all)) {
      if (!belongsTo(key, k)) continue;
      this.props.deleteProperty(k);
      delete all[k];
    }
  }
}

export function documentStore(): DocumentStore {
  return new DocumentStore(PropertiesService.getDocumentProperties());
}

/** Writes a record, or refuses in the user's words (nothing written yet) when the document has no room. */
export function writeOrRefuse(store: DocumentStore, key: string, json: string, lang: Lang): void {
  try {
    store.write(key, json);
  } catch (e) {
    if (e instanceof StorageFullError) throw new UserError(say('storageFull', lang, { kb: Math.ceil(e.neededBytes / 1024) }));
    throw e;
  }
}
