/**
 * Matching a return's rows to the master's tasks by text and numbering, never by position. The
 * master is indexed once (folded text, numbering path, rare words), so each returned row looks at a
 * handful of candidates and a consolidation stays linear in the number of rows.
 */
import { distance } from 'fastest-levenshtein';
import type { AppendixTable, TableRow } from '../read/table';
import { cleanText, foldKey } from '../model/text';

/** The rows a consolidation is about: tasks and points that head no task or point of their own. */
export function tasksOf(table: AppendixTable): TableRow[] {
  return table.rows.filter(
    (r) =>
      (r.kind === 'task' || r.kind === 'subtask') &&
      !r.children.some((c) => table.rows[c].kind === 'task' || table.rows[c].kind === 'subtask') &&
      r.cells.content,
  );
}

/** The text a row is matched on: cleaned, folded (no marks, case, punctuation), cut at 400 characters. */
export function textKey(s: string | undefined): string {
  return foldKey(cleanText(s ?? '')).slice(0, 400);
}

/** "ii/3/a": the row's number under its ancestors, a hint for renumbered rows. */
export function pathOf(table: AppendixTable, r: TableRow): string {
  const parts: string[] = [];
  let cur: TableRow | undefined = r;
  while (cur) {
    parts.unshift(cur.stt.token ? cur.stt.token.body.toLowerCase() : '?');
    cur = cur.parent !== undefined ? table.rows[cur.parent] : undefined;
  }
  return parts.join('/');
}

function words(key: string): string[] {
  return [...new Set(key.split(' ').filter((w) => w.length > 1))];
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / Math.max(1, a.size + b.size - inter);
}

function similarity(a: string, b: string): number {
  const x = a.slice(0, 300);
  const y = b.slice(0, 300);
  return 1 - distance(x, y) / Math.max(1, x.length, y.length);
}

/** Candidates looked at for a row with no exact twin: enough for real tables, bounded for huge ones. */
const MAX_CANDIDATES = 2000;

export interface MatchResult {
  task?: TableRow;
  /** Same folded text: the content is not news. */
  exact: boolean;
}

/**
 * The master's tasks indexed for matching, built on the first match (a `summary` matches nothing).
 * One per consolidation; nothing is kept between calls. Returns repeat the master's texts, so each
 * distinct text is folded once per consolidation.
 */
export class MasterIndex {
  readonly tasks: TableRow[];
  private built = false;
  private readonly folded = new Map<string, string>();
  private readonly byKey = new Map<string, TableRow[]>();
  private readonly byPath = new Map<string, TableRow[]>();
  private readonly byWord = new Map<string, TableRow[]>();
  private readonly keys = new Map<TableRow, string>();
  private readonly wordSets = new Map<TableRow, Set<string>>();
  private readonly paths = new Map<TableRow, string>();

  constructor(private readonly table: AppendixTable) {
    this.tasks = tasksOf(table);
  }

  /** textKey, folded once per distinct text. */
  key(raw: string | undefined): string {
    const s = raw ?? '';
    let k = this.folded.get(s);
    if (k === undefined) {
      k = textKey(s);
      this.folded.set(s, k);
    }
    return k;
  }

  private build(): void {
    if (this.built) return;
    this.built = true;
    for (const t of this.tasks) {
      const k = this.key(t.cells.content);
      const p = pathOf(this.table, t);
      const ws = words(k);
      this.keys.set(t, k);
      this.paths.set(t, p);
      this.wordSets.set(t, new Set(ws));
      push(this.byKey, k, t);
      push(this.byPath, p, t);
      for (const w of ws) push(this.byWord, w, t);
    }
  }

  /**
   * The task a returned row stands for, among those not yet taken by the same return. Identical texts
   * (two tasks both "Báo cáo kết quả thực hiện"): the one with the same number wins.
   */
  match(key: string, path: string, used: ReadonlySet<TableRow>): MatchResult {
    this.build();
    const same = (this.byKey.get(key) ?? []).filter((t) => !used.has(t));
    const exact = same.find((t) => this.paths.get(t) === path) ?? same[0];
    if (exact) return { task: exact, exact: true };
    const ws = words(key);
    const mine = new Set(ws);
    const candidates = new Set<TableRow>((this.byPath.get(path) ?? []).filter((t) => !used.has(t)));
    // Rarest words first: they say most about which task this is.
    const lists = ws
      .map((w) => this.byWord.get(w) ?? [])
      .filter((l) => l.length > 0)
      .sort((a, b) => a.length - b.length);
    for (const list of lists) {
      if (candidates.size >= MAX_CANDIDATES) break;
      for (const t of list) if (!used.has(t)) candidates.add(t);
    }
    const scored = [...candidates]
      .map((t) => ({ t, j: jaccard(mine, this.wordSets.get(t)!), samePath: this.paths.get(t) === path }))
      .filter((c) => c.j >= 0.3 || c.samePath)
      .sort((a, b) => b.j - a.j)
      .slice(0, 4)
      .map((c) => ({ ...c, s: similarity(key, this.keys.get(c.t)!) }));
    const best = scored.sort((a, b) => b.s - a.s || Number(b.samePath) - Number(a.samePath))[0];
    if (best && (best.s >= 0.8 || (best.samePath && best.j >= 0.5))) return { task: best.t, exact: false };
    return { exact: false };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Tone marks; the vowel marks (â ă ê ô ơ ư) stay where they are. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * The text as a reader sees it: NFC or NFD, case, spacing, punctuation and old or new tone placement
 * (hoà/hòa) do not count, but every mark does. Two texts with one folded key and different mark keys
 * differ by marks only ("tâp" → "tập"): in Vietnamese that changes the word, so it is a change.
 */
export function markKey(s: string | undefined): string {
  return cleanText(s ?? '')
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((syllable) => {
      const tones = syllable.match(TONE) ?? [];
      return syllable.replace(TONE, '') + tones.join('');
    })
    .join(' ');
}
