import { describe, expect, it } from 'vitest';
import { audiences, outreachFormats, labelOf, parseTaxonomy, toSelectOptions } from './index';

describe('taxonomy content', () => {
  it('has the four audience ids of the plan', () => {
    expect(audiences.map((a) => a.id)).toEqual([
      'hoc-sinh-sinh-vien',
      'lao-dong-khu-cong-nghiep',
      'lao-dong-co-so-dich-vu',
      'cong-dong',
    ]);
  });

  it('has the nine outreach format ids', () => {
    expect(outreachFormats).toHaveLength(9);
    expect(labelOf(outreachFormats, 'loa-truyen-thanh')).toBe('Loa truyền thanh');
  });
});

describe('parseTaxonomy', () => {
  it('rejects a repeated id, naming the file and index', () => {
    expect(() =>
      parseTaxonomy('x.json', { items: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] }),
    ).toThrow('x.json: items[1].id "a" is repeated');
  });

  it('rejects ids with diacritics or spaces', () => {
    expect(() => parseTaxonomy('x.json', { items: [{ id: 'học sinh', label: 'A' }] })).toThrow(
      'x.json: items[0].id',
    );
  });

  it('maps to select options and falls back to the id for unknown labels', () => {
    const items = parseTaxonomy('x.json', { items: [{ id: 'a', label: 'Á' }] });
    expect(toSelectOptions(items)).toEqual([{ label: 'Á', value: 'a' }]);
    expect(labelOf(items, 'b')).toBe('b');
  });
});
