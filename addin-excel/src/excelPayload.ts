/**
 * Keeping every request and response under Excel on the web's limit. Excel on the web refuses a
 * request or a response over 5 MB ("Resource limits and performance optimization for Office
 * Add-ins"); the add-in keeps each under 4 MB there. What counts is the JSON office.js sends: one
 * object path per proxy made (getRange, getItem…, format, fill), one action per load, property set or
 * method call, with its arguments as JSON, in UTF-8; a response is the JSON of what was loaded. The
 * sizes below are office.js's shapes rounded up, so the estimate is never under the real request.
 * Excel on Windows and Mac has no such limit: there a batch is one sync, whatever its size.
 */
import { utf8Length } from '../../core';

/** The most a request or a response may carry on Excel on the web: 4 MB, 1 MB under the refusal. */
export const WEB_PAYLOAD_LIMIT = 4 * 1024 * 1024;

/** One object path (e.g. getRange with its address) and its instantiation, without arguments. */
export const PATH_BYTES = 160;
/** One action (load, set, method call), without arguments. */
export const ACTION_BYTES = 110;

/** UTF-8 bytes of a value's JSON, as office.js sends it. */
export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v ?? null));
}

/** What the host tells: the platform (Office.context.platform), to know whether the web's limit applies. */
export interface PlatformLike {
  platform?: string;
}

export function payloadLimit(excel: PlatformLike): number {
  return excel.platform === 'OfficeOnline' ? WEB_PAYLOAD_LIMIT : Infinity;
}

/**
 * A batch split into syncs: before queueing something, the caller says what it adds to the request
 * and about what it will bring back, and the batch syncs first when either would pass the limit. On
 * the desktop (no limit) nothing syncs here: the caller's one sync carries everything.
 */
export class Batch {
  private request = 0;
  private response = 0;
  /** Syncs this batch sent on its own. */
  syncs = 0;
  constructor(
    private readonly ctx: Excel.RequestContext,
    readonly limit: number,
  ) {}

  async room(requestBytes: number, responseBytes = 0): Promise<void> {
    const over = this.request + requestBytes > this.limit || this.response + responseBytes > this.limit;
    if (over && (this.request > 0 || this.response > 0)) await this.flush();
    this.request += requestBytes;
    this.response += responseBytes;
  }

  /** Sends what is queued. */
  async flush(): Promise<void> {
    await this.ctx.sync();
    this.syncs++;
    this.request = 0;
    this.response = 0;
  }

  /** True when something is queued since the last sync. */
  get pending(): boolean {
    return this.request > 0 || this.response > 0;
  }
}

/** The cost of a cell's range (getRange with its address) plus `navigations` more object paths (format, fill). */
export function rangeBytes(address: string, navigations = 0): number {
  return PATH_BYTES * (1 + navigations) + jsonBytes(address);
}

/** The cost of setting a property or calling a method with these arguments. */
export function actionBytes(args: unknown = null): number {
  return ACTION_BYTES + jsonBytes(args);
}
