/** The findings sheet both hosts write: the CLI's "Danh sách vấn đề", the Excel add-in's "Kết quả kiểm tra". */
import { findingsSheetRows, validateWorkbook, type Finding } from '../../../core';
import { gridsOf, seedPath } from '../../helpers/workbooks';

describe('findingsSheetRows', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = validateWorkbook(await gridsOf(seedPath('001-dong-nai-ubnd-1295.xlsx'))).findings;
  });

  it('one row per finding: cell, severity, the problem in words, the message, and whether the safe fixes repair it', () => {
    const { header, rows } = findingsSheetRows(findings);
    expect(header).toEqual(['Ô', 'Mức độ', 'Vấn đề', 'Nội dung', 'Sửa được']);
    expect(rows).toHaveLength(findings.length);
    rows.forEach((r, i) => {
      expect(r).toMatchObject({ sheet: 'Phụ lục', cell: findings[i].cell });
      expect(r.values).toHaveLength(header.length);
      expect(r.values[0]).toBe(findings[i].cell);
      expect(r.values[3]).toBe(findings[i].message);
      // A title in words, never the rule's code.
      expect(r.values[2]).not.toContain(findings[i].code);
    });
    // Rows 20–21 of the seed are one task cut by a page break: merging them back is a safe fix.
    const cut = findings.findIndex((f) => f.code === 'row.continuation' && f.cell === 'A21');
    expect(rows[cut].values).toEqual(['A21', 'Lỗi', 'Dòng bị ngắt trang', findings[cut].message, 'Có']);
    // Two tasks with one number: which one is wrong is for a person to say.
    const duplicate = findings.findIndex((f) => f.code === 'stt.duplicate');
    expect(rows[duplicate].values[4]).toBe('');
  });

  it('in English, the English header, labels and messages', () => {
    const { header, rows } = findingsSheetRows(findings, 'en');
    expect(header).toEqual(['Cell', 'Severity', 'Problem', 'Message', 'Fixable']);
    const cut = findings.findIndex((f) => f.code === 'row.continuation' && f.cell === 'A21');
    expect(rows[cut].values).toEqual(['A21', 'Error', 'Row cut by a page break', findings[cut].messageEn, 'Yes']);
  });

  it('names the sheet with the cell when the findings span several sheets', () => {
    const two = [findings[0], { ...findings[0], sheet: 'Phụ lục 2' }];
    expect(findingsSheetRows(two).rows.map((r) => r.values[0])).toEqual([`Phụ lục!${findings[0].cell}`, `Phụ lục 2!${findings[0].cell}`]);
  });
});
