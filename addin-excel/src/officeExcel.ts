/** The real Office.js behind ExcelLike: Excel.run and the requirement-set check. */
import type { ExcelLike } from './excelRead';

export function officeExcel(): ExcelLike {
  return {
    run: (batch) => Excel.run(batch),
    platform: String(Office.context.platform ?? ''),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/** The manifest asks for ExcelApi 1.4; older hosts get a message instead of a failing call. */
export function tooOld(): boolean {
  return !Office.context.requirements.isSetSupported('ExcelApi', '1.4');
}
