import { describe, expect, it } from 'vitest';
import { fixtureRegistry } from '../units/fixture';
import { countActivities } from './counts';
import { coverageRows } from './export-rows';
import { quarterCoverage } from './quarterly';
import { quarterOf, quarterRange } from '../calendar/quarters';
import { yearRegularity } from './regularity';
import { activity } from './test-records';

/*
 * Worked by hand on the fixture province (list a: 10001 An, 10002 Bình, 10003 Phương Chiểu, 10004 Đông).
 * 2024 activities:        Q1            Q2      Q3      Q4
 *   10001 An             10/01, 01/02   05/05   08/08   –        → 3 quarters
 *   10002 Bình           03/03          –       –       11/11    → 2 quarters
 *   10003 Phương Chiểu   –              –       –       –        → 0
 *   10004 Đông           –              04/04   07/07   10/10    → 3 quarters
 * Quarterly coverage: 2/4 in every quarter. Regular (≥3 of 4): An, Đông = 2/4; with a rule of 2: 3/4.
 */
const registry = fixtureRegistry();
const y2024 = [
  activity('2024-01-10', 'a', '10001'),
  activity('2024-02-01', 'a', '10001'),
  activity('2024-05-05', 'a', '10001'),
  activity('2024-08-08', 'a', '10001'),
  activity('2024-03-03', 'a', '10002'),
  activity('2024-11-11', 'a', '10002'),
  activity('2024-04-04', 'a', '10004'),
  activity('2024-07-07', 'a', '10004'),
  activity('2024-10-10', 'a', '10004'),
];
/*
 * 2025: list b until 30/06, list c from 01/07 (c-10002 Trung Tâm = b-10001 + b-10002; b-10003 → c-10003 + c-10005).
 *   b-10001 02/02 (Q1); b-10003 05/05 (Q2); c-10002 08/08 twice (Q3); c-10005 11/11 (Q4).
 * Rows follow list b:  An Mới: Q1 1, Q3 2 (Trung Tâm)  → 2 quarters
 *                      Bình:   Q3 2 (Trung Tâm)        → 1 quarter
 *                      Phương Chiểu: Q2 1, Q4 1 (Nam)   → 2 quarters
 * Quarterly coverage: Q1 1/3 (list b), Q2 1/3 (b), Q3 1/3 (list c), Q4 1/3 (c).
 */
const y2025 = [
  activity('2025-02-02', 'b', '10001'),
  activity('2025-05-05', 'b', '10003'),
  activity('2025-08-08', 'c', '10002'),
  activity('2025-08-08', 'c', '10002', { description: 'Một hoạt động khác' }),
  activity('2025-11-11', 'c', '10005'),
];
const counts = countActivities([...y2024, ...y2025]);

describe('quarters', () => {
  it('places dates in quarters and gives the quarter bounds', () => {
    expect(['2024-01-01', '2024-03-31', '2024-04-01', '2024-12-31'].map((d) => quarterOf(d).quarter)).toEqual([1, 1, 2, 4]);
    expect(quarterRange(2024, 3)).toEqual({ start: '2024-07-01', end: '2024-09-30' });
  });
});

describe('quarterCoverage', () => {
  it('counts a unit once however many activities it had, against the list of the first day', () => {
    const q1 = quarterCoverage(counts, registry, 2024, 1)!;
    expect(q1).toMatchObject({ units: 4, covered: 2, ratio: 0.5, list: { id: 'a' } });
    expect(q1.uncovered.map((u) => u.code)).toEqual(['10003', '10004']);
  });

  it('uses each 2025 quarter’s own list: list b for Q1–Q2, list c for Q3–Q4', () => {
    const figures = ([1, 2, 3, 4] as const).map((q) => quarterCoverage(counts, registry, 2025, q)!);
    expect(figures.map((f) => [f.list.id, f.covered, f.units])).toEqual([
      ['b', 1, 3],
      ['b', 1, 3],
      ['c', 1, 3],
      ['c', 1, 3],
    ]);
  });

  it('returns null before the first list', () => {
    expect(quarterCoverage(counts, registry, 2018, 1)).toBeNull();
  });

  it('can narrow the units in scope (e.g. one district)', () => {
    expect(quarterCoverage(counts, registry, 2024, 1, (u) => u.districtCode === '002')).toMatchObject({ units: 2, covered: 0, ratio: 0 });
  });
});

describe('yearRegularity', () => {
  it('applies the content rule: at least 3 of 4 quarters by default, 2 when the plan says so', () => {
    const three = yearRegularity(counts, registry, 2024, 3)!;
    expect(three.rows.map((r) => [r.unit.code, r.activeQuarters, r.regular])).toEqual([
      ['10001', 3, true],
      ['10002', 2, false],
      ['10003', 0, false],
      ['10004', 3, true],
    ]);
    expect([three.regularUnits, three.ratio]).toEqual([2, 0.5]);
    expect(yearRegularity(counts, registry, 2024, 2)!.ratio).toBe(0.75);
  });

  it('follows the 1 January list in 2025 and counts Q3–Q4 against the units each old unit became part of', () => {
    const year = yearRegularity(counts, registry, 2025, 3)!;
    expect(year.list.id).toBe('b');
    expect(year.yearLists.map((l) => l.id)).toEqual(['b', 'c']);
    expect(year.rows.map((r) => [r.unit.name, r.quarters.map((q) => q.count), r.activeQuarters])).toEqual([
      ['An Mới', [1, 0, 2, 0], 2],
      ['Bình', [0, 0, 2, 0], 1],
      ['Phương Chiểu', [0, 1, 0, 1], 2],
    ]);
    expect(year.rows[2]!.quarters[3]!.countedAs.map((u) => u.name)).toEqual(['Phương Chiểu', 'Nam']);
    expect(year.regularUnits).toBe(0);
  });
});

describe('coverageRows', () => {
  it('writes one row per unit with q1–q4, active quarters and 1/0, and no note in a one-list year', () => {
    const { header, rows } = coverageRows(yearRegularity(counts, registry, 2024, 3)!, registry);
    expect(header).toEqual(['ma_xa', 'ten_xa', 'loai', 'ma_huyen', 'ten_huyen', 'q1', 'q2', 'q3', 'q4', 'so_quy_co_hoat_dong', 'thuong_xuyen']);
    expect(rows[0]).toEqual(['10001', 'Xã An', 'Xã', '001', 'Huyện Một', 2, 1, 1, 0, 3, 1]);
  });

  it('adds a note saying which list and which units each 2025 quarter counted', () => {
    const { header, rows } = coverageRows(yearRegularity(counts, registry, 2025, 3)!, registry);
    expect(header.at(-1)).toBe('ghi_chu');
    expect(rows[0]!.at(-1)).toBe('Q1–Q2: danh sách 3 đơn vị (01/01 – 30/06/2025); Q3–Q4: hoạt động của Phường Trung Tâm (10002), danh sách 3 đơn vị (từ 01/07/2025)');
  });
});
