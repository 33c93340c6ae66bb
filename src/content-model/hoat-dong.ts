import { collection, fields } from '@keystatic/core';
import unitManifestJson from '../../content/don-vi-hanh-chinh/danh-sach.json';
import { ACTIVITY_SLUG } from '../lib/activities/file-slug';
import { activityLimits } from '../lib/activities/limits';
import { audiences, outreachFormats, toSelectOptions } from '../lib/taxonomy';
import { parseUnitManifest } from '../lib/units/manifest';

/**
 * Hoạt động tuyên truyền: the outreach activities of one commune-level unit in
 * one year, under one unit list. Stored as
 * content/hoat-dong/<year>/<listId>-<code>.yaml (e.g. 2024/2021-11950.yaml):
 * about 160 files a year for the province, each holding an array of activities,
 * so Git stays fast and reviewable at tens of thousands of records.
 *
 * This module is the single definition of the schema: the Keystatic fields
 * below. They are built from what src/lib holds for the importer and for the
 * rules fields cannot express (src/lib/activities/check-file.ts) as well: the
 * option lists (src/lib/taxonomy), the field limits
 * (src/lib/activities/limits.ts) and the file slug pattern
 * (src/lib/activities/file-slug.ts). The fast loader
 * (src/data/activities.ts) parses files with this very schema's field parsers
 * (readEntry in src/cms/keystatic/reader.ts).
 */
export const unitManifest = parseUnitManifest('content/don-vi-hanh-chinh/danh-sach.json', unitManifestJson);

export const ACTIVITIES_DIR = 'content/hoat-dong';

export const UNIT_CODE = /^\d{5}$/;

const listHelp = unitManifest.lists.map((list) => `«${list.id}» = ${list.shortLabel}`).join('; ');
const latestList = unitManifest.lists[unitManifest.lists.length - 1];

export const activityFiles = collection({
  label: 'Hoạt động tuyên truyền',
  path: `${ACTIVITIES_DIR}/**`,
  slugField: 'file',
  format: { data: 'yaml' },
  schema: {
    file: fields.text({
      label: 'Năm / danh sách - mã xã (tên tệp)',
      description: `Mỗi tệp là các hoạt động của một xã, phường, thị trấn trong một năm. Ghi năm/danh sách-mã xã, ví dụ 2024/2021-11950 (năm 2024, danh sách «2021», mã 11950). Danh sách: ${listHelp}. Không đổi tên tệp sau khi đã có hoạt động.`,
      validation: {
        length: { min: 12, max: 40 },
        pattern: { regex: ACTIVITY_SLUG, message: 'Dạng năm/danh sách-mã xã, ví dụ 2024/2021-11950' },
      },
    }),
    unit: fields.object(
      {
        list: fields.select({
          label: 'Danh sách đơn vị hành chính',
          description: 'Danh sách có hiệu lực vào ngày diễn ra các hoạt động trong tệp này. Phải khớp phần danh sách trong tên tệp.',
          options: unitManifest.lists.map((list) => ({ label: list.label, value: list.id })),
          defaultValue: latestList?.id ?? '',
        }),
        code: fields.text({
          label: 'Mã xã (5 chữ số)',
          description: 'Mã đơn vị hành chính của Tổng cục Thống kê, trong danh sách đã chọn (xem content/don-vi-hanh-chinh/). Cùng một mã có thể là xã khác ở danh sách khác.',
          validation: { length: { min: 5, max: 5 }, pattern: { regex: UNIT_CODE, message: 'Mã xã gồm đúng 5 chữ số' } },
        }),
        name: fields.text({
          label: 'Tên xã, phường, thị trấn',
          description: 'Để dễ đọc; phải đúng tên của mã trên trong danh sách đã chọn, ví dụ Phường Lam Sơn.',
          validation: { length: activityLimits.unitName },
        }),
      },
      { label: 'Đơn vị' },
    ),
    /** Set by `npm run sample:generate` on the files it creates; not editable in the CMS. */
    illustrative: fields.ignored(),
    activities: fields.array(
      fields.object({
        date: fields.date({
          label: 'Ngày',
          description: 'Phải thuộc năm của tệp và trong thời gian hiệu lực của danh sách đơn vị; không ghi ngày trong tương lai.',
          validation: { isRequired: true },
        }),
        format: fields.select({
          label: 'Hình thức',
          options: toSelectOptions(outreachFormats),
          defaultValue: outreachFormats[0]?.id ?? '',
        }),
        audiences: fields.multiselect({
          label: 'Đối tượng',
          description: 'Chọn ít nhất một nhóm.',
          options: toSelectOptions(audiences),
        }),
        participants: fields.integer({
          label: 'Số người tham dự',
          description: 'Để trống nếu không đếm được (ví dụ phát loa). Số lượt người của hoạt động này, không phải số người khác nhau.',
          validation: { min: activityLimits.participants.min, max: activityLimits.participants.max },
        }),
        materials: fields.array(fields.relationship({ label: 'Tài liệu', collection: 'taiLieu' }), {
          label: 'Tài liệu đã dùng',
          description: 'Tài liệu trong thư viện đã dùng cho hoạt động (nếu có).',
          itemLabel: (props) => props.value ?? 'Tài liệu',
        }),
        description: fields.text({
          label: 'Mô tả ngắn',
          description: 'Một hai câu: làm gì, ở đâu, với ai. Không ghi tên hoặc thông tin nhận diện người được tuyên truyền.',
          multiline: true,
          validation: { length: activityLimits.description },
        }),
        reportingUnit: fields.text({
          label: 'Đơn vị báo cáo',
          description: 'Ví dụ: UBND xã, Hội Liên hiệp Phụ nữ huyện, Đoàn trường THPT.',
          validation: { length: activityLimits.reportingUnit },
        }),
        wave: fields.relationship({
          label: 'Đợt cao điểm',
          description: 'Không bắt buộc. Chỉ chọn đợt khi ngày, xã và hình thức của hoạt động nằm trong ngày, địa bàn và các hình thức dự kiến của đợt.',
          collection: 'dotChienDich',
        }),
        /** True on records made by `npm run sample:generate`; not editable in the CMS. */
        illustrative: fields.ignored(),
      }),
      {
        label: 'Các hoạt động',
        description: 'Mỗi dòng là một hoạt động. Thêm hoạt động mới vào cuối danh sách.',
        itemLabel: (props) =>
          `${props.fields.date.value ?? '(chưa có ngày)'} · ${outreachFormats.find((f) => f.id === props.fields.format.value)?.label ?? ''} · ${props.fields.description.value.slice(0, 50)}`,
      },
    ),
  },
});

// The admin's list shows each file's unit by name and code, and its search finds "Lam Sơn" or "lam son".
// Keystatic's types allow only scalar fields as columns; its list renders an object column through
// KEYSTATIC_PATCHES (src/cms/keystatic/admin-patch.ts), which tests the patched code.
activityFiles.columns = ['unit'];
