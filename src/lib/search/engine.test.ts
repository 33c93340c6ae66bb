import { describe, expect, it } from 'vitest';
import { createSearch, type FullTextDocument, type Highlighted } from './engine';

const docs: FullTextDocument[] = [
  { u: '/tai-lieu/a/', k: 'Tài liệu', t: 'Nhận biết lời mời việc làm lừa đảo', s: 'Những dấu hiệu của việc nhẹ lương cao.', g: 'Người lao động khu công nghiệp', b: 'Không nộp tiền cọc, không đưa giấy tờ tùy thân cho người lạ giữ.' },
  { u: '/tai-lieu/b/', k: 'Tài liệu', t: 'Pháp luật về phòng, chống mại dâm', s: 'Những hành vi bị nghiêm cấm theo Pháp lệnh năm 2003.', g: 'Cộng đồng', b: 'Điều 327 Bộ luật Hình sự quy định tội chứa mại dâm.' },
  { u: '/bai-giang/c/', k: 'Bài giảng', t: 'Tình bạn, tình yêu lành mạnh', s: 'Đồng thuận và nơi tìm giúp đỡ khi bị ép buộc.', g: 'Học sinh, sinh viên', b: 'Phiếu học tập: câu 1. Khi bạn bị ép gửi ảnh, em gọi đường dây nóng 111.' },
  { u: '/tin-tuc/d/', k: 'Tin tức', t: 'Tỉnh Hưng Yên mới có 104 xã, phường', s: 'Từ ngày 01/07/2025 không còn cấp huyện.', g: '', b: 'Hòa bình và thịnh vượng cho nhân dân.' },
  { u: '/tin-tuc/e/', k: 'Tin tức', t: 'Chuyện đường làng', s: 'Một buổi nói chuyện.', g: '', b: 'Con đường mới; dương liễu hai bên, hoa dương trong vườn.' },
  { u: '/tin-tuc/f/', k: 'Tin tức', t: 'Cây dương bên sông', s: 'Chuyện cây.', g: '', b: 'Cây dương.' },
];
const search = createSearch(docs);
const urls = (query: string) => search(query).map((hit) => hit.u);
const marked = (value: Highlighted) => value.ranges.map(([start, end]) => value.text.slice(start, end + 1));

describe('full-text search', () => {
  it.each(['mai dam', 'MẠI DÂM', 'mại dâm', 'mai dâm', 'ma\u0323i da\u0302m'])('finds the law material for "%s" (NFD too)', (query) => {
    expect(urls(query)[0]).toBe('/tai-lieu/b/');
  });

  it('reads the body: worksheet text, article numbers and words with đ', () => {
    expect(urls('duong day nong')).toEqual(['/bai-giang/c/']);
    expect(urls('dieu 327')).toEqual(['/tai-lieu/b/']);
    expect(urls('giay to tuy than')).toEqual(['/tai-lieu/a/']);
    expect(urls('ĐIỀU 327')).toEqual(['/tai-lieu/b/']);
  });

  it('treats old and new tone placement ("hoà"/"hòa") as the same word', () => {
    expect(urls('hoà bình')).toEqual(['/tin-tuc/d/']);
    expect(search('hoà bình')[0]?.exactTones).toBe(2);
  });

  it('ranks documents with the reader\u2019s exact tone marks first, then the rest', () => {
    expect(urls('dương')[0]).toBe('/tin-tuc/f/');
    expect(urls('đường')[0]).toBe('/tin-tuc/e/');
    expect(new Set(urls('duong'))).toEqual(new Set(['/tin-tuc/e/', '/tin-tuc/f/', '/bai-giang/c/']));
    expect(urls('đường')).toContain('/tin-tuc/f/');
  });

  it('ranks a title match above a tag match above a body match', () => {
    const more: FullTextDocument[] = [
      { u: '/body/', k: 'x', t: 'Một', g: '', s: '', b: 'karaoke' },
      { u: '/tags/', k: 'x', t: 'Hai', g: 'karaoke', s: '', b: '' },
      { u: '/title/', k: 'x', t: 'Karaoke', g: '', s: '', b: '' },
    ];
    expect(createSearch(more)('karaoke').map((hit) => hit.u)).toEqual(['/title/', '/tags/', '/body/']);
  });

  it('shows the body around the match with the words marked, on the original text', () => {
    const hit = search('duong day nong')[0];
    expect(hit?.snippet.text).toContain('đường dây nóng 111');
    expect(marked(hit?.snippet ?? { text: '', ranges: [] })).toEqual(['đường dây nóng']);
    expect(marked(search('mai dam')[0]?.title ?? { text: '', ranges: [] })).toEqual(['mại dâm']);
  });

  it('cuts a long body around the match with an ellipsis', () => {
    const long = `${'Lời mở đầu dài dòng. '.repeat(40)}Hãy gọi đường dây nóng. ${'Phần kết. '.repeat(40)}`;
    const hit = createSearch([{ u: '/x/', k: 'x', t: 'X', g: '', s: '', b: long }])('duong day nong')[0];
    expect(hit?.snippet.text.startsWith('…')).toBe(true);
    expect(hit?.snippet.text.endsWith('…')).toBe(true);
    expect(hit?.snippet.text.length).toBeLessThan(200);
    expect(marked(hit?.snippet ?? { text: '', ranges: [] })).toEqual(['đường dây nóng']);
  });

  it('keeps fuse.js typo tolerance and matches the word being typed as a prefix', () => {
    expect(urls('lua dao viec lam')[0]).toBe('/tai-lieu/a/');
    expect(urls('lưa đao')[0]).toBe('/tai-lieu/a/');
    expect(urls('lua dsao')[0]).toBe('/tai-lieu/a/');
    expect(urls('nghiem ca')).toContain('/tai-lieu/b/');
  });

  it('returns nothing for an empty or one-letter query, and for unrelated words', () => {
    expect(search('')).toEqual([]);
    expect(search('a')).toEqual([]);
    expect(search('xyzxyz')).toEqual([]);
  });
});
