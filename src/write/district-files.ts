import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { DistrictSample } from '../lib/district/sample';
import { writeFileAtomic } from './atomic';

export const DISTRICT_PLANS_DIR = 'content/ke-hoach-huyen';
export const DISTRICT_REPORTS_DIR = 'content/bao-cao-huyen';

const yamlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.yaml')) : []);

/** Deletes the district plans and reports marked illustrative: true; officers' files stay. */
export function removeIllustrativeDistrictFiles(root: string): { plans: number; reports: number } {
  const remove = (dir: string) => {
    let removed = 0;
    for (const name of yamlFiles(join(root, dir))) {
      const path = join(root, dir, name);
      if (/^illustrative: true$/m.test(readFileSync(path, 'utf8'))) {
        rmSync(path);
        removed += 1;
      }
    }
    return removed;
  };
  return { plans: remove(DISTRICT_PLANS_DIR), reports: remove(DISTRICT_REPORTS_DIR) };
}

/**
 * Writes the sample's plans and reports. A file an officer already made for
 * the same district and year is kept: the sample one is skipped and counted.
 */
export function writeDistrictSample(root: string, sample: DistrictSample): { written: number; kept: number } {
  const result = { written: 0, kept: 0 };
  for (const [dir, files] of [
    [DISTRICT_PLANS_DIR, sample.plans],
    [DISTRICT_REPORTS_DIR, sample.reports],
  ] as const) {
    for (const [slug, data] of files) {
      const path = join(root, dir, `${slug}.yaml`);
      if (existsSync(path)) {
        result.kept += 1;
        continue;
      }
      // The file name holds the slug field; Keystatic does not store it inside.
      const stored = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'file'));
      writeFileAtomic(path, stringify(stored, { lineWidth: 0 }));
      result.written += 1;
    }
  }
  return result;
}
