import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PACK_FILES, wavePackZip } from './pack';
import { materialCaption, wavePostsText } from './posts';

describe('wavePackZip', () => {
  it('holds Word scripts that open with reading time and schedule, the posts, the printable files and the kits', async () => {
    const kitZip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const posts = wavePostsText({ name: 'Đợt thử', messages: ['Thông điệp một'] }, [materialCaption({ title: 'Tờ rơi', summary: 'Tóm tắt tờ rơi.' }, 'https://example.org/tai-lieu/to-roi/')], 'https://example.org/chien-dich/dot/dot-thu/');
    const zip = await wavePackZip({
      wave: { slug: 'dot-thu', name: 'Đợt thử', start: '2025-07-01', end: '2025-07-31', messages: ['Thông điệp một'] },
      wavePageUrl: 'https://example.org/chien-dich/dot/dot-thu/',
      scripts: [
        { slug: 'bai-loa', title: 'Bài loa thử', blocks: [{ type: 'paragraph', runs: [{ text: 'Kính thưa bà con!', bold: false, italic: false }] }], words: 360, minutes: 3, days: ['2025-07-28', '2025-07-30'], timesPerDay: 2, pageUrl: 'https://example.org/tai-lieu/bai-loa/' },
      ],
      materials: [{ slug: 'ap-phich', title: 'Áp phích', files: [{ name: 'ap-phich-a4.png', data: png }] }],
      kits: [{ slug: 'bai-1', title: 'Bài 1', zip: kitZip }],
      posts,
    });
    const files = unzipSync(zip);
    const names = Object.keys(files).filter((n) => !n.endsWith('/')).sort();
    expect(names).toEqual(
      [`dot-thu/${PACK_FILES.posts}`, `dot-thu/${PACK_FILES.readme}`, 'dot-thu/bai-giang/bai-1.zip', 'dot-thu/phat-thanh/bai-loa.docx', 'dot-thu/tai-lieu/ap-phich/ap-phich-a4.png'].sort(),
    );
    const docx = unzipSync(files['dot-thu/phat-thanh/bai-loa.docx']!);
    const xml = strFromU8(docx['word/document.xml']!);
    expect(xml).toContain('Bài loa thử');
    expect(xml).toContain('Thời lượng đọc khoảng 3 phút');
    expect(xml).toContain('28/07/2025, 30/07/2025; mỗi ngày 2 lần');
    expect(xml).toContain('Kính thưa bà con!');
    expect(files['dot-thu/tai-lieu/ap-phich/ap-phich-a4.png']).toEqual(png);
    const text = strFromU8(files[`dot-thu/${PACK_FILES.posts}`]!);
    expect(text).toContain('Tờ rơi\r\nTóm tắt tờ rơi.\r\nhttps://example.org/tai-lieu/to-roi/');
    expect(strFromU8(files[`dot-thu/${PACK_FILES.readme}`]!)).toContain('phat-thanh/bai-loa.docx');
  });

  it('uses the officer’s caption when there is one, adding the page address only if missing', () => {
    expect(materialCaption({ title: 'T', summary: 'S', caption: 'Chia sẻ ngay!' }, 'https://x/')).toBe('Chia sẻ ngay!\nhttps://x/');
    expect(materialCaption({ title: 'T', summary: 'S', caption: 'Xem https://x/' }, 'https://x/')).toBe('Xem https://x/');
    expect(materialCaption({ title: 'T', summary: 'S', caption: '  ' }, 'https://x/')).toBe('T\nS\nhttps://x/');
  });
});
