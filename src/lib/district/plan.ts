import type { FieldIssue } from '../content/issues';
import { validDuring } from '../calendar/periods';
import { QUARTERS, quarterRange, type Quarter } from '../calendar/quarters';
import { namesUnit, unitFullName } from '../units/names';
import type { UnitRegistry } from '../units/registry';
import type { AdminUnit, District, UnitList } from '../units/types';

/** "<year>-<district code>": the file name of a district's yearly plan or report, e.g. 2024-325. */
export const DISTRICT_YEAR_SLUG = /^(\d{4})-(\d{3})$/;

/** A district's yearly plan as stored (the fields the rules need). */
export interface DistrictPlanFacts {
  number: string;
  issuedOn: string | null;
  title: string;
  items: readonly { communes: readonly string[]; formats: readonly string[]; quarters: readonly string[]; note: string }[];
  illustrative?: unknown;
}

export interface PlanItem {
  /** True when the item names no commune: every unit of the district. */
  wholeDistrict: boolean;
  units: AdminUnit[];
  formats: string[];
  quarters: Quarter[];
  note: string;
}

/** A district's yearly plan with its communes resolved against the unit list of that year. */
export interface DistrictPlan {
  slug: string;
  year: number;
  district: District;
  list: UnitList;
  number: string;
  issuedOn: string | null;
  title: string;
  items: PlanItem[];
  illustrative: boolean;
}

/** The district-level unit list in force on 1 January of `year` (2021–2025), if any. */
export function districtListOf(registry: UnitRegistry, year: number): UnitList | undefined {
  const list = registry.listOn(`${year}-01-01`);
  return list && list.districts.length > 0 ? list : undefined;
}

/** The quarters of `year` that fall within the list's validity. */
export function quartersInList(list: UnitList, year: number): Quarter[] {
  return QUARTERS.filter((q) => {
    const { start, end } = quarterRange(year, q);
    return validDuring(list, start, end);
  });
}

/** The unit a plan line names: its 5-digit code or its name (tone marks, case and "Xã"/"Phường" prefix ignored). */
export function findUnit(ref: string, units: readonly AdminUnit[]): AdminUnit[] {
  const text = ref.trim();
  if (/^\d{5}$/.test(text)) return units.filter((unit) => unit.code === text);
  return units.filter((unit) => namesUnit(text, unit));
}

export interface DistrictYear {
  year: number;
  district: District;
  list: UnitList;
  units: AdminUnit[];
}

/** The district and unit list a "<year>-<district code>" file name stands for, or what is wrong with it. */
export function resolveDistrictYear(slug: string, registry: UnitRegistry): DistrictYear | FieldIssue {
  const match = DISTRICT_YEAR_SLUG.exec(slug);
  const problem = (vi: string, en: string): FieldIssue => ({ field: 'file', problem: { vi, en } });
  if (!match) return problem('tên tệp phải có dạng năm-mã huyện, ví dụ 2024-325', 'file name must be <year>-<district code>');
  const year = Number(match[1]);
  const code = match[2] ?? '';
  const list = districtListOf(registry, year);
  if (!list) return problem(`năm ${year} không có cấp huyện (cấp huyện có đến 30/06/2025)`, `no district level in ${year}`);
  const district = list.districts.find((d) => d.code === code);
  if (!district) {
    return problem(
      `không có huyện mã ${code}; các mã: ${list.districts.map((d) => `${d.code} = ${d.type} ${d.name}`).join('; ')}`,
      `unknown district code ${code}`,
    );
  }
  return { year, district, list, units: list.units.filter((unit) => unit.districtCode === code) };
}

/** Rules of a district plan the fields cannot express: the file names a real district-year, every commune line names one unit of that district. */
export function checkDistrictPlan(entry: DistrictPlanFacts, slug: string, registry: UnitRegistry): FieldIssue[] {
  const resolved = resolveDistrictYear(slug, registry);
  if ('problem' in resolved) return [resolved];
  const { year, district, list, units } = resolved;
  const allowed = quartersInList(list, year).map(String);
  const issues: FieldIssue[] = [];
  if (entry.issuedOn && Number(entry.issuedOn.slice(0, 4)) > year) {
    issues.push({ field: 'issuedOn', problem: { vi: `kế hoạch năm ${year} ban hành sau năm đó; kiểm tra lại ngày hoặc tên tệp`, en: 'issued after its year' } });
  }
  if (entry.items.length === 0) {
    issues.push({ field: 'items', problem: { vi: 'chưa có nội dung nào; thêm ít nhất một dòng (xã, hình thức, quý)', en: 'no items' } });
  }
  entry.items.forEach((item, index) => {
    if (item.formats.length === 0) issues.push({ field: `items.${index}.formats`, problem: { vi: 'chọn ít nhất một hình thức', en: 'no format' } });
    if (item.quarters.length === 0) issues.push({ field: `items.${index}.quarters`, problem: { vi: 'chọn ít nhất một quý', en: 'no quarter' } });
    for (const quarter of item.quarters.filter((q) => !allowed.includes(q))) {
      issues.push({
        field: `items.${index}.quarters`,
        problem: { vi: `quý ${quarter}/${year} không còn cấp huyện (cấp huyện có đến 30/06/2025); bỏ chọn quý này`, en: `quarter ${quarter} outside the district period` },
      });
    }
    item.communes.forEach((ref, refIndex) => {
      const found = findUnit(ref, units);
      if (found.length === 1) return;
      const names = units.map((unit) => `${unitFullName(unit)} (${unit.code})`).join(', ');
      issues.push({
        field: `items.${index}.communes.${refIndex}`,
        label: 'Xã, phường, thị trấn',
        problem:
          found.length === 0
            ? { vi: `"${ref}" không phải xã, phường, thị trấn của ${district.type} ${district.name} năm ${year}; ghi một trong: ${names}`, en: `"${ref}" is not a unit of district ${district.code}` }
            : { vi: `"${ref}" trùng tên nhiều đơn vị; ghi mã 5 chữ số: ${found.map((u) => `${unitFullName(u)} (${u.code})`).join(', ')}`, en: `"${ref}" is ambiguous` },
      });
    });
  });
  return issues;
}

/** The plan with its communes resolved; call after checkDistrictPlan found nothing. */
export function toDistrictPlan(entry: DistrictPlanFacts, slug: string, registry: UnitRegistry): DistrictPlan {
  const resolved = resolveDistrictYear(slug, registry);
  if ('problem' in resolved) throw new Error(`${slug}: ${resolved.problem.en}`);
  const { year, district, list, units } = resolved;
  return {
    slug,
    year,
    district,
    list,
    number: entry.number,
    issuedOn: entry.issuedOn,
    title: entry.title,
    illustrative: entry.illustrative === true,
    items: entry.items.map((item) => ({
      wholeDistrict: item.communes.length === 0,
      units: item.communes.length === 0 ? units : item.communes.flatMap((ref) => findUnit(ref, units).slice(0, 1)),
      formats: [...item.formats],
      quarters: item.quarters.map(Number).sort() as Quarter[],
      note: item.note,
    })),
  };
}
