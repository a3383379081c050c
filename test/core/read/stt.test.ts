import { intToRoman, parseStt, romanToInt } from '../../../core/read/stt';

describe('parseStt', () => {
  const cases: Array<[string | number, string, number, string?]> = [
    ['I', 'roman', 1],
    ['I.', 'roman', 1],
    ['IV', 'roman', 4],
    ['XII.', 'roman', 12],
    ['A.', 'upper', 1],
    ['Đ.', 'upper', 5],
    ['1', 'arabic', 1],
    ['1.', 'arabic', 1],
    ['1 .', 'arabic', 1],
    [12, 'arabic', 12],
    ['a', 'letter', 1],
    ['a)', 'letter', 1],
    ['đ)', 'letter', 5],
    ['g)', 'letter', 7],
    ['y)', 'letter', 23],
    ['1.1', 'dotted', 1],
    ['2.3.1', 'dotted', 1],
  ];
  it.each(cases)('%p is %s %d', (input, system, value) => {
    const p = parseStt(input);
    expect(p.token?.system).toBe(system);
    expect(p.token?.value).toBe(value);
    expect(p.corrected).toBeUndefined();
  });

  it.each([
    ['Ill', 'III'],
    ['IIl.', 'III.'],
  ])('OCR %p reads as %p', (input, fixed) => {
    expect(parseStt(input).corrected).toBe(fixed);
  });

  it.each(['lượng', 'In', 'Nội dung', '--', '', '0', 'abc'])('%p is not a token', (input) => {
    expect(parseStt(input).token).toBeUndefined();
  });

  it('keeps the content typed after the number', () => {
    expect(parseStt('IV Tăng cường đầu tư')).toMatchObject({ token: { system: 'roman', value: 4 }, rest: 'Tăng cường đầu tư' });
    expect(parseStt('I. Tổ chức')).toMatchObject({ token: { punct: '.' }, rest: 'Tổ chức' });
  });

  it('marks letters outside the Vietnamese alphabet', () => {
    for (const l of ['f', 'j', 'w', 'z']) expect(parseStt(`${l})`).token?.foreignLetter).toBe(true);
  });

  it('reads a lone l as the letter l; the table decides from context', () => {
    expect(parseStt('l)').token).toMatchObject({ system: 'letter', value: 11 });
  });

  it('reads dotted paths whole', () => {
    expect(parseStt('2.3.1').token?.path).toEqual([2, 3, 1]);
  });

  it('round-trips Roman numerals', () => {
    for (let n = 1; n <= 120; n++) expect(romanToInt(intToRoman(n))).toBe(n);
  });
});
