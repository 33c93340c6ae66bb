import { collection, fields } from '@keystatic/core';
import { measures, NO_AUDIENCE, targetUnits } from '../lib/plans/measures';
import { audiences } from '../lib/taxonomy';
import { slugify } from '../lib/text/slug';

/** Nhóm chỉ tiêu: the three groups of targets in section II of the plan. */
export const targetGroups = [
  { label: 'Truyền thông, tuyên truyền (mục II.1)', value: 'truyen-thong' },
  { label: 'Lồng ghép tại cơ sở (mục II.2)', value: 'long-ghep' },
  { label: 'Thanh tra, kiểm tra (mục II.3)', value: 'thanh-tra' },
] as const;

/** Đơn vị kế hoạch bao phủ: which commune-level units a plan's figures count. */
export const planAreas = [
  { label: 'Các đơn vị của tỉnh Hưng Yên cũ (trước khi hợp nhất 07/2025)', value: 'hung-yen-cu' },
  { label: 'Mọi đơn vị của danh sách có hiệu lực (tỉnh Hưng Yên mới từ 07/2025)', value: 'toan-tinh' },
] as const;

/**
 * Kế hoạch: a plan (5-year or yearly) with its period, the units it covers,
 * its viewpoints, objective and targets; each target names the measure
 * (src/lib/plans/measures.ts) the tracker computes for it. A new plan (the
 * yearly plan of 2026, say) is a new file here, not a code change. Several
 * plans may be in force at once.
 * Stored as content/ke-hoach/<slug>.yaml.
 */
