import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { fixtureRegistry } from '../units/fixture';
import type { DistrictReport } from './indicators';
import { toDistrictPlan } from './plan';
import { formatIndex, planProgress } from './progress';
import { districtYearCsv } from './year-csv';

it('writes one row per district, with empty cells (never 0) where nothing was reported', () => {
  const registry = fixtureRegistry();
  const [one, two] = registry.listById('a')!.districts as [never, never];
  const plan = toDistrictPlan(
    { number: '5/KH-UBND', issuedOn: '2024-01-15', title: 'Kế hoạch năm 2024', items: [{ communes: [], formats: ['to-roi'], quarters: ['1'], note: '' }] },
    '2024-001',
    registry,
  );
  const progress = planProgress(plan, formatIndex([{ date: '2024-02-01', listId: 'a', code: '10001', format: 'to-roi' }]), () => true);
  const report: DistrictReport = {
    year: 2024,
    district: two,
    source: '=Báo cáo 1',
    mediaItems: 0,
    integration: 'co',
    tipsReceived: 3,
    tipsHandled: 3,
    venues: null,
    venuesInspected: null,
    venuesInspectedSince2021: null,
    illustrative: false,
  };
  const csv = districtYearCsv(2024, [{ district: one, plan: { plan, progress } }, { district: two, report }]);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
  expect(rows[0]).toMatchObject({ ma_huyen: '001', ten_huyen: 'Huyện Một', ke_hoach: '5/KH-UBND', ngay_ban_hanh: '15/01/2024', noi_dung_den_han: '2', noi_dung_da_thuc_hien: '1', long_ghep: '', tin_bao_nhan: '' });
  expect(rows[1]).toMatchObject({ ke_hoach: '', long_ghep: 'có', tin_bao_nhan: '3', so_co_so: '', tin_bai: '0', nguon_bao_cao: "'=Báo cáo 1" });
});
