/**
 * Ribbon buttons that run without the pane (ExecuteFunction): check, fixes and their undo, clear.
 * Each ends by showing what happened in a small dialog (Office.context.ui.displayDialogAsync, Dialog
 * API 1.1: Excel 2016 and later, and Excel on the web): counts on success, on failure what went wrong
 * and what to do (see README, "Ribbon messages"). The same page, opened with ?message=…, is the dialog.
 */
import type { Lang } from '../../core';
import { officeExcel } from './officeExcel';
import { renderConfirm } from './confirmPage';
import { RIBBON_COMMANDS, RibbonMessage, runRibbon } from './ribbon';
import { ribbonFix, shortenedPage, type ConfirmPage } from './ribbonFix';

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

/** Lines a confirmation carries in its URL where the dialog cannot be sent messages (DialogApi below 1.2). */
const URL_LINES = 10;

/**
 * Asks the person to confirm a fix in a dialog (Áp dụng / Hủy). The changes are sent to the dialog with
 * messageChild (DialogApi 1.2) once it says it is ready; below 1.2 the first URL_LINES ride in its URL.
 * Closing the dialog is Hủy; a dialog that cannot be opened changes nothing.
 */
function askInDialog(page: ConfirmPage): Promise<'apply' | 'cancel' | 'unavailable'> {
  const child = Office.context.requirements.isSetSupported('DialogApi', '1.2');
  const inUrl: ConfirmPage = child ? { ...page, lines: [], more: '' } : shortenedPage(page, URL_LINES);
  const url = `${location.origin}${location.pathname}?confirm=${encodeURIComponent(JSON.stringify(inUrl))}`;
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 45, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve('unavailable');
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        const message = 'message' in arg ? arg.message : '';
        if (message === 'ready') {
          if (child) dialog.messageChild(JSON.stringify(page));
          return;
        }
        dialog.close();
        resolve(message === 'apply' ? 'apply' : 'cancel');
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve('cancel'));
    });
  });
}

/** The dialog's own page for a confirmation: drawn from the URL, then from the parent's message when one comes. */
function showConfirmPage(fromUrl: ConfirmPage): void {
  const choose = (a: 'apply' | 'cancel') => Office.context.ui.messageParent(a);
  if (fromUrl.lines.length > 0 || !Office.context.requirements.isSetSupported('DialogApi', '1.2')) {
    renderConfirm(document, fromUrl, choose);
    return;
  }
  Office.context.ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, (arg) => {
    try {
      const page = JSON.parse((arg as { message: string }).message) as ConfirmPage;
      renderConfirm(document, page, choose);
    } catch {
      renderConfirm(document, fromUrl, choose);
    }
  });
  Office.context.ui.messageParent('ready');
}

/** Runs a button's work and shows its outcome; the button never ends silently nor keeps spinning. */
function command(name: (typeof RIBBON_COMMANDS)[number]) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      const language = lang();
      // Fixes are previewed and confirmed first, as in the pane.
      const message =
        name === 'fixSafe' || name === 'canonicalNames'
          ? await ribbonFix(officeExcel(), name === 'canonicalNames', language, askInDialog)
          : await runRibbon(name, officeExcel(), language);
      await showDialog(message, language);
    } finally {
      event.completed();
    }
  };
}

void Office.onReady(() => {
  const confirm = new URLSearchParams(location.search).get('confirm');
  if (confirm) {
    try {
      showConfirmPage(JSON.parse(confirm) as ConfirmPage);
    } catch {
      Office.context.ui.messageParent('cancel');
    }
    return;
  }
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
