import { collection, fields } from '@keystatic/core';
import { unitManifest } from './hoat-dong';

/**
 * Báo cáo quý và chốt số liệu: for one quarter, the reports received from
 * each reporting unit (the district to 30/06/2025, the commune-level unit
 * after), the reminders sent from the Monday list, and the closes of the
 * quarter's figures. Stored as content/bao-cao-quy/<year>-q<n>.yaml; the data
 * desk writes it, officers may correct it here. Rules beyond the fields:
 * src/lib/reporting/check.ts.
 */
export const QUARTER_SLUG = /^\d{4}-q[1-4]$/;

const lists = unitManifest.lists.map((list) => ({ label: list.label, value: list.id }));
const latestList = lists[lists.length - 1]?.value ?? '';

const reporter = fields.object(
  {
    level: fields.select({
      label: 'Cấp báo cáo',
      description: 'Đến 30/06/2025 báo cáo gửi qua huyện; từ 01/07/2025 mỗi xã, phường gửi báo cáo.',
      options: [
        { label: 'Xã, phường, thị trấn', value: 'xa' },
        { label: 'Huyện, thị xã, thành phố (đến 30/06/2025)', value: 'huyen' },
      ],
      defaultValue: 'xa',
    }),
    list: fields.select({ label: 'Danh sách đơn vị hành chính', description: 'Danh sách có hiệu lực vào ngày đầu quý.', options: lists, defaultValue: latestList }),
    code: fields.text({
      label: 'Mã đơn vị',
      description: 'Mã của Tổng cục Thống kê: 5 chữ số cho xã, 3 chữ số cho huyện.',
      validation: { length: { min: 3, max: 5 }, pattern: { regex: /^(\d{3}|\d{5})$/, message: 'Mã gồm 3 chữ số (huyện) hoặc 5 chữ số (xã)' } },
    }),
    name: fields.text({ label: 'Tên đơn vị', description: 'Để dễ đọc, ví dụ Phường Lam Sơn.', validation: { length: { min: 1, max: 120 } } }),
  },
  { label: 'Đơn vị báo cáo' },
);

export const quarterReports = collection({
  label: 'Báo cáo quý và chốt số liệu',
  path: 'content/bao-cao-quy/*',
  slugField: 'quarter',
  format: { data: 'yaml' },
  columns: ['quarter'],
  schema: {
    quarter: fields.text({
      label: 'Quý (tên tệp)',
      description: 'Dạng năm-q số quý, ví dụ 2025-q3 là Quý 3/2025.',
      validation: { length: { min: 7, max: 7 }, pattern: { regex: QUARTER_SLUG, message: 'Dạng năm-q số quý, ví dụ 2025-q3' } },
    }),
    receipts: fields.array(
      fields.object({
        unit: reporter,
        receivedOn: fields.date({ label: 'Ngày nhận báo cáo', description: 'Không trước ngày đầu quý, không sau hôm nay.', validation: { isRequired: true } }),
        from: fields.text({ label: 'Người, cơ quan gửi', description: 'Ví dụ: UBND phường Lam Sơn, ông Nguyễn Văn A.', validation: { length: { min: 2, max: 200 } } }),
        noActivity: fields.checkbox({ label: 'Báo cáo "không có hoạt động trong quý"', defaultValue: false }),
      }),
      { label: 'Báo cáo đã nhận', itemLabel: (props) => `${props.fields.unit.fields.name.value} — ${props.fields.receivedOn.value ?? ''}` },
    ),
    reminders: fields.array(
      fields.object({
        unit: reporter,
        on: fields.date({ label: 'Ngày nhắc', validation: { isRequired: true } }),
        by: fields.text({ label: 'Người nhắc', validation: { length: { min: 2, max: 120 } } }),
      }),
      { label: 'Đã nhắc báo cáo', itemLabel: (props) => `${props.fields.unit.fields.name.value} — ${props.fields.on.value ?? ''}` },
    ),
    closes: fields.array(
      fields.object({
        area: fields.text({
          label: 'Khu vực chốt',
          description: '"tinh" là toàn tỉnh; hoặc mã huyện (3 chữ số) cho các quý đến 30/06/2025.',
          validation: { length: { min: 3, max: 4 }, pattern: { regex: /^(tinh|\d{3})$/, message: 'Ghi "tinh" hoặc mã huyện 3 chữ số' } },
        }),
        closedOn: fields.date({ label: 'Ngày chốt', description: 'Sau ngày cuối quý, không sau hôm nay.', validation: { isRequired: true } }),
        by: fields.text({ label: 'Người chốt', validation: { length: { min: 2, max: 120 } } }),
        note: fields.text({ label: 'Ghi chú', multiline: true, validation: { length: { min: 0, max: 1000 } } }),
        records: fields.integer({ label: 'Số hoạt động đã chốt', validation: { min: 0, max: 10_000_000 } }),
        /** The digest of each file's records in the quarter at close time: written by the desk, never edited. */
        files: fields.ignored(),
        reopened: fields.object(
          {
            on: fields.date({ label: 'Ngày mở lại', description: 'Để trống nếu chưa mở lại.' }),
            by: fields.text({ label: 'Người mở lại', validation: { length: { max: 120 } } }),
            reason: fields.text({ label: 'Lý do mở lại', description: 'Bắt buộc khi mở lại (ít nhất 10 ký tự).', multiline: true, validation: { length: { max: 1000 } } }),
          },
          { label: 'Mở lại' },
        ),
      }),
      { label: 'Chốt số liệu', itemLabel: (props) => `${props.fields.area.value} — ${props.fields.closedOn.value ?? ''}` },
    ),
  },
});
