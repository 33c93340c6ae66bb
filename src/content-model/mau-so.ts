import { collection, fields } from '@keystatic/core';
import type { FieldIssue } from '../lib/content/issues';
import { audiences, toSelectOptions } from '../lib/taxonomy';

/** Độ tin cậy of a denominator figure. */
export const confidenceLevels = [
  { label: 'Cao (số liệu chính thức)', value: 'cao' },
  { label: 'Trung bình (báo chí dẫn cơ quan có thẩm quyền)', value: 'trung-binh' },
  { label: 'Thấp (nguồn thứ cấp, cần kiểm tra lại)', value: 'thap' },
  { label: 'Chưa có số liệu', value: 'chua-co' },
] as const;

export const YEAR_SLUG = /^\d{4}$/;

/**
 * Mẫu số: the yearly number of people in each target audience (students,
 * industrial-zone workers, venue workers), against which reach is computed.
 * Stored as content/mau-so/<year>.yaml. Officers fill the figures; the site
 * never invents one: an empty value shows as "chưa có mẫu số".
 */
export const denominators = collection({
  label: 'Mẫu số theo năm',
  path: 'content/mau-so/*',
  slugField: 'year',
  format: { data: 'yaml' },
  schema: {
    year: fields.text({
      label: 'Năm',
      description: 'Năm áp dụng, ví dụ 2024 (là tên tệp).',
      validation: { pattern: { regex: YEAR_SLUG, message: 'Năm gồm 4 chữ số, ví dụ 2024' } },
    }),
    figures: fields.array(
      fields.object({
        audience: fields.select({
          label: 'Đối tượng',
          options: toSelectOptions(audiences),
          defaultValue: audiences[0]?.id ?? '',
        }),
        value: fields.integer({
          label: 'Số người (mẫu số)',
          description: 'Để trống khi chưa có số liệu có nguồn. Không ước đoán.',
          validation: { min: 1 },
        }),
        scope: fields.text({
          label: 'Phạm vi',
          description: 'Số liệu này đếm ai, ở đâu. Ví dụ: học sinh THPT tỉnh Hưng Yên (trước 07/2025).',
        }),
        referenceDate: fields.text({ label: 'Thời điểm của số liệu', description: 'Ví dụ: 08/2022, năm học 2024–2025.' }),
        source: fields.text({
          label: 'Nguồn',
          description: 'Văn bản, báo cáo hoặc bài báo (tên, ngày, cơ quan). Bắt buộc khi có số.',
          multiline: true,
        }),
        confidence: fields.select({
          label: 'Độ tin cậy',
          options: [...confidenceLevels],
          defaultValue: 'chua-co',
        }),
        note: fields.text({ label: 'Ghi chú', multiline: true }),
      }),
      {
        label: 'Mẫu số theo đối tượng',
        description: 'Mỗi đối tượng một dòng. Tỷ lệ tiếp cận = tổng lượt người tham dự các hoạt động cho đối tượng đó ÷ số này.',
        itemLabel: (props) =>
          `${audiences.find((a) => a.id === props.fields.audience.value)?.label ?? ''}: ${props.fields.value.value ?? 'chưa có số liệu'}`,
      },
    ),
  },
});

export interface DenominatorFacts {
  figures: readonly { audience: string; value: number | null; source: string; confidence: string }[];
}

/** One row per audience; a figure needs a source and a confidence level other than "chưa có". */
export function checkDenominators(entry: DenominatorFacts): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  entry.figures.forEach((figure, index) => {
    if (seen.has(figure.audience)) {
      issues.push({ field: `figures.${index}.audience`, label: 'Đối tượng', problem: { vi: `đối tượng "${figure.audience}" có hai dòng; giữ một`, en: `audience ${figure.audience} repeated` } });
    }
    seen.add(figure.audience);
    if (figure.value !== null && figure.source.trim().length < 5) {
      issues.push({ field: `figures.${index}.source`, label: 'Nguồn', problem: { vi: 'có số nhưng chưa ghi nguồn; ghi nguồn hoặc xóa số', en: 'a figure without a source' } });
    }
    if (figure.value !== null && figure.confidence === 'chua-co') {
      issues.push({ field: `figures.${index}.confidence`, label: 'Độ tin cậy', problem: { vi: 'có số nhưng độ tin cậy ghi "Chưa có số liệu"', en: 'a figure marked as missing' } });
    }
  });
  return issues;
}
