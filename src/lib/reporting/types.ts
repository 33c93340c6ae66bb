import type { YearQuarter } from '../calendar/quarters';

/**
 * Quarterly reports (báo cáo quý) as stored in content/bao-cao-quy/<year>-q<n>.yaml:
 * which reporting units sent their report and when, who was reminded, and the
 * closes (chốt số liệu) of the quarter's figures. Plain data, read by the data
 * layer and written by the desk.
 */

/** Who reports for a quarter: the district before 01/07/2025 (lists with a district level), else the commune-level unit. */
export type ReporterLevel = 'huyen' | 'xa';

/** A reporting unit as stored: level, the unit list valid when the quarter began, code and name. */
export interface ReporterRef {
  level: ReporterLevel;
  list: string;
  code: string;
  name: string;
}

/** A report received (đã nhận báo cáo). */
export interface Receipt {
  unit: ReporterRef;
  receivedOn: string;
  /** Who sent it (office or officer), as written by the desk or the officer. */
  from: string;
  /** The report said "không có hoạt động trong quý". */
  noActivity: boolean;
}

/** A reminder sent (đã nhắc) from the Monday list. */
export interface Reminder {
  unit: ReporterRef;
  on: string;
  by: string;
}

/** The files whose records a close covers, each with the digest of its records dated in the quarter. */
export interface ClosedFile {
  path: string;
  digest: string;
}

/** Area of a close: the whole province ("tinh") or a district code (lists with a district level). */
export const WHOLE_PROVINCE = 'tinh';

export interface Reopening {
  on: string;
  by: string;
  reason: string;
}

/** A close of a quarter's figures for an area (chốt số liệu), and its reopening if any. */
export interface QuarterClose {
  area: string;
  closedOn: string;
  by: string;
  note: string;
  /** Records dated in the quarter and area when closed. */
  records: number;
  files: ClosedFile[];
  reopened: Reopening | null;
}

export interface QuarterReports extends YearQuarter {
  /** "2025-q3": the file name, content/bao-cao-quy/<slug>.yaml. */
  slug: string;
  receipts: Receipt[];
  reminders: Reminder[];
  closes: QuarterClose[];
}

export const REPORTS_DIR = 'content/bao-cao-quy';
export const reportsPath = (slug: string) => `${REPORTS_DIR}/${slug}.yaml`;

/** An empty quarter file, for quarters nothing was recorded in yet. */
export const emptyQuarterReports = (year: number, quarter: YearQuarter['quarter']): QuarterReports => ({
  year,
  quarter,
  slug: `${year}-q${quarter}`,
  receipts: [],
  reminders: [],
  closes: [],
});

/** The closes still in force (not reopened). */
export const activeCloses = (reports: QuarterReports) => reports.closes.filter((close) => close.reopened === null);
