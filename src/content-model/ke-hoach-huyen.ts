import { collection, fields } from '@keystatic/core';
import type { Entry } from '@keystatic/core/reader';
import { outreachFormats, toSelectOptions } from '../lib/taxonomy';
import { DISTRICT_YEAR_SLUG } from '../lib/district/plan';
import { districtCodeHelp } from '../lib/units/districts';


export const quarterOptions = [
  { label: 'Quý 1', value: '1' },
  { label: 'Quý 2', value: '2' },
  { label: 'Quý 3', value: '3' },
  { label: 'Quý 4', value: '4' },
];

/** The file-name field shared by district plans and district reports. */
export const districtYearField = (what: string) =>
  fields.text({
    label: 'Năm-mã huyện (tên tệp)',
    description: `${what} của một huyện trong một năm. Ghi năm-mã huyện, ví dụ 2024-325 (năm 2024, Huyện Văn Lâm). Mã huyện: ${districtCodeHelp}. Cấp huyện có đến 30/06/2025.`,
    validation: { length: { min: 8, max: 8 }, pattern: { regex: DISTRICT_YEAR_SLUG, message: 'Dạng năm-mã huyện, ví dụ 2024-325' } },
  });

/**
 * Kế hoạch năm của huyện: which communes run which outreach formats in which
 * quarters. The dashboards compare it with the activities recorded and count
 * the districts with a plan (target huyen-co-ke-hoach). Stored as
 * content/ke-hoach-huyen/<year>-<district code>.yaml.
 */
export const districtPlans = collection({
  label: 'Kế hoạch năm của huyện',
  path: 'content/ke-hoach-huyen/*',
  slugField: 'file',
  format: { data: 'yaml' },
  columns: ['file', 'number'],
  schema: {
    file: districtYearField('Kế hoạch'),
    number: fields.text({ label: 'Số, ký hiệu', description: 'Ví dụ: 25/KH-UBND.', validation: { length: { min: 3, max: 60 } } }),
    issuedOn: fields.date({ label: 'Ngày ban hành', validation: { isRequired: true } }),
    title: fields.text({
      label: 'Trích yếu',
      description: 'Ví dụ: Kế hoạch tuyên truyền phòng, chống mại dâm năm 2024 của UBND huyện Văn Lâm.',
      validation: { length: { min: 10, max: 300 } },
    }),
    items: fields.array(
      fields.object({
        communes: fields.array(fields.text({ label: 'Xã, phường, thị trấn', description: 'Tên (ví dụ: Như Quỳnh) hoặc mã 5 chữ số.' }), {
          label: 'Xã, phường, thị trấn',
          description: 'Để trống nếu là tất cả xã, phường, thị trấn của huyện. Mỗi dòng một xã: ghi tên hoặc mã theo danh sách đơn vị có hiệu lực ngày 01/01 của năm.',
          itemLabel: (props) => props.value || 'Xã',
        }),
        formats: fields.multiselect({ label: 'Hình thức', description: 'Chọn ít nhất một.', options: toSelectOptions(outreachFormats) }),
        quarters: fields.multiselect({ label: 'Quý thực hiện', description: 'Chọn ít nhất một. Năm 2025 chỉ có quý 1, 2 (cấp huyện có đến 30/06/2025).', options: quarterOptions }),
        note: fields.text({ label: 'Ghi chú', multiline: true }),
      }),
      {
        label: 'Nội dung kế hoạch',
        description: 'Mỗi dòng: những xã nào, hình thức nào, quý nào. Ví dụ: tất cả xã, loa truyền thanh, quý 1–4.',
        itemLabel: (props) =>
          `${props.fields.communes.elements.length === 0 ? 'Toàn huyện' : props.fields.communes.elements.map((e) => e.value).join(', ')} · ${props.fields.formats.value
            .map((id) => outreachFormats.find((f) => f.id === id)?.label ?? id)
            .join(', ')} · quý ${props.fields.quarters.value.join(', ')}`,
      },
    ),
    /** True on plans made by `npm run sample:generate`; not editable in the CMS. */
    illustrative: fields.ignored(),
  },
});

export type DistrictPlanEntry = Entry<typeof districtPlans>;
