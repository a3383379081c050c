/**
 * Bodies written relative to the ministry or department that issues the table ("Thanh tra Bộ" in a
 * ministry's programme, corpus 18): well-formed names, not misspelt provincial bodies.
 */
import { BUILTIN_UNITS } from '../../../core/units/builtin';
import { UnitDirectory, sameHead } from '../../../core/units/directory';
import { UnitReader } from '../../../core/units/unitCell';

const reader = new UnitReader(UnitDirectory.from(BUILTIN_UNITS));
const piece = (cell: string) => reader.read(cell).pieces[0];

describe('names relative to their parent body', () => {
  it.each(['Thanh tra Bộ', 'Văn phòng Bộ'])('%s is well-formed and unlisted, not near a city body', (name) => {
    const p = piece(name);
    expect(p.problem).toBeUndefined();
    expect(p.match).toBeUndefined();
    expect(p.unlisted).toBe(true);
  });

  it('“Thanh tra Sở” is still the department’s inspectorate (listed)', () => {
    expect(piece('Thanh tra Sở').match?.entry.name).toBe('Thanh tra Sở');
  });

  it('a typo in a city body is still read as that body', () => {
    expect(piece('Thanh tra Thàn phố').match?.entry.name).toBe('Thanh tra Thành phố');
  });

  it.each([
    ['thanh tra bo', 'thanh tra tp', false],
    ['thanh tra bo', 'thanh tra thanh pho', false],
    ['van phong so', 'van phong bo', false],
    ['thanh tra bo', 'thanh tra bo', true],
    // A longer name ending in "số" is not a relative name: "Trung tâm Chuyển đổi số".
    ['trung tam chuyen doi so', 'trung tam chuyen doi so tinh', true],
  ])('sameHead(%s, %s) = %s', (a, b, want) => {
    expect(sameHead(a, b)).toBe(want);
  });
});
