import { describe, expect, it } from 'vitest';
import { createSearch, type SearchDocument } from './engine';

const docs: SearchDocument[] = [
  { u: '/tai-lieu/a/', k: 'Tài liệu', t: 'Nhận biết lời mời việc làm lừa đảo', s: 'Những dấu hiệu của việc nhẹ lương cao.', g: 'Người lao động khu công nghiệp' },
  { u: '/tai-lieu/b/', k: 'Tài liệu', t: 'Pháp luật về phòng, chống mại dâm', s: 'Những hành vi bị nghiêm cấm theo Pháp lệnh năm 2003.', g: 'Cộng đồng' },
  { u: '/bai-giang/c/', k: 'Bài giảng', t: 'Tình bạn, tình yêu lành mạnh', s: 'Đồng thuận và nơi tìm giúp đỡ khi bị ép buộc.', g: 'Học sinh, sinh viên' },
  { u: '/tin-tuc/d/', k: 'Tin tức', t: 'Tỉnh Hưng Yên mới có 104 xã, phường', s: 'Từ ngày 01/07/2025 không còn cấp huyện.', g: '' },
];
const search = createSearch(docs);
const first = (query: string) => search(query)[0]?.doc.u;

describe('createSearch', () => {
  it.each(['mai dam', 'MẠI DÂM', 'mại dâm', 'mai dâm'])('finds the law material for "%s"', (query) => {
    expect(first(query)).toBe('/tai-lieu/b/');
  });

  it('matches đ/Đ with d/D', () => {
    expect(first('dong thuan')).toBe('/bai-giang/c/');
    expect(first('ĐỒNG THUẬN')).toBe('/bai-giang/c/');
  });

  it('still finds an item with a one-letter typo', () => {
    expect(first('lua dao viec lam')).toBe('/tai-lieu/a/');
    expect(first('lưa đao')).toBe('/tai-lieu/a/');
    expect(first('lua dsao')).toBe('/tai-lieu/a/');
  });

  it('ranks a title match above a summary-only match', () => {
    const hits = search('phap luat');
    expect(hits[0]?.doc.u).toBe('/tai-lieu/b/');
  });

  it('returns highlight ranges that point at the original (accented) words', () => {
    const hit = search('mai dam')[0];
    const [start, end] = hit?.title.ranges[0] ?? [0, 0];
    expect(hit?.title.text.slice(start, end + 1)).toBe('mại dâm');
  });

  it('returns nothing for an empty or one-letter query, and for unrelated words', () => {
    expect(search('')).toEqual([]);
    expect(search('a')).toEqual([]);
    expect(search('xyzxyz')).toEqual([]);
  });
});
