import { describe, expect, it } from 'vitest';
import { checkDenominators } from './mau-so';

describe('checkDenominators', () => {
  it('accepts empty figures and sourced ones', () => {
    expect(
      checkDenominators({
        figures: [
          { audience: 'hoc-sinh-sinh-vien', value: null, source: '', confidence: 'chua-co' },
          { audience: 'lao-dong-khu-cong-nghiep', value: 76000, source: 'Báo cáo của Ban Quản lý các KCN', confidence: 'cao' },
        ],
      }),
    ).toEqual([]);
  });

  it('refuses a figure without a source, a figure marked missing, and an audience twice', () => {
    const issues = checkDenominators({
      figures: [
        { audience: 'hoc-sinh-sinh-vien', value: 100, source: '', confidence: 'chua-co' },
        { audience: 'hoc-sinh-sinh-vien', value: null, source: '', confidence: 'chua-co' },
      ],
    });
    expect(issues.map((i) => i.field)).toEqual(['figures.0.source', 'figures.0.confidence', 'figures.1.audience']);
  });
});
