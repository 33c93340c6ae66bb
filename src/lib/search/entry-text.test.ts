import { describe, expect, it } from 'vitest';
import { entryText } from './entry-text';

describe('entryText', () => {
  it('keeps sentences from nested fields and rich text, drops ids, dates, paths and skipped keys', async () => {
    const entry = {
      title: 'Tiêu đề riêng',
      level: 'thpt',
      publishedAt: '2024-01-02',
      quiz: [{ question: 'Em làm gì khi bị ép?', options: ['Gọi 111 ngay', 'Im lặng'], answer: 'a' }],
      worksheet: { instructions: 'Điền vào phiếu học tập', file: '/bai-giang/phieu.pdf' },
      teacherNotes: () => Promise.resolve('ghi chú'),
    };
    const text = await entryText(entry, async (field) => `Lưu ý ${String(await field())}`, new Set(['title']));
    expect(text.split('\n')).toEqual(['Em làm gì khi bị ép?', 'Gọi 111 ngay', 'Im lặng', 'Điền vào phiếu học tập', 'Lưu ý ghi chú']);
  });
});
