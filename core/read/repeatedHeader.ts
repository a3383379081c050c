/** Where a repeated header stands: under a group title (each group's own header) or at a page break. */
import type { TableRow } from './table';

/**
 * The nearest filled row above the repeated header at `index` is a group title (numbered, or a
 * numberless title standing as one): the header printed at the head of each group ("I | Phát triển
 * …" then "Nội dung | Đơn vị thực hiện | …"), a layout chosen on purpose, not a page break.
 */
export function headsGroup(rows: readonly TableRow[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const r = rows[i];
    if (r.kind === 'blank') continue;
    return r.kind === 'group' || !!r.groupLike;
  }
  return false;
}
