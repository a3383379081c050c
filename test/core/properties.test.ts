/** What must always hold, whatever the table. */
import fc from 'fast-check';
import { validateGrid } from '../../core/engine/validate';
import { buildAppendix, gridArb, shapeArb } from '../helpers/generate';

const STT_CODES = /^stt\./;

describe('properties', () => {
  it('no grid makes validate throw, and every finding points inside the sheet', () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        const { findings } = validateGrid(grid);
        for (const f of findings) {
          expect(f.row).toBeGreaterThanOrEqual(1);
          expect(f.column).toBeGreaterThanOrEqual(1);
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.messageEn.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a well-formed appendix, in either numbering style, has no error or warning', () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const { findings } = validateGrid(buildAppendix(shape).grid);
        expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('one injected numbering defect yields a finding on its row', () => {
    const defects = ['renumber', 'skip', 'letter-f', 'word', 'blank'] as const;
    fc.assert(
      fc.property(shapeArb, fc.nat(), fc.constantFrom(...defects), (shape, pick, defect) => {
        const { grid, numbered } = buildAppendix(shape);
        const target = numbered[pick % numbered.length];
        const cells = grid.rows[target.row - 1];
        if (defect === 'letter-f' && target.kind !== 'subtask') return;
        switch (defect) {
          case 'renumber':
            // The number of its previous sibling (a duplicate); a first one gets a 0, which no reading
            // of the table makes right (2 after a group's 1 could be straight-through numbering).
            cells[0] = target.first ? 0 : target.kind === 'subtask' ? 'a' : target.kind === 'group' ? 'I' : target.value - 1;
            break;
          case 'skip':
            cells[0] = target.kind === 'group' ? 'XC' : target.kind === 'task' ? target.value + 50 : 'y';
            break;
          case 'letter-f':
            cells[0] = 'f)';
            break;
          case 'word':
            cells[0] = 'lượng';
            break;
          case 'blank':
            cells[0] = null;
            break;
        }
        const { findings } = validateGrid(grid);
        // A numberless group title in straight-through numbering reads as a page-break tail: still its row.
        const onRow = findings.filter((f) => f.row === target.row && (STT_CODES.test(f.code) || f.code === 'row.continuation'));
        expect(onRow.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});
