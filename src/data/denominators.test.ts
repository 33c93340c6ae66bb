import { describe, expect, it } from 'vitest';
import { getDenominators } from './denominators';

describe('content/mau-so', () => {
  it('seeds only figures the shared data gives, each with a source and a confidence level', async () => {
    const filled = [];
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      for (const figure of await getDenominators(year)) if (figure.value !== null) filled.push([year, figure.audience, figure.value, figure.confidence]);
    }
    expect(filled).toEqual([
      [2022, 'lao-dong-khu-cong-nghiep', 76000, 'trung-binh'],
      [2023, 'lao-dong-khu-cong-nghiep', 78000, 'trung-binh'],
      [2025, 'hoc-sinh-sinh-vien', 46017, 'thap'],
    ]);
  });

  it('has no figure for venue workers: none was found, none is invented', async () => {
    const venue = (await getDenominators(2024)).find((f) => f.audience === 'lao-dong-co-so-dich-vu');
    expect(venue).toMatchObject({ value: null, confidence: 'chua-co' });
  });

  it('gives nothing for a year without a file', async () => {
    expect(await getDenominators(2019)).toEqual([]);
  });
});
