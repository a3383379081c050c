/**
 * How a time frame is spelled, apart from its values: "Quý II/2026" and "Quý III, IV/2026" share
 * the spelling "Quý R/Y"; "Quý 2 năm 2026" is another. Used to find a table's majority spelling and
 * to rewrite a minority one in it.
 */
import { intToRoman, romanToInt } from '../read/stt';

export type SpellingFamily = 'quarter' | 'month' | 'date' | 'year';

export interface Spelling {
  family: SpellingFamily;
  /** Literal text between the values, with placeholders: R Roman, N number, Y year. */
  template: string;
  literals: string[];
  /** Each value as written, with its placeholder kind. */
  values: Array<{ kind: 'R' | 'N' | 'Y'; text: string }>;
}

const VALUE = /((?:19|20|21)\d{2})|((?:IV|I{1,3}|V)(?:\s*(?:,|và)\s*(?:IV|I{1,3}|V))*)(?![\p{L}])|(\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})*)/gu;

export function spellingOf(text: string, family: SpellingFamily): Spelling | undefined {
  const t = text.normalize('NFC').trim();
  if (!t || t.length > 40) return undefined;
  const literals: string[] = [];
  const values: Spelling['values'] = [];
  let last = 0;
  for (const m of t.matchAll(VALUE)) {
    // Roman numerals count only after "Quý" (a lone "I" elsewhere is a word).
    if (m[2] && !/qu[ýy]\s*$/i.test(t.slice(0, m.index))) continue;
    literals.push(t.slice(last, m.index));
    values.push({ kind: m[1] ? 'Y' : m[2] ? 'R' : 'N', text: m[0] });
    last = m.index + m[0].length;
  }
  literals.push(t.slice(last));
  if (values.length === 0) return undefined;
  const template = literals.map((l, i) => l + (values[i] ? values[i].kind : '')).join('');
  return { family, template, literals, values };
}

function convert(value: { kind: 'R' | 'N' | 'Y'; text: string }, to: 'R' | 'N' | 'Y'): string | undefined {
  if (value.kind === to) return value.text;
  if (value.kind === 'R' && to === 'N') return value.text.replace(/IV|I{1,3}|V/g, (r) => String(romanToInt(r)));
  if (value.kind === 'N' && to === 'R') return value.text.replace(/\d{1,2}/g, (n) => intToRoman(Number(n)));
  return undefined;
}

/** The minority text written in the majority's spelling, or undefined when they do not line up. */
export function respell(minority: Spelling, majority: Spelling): string | undefined {
  if (minority.values.length !== majority.values.length) return undefined;
  let out = '';
  for (let i = 0; i < majority.values.length; i++) {
    const v = convert(minority.values[i], majority.values[i].kind);
    if (v === undefined) return undefined;
    out += majority.literals[i] + v;
  }
  return out + majority.literals[majority.literals.length - 1];
}

export type Padding = 'padded' | 'plain';

/** How a spelling writes its one-digit numbers: "02" padded, "2" plain; undefined when it has none, or both. */
export function paddingOf(sp: Spelling): Padding | undefined {
  let padded = false;
  let plain = false;
  for (const v of sp.values) {
    if (v.kind !== 'N') continue;
    for (const n of v.text.match(/\d+/g) ?? []) {
      if (/^0\d$/.test(n)) padded = true;
      else if (/^\d$/.test(n)) plain = true;
    }
  }
  return padded === plain ? undefined : padded ? 'padded' : 'plain';
}

/** The text with its one-digit numbers written the other way: "Tháng 02/2024" ↔ "Tháng 2/2024". */
export function repad(sp: Spelling, to: Padding): string {
  let out = '';
  sp.values.forEach((v, i) => {
    const text = v.kind !== 'N' ? v.text : v.text.replace(/\d+/g, (n) => (to === 'plain' ? n.replace(/^0(\d)$/, '$1') : n.replace(/^(\d)$/, '0$1')));
    out += sp.literals[i] + text;
  });
  return out + sp.literals[sp.literals.length - 1];
}
