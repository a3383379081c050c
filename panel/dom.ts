/** Building elements with text only: nothing a cell holds is ever parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The message of anything thrown, for a status line. */
export function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
