import { describe, expect, it } from 'vitest';
import { formatIssue, parseReaderError, translateFieldMessage } from './issues';

describe('parseReaderError', () => {
  it('splits Keystatic reader errors into fields with Vietnamese wording', () => {
    const issues = parseReaderError(
      'Invalid data for "abc" in collection "taiLieu":\ntitle: Tiêu đề must be at least 5 characters long\naudiences: Must be an array with one of a, b',
    );
    expect(issues).toEqual([
      { field: 'title', problem: { vi: 'phải có ít nhất 5 ký tự', en: 'Tiêu đề must be at least 5 characters long' } },
      { field: 'audiences', problem: { vi: 'chỉ được chọn trong các giá trị: a, b', en: 'Must be an array with one of a, b' } },
    ]);
  });

  it('keeps an unreadable-file message rather than dropping it', () => {
    expect(parseReaderError('Frontmatter not found')[0]?.problem.vi).toContain('không đọc được tệp');
  });
});

describe('translateFieldMessage', () => {
  it('falls back to the original English inside the Vietnamese text', () => {
    expect(translateFieldMessage('Something new')).toEqual({ vi: 'không hợp lệ (Something new)', en: 'Something new' });
  });
});

describe('formatIssue', () => {
  it('names file, label and field', () => {
    expect(
      formatIssue({ file: 'content/a.mdoc', field: 'title', label: 'Tiêu đề', problem: { vi: 'bắt buộc', en: 'required' } }),
    ).toBe('content/a.mdoc — trường «Tiêu đề» (title): bắt buộc. [EN] field title: required.');
  });
});
