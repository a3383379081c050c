/**
 * The unit directory: one canonical name per unit, the other ways people write it, and what
 * happened to units merged away in 2025. Names are compared on a folded key, never raw.
 */
import { z } from 'zod';
import { distance } from 'fastest-levenshtein';
import { foldKey } from '../model/text';

export const unitEntrySchema = z.object({
  name: z.string().trim().min(2),
  aliases: z.array(z.string().trim().min(1)).default([]),
  parent: z.string().optional(),
  /** ISO dates (YYYY-MM-DD): the unit existed from/to these days. */
  validFrom: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  validTo: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** The canonical name of the unit that took over its work. */
  successor: z.string().optional(),
  /** Other names as correct as the canonical one (an acronym the body uses itself: VTV): never "noncanonical". */
  accepted: z.array(z.string().trim().min(1)).optional(),
});

export type UnitEntry = z.infer<typeof unitEntrySchema>;
export type UnitEntryInput = z.input<typeof unitEntrySchema>;

export const unitListSchema = z.array(unitEntrySchema);

/**
 * The key names are matched on: folded (no marks, đ → d, lower case, punctuation to spaces), with
 * "&" dropped so that "KH&CN" and "KHCN" meet, and a trailing locality ("tỉnh Đồng Nai",
 * "Thành phố Hồ Chí Minh") set aside.
 */
export function unitKey(name: string): string {
  return foldKey(name.replace(/\s*&\s*/g, '').replace(/\./g, ' ')).replace(/\s+/g, ' ');
}

/** "tỉnh Đồng Nai", "Thành phố Hồ Chí Minh", "TP. Huế" at the end of a name, read on folded text. */
const LOCALITY = /\s+(?:cua\s+)?(?:tinh|thanh pho|tp\.?)\s+(\S).*$/;

function foldSameLength(s: string): string {
  let out = '';
  for (const ch of s) {
    const f = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
    out += f.length === 1 && ch.length === 1 ? f : ch.length === 1 ? ch : '  ';
  }
  return out;
}

/** "Sở Khoa học và Công nghệ tỉnh Đồng Nai" → ["Sở Khoa học và Công nghệ", " tỉnh Đồng Nai"]. */
export function splitLocality(name: string): [string, string] {
  const m = LOCALITY.exec(foldSameLength(name));
  if (!m || m.index === 0) return [name, ''];
  // The place name starts with a capital: "tỉnh Đồng Nai", not "tỉnh và các xã".
  const first = name
    .slice(m.index)
    .replace(/^\s+(?:của\s+)?\S+(?:\s+ph\S*)?\s+/i, '')
    .charAt(0);
  if (!first || first !== first.toUpperCase() || first === first.toLowerCase()) return [name, ''];
  return [name.slice(0, m.index), name.slice(m.index)];
}

export interface UnitMatch {
  entry: UnitEntry;
  /** exact: the canonical name as written; alias: another known spelling; fuzzy: a guess (a suggestion only). */
  how: 'exact' | 'alias' | 'fuzzy';
  distance: number;
}

/** Edits allowed for a typo, by the length of the folded key: short names must match exactly. */
export function typoTolerance(keyLength: number): number {
  if (keyLength < 12) return 0;
  if (keyLength < 24) return 1;
  if (keyLength < 40) return 2;
  return 3;
}

/** The last word of a name written relative to its parent body: "Thanh tra Bộ", "Văn phòng Sở". */
const RELATIVE_PARENT: ReadonlySet<string> = new Set(['bo', 'so']);

/** The two keys start with the same word and, for "Văn phòng X" / "Thanh tra X", end with the same word. */
export function sameHead(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa[0] !== wb[0]) return false;
  // "Thanh tra Bộ", "Văn phòng Sở": a body named by the ministry or department it belongs to, written
  // inside it; never a misspelt "Thanh tra TP" or "Văn phòng tỉnh" of a province.
  const relative = (w: string[]) => w.length <= 3 && RELATIVE_PARENT.has(w[w.length - 1]);
  if ((relative(wa) || relative(wb)) && wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  // "van phong bo" / "van phong so": one letter apart, two different bodies.
  if (wa.length <= 3 && wb.length <= 3) return wa[wa.length - 1] === wb[wb.length - 1];
  return true;
}

export class UnitDirectory {
  readonly entries: UnitEntry[];
  private readonly byKey = new Map<string, UnitEntry[]>();
  private readonly byName = new Map<string, UnitEntry>();
  private readonly cache = new Map<string, UnitMatch | undefined>();

