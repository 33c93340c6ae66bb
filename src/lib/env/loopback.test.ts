import { describe, expect, it } from 'vitest';
import { isCmsPath, isLoopback } from './loopback';

describe('isLoopback', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])('accepts %s', (address) => {
    expect(isLoopback(address)).toBe(true);
  });
  it.each(['10.0.0.5', '192.168.1.2', '::ffff:192.168.1.2', '1270.0.0.1', '', undefined])('refuses %s', (address) => {
    expect(isLoopback(address)).toBe(false);
  });
});

describe('isCmsPath', () => {
  it('matches the admin, its API and the data desk only', () => {
    expect(isCmsPath('/keystatic')).toBe(true);
    expect(isCmsPath('/nhap-lieu/')).toBe(true);
    expect(isCmsPath('/nhap-lieu/mau.xlsx')).toBe(true);
    expect(isCmsPath('/nhap-lieu-cu/')).toBe(false);
    expect(isCmsPath('/keystatic/collection/taiLieu')).toBe(true);
    expect(isCmsPath('/api/keystatic/tree')).toBe(true);
    expect(isCmsPath('/keystatic-huong-dan/')).toBe(false);
    expect(isCmsPath('/tai-lieu/')).toBe(false);
  });
});
