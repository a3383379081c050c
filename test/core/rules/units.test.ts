import fc from 'fast-check';
import { leadAlsoCooperating } from '../../../core/rules/leadAlsoCooperating';
import { leadMissing } from '../../../core/rules/leadMissing';
import { leadMultiple } from '../../../core/rules/leadMultiple';
import { unitDefunct } from '../../../core/rules/unitDefunct';
import { unitNoncanonical } from '../../../core/rules/unitNoncanonical';
import { unitUnknown } from '../../../core/rules/unitUnknown';
import { unitUnlisted } from '../../../core/rules/unitUnlisted';
import { BUILTIN_UNITS } from '../../../core/units/builtin';
import { UnitDirectory, splitLocality, unitKey } from '../../../core/units/directory';
import { entriesFromGrid } from '../../../core/units/directorySheet';
import { UnitReader } from '../../../core/units/unitCell';
import { validateWorkbook } from '../../../core/engine/validate';
import { appendix, findingsOf, testRule } from '../../helpers/ruleTester';

const T = (n: string | number, lead: string | null, coop: string | null = null) => [n, 'Nhiệm vụ', lead, coop, 'Quý II/2026'];
const reader = new UnitReader(UnitDirectory.from(BUILTIN_UNITS));
const names = (cell: string) =>
  reader.read(cell).pieces.map((p) => p.match?.entry.name ?? (p.collective ? `[${p.main}]` : p.unlisted ? `{${p.main}}` : `?${p.main}`));

describe('reading a unit cell', () => {
  it.each([
    ['Sở Khoa học và Công nghệ', ['Sở Khoa học và Công nghệ']],
    ['Các phòng, đơn vị trực thuộc Sở', ['[Các phòng, đơn vị trực thuộc Sở]']],
    ['Văn phòng Sở và Phòng TĐC', ['Văn phòng Sở', 'Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng']],
    ['Sở KH&CN; Sở KHCN\nSở Y tế', ['Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ', 'Sở Y tế']],
    ['Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)', ['Sở Khoa học và Công nghệ']],
    ['Sở Khoa học và Công nghệ\n(Chi cục Tiêu chuẩn Đo lường Chất lượng)', ['Sở Khoa học và Công nghệ']],
    [
      'Sở Khoa học và Công nghệ Sở Xây dựng Sở Nông nghiệp và Môi trường Sở Y tế',
      ['Sở Khoa học và Công nghệ', 'Sở Xây dựng', 'Sở Nông nghiệp và Môi trường', 'Sở Y tế'],
    ],
    ['UBND các xã, phường, đặc khu', ['UBND các xã, phường, đặc khu']],
    ['Các sở, ban, ngành và các cơ quan có liên quan', ['[Các sở, ban, ngành và các cơ quan có liên quan]']],
    ['Đài Phát thanh và Truyền hình Bình Dương, Báo Bình Dương', ['{Đài Phát thanh và Truyền hình Bình Dương}', '{Báo Bình Dương}']],
    ['Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.', ['Chi cục Tiêu chuẩn Đo lường Chất lượng']],
    ['Trung tâm Chuyên đổi số và Đổi mới sáng tạo', ['Trung tâm Chuyển đổi số và Đổi mới sáng tạo']],
    ['Sở Khoa học và Công nghệ'.normalize('NFD'), ['Sở Khoa học và Công nghệ']],
    ['Sở Tài nguyên và Môi trường', ['Sở Tài nguyên và Môi trường']],
  ])('%p', (cell, expected) => {
    expect(names(cell)).toEqual(expected);
  });

  it.each(['-', '/', '—', '', ' '])('%p is none', (cell) => {
    expect(reader.read(cell).none).toBe(true);
  });

  it('keeps the locality apart', () => {
    expect(splitLocality('Sở Khoa học và Công nghệ tỉnh Đồng Nai')).toEqual(['Sở Khoa học và Công nghệ', ' tỉnh Đồng Nai']);
    expect(splitLocality('UBND tỉnh')).toEqual(['UBND tỉnh', '']);
  });
});

