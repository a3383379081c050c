/**
 * Why a name that looks the same on screen is not the canonical one: a dash of another kind, letters
 * stored decomposed (NFD), tone marks placed the old way, upper/lower case. Said in the message, since
 * the officer cannot see the difference.
 */
import type { Bilingual } from '../model/lang';

const DASHES: Record<string, { vi: string; en: string }> = {
  '–': { vi: 'gạch ngang dài “–”', en: 'an en dash “–”' },
  '—': { vi: 'gạch ngang rất dài “—”', en: 'an em dash “—”' },
  '‐': { vi: 'dấu gạch nối Unicode “‐”', en: 'a Unicode hyphen “‐”' },
  '‑': { vi: 'dấu gạch nối không ngắt “‑”', en: 'a non-breaking hyphen “‑”' },
  '−': { vi: 'dấu trừ “−”', en: 'a minus sign “−”' },
};

/** Old tone placement ("hoà", "thuỷ", "Uỷ") against the new ("hòa", "thủy", "Ủy"). */
const OLD_TONES = /[oòóỏõọuùúủũụ][àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ](?![\p{L}])|[òóỏõọùúủũụ][aey](?![\p{L}])/iu;

/** The text without its tone marks (vowel marks kept): hoà and hòa meet, hòa and hóa do not differ in kind. */
function toneless(s: string): string {
  return s.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
}

export function lookAlikeNote(written: string, canonical: string, raw: string = written): Bilingual | undefined {
  const nfc = written.normalize('NFC');
  const parts: Bilingual[] = [];
  if (raw !== raw.normalize('NFC')) {
    parts.push({
      vi: 'chữ có dấu được lưu ở dạng tổ hợp NFD, trông giống nhưng máy coi là khác',
      en: 'accented letters are stored decomposed (NFD): they look the same but compare different',
    });
  }
  for (const [dash, name] of Object.entries(DASHES)) {
    if (nfc.includes(dash) && canonical.includes('-') && !canonical.includes(dash))
      parts.push({ vi: `${name.vi} thay cho “-”`, en: `${name.en} instead of “-”` });
  }
  const dashless = nfc.replace(/[–—‐‑−]/g, '-');
  if (dashless !== canonical && dashless.toLowerCase() === canonical.toLowerCase()) {
    parts.push({ vi: 'khác chữ hoa, chữ thường', en: 'upper and lower case differ' });
  } else if (dashless !== canonical && OLD_TONES.test(dashless) && toneless(dashless) === toneless(canonical)) {
    parts.push({ vi: 'đặt dấu thanh kiểu cũ (hoà/hòa)', en: 'old tone-mark placement (hoà/hòa)' });
  }
  if (parts.length === 0) return undefined;
  return { vi: parts.map((p) => p.vi).join(', '), en: parts.map((p) => p.en).join(', ') };
}
