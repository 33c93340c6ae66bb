import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it('keeps đ as d and drops tone marks', () => {
    expect(slugify('Nhận biết lời mời việc làm lừa đảo')).toBe('nhan-biet-loi-moi-viec-lam-lua-dao');
    expect(slugify('ĐỒNG THUẬN trong tình yêu')).toBe('dong-thuan-trong-tinh-yeu');
  });

  it('turns punctuation into single dashes and trims them', () => {
    expect(slugify('  Hỏi – đáp: "Pháp luật" 2003!  ')).toBe('hoi-dap-phap-luat-2003');
    expect(slugify('164/KH-UBND')).toBe('164-kh-ubnd');
  });

  it('stays within 80 characters without a trailing dash', () => {
    const slug = slugify('Một tiêu đề rất dài '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});
