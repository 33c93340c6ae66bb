import { collection, fields } from '@keystatic/core';
import { slugify } from '../lib/text/slug';
import { audiences, outreachFormats, toSelectOptions } from '../lib/taxonomy';
import { MAX_MESSAGES, WAVES_DIR, type Wave } from '../lib/waves/types';

/**
 * Đợt cao điểm: a campaign wave (see src/lib/waves/types.ts). Stored as
 * content/dot-chien-dich/<slug>.yaml. The rules fields cannot express (dates
 * in order, units of the list valid on the wave's dates, loudspeaker scripts
 * that are loudspeaker scripts) are in src/lib/waves/check.ts.
 */
export const waves = collection({
  label: 'Đợt cao điểm',
  path: `${WAVES_DIR}/*`,
  slugField: 'name',
  format: { data: 'yaml' },
  columns: ['name', 'start'],
  schema: {
    name: fields.slug({
      name: {
        label: 'Tên đợt',
        description: 'Ví dụ: Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2025.',
        validation: { length: { min: 5, max: 140 } },
      },
      slug: {
        generate: slugify,
        label: 'Đường dẫn',
        description: 'Chữ thường không dấu, nối bằng dấu gạch ngang. Hoạt động gắn với đợt ghi đường dẫn này (cột "Đợt" khi nhập Excel).',
      },
    }),
    /** Set on the seed waves: their schedule, expected numbers and results are illustrative (dữ liệu minh họa). Not editable in the CMS. */
    illustrative: fields.ignored(),
    start: fields.date({ label: 'Ngày bắt đầu', validation: { isRequired: true } }),
    end: fields.date({ label: 'Ngày kết thúc', description: 'Không trước ngày bắt đầu. Cả đợt phải nằm trong một danh sách đơn vị hành chính.', validation: { isRequired: true } }),
    basis: fields.text({
      label: 'Căn cứ',
      description: 'Văn bản hoặc ngày kỷ niệm hằng năm mà đợt thực hiện (tên, số, ngày, cơ quan ban hành).',
      multiline: true,
      validation: { length: { min: 10, max: 600 } },
    }),
    basisUrl: fields.url({ label: 'Địa chỉ nguồn', description: 'Trang có văn bản hoặc thông tin về ngày kỷ niệm (nếu có).' }),
    allUnits: fields.checkbox({ label: 'Toàn tỉnh', description: 'Bỏ chọn để chỉ chọn một số xã, phường bên dưới.', defaultValue: true }),
    units: fields.array(
      fields.text({
        label: 'Mã xã (5 chữ số)',
        description: 'Mã trong danh sách đơn vị hành chính có hiệu lực vào ngày của đợt.',
        validation: { length: { min: 5, max: 5 }, pattern: { regex: /^\d{5}$/, message: 'Mã xã gồm đúng 5 chữ số' } },
      }),
      { label: 'Các xã, phường của đợt', description: 'Chỉ dùng khi bỏ chọn "Toàn tỉnh".', itemLabel: (props) => props.value || 'Mã xã' },
    ),
    audiences: fields.multiselect({ label: 'Đối tượng', description: 'Chọn ít nhất một nhóm.', options: toSelectOptions(audiences) }),
    messages: fields.array(fields.text({ label: 'Thông điệp', validation: { length: { min: 5, max: 200 } } }), {
      label: 'Thông điệp chính',
      description: `Nhiều nhất ${MAX_MESSAGES} thông điệp ngắn, dễ nhớ.`,
      itemLabel: (props) => props.value || 'Thông điệp',
      validation: { length: { min: 1, max: MAX_MESSAGES } },
    }),
    materials: fields.array(fields.relationship({ label: 'Tài liệu', collection: 'taiLieu' }), {
      label: 'Tài liệu trong bộ tài liệu của đợt',
      itemLabel: (props) => props.value ?? 'Tài liệu',
    }),
    lessonKits: fields.array(fields.relationship({ label: 'Bài giảng', collection: 'baiGiang' }), {
      label: 'Bài giảng trong bộ tài liệu của đợt',
      itemLabel: (props) => props.value ?? 'Bài giảng',
    }),
    expected: fields.array(
      fields.object({
        format: fields.select({ label: 'Hình thức', options: toSelectOptions(outreachFormats), defaultValue: outreachFormats[0]?.id ?? '' }),
        count: fields.integer({ label: 'Số hoạt động dự kiến', validation: { isRequired: true, min: 1, max: 100000 } }),
      }),
      {
        label: 'Hoạt động dự kiến',
        description: 'Mỗi hình thức một dòng. Chỉ hoạt động thuộc các hình thức này mới gắn được vào đợt.',
        itemLabel: (props) => `${outreachFormats.find((f) => f.id === props.fields.format.value)?.label ?? ''}: ${props.fields.count.value ?? ''}`,
        validation: { length: { min: 1 } },
      },
    ),
    broadcasts: fields.array(
      fields.object({
        script: fields.relationship({ label: 'Bài phát thanh', description: 'Tài liệu loại "Bài phát thanh".', collection: 'taiLieu', validation: { isRequired: true } }),
        days: fields.array(fields.date({ label: 'Ngày phát', validation: { isRequired: true } }), {
          label: 'Ngày phát',
          description: 'Các ngày trong thời gian của đợt.',
          itemLabel: (props) => props.value ?? 'Ngày',
        }),
        timesPerDay: fields.integer({ label: 'Số lần phát mỗi ngày', defaultValue: 1, validation: { isRequired: true, min: 1, max: 10 } }),
      }),
      {
        label: 'Lịch phát thanh',
        itemLabel: (props) => `${props.fields.script.value ?? 'Bài phát thanh'} · ${props.fields.days.elements.length} ngày × ${props.fields.timesPerDay.value ?? 1} lần`,
      },
    ),
  },
});

/** The entry Keystatic's reader returns for a wave, as the pure rules see it. */
export function waveOfEntry(slug: string, entry: {
  name: string;
  illustrative?: unknown;
  start: string | null;
  end: string | null;
  basis: string;
  basisUrl: string | null;
  allUnits: boolean;
  units: readonly string[];
  audiences: readonly string[];
  messages: readonly string[];
  materials: readonly (string | null)[];
  lessonKits: readonly (string | null)[];
  expected: readonly { format: string; count: number | null }[];
  broadcasts: readonly { script: string | null; days: readonly (string | null)[]; timesPerDay: number | null }[];
}): Wave {
  return {
    slug,
    name: entry.name,
    start: entry.start ?? '',
    end: entry.end ?? '',
    basis: entry.basis,
    basisUrl: entry.basisUrl ?? '',
    illustrative: entry.illustrative === true,
    allUnits: entry.allUnits,
    units: [...entry.units],
    audiences: [...entry.audiences],
    messages: [...entry.messages],
    materials: entry.materials.map((m) => m ?? ''),
    lessonKits: entry.lessonKits.map((k) => k ?? ''),
    expected: entry.expected.map((row) => ({ format: row.format, count: row.count ?? 0 })),
    broadcasts: entry.broadcasts.map((b) => ({ script: b.script ?? '', days: b.days.map((d) => d ?? ''), timesPerDay: b.timesPerDay ?? 1 })),
  };
}
