/** Ribbon buttons that run without the pane (ExecuteFunction): check, fixes and their undo, clear. */
import { checkActiveSheet, clearHighlights } from './excelHost';
import { applySafeFixes, undoFixes } from './excelEdits';
import { officeExcel } from './officeExcel';

function lang(): 'vi' | 'en' {
  return /^en\b/i.test(Office.context.displayLanguage || '') ? 'en' : 'vi';
}

/** Runs a button's work; a failure never leaves the button spinning. */
function command(work: () => Promise<unknown>) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      await work();
    } finally {
      event.completed();
    }
  };
}

Office.onReady(() => {
  const excel = officeExcel();
  Office.actions.associate('checkSheet', command(() => checkActiveSheet(excel, lang())));
  Office.actions.associate('clearHighlights', command(() => clearHighlights(excel)));
  Office.actions.associate('fixSafe', command(async () => {
    await applySafeFixes(excel);
    await checkActiveSheet(excel, lang());
  }));
  Office.actions.associate('canonicalNames', command(async () => {
    await applySafeFixes(excel, true);
    await checkActiveSheet(excel, lang());
  }));
  Office.actions.associate('undoFixes', command(async () => {
    await undoFixes(excel);
    await checkActiveSheet(excel, lang());
  }));
});
