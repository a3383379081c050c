/**
 * Ribbon buttons that run without the pane (ExecuteFunction): check, fixes and their undo, clear.
 * Each ends by showing what happened in a small dialog (Office.context.ui.displayDialogAsync, Dialog
 * API 1.1: Excel 2016 and later, and Excel on the web): counts on success, on failure what went wrong
 * and what to do (see README, "Ribbon messages"). The same page, opened with ?message=…, is the dialog.
 */
import type { Lang } from '../../core';
import { officeExcel } from './officeExcel';
import { RIBBON_COMMANDS, RibbonMessage, runRibbon } from './ribbon';

function lang(): Lang {
  return /^en\b/i.test(Office.context.displayLanguage || '') ? 'en' : 'vi';
}

/** The dialog's own page: the message, and a button that closes it. */
function showMessagePage(message: RibbonMessage, language: Lang): void {
  document.documentElement.lang = language;
  const box = document.createElement('div');
  box.className = message.ok ? 'ribbon-message ok' : 'ribbon-message error';
  box.setAttribute('role', message.ok ? 'status' : 'alert');
  const text = document.createElement('p');
  text.textContent = message.text;
  const close = document.createElement('button');
  close.textContent = language === 'en' ? 'Close' : 'Đóng';
  close.addEventListener('click', () => Office.context.ui.messageParent('close'));
  box.append(text, close);
  document.body.append(box);
  close.focus();
}

/** Opens the dialog and resolves when it is closed (or could not be opened: nothing more can be shown then). */
function showDialog(message: RibbonMessage, language: Lang): Promise<void> {
  const url = `${location.origin}${location.pathname}?message=${encodeURIComponent(JSON.stringify({ ...message, lang: language }))}`;
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 25, width: 35, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = result.value;
      const done = () => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/** Runs a button's work and shows its outcome; the button never ends silently nor keeps spinning. */
function command(name: (typeof RIBBON_COMMANDS)[number]) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      const language = lang();
      const message = await runRibbon(name, officeExcel(), language);
      await showDialog(message, language);
    } finally {
      event.completed();
    }
  };
}

void Office.onReady(() => {
  const shown = new URLSearchParams(location.search).get('message');
  if (shown) {
    try {
      const m = JSON.parse(shown) as RibbonMessage & { lang?: Lang };
      showMessagePage({ text: String(m.text), ok: m.ok !== false }, m.lang === 'en' ? 'en' : 'vi');
    } catch {
      showMessagePage({ text: shown, ok: false }, 'vi');
    }
    return;
  }
  for (const name of RIBBON_COMMANDS) {
    const run = command(name);
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => void run(event));
  }
});
