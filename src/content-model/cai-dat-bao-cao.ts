import { fields, singleton } from '@keystatic/core';

/** The platform's default when officers have not set one (not a legal deadline: set yours). */
export const DEFAULT_DUE_DAYS = 10;

export const PLACEHOLDER_HELP =
  'Chỗ trống được điền tự động: {don_vi} tên đơn vị, {quy} quý (ví dụ Quý 4/2026), {han_nop} hạn nộp (dd/mm/yyyy), {con_lai} số ngày còn lại (hoặc "đã quá hạn N ngày"), {mau} đường dẫn tải mẫu Excel của quý.';

/**
 * Báo cáo quý: the due date of the quarterly reports (days after the quarter
 * ends) and the reminder messages the Monday list fills in for each unit.
 * Stored as content/cai-dat-bao-cao/index.yaml.
 */
export const reportSettings = singleton({
  label: 'Báo cáo quý: hạn nộp và tin nhắn nhắc',
  path: 'content/cai-dat-bao-cao/',
  format: { data: 'yaml' },
  schema: {
    dueDays: fields.integer({
      label: 'Hạn nộp báo cáo quý (số ngày sau ngày cuối quý)',
      description: `Báo cáo nhận được đến hết ngày cuối quý cộng số ngày này là đúng hạn. Mặc định của trang: ${DEFAULT_DUE_DAYS} ngày; sửa theo quy định của tỉnh.`,
      defaultValue: DEFAULT_DUE_DAYS,
      validation: { isRequired: true, min: 0, max: 90 },
    }),
    messageNotReported: fields.text({
      label: 'Tin nhắn nhắc đơn vị chưa báo cáo',
      description: PLACEHOLDER_HELP,
      multiline: true,
      validation: { length: { min: 20, max: 1000 } },
    }),
    messageNoActivity: fields.text({
      label: 'Tin nhắn cho đơn vị đã báo cáo không có hoạt động',
      description: PLACEHOLDER_HELP,
      multiline: true,
      validation: { length: { min: 20, max: 1000 } },
    }),
  },
});
