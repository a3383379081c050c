/** Ribbon buttons that run without the pane (ExecuteFunction): check, clear. */
import { applySafeFixes, checkActiveSheet, clearHighlights } from './excelHost';

function lang(): 'vi' | 'en' {
  return /^en\b/i.test(Office.context.displayLanguage || '') ? 'en' : 'vi';
}

async function checkSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await checkActiveSheet(Excel, lang());
  } finally {
    event.completed();
  }
}

async function clear(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await clearHighlights(Excel);
  } finally {
    event.completed();
  }
}

async function fixSafe(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await applySafeFixes(Excel);
    await checkActiveSheet(Excel, lang());
  } finally {
    event.completed();
  }
}

async function canonicalNames(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await applySafeFixes(Excel, true);
    await checkActiveSheet(Excel, lang());
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('checkSheet', checkSheet);
  Office.actions.associate('clearHighlights', clear);
  Office.actions.associate('fixSafe', fixSafe);
  Office.actions.associate('canonicalNames', canonicalNames);
});
