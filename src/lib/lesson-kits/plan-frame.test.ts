import { describe, expect, it } from 'vitest';
import { activityPhases, formatWithoutDuration, wholeAddresses } from './plan-frame';

describe('activityPhases', () => {
  it('keeps a named step and assigns the others by position', () => {
    expect(activityPhases([{}, { phase: 'tu-dong' }, { phase: 'luyen-tap' }, {}])).toEqual(['mo-dau', 'hinh-thanh-kien-thuc', 'luyen-tap', 'van-dung']);
    expect(activityPhases([{ phase: 'tu-dong' }])).toEqual(['mo-dau']);
  });
});

describe('formatWithoutDuration', () => {
  it('drops the duration in parentheses so minutes are printed once', () => {
    expect(formatWithoutDuration('Buổi ngoại khóa (60–120 phút)')).toBe('Buổi ngoại khóa');
    expect(formatWithoutDuration('Một tiết (45 phút)')).toBe('Một tiết');
    expect(formatWithoutDuration('Ngoại khóa')).toBe('Ngoại khóa');
  });
});

describe('wholeAddresses', () => {
  it('makes site paths whole and leaves web addresses and dates alone', () => {
    expect(wholeAddresses('Xem trang /ho-tro/ và [Hỗ trợ](/ho-tro/).', 'https://example.vn/')).toBe(
      'Xem trang https://example.vn/ho-tro/ và [Hỗ trợ](https://example.vn/ho-tro/).',
    );
    expect(wholeAddresses('https://example.vn/tai-lieu/a/ ngày 02/11/2021', 'https://example.vn')).toBe('https://example.vn/tai-lieu/a/ ngày 02/11/2021');
  });
});