  constructor(entries: UnitEntry[], sourceOf: number[] = entries.map(() => 0)) {
    // Later sources override earlier ones: the last entry with a name wins, aliases are merged.
    const merged = new Map<string, { entry: UnitEntry; source: number }>();
    entries.forEach((e, i) => {
      const k = unitKey(e.name);
      const prev = merged.get(k);
      merged.set(k, { entry: prev ? { ...prev.entry, ...e, aliases: [...new Set([...prev.entry.aliases, ...e.aliases])] } : e, source: sourceOf[i] });
    });
    this.entries = [...merged.values()].map((m) => m.entry);
    const claimedBy = new Map<string, number>();
    for (const { entry: e, source } of merged.values()) {
      this.byName.set(e.name.normalize('NFC'), e);
      for (const n of [e.name, ...e.aliases, ...(e.accepted ?? [])]) {
        const k = unitKey(n);
        const earlier = claimedBy.get(k);
        // A later source that names the same spelling takes it over ("TT KH&CN" in the workbook's own
        // directory means its unit, not the built-in one); within one source both stay, and stay ambiguous.
        if (earlier !== undefined && earlier < source) this.byKey.delete(k);
        if (earlier !== undefined && earlier > source) continue;
        const list = this.byKey.get(k) ?? [];
        if (!list.includes(e)) list.push(e);
        this.byKey.set(k, list);
        claimedBy.set(k, source);
      }
    }
    for (const { entry: e, source } of merged.values()) {
      // An earlier source's own name taken over as someone else's alias is matched by the later one.
      const k = unitKey(e.name);
      if ((claimedBy.get(k) ?? source) > source) this.byName.delete(e.name.normalize('NFC'));
    }
  }

  static from(...sources: UnitEntryInput[][]): UnitDirectory {
    const entries: UnitEntry[] = [];
    const sourceOf: number[] = [];
    sources.forEach((s, i) => {
      for (const e of unitListSchema.parse(s)) {
        entries.push(e);
        sourceOf.push(i);
      }
    });
    return new UnitDirectory(entries, sourceOf);
  }

  byCanonicalName(name: string): UnitEntry | undefined {
    return this.byName.get(name.normalize('NFC'));
  }

  /**
   * Finds the unit a written name stands for. A key two units share is decided by the exact
   * spelling, never by a guess: folding must not turn one real unit into another.
   */
  match(written: string): UnitMatch | undefined {
    const text = written.normalize('NFC').trim();
    if (this.cache.has(text)) return this.cache.get(text);
    const result = this.lookup(text);
    if (this.cache.size < 10_000) this.cache.set(text, result);
    return result;
  }

  private lookup(text: string): UnitMatch | undefined {
    const exact = this.byName.get(text);
    if (exact) return { entry: exact, how: 'exact', distance: 0 };
    const key = unitKey(text);
    const found = this.byKey.get(key);
    if (found && found.length === 1) {
      const e = found[0];
      return { entry: e, how: e.name === text ? 'exact' : 'alias', distance: 0 };
    }
    if (found && found.length > 1) {
      const lower = text.toLowerCase();
      const one = found.find((e) => [e.name, ...e.aliases].some((n) => n.normalize('NFC').toLowerCase() === lower));
      return one ? { entry: one, how: 'alias', distance: 0 } : undefined;
    }
    return undefined;
  }

  /** Every name's key with its entry, by the key's first word (built once, on first use). */
  private keyIndex?: Map<string, Array<{ key: string; entry: UnitEntry }>>;
  private readonly suggestCache = new Map<string, UnitMatch[]>();

  private keysByFirstWord(): Map<string, Array<{ key: string; entry: UnitEntry }>> {
    if (this.keyIndex) return this.keyIndex;
    const index = new Map<string, Array<{ key: string; entry: UnitEntry }>>();
    for (const e of this.entries) {
      for (const name of [e.name, ...e.aliases]) {
        const key = unitKey(name);
        const first = key.split(' ')[0];
        const list = index.get(first) ?? [];
        list.push({ key, entry: e });
        index.set(first, list);
      }
    }
    return (this.keyIndex = index);
  }

  /**
   * Up to `n` closest names, for a person to choose from: never applied unasked. Only names of the
   * same kind (the same first word: "Sở …" for "Sở …") are compared, so a large directory stays fast.
   */
  suggest(written: string, n = 3): UnitMatch[] {
    const key = unitKey(written);
    if (key.length < 4) return [];
    const cached = this.suggestCache.get(key);
    if (cached) return cached.slice(0, n);
    const limit = Math.max(2, Math.ceil(key.length * 0.3));
    const best = new Map<UnitEntry, number>();
    for (const { key: k, entry } of this.keysByFirstWord().get(key.split(' ')[0]) ?? []) {
      if (Math.abs(k.length - key.length) > limit) continue;
      const d = distance(key, k);
      if (d <= limit && d < (best.get(entry) ?? Infinity)) best.set(entry, d);
    }
    const scored: UnitMatch[] = [...best].map(([entry, d]) => ({ entry, how: 'fuzzy' as const, distance: d }));
    const sorted = scored.sort((a, b) => a.distance - b.distance || a.entry.name.localeCompare(b.entry.name, 'vi')).slice(0, Math.max(n, 3));
    if (this.suggestCache.size < 10_000) this.suggestCache.set(key, sorted);
    return sorted.slice(0, n);
  }

  /** A close match within the typo tolerance for the name's length, and only one such. */
  typoMatch(written: string): UnitMatch | undefined {
    const key = unitKey(written);
    const tol = typoTolerance(key.length);
    if (tol === 0) return undefined;
    // A different first word is a different kind of body ("Văn phòng Bộ", "Văn phòng Sở"), never a typo.
    const close = this.suggest(written, 2).filter((m) => m.distance <= tol && sameHead(key, unitKey(m.entry.name)));
    if (close.length !== 1) return undefined;
    return close[0];
  }
}
