import { collection, fields } from '@keystatic/core';
import type { Entry } from '@keystatic/core/reader';
import type { FieldIssue } from '../lib/content/issues';
import { districtYearField } from './ke-hoach-huyen';

const count = (label: string, description: string) => fields.integer({ label, description, validation: { min: 0, max: 1_000_000 } });

export const integrationOptions = [
  { label: 'Chưa báo cáo', value: 'chua-bao-cao' },
  { label: 'Đã lồng ghép', value: 'co' },
  { label: 'Chưa lồng ghép', value: 'chua' },
] as const;

/**
 * Báo cáo chỉ tiêu năm của huyện: the indicators of section II the activity
 * records cannot show (items on the media, integration, tip-offs, venue
 * inspections), one file per district and year. An empty figure means "not
 * reported" and shows as "chưa có báo cáo"; the site never fills one in.
 * Stored as content/bao-cao-huyen/<year>-<district code>.yaml.
 */
export const districtReports = collection({
  label: 'Báo cáo chỉ tiêu năm của huyện',
  path: 'content/bao-cao-huyen/*',
  slugField: 'file',
  format: { data: 'yaml' },
  columns: ['file', 'source'],
  schema: {
    file: districtYearField('Báo cáo các chỉ tiêu'),
    source: fields.text({
      label: 'Báo cáo số',
      description: 'Văn bản chứa các số liệu dưới đây (số, ngày, cơ quan), ví dụ: Báo cáo 120/BC-UBND ngày 15/12/2024 của UBND huyện. Bắt buộc khi có số liệu.',
      validation: { length: { max: 300 } },
    }),
    mediaItems: count(
      'Số tin, bài, phóng sự trên báo, đài',
      'Tin, bài, phóng sự về phòng, chống mại dâm trên báo, đài của tỉnh và đài truyền thanh huyện trong năm. Để trống nếu chưa có số liệu.',
    ),
    integration: fields.select({
      label: 'Lồng ghép chương trình',
      description: 'Huyện đã lồng ghép phòng, chống mại dâm với chương trình phát triển kinh tế - xã hội, an sinh xã hội, phòng, chống ma túy, HIV/AIDS chưa.',
      options: [...integrationOptions],
      defaultValue: 'chua-bao-cao',
    }),
    tipsReceived: count('Số tin báo, tố giác, khiếu nại nhận được', 'Tin báo, tố giác về hoạt động mại dâm, khiếu nại, tố cáo liên quan nhận được trong năm.'),
    tipsHandled: count('Số đã xác minh, xử lý kịp thời', 'Trong số tin báo, tố giác, khiếu nại trên, số đã được kiểm tra, xác minh, xử lý kịp thời.'),
    venues: count(
      'Số cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm',
      'Cơ sở karaoke, xoa bóp, lưu trú và dịch vụ tương tự trên địa bàn huyện trong năm.',
    ),
    venuesInspected: count('Số cơ sở được thanh tra, kiểm tra trong năm', 'Số cơ sở khác nhau được kiểm tra ít nhất một lần trong năm (mức phải đạt: ít nhất 50%).'),
    venuesInspectedSince2021: count(
      'Số cơ sở đã được kiểm tra ít nhất một lần từ 2021',
      'Lũy kế từ năm 2021 đến hết năm báo cáo (chỉ tiêu: đến năm 2025, 100% cơ sở được kiểm tra ít nhất một lần).',
    ),
    note: fields.text({ label: 'Ghi chú', multiline: true, validation: { length: { max: 1000 } } }),
    /** True on reports made by `npm run sample:generate`; not editable in the CMS. */
    illustrative: fields.ignored(),
  },
});

export type DistrictReportEntry = Entry<typeof districtReports>;

type ReportFigures = Pick<
  DistrictReportEntry,
  'source' | 'mediaItems' | 'integration' | 'tipsReceived' | 'tipsHandled' | 'venues' | 'venuesInspected' | 'venuesInspectedSince2021'
>;

/** Rules across fields: a part never exceeds its whole, and figures need a source. */
export function checkDistrictReport(entry: ReportFigures): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const over = (part: keyof ReportFigures, whole: keyof ReportFigures, vi: string) => {
    const a = entry[part];
    const b = entry[whole];
    if (typeof a === 'number' && typeof b === 'number' && a > b) issues.push({ field: part, problem: { vi: `${vi} (${a} > ${b}); kiểm tra lại hai số`, en: `${part} exceeds ${whole}` } });
  };
  over('tipsHandled', 'tipsReceived', 'số đã xử lý lớn hơn số nhận được');
  over('venuesInspected', 'venues', 'số cơ sở được kiểm tra lớn hơn tổng số cơ sở');
  over('venuesInspectedSince2021', 'venues', 'số cơ sở đã kiểm tra từ 2021 lớn hơn tổng số cơ sở');
  const pairs: [keyof ReportFigures, keyof ReportFigures, string][] = [
    ['tipsHandled', 'tipsReceived', 'có số đã xử lý nhưng thiếu số nhận được; điền cả hai'],
    ['venuesInspected', 'venues', 'có số cơ sở được kiểm tra nhưng thiếu tổng số cơ sở; điền cả hai'],
    ['venuesInspectedSince2021', 'venues', 'có số cơ sở đã kiểm tra từ 2021 nhưng thiếu tổng số cơ sở; điền cả hai'],
  ];
  for (const [part, whole, vi] of pairs) {
    if (entry[part] !== null && entry[whole] === null) issues.push({ field: whole, problem: { vi, en: `${part} without ${whole}` } });
  }
  const hasFigure =
    entry.integration !== 'chua-bao-cao' ||
    [entry.mediaItems, entry.tipsReceived, entry.tipsHandled, entry.venues, entry.venuesInspected, entry.venuesInspectedSince2021].some((v) => v !== null);
  if (hasFigure && entry.source.trim().length < 5) {
    issues.push({ field: 'source', problem: { vi: 'có số liệu nhưng chưa ghi báo cáo nguồn; ghi số, ngày, cơ quan của báo cáo', en: 'figures without a source' } });
  }
  return issues;
}
