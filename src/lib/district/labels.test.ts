import { expect, it } from 'vitest';
import { formatShare, integrationLabel, NOT_REPORTED } from './labels';

it('formats a share in vi-VN and never turns a missing figure into 0', () => {
  expect(formatShare(1234, 2000)).toBe('1.234/2.000 (61,7%)');
  expect(formatShare(0, 0)).toBe('0/0');
  expect(formatShare(null, 10)).toBe(NOT_REPORTED);
  expect(formatShare(3, undefined)).toBe(NOT_REPORTED);
  expect(integrationLabel('co')).toBe('Đã lồng ghép');
  expect(integrationLabel('chua-bao-cao')).toBe(NOT_REPORTED);
  expect(integrationLabel(undefined)).toBe(NOT_REPORTED);
});
