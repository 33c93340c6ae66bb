/**
 * Đợt cao điểm (campaign wave): an outreach push with dates, an area, key
 * messages, a pack of materials and lesson kits, expected activities and a
 * loudspeaker schedule. Stored as content/dot-chien-dich/<slug>.yaml.
 */
export const WAVES_DIR = 'content/dot-chien-dich';

/** The wave field on an activity and the import column hold a wave's slug. */
export const WAVE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface WaveBroadcast {
  /** Slug of a material of kind kich-ban-loa. */
  script: string;
  /** ISO dates. */
  days: readonly string[];
  timesPerDay: number;
}

export interface Wave {
  slug: string;
  name: string;
  /** ISO dates, inclusive. */
  start: string;
  end: string;
  /** True: every unit of the list valid on the wave's dates; false: `units`. */
  allUnits: boolean;
  /** Unit codes of the list valid on the wave's dates (when not allUnits). */
  units: readonly string[];
  audiences: readonly string[];
  messages: readonly string[];
  materials: readonly string[];
  lessonKits: readonly string[];
  expected: readonly { format: string; count: number }[];
  broadcasts: readonly WaveBroadcast[];
  /** Where the wave comes from (a decision, a yearly observance), with its address. */
  basis: string;
  basisUrl: string;
  /** True on sample waves: schedule, expected numbers and results are dữ liệu minh họa. */
  illustrative: boolean;
}

export const MAX_MESSAGES = 3;