export const plans = collection({
  label: 'Kế hoạch và chỉ tiêu',
  path: 'content/ke-hoach/*',
  slugField: 'number',
  format: { data: 'yaml' },
  columns: ['number', 'issuedOn'],
  schema: {
    number: fields.slug({
      name: { label: 'Số, ký hiệu', description: 'Ví dụ: 164/KH-UBND.', validation: { length: { min: 3 } } },
      slug: { generate: slugify, label: 'Mã tệp', description: 'Ví dụ: 164-kh-ubnd-2021.' },
    }),
    title: fields.text({ label: 'Trích yếu', validation: { length: { min: 10 } } }),
    issuer: fields.text({ label: 'Cơ quan ban hành', validation: { length: { min: 3 } } }),
    issuedOn: fields.date({ label: 'Ngày ban hành', validation: { isRequired: true } }),
    basis: fields.text({ label: 'Căn cứ', description: 'Văn bản cấp trên mà kế hoạch thực hiện.', multiline: true }),
    periodStart: fields.date({ label: 'Giai đoạn từ ngày', validation: { isRequired: true } }),
    periodEnd: fields.date({ label: 'Giai đoạn đến ngày', validation: { isRequired: true } }),
    kind: fields.select({
      label: 'Loại kế hoạch',
      options: [
        { label: 'Kế hoạch giai đoạn (nhiều năm)', value: 'giai-doan' },
        { label: 'Kế hoạch năm', value: 'nam' },
      ],
      defaultValue: 'nam',
    }),
    area: fields.select({
      label: 'Đơn vị kế hoạch bao phủ',
      description: 'Các xã, phường được tính khi đo chỉ tiêu của kế hoạch này.',
      options: [...planAreas],
      defaultValue: 'toan-tinh',
    }),
    isCurrent: fields.checkbox({
      label: 'Kế hoạch đang hiển thị',
      description: 'Trang Kế hoạch (/ke-hoach/) giới thiệu kế hoạch được đánh dấu này. Trang Chiến dịch đo mọi kế hoạch theo thời gian hiệu lực.',
      defaultValue: false,
    }),
    viewpoints: fields.array(fields.text({ label: 'Quan điểm', multiline: true }), {
      label: 'Quan điểm (tóm tắt bằng lời của chúng ta)',
      itemLabel: (props) => props.value.slice(0, 60),
    }),
    objective: fields.text({ label: 'Mục tiêu (tóm tắt)', multiline: true, validation: { length: { min: 10 } } }),
    regularQuartersPerYear: fields.integer({
      label: 'Quy tắc "duy trì thường xuyên": số quý có hoạt động tối thiểu trong năm',
      description: 'Mặc định 3: một xã được tính là duy trì thường xuyên khi có hoạt động ở ít nhất 3 trong 4 quý.',
      defaultValue: 3,
      validation: { isRequired: true, min: 1, max: 4 },
    }),
    targets: fields.array(
      fields.object({
        id: fields.text({
          label: 'Mã chỉ tiêu',
          description: 'Chữ thường không dấu, cố định (dùng trong bảng theo dõi), ví dụ: xa-co-tuyen-truyen.',
          validation: { length: { min: 3 }, pattern: { regex: /^[a-z0-9]+(-[a-z0-9]+)*$/, message: 'chữ thường không dấu, nối bằng dấu gạch ngang' } },
        }),
        section: fields.text({ label: 'Mục trong kế hoạch', description: 'Ví dụ: II.1.a', validation: { length: { min: 2 } } }),
        group: fields.select({ label: 'Nhóm', options: [...targetGroups], defaultValue: 'truyen-thong' }),
        label: fields.text({ label: 'Chỉ tiêu (diễn đạt ngắn)', validation: { length: { min: 5 } } }),
        measure: fields.select({
          label: 'Đo bằng',
          description: 'Con số trang theo dõi tính được cho chỉ tiêu này.',
          options: measures.map((m) => ({ label: m.label, value: m.id })),
          defaultValue: 'don-vi-duy-tri-thuong-xuyen',
        }),
        audience: fields.select({
          label: 'Nhóm đối tượng',
          description: 'Chỉ cần với thước đo theo nhóm đối tượng (tỷ lệ hoặc số người được tuyên truyền).',
          options: [{ label: 'Không theo nhóm đối tượng', value: NO_AUDIENCE }, ...audiences.map((a) => ({ label: a.label, value: a.id }))],
          defaultValue: NO_AUDIENCE,
        }),
        unit: fields.select({ label: 'Đơn vị của mức phải đạt', options: [...targetUnits], defaultValue: 'phan-tram' }),
        value: fields.integer({
          label: 'Mức phải đạt (con số)',
          description: 'Tỷ lệ: số phần trăm (90 là 90%). Số lượng: số người hoặc số tin bài. Để trống nếu kế hoạch không nêu con số (ví dụ "tăng cường").',
          validation: { min: 0 },
        }),
        targetText: fields.text({ label: 'Mức phải đạt (bằng chữ)', description: 'Ví dụ: Ít nhất 90%.', validation: { length: { min: 2 } } }),
        deadline: fields.date({
          label: 'Thời hạn',
          description: 'Ngày phải đạt chỉ tiêu (với chỉ tiêu hằng năm: hạn của năm cuối giai đoạn).',
          validation: { isRequired: true },
        }),
        frequency: fields.select({
          label: 'Tính theo',
          options: [
            { label: 'Đến cuối giai đoạn', value: 'ca-giai-doan' },
            { label: 'Hằng năm', value: 'hang-nam' },
          ],
          defaultValue: 'ca-giai-doan',
        }),
        counts: fields.text({ label: 'Cái gì được tính', multiline: true, validation: { length: { min: 5 } } }),
        quote: fields.text({ label: 'Trích nguyên văn (ngắn)', multiline: true }),
      }),
      { label: 'Chỉ tiêu', itemLabel: (props) => `${props.fields.section.value} ${props.fields.label.value}` },
    ),
    copyNote: fields.text({
      label: 'Ghi chú về bản văn bản đang có',
      description: 'Nói rõ phần nào của văn bản chưa có trên trang, để không ai hiểu nhầm là đã đầy đủ.',
      multiline: true,
    }),
  },
});
