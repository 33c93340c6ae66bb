/**
 * Limits of an activity record's fields, shared by the CMS fields
 * (src/content-model/hoat-dong.ts), the loader, the importer and the officers'
 * Excel template.
 */
export const activityLimits = {
  unitName: { min: 2, max: 80 },
  description: { min: 5, max: 500 },
  reportingUnit: { min: 2, max: 200 },
  participants: { min: 0, max: 1_000_000 },
} as const;
