import { describe, expect, it } from 'vitest';
import { barLayout } from './bars';

describe('barLayout', () => {
  const layout = barLayout(
    [
      { label: 'Q1', value: 1 },
      { label: 'Q2', value: 0.5 },
      { label: 'Q3', value: null },
      { label: 'Q4', value: 0 },
    ],
    { width: 360, height: 200, target: 0.9 },
  );

  it('draws a full bar to the top and a half bar to the middle of the plot', () => {
    expect(layout.bars[0]!.y).toBe(layout.plot.top);
    expect(layout.bars[1]!.h).toBeCloseTo((layout.plot.bottom - layout.plot.top) / 2, 0);
  });

  it('keeps the slot of a quarter without data but draws no bar there', () => {
    expect(layout.bars[2]).toMatchObject({ value: null, h: 0 });
    expect(layout.bars[2]!.x).toBeGreaterThan(layout.bars[1]!.x);
  });

  it('places the target line at 90% of the plot height', () => {
    const expected = layout.plot.bottom - 0.9 * (layout.plot.bottom - layout.plot.top);
    expect(layout.targetY).toBeCloseTo(expected, 0);
  });
});

describe('countTop', async () => {
  const { countTop } = await import('./bars');
  it('scales counts in four integer steps above the largest value or the target', () => {
    expect(countTop([3, null, 7])).toBe(8);
    expect(countTop([650], 600)).toBe(652);
    expect(countTop([100], 600)).toBe(600);
    expect(countTop([])).toBe(4);
  });
});
