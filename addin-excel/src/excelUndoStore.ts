/**
 * Where the Excel add-in keeps what undo needs: custom XML parts (ExcelApi 1.5), which travel with the
 * workbook but are read only when asked for by id, so a check (which loads the workbook's settings)
 * never carries them. Each run (a fix, a consolidation) is its own namespace,
 * `urn:phuluc:undo:<kind>:<number>`, split into parts of at most PART_CHARS characters, so that no
 * request that writes one and no response that reads one passes the web's limit. Runs are undone
 * newest first (core's undo rules); past UNDO_DEPTH the oldest is deleted.
 * Hosts without ExcelApi 1.5 keep one run in the workbook's settings, as before.
 */
import { SavedEdits, UNDO_DEPTH, readSavedEdits, readSavedRuns, saveRuns } from '../../core';
import { Batch, PATH_BYTES, actionBytes, jsonBytes } from './excelPayload';
import type { ExcelLike } from './excelRead';

/** Characters of JSON per part: at most ~0.8 MB in UTF-8 with XML escapes, four parts under 4 MB. */
export const PART_CHARS = 200_000;

export type RunKind = 'fixes' | 'consolidation';

const NS = (kind: RunKind, n: number) => `urn:phuluc:undo:${kind}:${n}`;
const NS_RE = /^urn:phuluc:undo:(fixes|consolidation):(\d+)$/;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The XML documents that hold a run, in order. */
export function partsOf(kind: RunKind, n: number, json: string): string[] {
  const out: string[] = [];
  for (let i = 0; i === 0 || i * PART_CHARS < json.length; i++) {
    const text = json.slice(i * PART_CHARS, (i + 1) * PART_CHARS);
    out.push(`<run xmlns="${NS(kind, n)}" part="${i}">${escapeXml(text)}</run>`);
  }
  return out;
}

function partText(xml: string): { part: number; text: string } | undefined {
  const m = /^\s*(?:<\?xml[^>]*\?>\s*)?<run\b[^>]*\bpart="(\d+)"[^>]*>([\s\S]*)<\/run>\s*$/.exec(xml);
  return m ? { part: Number(m[1]), text: unescapeXml(m[2]) } : undefined;
}

interface PartRef {
  id: string;
  kind: RunKind;
  n: number;
  item: { getXml(): OfficeExtension.ClientResult<string>; delete(): void };
}

/** Whether runs go to custom XML parts (ExcelApi 1.5) or, on older hosts, to one setting. */
export function usesXmlParts(excel: ExcelLike): boolean {
  return excel.isSetSupported ? excel.isSetSupported('ExcelApi', '1.5') : true;
}

/** Lists the runs' parts (ids and namespaces only: a small response). One sync. */
async function listParts(ctx: Excel.RequestContext, kind: RunKind): Promise<PartRef[]> {
  const parts = ctx.workbook.customXmlParts;
  parts.load('items/id,items/namespaceUri');
  await ctx.sync();
  const out: PartRef[] = [];
  for (const item of parts.items) {
    const m = NS_RE.exec(item.namespaceUri);
    if (m && m[1] === kind) out.push({ id: item.id, kind, n: Number(m[2]), item });
  }
  return out;
}

/** Run numbers present, oldest first. */
function runNumbers(parts: readonly PartRef[]): number[] {
  return [...new Set(parts.map((p) => p.n))].sort((a, b) => a - b);
}

/** Reads one run's parts (a few per sync, under the limit) and joins them. */
async function readRun(batch: Batch, parts: readonly PartRef[]): Promise<SavedEdits | undefined> {
  const results: OfficeExtension.ClientResult<string>[] = [];
  for (const p of parts) {
    // A part's XML is at most PART_CHARS characters of JSON, at most 3 bytes each plus escapes.
    await batch.room(actionBytes(), PART_CHARS * 4);
    results.push(p.item.getXml());
  }
  await batch.flush();
  const pieces = results.map((r) => partText(r.value));
  if (pieces.some((p) => !p)) return undefined;
  const sorted = (pieces as { part: number; text: string }[]).sort((a, b) => a.part - b.part);
  if (sorted.some((p, i) => p.part !== i)) return undefined;
  return readSavedEdits(sorted.map((p) => p.text).join(''));
}

