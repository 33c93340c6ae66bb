import { quarterRange, type YearQuarter } from '../calendar/quarters';
import { unitFullName } from '../units/names';
import type { UnitRegistry } from '../units/registry';
import type { AdminUnit, UnitList } from '../units/types';
import type { ReporterLevel, ReporterRef } from './types';

/** A unit expected to report for a quarter, and the commune-level units its report covers. */
export interface Reporter {
  ref: ReporterRef;
  /** Full name: "Huyện Văn Giang", "Phường Lam Sơn". */
  label: string;
  /** The commune-level units the report covers (itself, for a commune). */
  units: AdminUnit[];
  /** District of a commune-level reporter, when its list has one. */
  districtCode: string | null;
}

export interface QuarterReporters {
  /** The unit list valid on the quarter's first day. */
  list: UnitList;
  level: ReporterLevel;
  reporters: Reporter[];
}

/**
 * Who is expected to report for a quarter: while the unit list valid on its
 * first day has a district level (to 30/06/2025), reports come through the
 * districts; from 01/07/2025 each commune-level unit reports. Only units in
 * scope (for example the plan's area) count. Null when no list covers the date.
 */
export function reportersOf(registry: UnitRegistry, period: YearQuarter, inScope: (unit: AdminUnit) => boolean = () => true): QuarterReporters | null {
  const list = registry.listOn(quarterRange(period.year, period.quarter).start);
  if (!list) return null;
  const units = list.units.filter(inScope);
  if (list.districts.length > 0) {
    const reporters = list.districts.flatMap((district): Reporter[] => {
      const covered = units.filter((unit) => unit.districtCode === district.code);
      if (covered.length === 0) return [];
      return [{ ref: { level: 'huyen', list: list.id, code: district.code, name: district.name }, label: `${district.type} ${district.name}`, units: covered, districtCode: district.code }];
    });
    return { list, level: 'huyen', reporters };
  }
  const reporters = units.map((unit): Reporter => ({
    ref: { level: 'xa', list: list.id, code: unit.code, name: unit.name },
    label: unitFullName(unit),
    units: [unit],
    districtCode: unit.districtCode,
  }));
  return { list, level: 'xa', reporters };
}

/** The reporter whose report covers a commune-level unit in a quarter, if it is expected to report. */
export function reporterOfUnit(reporters: QuarterReporters, unit: Pick<AdminUnit, 'listId' | 'code'>): Reporter | undefined {
  return reporters.reporters.find((reporter) => reporter.units.some((u) => u.listId === unit.listId && u.code === unit.code));
}

export const sameReporter = (a: Pick<ReporterRef, 'level' | 'list' | 'code'>, b: Pick<ReporterRef, 'level' | 'list' | 'code'>) =>
  a.level === b.level && a.list === b.list && a.code === b.code;
