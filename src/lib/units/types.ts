/**
 * Administrative units (đơn vị hành chính cấp xã) and the lists they belong to.
 * GSO codes are reused across periods, so a unit is only ever identified by
 * (list, code), and a list is picked by date.
 */

/** One commune-level unit (xã, phường, thị trấn) in one list. */
export interface AdminUnit {
  /** Id of the list this unit belongs to, e.g. "2021", "2025-01", "2025-07". */
  listId: string;
  /** 5-digit GSO code, kept as text. */
  code: string;
  /** Name without the type prefix ("Lam Sơn"). */
  name: string;
  /** "Xã", "Phường" or "Thị trấn". */
  type: string;
  /** District code (3 digits), or null when the list has no district level (from 01/07/2025). */
  districtCode: string | null;
  /** Old province the unit was formed from (lists after the 2025 merger), else null. */
  formedFromOldProvince: string | null;
}

/** Cấp huyện: a district-level unit (huyện, thị xã, thành phố). */
export interface District {
  code: string;
  name: string;
  /** "Huyện", "Thị xã" or "Thành phố". */
  type: string;
}

/** A list of units valid over a period (inclusive ISO dates; validTo null = still valid). */
export interface UnitList {
  id: string;
  label: string;
  shortLabel: string;
  validFrom: string;
  validTo: string | null;
  source: string;
  units: AdminUnit[];
  districts: District[];
}

/** Which unit of the next list an old unit went to. */
export interface UnitLink {
  fromCode: string;
  /** Null when no source states the receiving unit. */
  toCode: string | null;
  /** As written in the source file: unchanged, renamed, abolished, full, partial, remainder. */
  relation: string;
}

export interface Transition {
  from: string;
  to: string;
  effective: string;
  links: UnitLink[];
}

/** The identity of a unit list, attached to every figure computed against it. */
export interface ListRef {
  id: string;
  label: string;
  shortLabel: string;
}

export const listRef = (list: UnitList): ListRef => ({ id: list.id, label: list.label, shortLabel: list.shortLabel });