/**
 * Adds a run as the newest; deletes the oldest past UNDO_DEPTH. Queues the writes under `batch`'s
 * limit; the caller's next sync (or the batch's own) sends them.
 */
export async function pushRunRecord(
  ctx: Excel.RequestContext,
  excel: ExcelLike,
  batch: Batch,
  kind: RunKind,
  record: SavedEdits,
  settingsKey: string,
): Promise<void> {
  const json = JSON.stringify(record);
  if (!usesXmlParts(excel)) {
    // Older hosts: one setting holding the runs (loaded by every check, as before ExcelApi 1.5).
    const setting = ctx.workbook.settings.getItemOrNullObject(settingsKey);
    setting.load('value');
    await batch.flush();
    const runs = setting.isNullObject ? [] : readSavedRuns(String(setting.value));
    const value = saveRuns([...runs, record].slice(-UNDO_DEPTH));
    await batch.room(actionBytes(value));
    ctx.workbook.settings.add(settingsKey, value);
    return;
  }
  const parts = await listParts(ctx, kind);
  const numbers = runNumbers(parts);
  const next = (numbers[numbers.length - 1] ?? 0) + 1;
  const keep = kind === 'fixes' ? UNDO_DEPTH - 1 : 0;
  const drop = new Set(numbers.slice(0, Math.max(0, numbers.length - keep)));
  for (const p of parts) {
    if (!drop.has(p.n)) continue;
    await batch.room(PATH_BYTES + actionBytes());
    p.item.delete();
  }
  for (const xml of partsOf(kind, next, json)) {
    await batch.room(PATH_BYTES + ACTION_AND(xml));
    ctx.workbook.customXmlParts.add(xml);
  }
}

const ACTION_AND = (xml: string) => actionBytes() + jsonBytes(xml);

/** The newest run, and a way to forget it once undone. Undefined when there is none (or it no longer reads). */
export async function newestRun(
  ctx: Excel.RequestContext,
  excel: ExcelLike,
  batch: Batch,
  kind: RunKind,
  settingsKey: string,
): Promise<{ record: SavedEdits; forget(): Promise<void> } | undefined> {
  if (!usesXmlParts(excel)) {
    const setting = ctx.workbook.settings.getItemOrNullObject(settingsKey);
    setting.load('value');
    await batch.flush();
    if (setting.isNullObject) return undefined;
    const runs = readSavedRuns(String(setting.value));
    const record = runs[runs.length - 1];
    if (!record) return undefined;
    return {
      record,
      forget: () => {
        const rest = runs.slice(0, -1);
        if (rest.length) ctx.workbook.settings.add(settingsKey, saveRuns(rest));
        else setting.delete();
        return Promise.resolve();
      },
    };
  }
  const parts = await listParts(ctx, kind);
  const numbers = runNumbers(parts);
  // Newest first; a run that no longer reads (edited by hand, cut short) is skipped, not restored wrongly.
  for (let i = numbers.length - 1; i >= 0; i--) {
    const own = parts.filter((p) => p.n === numbers[i]);
    const record = await readRun(batch, own);
    const forget = async () => {
      for (const p of own) {
        await batch.room(PATH_BYTES + actionBytes());
        p.item.delete();
      }
    };
    if (record) return { record, forget };
    await forget();
  }
  return undefined;
}

/**
 * Whether a run of `kind` is kept: the parts are listed (ids and namespaces, a small response), not
 * read, so asking costs one small sync; on older hosts the one setting is read.
 */
export async function hasRun(ctx: Excel.RequestContext, excel: ExcelLike, kind: RunKind, settingsKey: string): Promise<boolean> {
  if (!usesXmlParts(excel)) {
    const setting = ctx.workbook.settings.getItemOrNullObject(settingsKey);
    setting.load('value');
    await ctx.sync();
    return !setting.isNullObject && readSavedRuns(String(setting.value)).some((r) => r.cells.length > 0 || r.addedSheet !== undefined);
  }
  return (await listParts(ctx, kind)).length > 0;
}
