/**
 * One outreach activity (hoạt động tuyên truyền), flattened out of its file
 * with the unit it belongs to. Every consumer (coverage, export, pages) uses
 * this shape; the unit is identified by (listId, code), never by code alone.
 */
export interface ActivityRecord {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  listId: string;
  code: string;
  format: string;
  audiences: readonly string[];
  /** Participants counted for this activity (lượt người), or null when not counted. */
  participants: number | null;
  /** Slugs of materials from the library. */
  materials: readonly string[];
  description: string;
  reportingUnit: string;
  /** Slug of the campaign wave (đợt cao điểm, content/dot-chien-dich/) the activity belongs to; absent or "" for none. */
  wave?: string | undefined;
  /** True for sample data made by `npm run sample:generate` (dữ liệu minh họa). */
  illustrative: boolean;
}

/** An activity file: one unit, one year, one unit list. */
export interface ActivityFile {
  /** "<year>/<listId>-<code>", the path under content/hoat-dong/ without .yaml. */
  slug: string;
  year: number;
  listId: string;
  code: string;
  unitName: string;
  illustrative: boolean;
  activities: ActivityRecord[];
}
