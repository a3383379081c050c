/** The settings view: plan year, report date and unit directory sheet, kept in the workbook. */
import { WorkbookSettings, formatDayVi, parseIsoDate, workbookSettingsSchema } from '../core';
import type { HostBridge } from './bridge';
import { el, reason } from './dom';
import { PanelLang, StringKey, say } from './strings';

function field(id: string, label: StringKey, hint: StringKey, lang: PanelLang, input: HTMLInputElement): HTMLElement {
  const wrap = el('div', { class: 'field' });
  input.id = id;
  input.setAttribute('aria-describedby', `${id}-hint`);
  wrap.append(el('label', { for: id }, say(label, lang)), input, el('p', { id: `${id}-hint`, class: 'hint' }, say(hint, lang)));
  return wrap;
}

export function mountSettingsView(root: HTMLElement, bridge: HostBridge, lang: PanelLang): void {
  const form = el('form', { id: 'settings', novalidate: '' });
  const year = el('input', { type: 'number', min: '1990', max: '2100', step: '1', inputmode: 'numeric' });
  const date = el('input', { type: 'date' });
  const sheet = el('input', { type: 'text', maxlength: '100', autocomplete: 'off' });
  const save = el('button', { type: 'submit', class: 'primary', id: 'save-settings' }, say('save', lang));
  const status = el('p', { role: 'status', 'aria-live': 'polite', id: 'settings-status' }, say('loading', lang));
  form.append(
    el('p', { class: 'hint' }, say('settingsIntro', lang)),
    field('plan-year', 'planYear', 'planYearHint', lang, year),
    field('report-date', 'reportDate', 'reportDateHint', lang, date),
    field('unit-sheet', 'unitSheet', 'unitSheetHint', lang, sheet),
    save,
  );
  root.append(form, status);

  void bridge.readSettings!().then(
    (s) => {
      year.value = s.planYear !== undefined ? String(s.planYear) : '';
      date.value = s.reportDate ? s.reportDate.toISOString().slice(0, 10) : '';
      sheet.value = s.unitSheet ?? '';
      status.textContent = '';
    },
    (e) => (status.textContent = say('failed', lang, { why: reason(e) })),
  );

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const settings: WorkbookSettings = {};
    const y = year.value.trim();
    if (y) {
      const n = Number(y);
      if (!/^\d{4}$/.test(y) || !workbookSettingsSchema.shape.planYear.safeParse(n).success) {
        status.textContent = say('badYear', lang);
        year.setAttribute('aria-invalid', 'true');
        year.focus();
        return;
      }
      settings.planYear = n;
    }
    year.removeAttribute('aria-invalid');
    const d = date.value ? parseIsoDate(date.value) : undefined;
    if (d) settings.reportDate = d;
    if (sheet.value.trim()) settings.unitSheet = sheet.value.trim();
    save.disabled = true;
    bridge.saveSettings!(settings).then(
      () => {
        status.textContent = `${say('saved', lang)}${d ? ` (${formatDayVi(d)})` : ''}`;
        save.disabled = false;
      },
      (err) => {
        status.textContent = say('failed', lang, { why: reason(err) });
        save.disabled = false;
      },
    );
  });
}
