/**
 * A workbook's own status words: under a "Từ chỉ tình trạng" line in the `Cài đặt Phụ lục` sheet, rows
 * of word | status ("Đã trình UBND" | "Đang thực hiện") until a blank row. Every host reads the same
 * sheet, so the CLI and both add-ins count the same words the same way.
 */
import { Grid, cellText } from '../model/grid';
import { foldKey } from '../model/text';
import { isSettingsSheet } from '../engine/settings';
import { Status, statusNamed } from './status';

export const STATUS_WORDS_LABEL = { vi: 'Từ chỉ tình trạng', en: 'Status words' } as const;

export interface StatusWordProblem {
  row: number;
  text: string;
}

/** The words under the label; a row whose status cannot be read is named in `problems`, never guessed. */
export function readStatusWords(grid: Grid | undefined): { words: Map<string, Status>; problems: StatusWordProblem[] } {
  const words = new Map<string, Status>();
  const problems: StatusWordProblem[] = [];
  if (!grid) return { words, problems };
  const labels = new Set([foldKey(STATUS_WORDS_LABEL.vi), foldKey(STATUS_WORDS_LABEL.en)]);
  const start = grid.rows.findIndex((r) => labels.has(foldKey(cellText(r[0] ?? null))));
  if (start < 0) return { words, problems };
  for (let i = start + 1; i < grid.rows.length; i++) {
    const word = cellText(grid.rows[i][0] ?? null).trim();
    const target = cellText(grid.rows[i][1] ?? null).trim();
    if (!word && !target) break;
    // A column-title row under the label ("Từ" | "Tình trạng") is not a word.
    if (i === start + 1 && /^(tu|tu ngu|word)$/.test(foldKey(word))) continue;
    const status = statusNamed(target);
    if (!word || !status) problems.push({ row: i + 1, text: `${word} | ${target}` });
    else words.set(foldKey(word), status);
  }
  return { words, problems };
}

/** The status words of a workbook, from its settings sheet. */
export function statusWordsOf(grids: readonly Grid[]): Map<string, Status> {
  return readStatusWords(grids.find(isSettingsSheet)).words;
}
