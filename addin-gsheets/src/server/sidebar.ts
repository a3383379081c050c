/// <reference types="google-apps-script" />
/**
 * The sidebar: the built Sidebar.html (the shared panel, inlined) with the user's language and the
 * view to open on written into its <body>, so the page needs no call back to know them.
 */
import type { Lang } from '../../../core';
import { UserError, say } from './strings';

export type SidebarView = 'check' | 'consolidate';

/** The <body> tag of Sidebar.html as built; the server rewrites these two attributes. */
export const SIDEBAR_BODY = '<body data-locale="vi" data-view="check">';

export function sidebarHtml(html: string, lang: Lang, view: SidebarView): string | undefined {
  if (!html.includes(SIDEBAR_BODY)) return undefined;
  return html.replace(SIDEBAR_BODY, `<body data-locale="${lang}" data-view="${view}">`);
}

export function showSidebar(view: SidebarView, lang: Lang): void {
  let output: GoogleAppsScript.HTML.HtmlOutput;
  try {
    output = HtmlService.createHtmlOutputFromFile('Sidebar');
  } catch {
    throw new UserError(say('sidebarMissing', lang));
  }
  const html = sidebarHtml(output.getContent(), lang, view);
  if (html === undefined) throw new UserError(say('sidebarMissing', lang));
  output.setContent(html).setTitle(say('title', lang));
  SpreadsheetApp.getUi().showSidebar(output);
}
