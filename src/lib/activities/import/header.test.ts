import { describe, expect, it } from 'vitest';
import { checkHeader, HEADER_LINE } from './header';

describe('checkHeader', () => {
  it('accepts the seven columns in any order, ignoring case and empty trailing cells', () => {
    const result = checkHeader(['MO_TA', 'ngay', 'ma_xa', 'ten_xa', 'hinh_thuc', 'doi_tuong', 'so_nguoi', '', '']);
    expect(result).toEqual({ ok: true, index: { mo_ta: 0, ngay: 1, ma_xa: 2, ten_xa: 3, hinh_thuc: 4, doi_tuong: 5, so_nguoi: 6 } });
  });

  it('reads the template\'s Vietnamese titles as the columns, in NFC or NFD, with the optional materials column', () => {
    const titles = ['Ngày', 'Mã xã', 'Tên xã', 'Hình thức', 'Đối tượng'.normalize('NFD'), 'Số người', 'Mô tả', 'Tài liệu'];
    expect(checkHeader(titles)).toEqual({ ok: true, index: { ngay: 0, ma_xa: 1, ten_xa: 2, hinh_thuc: 3, doi_tuong: 4, so_nguoi: 5, mo_ta: 6, tai_lieu: 7 } });
  });

  it('names a misspelt column and the fix, with the right header line', () => {
    const result = checkHeader(['Ngàyy', 'ma_xa', 'ten_xa', 'hinh_thuc', 'doi_tuong', 'so_nguoi', 'mota']);
    expect(!result.ok && result.problems.map((p) => p.vi)).toEqual([
      'cột thứ 1 tên "Ngàyy" sai chính tả: đổi thành "Ngày" (hoặc "ngay")',
      'cột thứ 7 tên "mota" sai chính tả: đổi thành "Mô tả" (hoặc "mo_ta")',
      `Dòng tiêu đề đúng là: ${HEADER_LINE}`,
    ]);
  });

  it('reports a missing column with what it holds, and an extra one to delete', () => {
    const result = checkHeader(['ngay', 'ma_xa', 'ten_xa', 'hinh_thuc', 'doi_tuong', 'mo_ta', 'ghi_chu_them']);
    expect(!result.ok && result.problems.map((p) => p.vi)).toEqual([
      'cột thứ 7 tên "ghi_chu_them" không dùng: xóa cột này',
      'thiếu cột "so_nguoi" (số người tham dự (để trống nếu không đếm)): thêm cột này vào dòng tiêu đề',
      `Dòng tiêu đề đúng là: ${HEADER_LINE}`,
    ]);
  });

  it('reports a column given twice', () => {
    const result = checkHeader(['ngay', 'ngay', 'ma_xa', 'ten_xa', 'hinh_thuc', 'doi_tuong', 'so_nguoi', 'mo_ta']);
    expect(!result.ok && result.problems[0]?.vi).toContain('cột "ngay" có hai lần');
  });
});
