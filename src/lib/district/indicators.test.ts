import { describe, expect, it } from 'vitest';
import { checkDistrictReport } from '../../content-model/bao-cao-huyen';
import type { District } from '../units/types';
import { yearIndicators, type DistrictReport } from './indicators';

const districts: District[] = [
  { code: '001', name: 'Một', type: 'Huyện' },
  { code: '002', name: 'Hai', type: 'Huyện' },
  { code: '003', name: 'Ba', type: 'Huyện' },
];
const report = (code: string, figures: Partial<DistrictReport>): DistrictReport => ({
  year: 2024,
  district: districts.find((d) => d.code === code)!,
  source: 'Báo cáo 1/BC-UBND',
  mediaItems: null,
  integration: 'chua-bao-cao',
  tipsReceived: null,
  tipsHandled: null,
  venues: null,
  venuesInspected: null,
  venuesInspectedSince2021: null,
  illustrative: false,
  ...figures,
});

describe('yearIndicators', () => {
  it('sums what districts reported and never counts a missing report as zero', () => {
    const result = yearIndicators(
      2024,
      districts,
      [
        report('001', { mediaItems: 12, integration: 'co', tipsReceived: 4, tipsHandled: 4, venues: 30, venuesInspected: 12, venuesInspectedSince2021: 30 }),
        report('002', { mediaItems: 3, integration: 'chua', tipsReceived: 6, tipsHandled: 5, venues: 10 }),
        { ...report('003', { mediaItems: 99 }), year: 2023 },
      ],
      [
        { districtCode: '001', doneRatio: 0.5 },
        { districtCode: '002', doneRatio: 1 },
      ],
    );
    expect(result.plans).toEqual({ withPlan: 2, ratio: 2 / 3, meanDone: 0.75 });
    expect(result.integration).toEqual({ reported: 2, integrated: 1, ratio: 1 / 3 });
    expect(result.media).toEqual({ reported: 2, items: 15 });
    expect(result.tips).toEqual({ reported: 2, part: 9, whole: 10, ratio: 0.9 });
    expect(result.venues).toEqual({ reported: 1, part: 12, whole: 30, ratio: 0.4 });
    expect(result.venuesSince2021).toEqual({ reported: 1, part: 30, whole: 30, ratio: 1 });
  });

  it('has no figure where no district reported', () => {
    const result = yearIndicators(2024, districts, [], []);
    expect(result.media.items).toBeNull();
    expect(result.integration.ratio).toBeNull();
    expect(result.tips.ratio).toBeNull();
    expect(result.plans).toEqual({ withPlan: 0, ratio: 0, meanDone: null });
  });
});

describe('checkDistrictReport', () => {
  const empty = { source: '', mediaItems: null, integration: 'chua-bao-cao', tipsReceived: null, tipsHandled: null, venues: null, venuesInspected: null, venuesInspectedSince2021: null } as const;
  it('accepts an empty report and a sourced one', () => {
    expect(checkDistrictReport(empty)).toEqual([]);
    expect(checkDistrictReport({ ...empty, source: 'Báo cáo 1/BC-UBND', tipsReceived: 3, tipsHandled: 3 })).toEqual([]);
  });
  it('refuses a part larger than its whole, a part without its whole, and figures without a source', () => {
    const issues = checkDistrictReport({ ...empty, tipsReceived: 2, tipsHandled: 3, venuesInspected: 4 });
    expect(issues.map((i) => i.field)).toEqual(['tipsHandled', 'venues', 'source']);
    expect(issues[0]?.problem.vi).toContain('3 > 2');
  });
});
