import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDistrictReport } from '../content-model/bao-cao-huyen';
import { checkDistrictPlan } from '../lib/district/plan';
import { generateDistrictSample } from '../lib/district/sample';
import { DISTRICT_PLANS_DIR, DISTRICT_REPORTS_DIR, removeIllustrativeDistrictFiles, writeDistrictSample } from './district-files';
import { getUnitRegistry } from '../data/units';

const registry = getUnitRegistry();

describe('the district sample', () => {
  const sample = generateDistrictSample(registry, [2022, 2023, 2024, 2025], 164);

  it('passes the same rules as an officer\'s files, and leaves some districts without a plan or report', () => {
    for (const [slug, plan] of sample.plans) expect(checkDistrictPlan(plan as never, slug, registry)).toEqual([]);
    for (const report of sample.reports.values()) expect(checkDistrictReport({ mediaItems: null, tipsReceived: null, tipsHandled: null, venues: null, venuesInspected: null, venuesInspectedSince2021: null, ...(report as object) } as never)).toEqual([]);
    expect(sample.plans.size).toBe(37);
    expect(sample.reports.size).toBe(36);
    expect([...sample.plans.values()].every((plan) => plan.illustrative === true)).toBe(true);
  });

  it('is written beside officers\' files without touching them, and removed without them', () => {
    const root = mkdtempSync(join(tmpdir(), 'district-sample-'));
    mkdirSync(join(root, DISTRICT_PLANS_DIR), { recursive: true });
    const officer = 'number: 12/KH-UBND\nissuedOn: 2024-01-10\ntitle: Kế hoạch năm 2024 do cán bộ nhập\nitems: []\n';
    writeFileSync(join(root, DISTRICT_PLANS_DIR, '2024-325.yaml'), officer);
    expect(writeDistrictSample(root, sample)).toEqual({ written: 72, kept: 1 });
    expect(readFileSync(join(root, DISTRICT_PLANS_DIR, '2024-325.yaml'), 'utf8')).toBe(officer);
    expect(readFileSync(join(root, DISTRICT_REPORTS_DIR, '2024-325.yaml'), 'utf8')).toContain('illustrative: true');
    expect(removeIllustrativeDistrictFiles(root)).toEqual({ plans: 36, reports: 36 });
    expect(readdirSync(join(root, DISTRICT_PLANS_DIR))).toEqual(['2024-325.yaml']);
    expect(readdirSync(join(root, DISTRICT_REPORTS_DIR))).toEqual([]);
  });
});
