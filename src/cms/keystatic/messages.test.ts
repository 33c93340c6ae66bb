import { describe, expect, it } from 'vitest';
import { KEYSTATIC_MESSAGES, parseReaderError, translateFieldMessage } from './messages';
import { fieldMessages } from './vietnamese';

describe('parseReaderError', () => {
  it('splits Keystatic reader errors into fields with Vietnamese wording', () => {
    const issues = parseReaderError(
      'Invalid data for "abc" in collection "taiLieu":\ntitle: Tiêu đề must be at least 5 characters long\naudiences: Must be an array with one of a, b',
    );
    expect(issues).toEqual([
      { field: 'title', problem: { vi: 'cần ít nhất 5 ký tự', en: 'Tiêu đề must be at least 5 characters long' } },
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

  it('keeps a message the schema wrote in Vietnamese (a pattern message) whole', () => {
    expect(translateFieldMessage('Mã xã gồm đúng 5 chữ số').vi).toBe('không hợp lệ (Mã xã gồm đúng 5 chữ số)');
  });

  it('says every message of Keystatic’s reader and fields with the table’s words', () => {
    const vi = (message: string) => translateFieldMessage(message).vi;
    expect(vi('Ngày đăng is required')).toBe('bắt buộc phải điền');
    expect(vi('Tên must not be empty')).toBe('không được để trống');
    expect(vi('Mô tả ngắn must be at least 5 characters long')).toBe('cần ít nhất 5 ký tự');
    expect(vi('Mô tả ngắn must be no longer than 500 characters')).toBe('không được dài quá 500 ký tự');
    expect(vi('Số người tham dự must be at least 0')).toBe('nhỏ nhất là 0');
    expect(vi('Số người tham dự must be at most 1000000')).toBe('lớn nhất là 1000000');
    expect(vi('Tỷ lệ must be at least -0.5')).toBe('nhỏ nhất là -0.5');
    expect(vi('Số người tham dự must be a whole number')).toBe('phải là số nguyên');
    expect(vi('Số người must be a number')).toBe('phải là số');
    expect(vi('Must be a number')).toBe('phải là số');
    expect(vi('Ngày is not a valid date')).toBe('ngày không hợp lệ (dùng dạng YYYY-MM-DD)');
    expect(vi('Must be a string or date')).toBe('phải là ngày dạng YYYY-MM-DD');
    expect(vi('Must be a valid option')).toBe('giá trị không nằm trong danh sách được chọn');
    expect(vi('Must be an array of options')).toBe('phải là danh sách các lựa chọn');
    expect(vi('Must be a string')).toBe('phải là chữ (văn bản)');
    expect(vi('Must be string')).toBe('phải là chữ (văn bản)');
    expect(vi('Must be a boolean')).toBe('phải là đúng/sai (true/false)');
    expect(vi('Must be an array')).toBe('phải là danh sách');
    expect(vi('Must be an object')).toBe('phải là một nhóm trường');
    expect(vi('Must have at least 1 element')).toBe('phải có ít nhất 1 mục');
    expect(vi('Must have at least 2 elements')).toBe('phải có ít nhất 2 mục');
    expect(vi('Must have at most 4 elements}')).toBe('chỉ được có tối đa 4 mục');
    expect(vi('Must have at most 4 elements')).toBe('chỉ được có tối đa 4 mục');
    expect(vi('Key on object value "ghi_chu" is not allowed')).toBe('trường "ghi_chu" không có trong mẫu; xóa hoặc sửa tên trường');
  });

  it('maps every Keystatic message onto a key of the table', () => {
    for (const { key } of KEYSTATIC_MESSAGES) expect(fieldMessages).toHaveProperty(key);
  });
});
