import { translateFieldMessage } from '../content/issues';

/**
 * Vietnamese wording for Keystatic field messages that the shared table in
 * lib/content/issues does not cover (numbers, dates, unknown keys); messages
 * the schema already writes in Vietnamese (pattern messages) pass through.
 */
const EXTRA: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^(.*) must be at least (-?\d+)$/, (m) => `phải từ ${m[2]} trở lên`],
  [/^(.*) must be at most (-?\d+)$/, (m) => `không được lớn hơn ${m[2]}`],
  [/^(.*) must be a whole number$/, () => 'phải là số nguyên'],
  [/^(.*) is not a valid date$/, () => 'ngày không hợp lệ (dùng dạng YYYY-MM-DD)'],
  [/^(.*) must not be empty$/, () => 'bắt buộc, chưa được điền'],
  [/^Key on object value "(.*)" is not allowed$/, (m) => `trường "${m[1]}" không có trong mẫu; xóa hoặc sửa tên trường`],
];

export function fieldMessageVi(message: string): { vi: string; en: string } {
  for (const [pattern, toVi] of EXTRA) {
    const match = message.match(pattern);
    if (match) return { vi: toVi(match), en: message };
  }
  const shared = translateFieldMessage(message);
  if (!shared.vi.startsWith('không hợp lệ (')) return shared;
  // A message the schema wrote in Vietnamese (a pattern's message) is already for officers.
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(message)) return { vi: message.charAt(0).toLowerCase() + message.slice(1), en: message };
  return shared;
}
