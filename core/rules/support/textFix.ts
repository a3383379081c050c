/** What the three text.* rules share: they all offer the same clean text of a cell. */
import type { Fix } from '../../model/finding';
import { cleanText } from '../../model/text';

export function cleanFix(text: string, row: number, column: number): Fix {
  return {
    label: 'Làm sạch nội dung ô',
    labelEn: 'Clean the cell text',
    changes: [{ kind: 'set' as const, row, column, value: cleanText(text) }],
  };
}
