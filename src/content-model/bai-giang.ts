import { collection, fields } from '@keystatic/core';

/** Cấp học: who a lesson kit is for. */
export const lessonLevels = [
  { label: 'THPT (lớp 10–12)', value: 'thpt' },
  { label: 'Cao đẳng, đại học', value: 'cao-dang-dai-hoc' },
  { label: 'Giáo dục nghề nghiệp', value: 'giao-duc-nghe-nghiep' },
] as const;

/** Thời lượng: one period, a double period, or an extracurricular session. */
export const lessonDurations = [
  { label: 'Một tiết (45 phút)', value: '45-phut', minutes: 45 },
  { label: 'Hai tiết (90 phút)', value: '90-phut', minutes: 90 },
  { label: 'Buổi ngoại khóa', value: 'ngoai-khoa', minutes: null },
] as const;

/**
 * Bài giảng: a lesson kit a teacher can teach in one session.
 * Stored as content/bai-giang/<slug>/index.mdoc.
 */
export const lessonKits = collection({
  label: 'Bài giảng',
  path: 'content/bai-giang/*/',
  slugField: 'title',
  format: { contentField: 'body' },
  entryLayout: 'content',
  columns: ['title', 'level'],
  previewUrl: '/bai-giang/{slug}/',
  schema: {
    title: fields.slug({
      name: { label: 'Tên bài giảng', validation: { length: { min: 5, max: 140 } } },
      slug: { label: 'Đường dẫn', description: 'Chữ thường không dấu, tạo tự động từ tên bài.' },
    }),
    summary: fields.text({
      label: 'Tóm tắt',
      description: 'Bài giảng giúp học sinh, sinh viên biết và làm được gì.',
      multiline: true,
      validation: { length: { min: 20, max: 320 } },
    }),
    level: fields.select({ label: 'Cấp học', options: [...lessonLevels], defaultValue: 'thpt' }),
    duration: fields.select({
      label: 'Thời lượng',
      options: lessonDurations.map(({ label, value }) => ({ label, value })),
      defaultValue: '45-phut',
    }),
    publishedAt: fields.date({ label: 'Ngày đăng', validation: { isRequired: true } }),
    body: fields.markdoc({ label: 'Nội dung bài giảng' }),
  },
});
