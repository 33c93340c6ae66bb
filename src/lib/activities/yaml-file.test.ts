import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { activity } from '../coverage/test-records';
import { addActivitiesToText, newActivityFileText, removeIllustrative } from './yaml-file';

const header = { listId: '2025-01', code: '11977', unitName: 'Xã Phương Nam' };
const officer = activity('2025-03-01', '2025-01', '11977', { description: 'Hội nghị ở thôn', participants: 40 });
const sample = activity('2025-02-01', '2025-01', '11977', { description: 'Phát loa (dữ liệu minh họa)', illustrative: true });

describe('activity files as text', () => {
  it('writes codes and list ids as strings, dates plainly, and leaves an uncounted participants field out', () => {
    const text = newActivityFileText(header, [activity('2025-01-05', '2025-01', '11977')]);
    expect(text).toContain("  code: '11977'\n");
    expect(text).toContain('  - date: 2025-01-05\n');
    expect(text).not.toContain('participants');
    expect(parse(text).unit).toEqual({ list: '2025-01', code: '11977', name: 'Xã Phương Nam' });
  });

  it('adds records in date order and keeps the existing records’ text exactly', () => {
    const before = `# ghi chú của cán bộ\n${newActivityFileText(header, [officer])}`;
    const after = addActivitiesToText(before, [activity('2025-04-01', '2025-01', '11977'), activity('2025-01-01', '2025-01', '11977')]);
    expect(parse(after).activities.map((a: { date: string }) => a.date)).toEqual(['2025-01-01', '2025-03-01', '2025-04-01']);
    expect(after.startsWith('# ghi chú của cán bộ\n')).toBe(true);
    expect(after).toContain(before.slice(before.indexOf('  - date: 2025-03-01'), before.length).trimEnd());
  });

  it('marks a generated file as illustrative and removes it whole when only samples are in it', () => {
    const text = newActivityFileText({ ...header, illustrative: true }, [sample]);
    expect(text.startsWith('# Dữ liệu minh họa')).toBe(true);
    expect(parse(text).illustrative).toBe(true);
    expect(removeIllustrative(text)).toEqual({ text: null, removed: 1 });
  });

  it('keeps an officer’s record added to a generated file, byte for byte as it would be written alone', () => {
    const mixed = addActivitiesToText(newActivityFileText({ ...header, illustrative: true }, [sample]), [officer]);
    const { text, removed } = removeIllustrative(mixed);
    expect(removed).toBe(1);
    expect(text).toBe(newActivityFileText(header, [officer]));
  });

  it('leaves a file without samples untouched', () => {
    const text = newActivityFileText(header, [officer]);
    expect(removeIllustrative(text)).toEqual({ text, removed: 0 });
  });
});
