import { describe, expect, it } from 'vitest';
import { fixtureRegistry } from '../units/fixture';
import { recordKey } from './record-key';
import { generateSample } from './sample';

const registry = fixtureRegistry();
const options = { registry, years: [2022, 2023, 2024, 2025], seed: 164, scale: 1, today: '2025-09-15', materials: [{ slug: 'to-roi', audiences: ['cong-dong'] }] };

describe('generateSample', () => {
  const files = generateSample(options);
  const records = [...files.values()].flatMap((f) => f.records);

  it('is the same for the same seed and different for another', () => {
    expect(JSON.stringify([...generateSample(options)])).toBe(JSON.stringify([...files]));
    expect(JSON.stringify([...generateSample({ ...options, seed: 1 })])).not.toBe(JSON.stringify([...files]));
  });

  it('labels every record and file as illustrative', () => {
    expect(records.length).toBeGreaterThan(50);
    expect(records.every((r) => r.illustrative && r.description.endsWith('(dữ liệu minh họa)'))).toBe(true);
    expect([...files.values()].every((f) => f.header.illustrative)).toBe(true);
  });

  it('respects the unit lists and today: no list-a unit after 2024, nothing after today', () => {
    for (const record of records) {
      const list = registry.listById(record.listId)!;
      expect(record.date >= list.validFrom && (list.validTo === null || record.date <= list.validTo)).toBe(true);
      expect(registry.unit(record.listId, record.code)).toBeDefined();
      expect(record.date <= '2025-09-15').toBe(true);
    }
    expect(records.some((r) => r.listId === 'c')).toBe(true);
  });

  it('puts each record in the file of its year and unit, with no record twice in a file', () => {
    for (const [slug, file] of files) {
      expect(file.records.every((r) => slug === `${r.date.slice(0, 4)}/${r.listId}-${r.code}`)).toBe(true);
      expect(new Set(file.records.map(recordKey)).size).toBe(file.records.length);
    }
  });

  it('scales the number of records for benchmarks', () => {
    const scaled = [...generateSample({ ...options, scale: 10 }).values()].reduce((sum, f) => sum + f.records.length, 0);
    expect(scaled).toBeGreaterThan(records.length * 5);
  });
});
