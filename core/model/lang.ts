/** The two languages every message exists in: Vietnamese (the default) and English. */
export type Lang = 'vi' | 'en';

/** A text in both languages. */
export type Bilingual = Record<Lang, string>;
