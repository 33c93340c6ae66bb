import { describe, expect, it } from 'vitest';
import { parseTransitionCsv, parseUnitsCsv } from './csv-lists';
import { parseUnitManifest } from './manifest';

describe('parseUnitsCsv', () => {
  it('reads codes as text and keeps the type apart from the name', () => {
    const { units, issues } = parseUnitsCsv('district_code,commune_code,commune_name,commune_type\n323,11950,Lam Sơn,Phường\n', '2021', new Set(['323']));
    expect(issues).toEqual([]);
    expect(units).toEqual([{ listId: '2021', code: '11950', name: 'Lam Sơn', type: 'Phường', districtCode: '323', formedFromOldProvince: null }]);
  });

  it('reports a repeated code, a bad code, an unknown type and an unknown district, with line numbers', () => {
    const text = 'district_code,commune_code,commune_name,commune_type\n323,11950,A,Xã\n323,11950,B,Xã\n323,1195,C,Xã\n323,11953,D,Làng\n999,11956,E,Xã\n';
    const { units, issues } = parseUnitsCsv(text, '2021', new Set(['323']));
    expect(units.map((u) => u.name)).toEqual(['A']);
    expect(issues.map((i) => i.field)).toEqual(['rows.3.commune_code', 'rows.4.commune_code', 'rows.5.commune_type', 'rows.6.district_code']);
    expect(issues[0]?.problem.vi).toContain('trùng với dòng 2');
  });

  it('reports a missing column', () => {
    expect(parseUnitsCsv('commune_code,commune_name\n11950,A\n', 'x', null).issues[0]?.problem.vi).toContain('thiếu cột "commune_type"');
  });
});

describe('parseTransitionCsv', () => {
  const spec = {
    from: 'b',
    to: 'c',
    effective: '2025-07-01',
    file: 'm.csv',
    fromColumn: 'old',
    toColumn: 'new',
    relationColumn: 'relation',
    noteColumn: null,
    onlyWhere: { column: 'province', equals: '33' },
  };

  it('keeps the rows of the province, skips others, and checks both sides', () => {
    const text = 'province,old,new,relation\n33,10001,20001,full\n34,90001,20001,full\n33,10002,29999,full\n';
    const { links, issues } = parseTransitionCsv(text, spec, new Set(['10001', '10002', '10003']), new Set(['20001']));
    expect(links).toEqual([{ fromCode: '10001', toCode: '20001', relation: 'full' }]);
    expect(issues.map((i) => i.problem.en)).toEqual(['code 29999 is not in list c', 'unit 10002 of list b has no row', 'unit 10003 of list b has no row']);
  });
});

describe('parseUnitManifest', () => {
  const list = (id: string, validFrom: string, validTo: string | null) => ({
    id,
    label: id,
    shortLabel: id,
    validFrom,
    validTo,
    unitsFile: `${id}.csv`,
    districtsFile: null,
    expectedCount: null,
    source: 's',
  });

  it('refuses overlapping lists, naming both', () => {
    expect(() =>
      parseUnitManifest('m.json', { province: { code: '33', name: 'HY' }, lists: [list('a', '2019-01-01', '2025-01-31'), list('b', '2025-01-01', null)], transitions: [] }),
    ).toThrow('lists[1] (b) starts 2025-01-01, before lists[0] (a) ends');
  });

  it('refuses a transition to a list that does not exist', () => {
    expect(() =>
      parseUnitManifest('m.json', {
        province: { code: '33', name: 'HY' },
        lists: [list('a', '2019-01-01', null)],
        transitions: [{ from: 'a', to: 'z', effective: '2025-01-01', file: 'x.csv', fromColumn: 'a', toColumn: 'b', relationColumn: 'c' }],
      }),
    ).toThrow('no list with id "z"');
  });
});
