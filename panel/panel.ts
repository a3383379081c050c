/**
 * The panel shared by the Excel task pane and the Google Sheets sidebar: a check view, and where the
 * host offers them, consolidation and settings views, behind tabs reachable by keyboard.
 */
import type { HostBridge } from './bridge';
import { mountCheckView } from './checkView';
import { mountConsolidateView } from './consolidateView';
import { el } from './dom';
import { mountSettingsView } from './settingsView';
import { PanelLang, StringKey, langOf, say } from './strings';

export type PanelView = 'check' | 'consolidate' | 'settings';

export interface PanelOptions {
  /** The view shown first (the ribbon's "Tổng hợp" opens on consolidation). */
  view?: PanelView;
}

export function mountPanel(root: HTMLElement, bridge: HostBridge, options: PanelOptions = {}): { refresh(): Promise<void>; show(view: PanelView): void } {
  const lang: PanelLang = langOf(bridge.locale());
  document.documentElement.lang = lang;
  root.replaceChildren();
  const header = el('header');
  header.append(el('h1', {}, say('title', lang)));
  root.append(header);

  const views: Array<[PanelView, StringKey, (host: HTMLElement) => unknown]> = [['check', 'viewCheck', () => undefined]];
  if (bridge.openWorkbook && bridge.applyConsolidation) views.push(['consolidate', 'viewConsolidate', (host) => mountConsolidateView(host, bridge, lang)]);
  if (bridge.readSettings && bridge.saveSettings) views.push(['settings', 'viewSettings', (host) => mountSettingsView(host, bridge, lang)]);

  const sections = new Map<PanelView, HTMLElement>();
  const tabs = new Map<PanelView, HTMLButtonElement>();
  const mounted = new Set<PanelView>();

  const tablist = el('div', { role: 'tablist', 'aria-label': say('views', lang), class: 'tabs' });
  for (const [view, label] of views) {
    const tab = el(
      'button',
      { type: 'button', role: 'tab', id: `tab-${view}`, 'aria-controls': `view-${view}`, 'aria-selected': 'false', tabindex: '-1' },
      say(label, lang),
    );
    tab.addEventListener('click', () => show(view));
    tab.addEventListener('keydown', (e) => {
      // Arrow keys move between tabs, as the WAI-ARIA tabs pattern has it.
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const i = views.findIndex(([v]) => v === view);
      const next = views[(i + (e.key === 'ArrowRight' ? 1 : views.length - 1)) % views.length][0];
      show(next);
      tabs.get(next)!.focus();
    });
    tabs.set(view, tab);
    tablist.append(tab);
    const section = el('section', { role: 'tabpanel', id: `view-${view}`, 'aria-labelledby': `tab-${view}` });
    section.hidden = true;
    sections.set(view, section);
  }
  if (views.length > 1) root.append(tablist);
  for (const s of sections.values()) root.append(s);
  const check = mountCheckView(sections.get('check')!, bridge, lang);
  mounted.add('check');

  function show(view: PanelView): void {
    const entry = views.find(([v]) => v === view) ?? views[0];
    for (const [v] of views) {
      const on = v === entry[0];
      sections.get(v)!.hidden = !on;
      tabs.get(v)!.setAttribute('aria-selected', String(on));
      tabs.get(v)!.tabIndex = on ? 0 : -1;
    }
    if (!mounted.has(entry[0])) {
      mounted.add(entry[0]);
      entry[2](sections.get(entry[0])!);
    }
  }

  show(options.view ?? 'check');
  return { refresh: () => check.refresh(), show };
}