describe('near-identical real names never map one onto another', () => {
  const pairs: Array<[string, string]> = [
    ['Phòng Quản lý Khoa học', 'Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng'],
    ['Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng', 'Trung tâm Khoa học và Công nghệ'],
    ['Sở Công Thương', 'Sở Tài chính'],
    ['Sở Nội vụ', 'Sở Ngoại vụ'],
    ['Phòng Quản lý Khoa học', 'Phòng Quản lý Công nghệ'],
    ['Bộ Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ'],
  ];
  it.each(pairs)('%p stays itself beside %p', (a, b) => {
    const dir = UnitDirectory.from([{ name: a }, { name: b }]);
    expect(dir.match(a)?.entry.name).toBe(a);
    expect(dir.match(b)?.entry.name).toBe(b);
    expect(dir.typoMatch(a)?.entry.name ?? a).toBe(a);
    expect(dir.typoMatch(b)?.entry.name ?? b).toBe(b);
  });

  it('in the built-in directory, every name and alias matches its own unit', () => {
    const dir = UnitDirectory.from(BUILTIN_UNITS);
    for (const e of dir.entries) for (const n of [e.name, ...e.aliases]) expect(dir.match(n)?.entry.name).toBe(e.name);
  });

  it('a fuzzy guess is only a suggestion', () => {
    const dir = UnitDirectory.from(BUILTIN_UNITS);
    fc.assert(
      fc.property(fc.constantFrom(...BUILTIN_UNITS.map((u) => u.name)), fc.nat(), (name, k) => {
        const chars = [...name];
        const i = k % chars.length;
        chars[i] = chars[i] === 'x' ? 'y' : 'x';
        const typo = chars.join('');
        // A match is never a guess: the changed name is, folded, one the unit is listed under
        // (numbered units such as "… khu vực XVII" may turn into another listed one, "… XXII").
        const m = dir.match(typo);
        if (m) expect([m.entry.name, ...m.entry.aliases, ...(m.entry.accepted ?? [])].map(unitKey)).toContain(unitKey(typo));
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

testRule(unitNoncanonical, {
  valid: [
    {
      name: 'canonical names, collectives, institutions',
      grid: appendix([
        T(1, 'Sở Khoa học và Công nghệ', 'Các phòng, đơn vị trực thuộc Sở'),
        T(2, 'Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng', 'Báo Đồng Nai'),
      ]),
    },
  ],
  invalid: [
    {
      name: 'Phòng TĐC (000) and a typo (002)',
      grid: appendix([T(1, 'Phòng TĐC', 'Trung tâm Chuyên đổi số và Đổi mới sáng tạo')]),
      findings: [
        { cell: 'C4', message: 'Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng' },
        { cell: 'D4', message: 'Chuyển đổi số' },
      ],
    },
    {
      name: 'an abbreviation beside a canonical name: the cell rewritten, the rest kept',
      grid: appendix([T(1, 'Văn phòng Sở, Phòng TĐC')]),
      findings: [{ cell: 'C4', messageId: 'noncanonical', data: { role: { vi: 'chủ trì', en: 'lead' } } }],
      output: [T(1, 'Văn phòng Sở, Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng')],
    },
  ],
});

it('unit.noncanonical rewrites the cell with canonical names, keeping the rest', () => {
  const [f] = findingsOf(unitNoncanonical, appendix([T(1, 'Văn phòng Sở, Phòng TĐC')]));
  expect(f.fix?.changes).toEqual([{ kind: 'set', row: 4, column: 3, value: 'Văn phòng Sở, Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng' }]);
});

testRule(unitUnknown, {
  valid: [{ name: 'known units', grid: appendix([T(1, 'Sở Y tế', 'Các sở, ban, ngành')]) }],
  invalid: [
    {
      name: 'an administrative unit not in the directory, with suggestions',
      grid: appendix([T(1, 'Phòng Bưu chính viễn thông và CDS')]),
      findings: [{ cell: 'C4', message: 'Phòng Bưu chính, Viễn thông' }],
    },
  ],
});

testRule(unitDefunct, {
  valid: [{ name: 'a merged unit in a plan from before the merger', grid: appendix([T(1, 'Sở Thông tin và Truyền thông')]), options: { planYear: 2024 } }],
  invalid: [
    {
      name: 'Sở Thông tin và Truyền thông in a 2026 plan',
      grid: appendix([T(1, 'Sở Thông tin và Truyền thông', 'UBND các huyện')]),
      findings: [
        { cell: 'C4', message: 'Sở Khoa học và Công nghệ' },
        { cell: 'D4', message: 'UBND các xã, phường, đặc khu' },
      ],
    },
    {
      name: 'Sở TT&TT written short: the successor’s name written',
      grid: appendix([T(1, 'Sở TT&TT')]),
      findings: [{ cell: 'C4', messageId: 'defunct' }],
      output: [T(1, 'Sở Khoa học và Công nghệ')],
    },
  ],
});

it('unit.defunct fixes with the successor', () => {
  const [f] = findingsOf(unitDefunct, appendix([T(1, 'Sở TT&TT')]));
  expect(f.fix?.changes).toEqual([{ kind: 'set', row: 4, column: 3, value: 'Sở Khoa học và Công nghệ' }]);
});

testRule(leadMissing, {
  valid: [
    { name: 'every task has a lead', grid: appendix([['I', 'Nhóm', null, null, null], T(1, 'Sở Y tế')]) },
    { name: 'a heading task whose points have leads', grid: appendix([T(1, null), T('a', 'Sở Y tế')]) },
  ],
  invalid: [{ name: 'no lead, and "-" for none', grid: appendix([T(1, null), T(2, '-')]), findings: [{ cell: 'C4', severity: 'error' }, { cell: 'C5' }] }],
});

testRule(leadAlsoCooperating, {
  valid: [{ name: 'different units', grid: appendix([T(1, 'Sở Y tế', 'Sở Tài chính')]) }],
  invalid: [
    {
      name: 'lead listed again, another spelling: the suggestion drops it from phối hợp',
      grid: appendix([T(1, 'Sở Khoa học và Công nghệ', 'Sở KH&CN, Sở Y tế')]),
      findings: [{ cell: 'D4', messageId: 'also', data: { names: '“Sở KH&CN”' } }],
      output: [T(1, 'Sở Khoa học và Công nghệ', 'Sở Y tế')],
    },
  ],
});

it('lead.also_cooperating drops the lead from phối hợp', () => {
  const [f] = findingsOf(leadAlsoCooperating, appendix([T(1, 'Sở Khoa học và Công nghệ', 'Sở KH&CN, Sở Y tế')]));
  expect(f.fix?.changes).toEqual([{ kind: 'set', row: 4, column: 4, value: 'Sở Y tế' }]);
});

testRule(leadMultiple, {
  valid: [{ name: 'one lead', grid: appendix([T(1, 'Sở Y tế')]) }],
  invalid: [
    {
      name: 'four leads in one cell (001 IV.1)',
      grid: appendix([T(1, 'Sở Khoa học và Công nghệ Sở Xây dựng Sở Nông nghiệp và Môi trường Sở Y tế')]),
      findings: [{ cell: 'C4', severity: 'info', message: '4 cơ quan' }],
    },
  ],
});

describe('directory sources', () => {
  it('reads the workbook’s "Danh mục đơn vị" sheet, which overrides the built-in names', () => {
    const sheet = {
      name: 'Danh mục đơn vị',
      rows: [
        ['Tên chuẩn', 'Tên khác / viết tắt'],
        ['Phòng TĐC', 'Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng; P.TĐC'],
      ],
      merges: [],
    };
    expect(entriesFromGrid(sheet)).toEqual([{ name: 'Phòng TĐC', aliases: ['Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng', 'P.TĐC'] }]);
    const report = validateWorkbook([appendix([T(1, 'Phòng TĐC'), T(2, 'P.TĐC')]), sheet]);
    expect(report.findings.filter((f) => f.code === 'unit.noncanonical').map((f) => f.cell)).toEqual(['C5']);
  });

  it('takes --units entries over both', () => {
    const report = validateWorkbook([appendix([T(1, 'Ban Chỉ đạo 57')])], { units: [{ name: 'Ban Chỉ đạo 57', aliases: [] }] });
    expect(report.findings.filter((f) => f.code.startsWith('unit.'))).toEqual([]);
  });
});

describe('second look at unit cells', () => {
  it('the workbook’s own directory takes a spelling over from the built-in one', () => {
    const sheet = {
      name: 'Danh mục đơn vị',
      rows: [
        ['Tên chuẩn', 'Tên khác / viết tắt'],
        ['Trung tâm Thông tin và Thống kê KH&CN', 'TT KH&CN'],
      ],
      merges: [],
    };
    const report = validateWorkbook([appendix([T(1, 'TT KH&CN')]), sheet]);
    const f = report.findings.find((x) => x.code === 'unit.noncanonical')!;
    expect(f.message).toContain('Trung tâm Thông tin và Thống kê KH&CN');
  });

  it('a merged unit and its successor in one cell are named once', () => {
    const [f] = findingsOf(unitDefunct, appendix([T(1, 'Sở KH&CN; Sở TT&TT')]));
    expect(f.fix?.changes).toEqual([{ kind: 'set', row: 4, column: 3, value: 'Sở Khoa học và Công nghệ' }]);
  });

  it('" - " between two names separates them, and the separator stays', () => {
    expect(names('Sở Công Thương - Sở Tài chính')).toEqual(['Sở Công Thương', 'Sở Tài chính']);
    expect(names('Phòng Kế hoạch - Tài chính')).toEqual(['Phòng Kế hoạch - Tài chính']);
  });

  it('a close misspelling is a suggestion, never silently accepted', () => {
    const found = findingsOf(unitUnknown, appendix([T(1, 'Sở Nông nghiệp và Môi trườn')]));
    expect(found.map((f) => f.cell)).toEqual(['C4']);
    expect(found[0].message).toContain('Có phải: “Sở Nông nghiệp và Môi trường”');
  });

  it('"UBND các huyện, thành phố" and "UBND các xã, phường" are names of their own', () => {
    expect(names('UBND các huyện, thành phố')).toEqual(['UBND các huyện, thành phố']);
    expect(names('UBND các xã, phường')).toEqual(['UBND các xã, phường']);
  });
});

describe('unit cells as ministries and provinces write them (issue 14)', () => {
  const warnings = (lead: string, coop: string | null = null) =>
    validateWorkbook([appendix([T(1, lead, coop)])])
      .findings.filter((f) => f.severity !== 'info' && (f.code.startsWith('unit.') || f.code.startsWith('lead.')))
      .map((f) => `${f.cell} ${f.code}`);

  it.each([
    ['Các bộ, ngành, địa phương', null],
    ['Bộ Khoa học và Công nghệ và các bộ, ngành liên quan', null],
    ['VTV, VOV, TTXVN, các địa phương', null],
    ['Các bộ, ngành', 'các bộ, ngành, địa phương'],
    ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ'],
    ['Bộ Văn hóa,\nThể thao và Du lịch', 'Các sở, ban, ngành, tổ chức chính trị - xã hội'],
    ['Sở Tài chính', 'Các sở, ngành, UBND xã, phường, đặc khu'],
    ['Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp', null],
    ['Bộ Khoa học và\nCông nghệ', 'Văn phòng Chính phủ\nvà các bộ, ngành, địa phương khác có liên quan'],
  ])('%p / %p gives no warning', (lead, coop) => {
    expect(warnings(lead, coop)).toEqual([]);
  });

  it('reads collectives whole and "X và các …" as X and a collective', () => {
    expect(names('Các bộ, ngành, địa phương')).toEqual(['[Các bộ, ngành, địa phương]']);
    expect(names('Bộ Công an, Bộ Quốc\nphòng và các bộ, ngành, địa phương khác có liên quan')).toEqual([
      'Bộ Công an',
      'Bộ Quốc phòng',
      '[các bộ, ngành, địa phương khác có liên quan]',
    ]);
    expect(names('Sở Tài chính và cơ quan, địa phương liên quan')).toEqual(['Sở Tài chính', '[cơ quan, địa phương liên quan]']);
    expect(names('Các sở, ngành, UBND xã, phường, đặc khu')).toEqual(['[Các sở, ngành]', '[UBND xã, phường, đặc khu]']);
    // A kind followed by a name is a named unit, not a group.
    expect(names('Sở Y tế, Bộ Tài chính')).toEqual(['Sở Y tế', 'Bộ Tài chính']);
  });

  it('keeps qualifiers out of the name and line breaks inside it', () => {
    expect(names('Sở Tài chính theo chức năng, nhiệm vụ được giao')).toEqual(['Sở Tài chính']);
    expect(names('Bộ Văn hóa,\nThể thao và Du lịch')).toEqual(['Bộ Văn hóa, Thể thao và Du lịch']);
    expect(names('Bộ Công an (Trung\ntâm Dữ liệu quốc gia)')).toEqual(['Bộ Công an']);
    expect(names('Ban Cơ yếu Chính\nphủ')).toEqual(['{Ban Cơ yếu Chính phủ}']);
  });

  it('reads "Các Cục: X, Y" as Cục X and Cục Y', () => {
    expect(names('Các Cục: Di sản văn hóa, Bản quyền tác giả')).toEqual(['{Cục Di sản văn hóa}', '{Cục Bản quyền tác giả}']);
  });

  it('an unlisted well-formed name is information; names run together, words after a name and near misses are warnings', () => {
    const found = (lead: string) =>
      validateWorkbook([appendix([T(1, lead)])])
        .findings.filter((f) => f.code.startsWith('unit.'))
        .map((f) => `${f.code} ${f.severity}`);
    expect(found('Trung tâm Công nghệ thông tin và Địa không gian')).toEqual(['unit.unlisted info']);
    expect(found('Văn phòng Bộ')).toEqual(['unit.unlisted info']);
    expect(found('Sở Khoa học và Công nghệ Sở Công Thương')).toEqual(['unit.unknown warning']);
    expect(found('Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu')).toEqual(['unit.unknown warning']);
    expect(found('Sở Văn hoá Thể thao du lịch')).toEqual(['unit.unknown warning']);
    expect(found('Sở Sở Công thương')).toEqual(['unit.unknown warning']);
  });

  it('"Sở Văn hóa và Thể thao" is never offered "Sở Dân tộc và Tôn giáo"', () => {
    const [f] = findingsOf(unitUnlisted, appendix([T(1, 'Sở Văn hóa và Thể thao')]));
    expect(f?.message ?? '').not.toContain('Dân tộc');
    expect(findingsOf(unitUnknown, appendix([T(1, 'Sở Văn hóa và Thể thao')]))).toEqual([]);
  });

  it('a name with its province is matched whole: the fix does not write the province twice', () => {
    const [f] = findingsOf(unitNoncanonical, appendix([T(1, 'Ủy ban nhân dân tỉnh Đồng Nai')]));
    expect(f.fix?.changes).toEqual([{ kind: 'set', row: 4, column: 3, value: 'UBND tỉnh Đồng Nai' }]);
    const [d] = findingsOf(unitDefunct, appendix([T(1, 'Sở Y tế tỉnh Bình Dương')]));
    expect(d.fix?.changes).toEqual([{ kind: 'set', row: 4, column: 3, value: 'Sở Y tế Thành phố Hồ Chí Minh' }]);
  });

  it('explains look-alike characters', () => {
    const [dash] = findingsOf(unitNoncanonical, appendix([T(1, 'Phòng Kiểm tra – Pháp chế')]));
    expect(dash.message).toContain('gạch ngang dài “–” thay cho “-”');
    const [kase] = findingsOf(unitNoncanonical, appendix([T(1, 'Bộ tài chính')]));
    expect(kase.message).toContain('khác chữ hoa, chữ thường');
    const [nfd] = findingsOf(unitNoncanonical, appendix([T(1, 'Phòng Kiểm tra – Pháp chế'.normalize('NFD'))]));
    expect(nfd.message).toContain('NFD');
    expect(nfd.messageEn).toContain('an en dash “–” instead of “-”');
  });

  it('lead.multiple only for more than three named leads or units mixed with a group', () => {
    const multiple = (lead: string) => findingsOf(leadMultiple, appendix([T(1, lead)])).length;
    expect(multiple('Sở Y tế, Sở Tài chính, Sở Xây dựng')).toBe(0);
    expect(multiple('Các sở, ban, ngành, UBND các xã, phường')).toBe(0);
    expect(multiple('Sở Y tế, Sở Tài chính, Sở Xây dựng, Sở Nội vụ')).toBe(1);
    expect(multiple('Bộ Xây dựng, các địa phương')).toBe(1);
  });

  it('a group in both the lead and cooperating cells is not the lead listed twice; a named unit still is', () => {
    expect(findingsOf(leadAlsoCooperating, appendix([T(1, 'Các bộ, ngành', 'Các bộ, ngành, địa phương')]))).toEqual([]);
    expect(findingsOf(leadAlsoCooperating, appendix([T(1, 'Sở Tài chính', 'Sở Tài chính và cơ quan, địa phương liên quan')])).map((f) => f.cell)).toEqual([
      'D4',
    ]);
  });

  it('reads a cell of two hundred names name by name (its time is measured in bench/, not here)', () => {
    const long = Array.from({ length: 200 }, (_, i) => (i % 2 ? 'Sở Y tế' : `Trung tâm Số ${i}`)).join(', ');
    const cell = reader.read(long);
    expect(cell.pieces).toHaveLength(200);
    expect(cell.pieces.filter((p) => p.tooLong)).toEqual([]);
  });
});
