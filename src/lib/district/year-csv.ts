import { toExcelCsv } from '../csv/write';
import { formatDate } from '../format/vi';
import type { District } from '../units/types';
import type { DistrictReport } from './indicators';
import type { DistrictPlan } from './plan';
import type { PlanProgress } from './progress';

export interface DistrictYearRow {
  district: District;
  plan?: { plan: DistrictPlan; progress: PlanProgress } | undefined;
  report?: DistrictReport | undefined;
}

const INTEGRATION: Record<string, string> = { co: 'có', chua: 'chưa' };

/**
 * The ten districts of a year as CSV for Excel: plan, share done and the
 * reported indicators. A figure not reported is an empty cell, never 0.
 */
export function districtYearCsv(year: number, rows: readonly DistrictYearRow[]): string {
  const figure = (value: number | null | undefined) => value ?? null;
  return toExcelCsv(
    [
      'nam',
      'ma_huyen',
      'ten_huyen',
      'ke_hoach',
      'ngay_ban_hanh',
      'noi_dung_den_han',
      'noi_dung_da_thuc_hien',
      'long_ghep',
      'tin_bao_nhan',
      'tin_bao_xu_ly_kip_thoi',
      'so_co_so',
      'co_so_kiem_tra_trong_nam',
      'co_so_kiem_tra_tu_2021',
      'tin_bai',
      'nguon_bao_cao',
      'du_lieu_minh_hoa',
    ],
    rows.map(({ district, plan, report }) => [
      year,
      district.code,
      `${district.type} ${district.name}`,
      plan?.plan.number ?? '',
      plan?.plan.issuedOn ? formatDate(plan.plan.issuedOn) : '',
      plan ? plan.progress.due : null,
      plan ? plan.progress.done : null,
      INTEGRATION[report?.integration ?? ''] ?? '',
      figure(report?.tipsReceived),
      figure(report?.tipsHandled),
      figure(report?.venues),
      figure(report?.venuesInspected),
      figure(report?.venuesInspectedSince2021),
      figure(report?.mediaItems),
      report?.source ?? '',
      plan?.plan.illustrative || report?.illustrative ? 'có' : '',
    ]),
  );
}
