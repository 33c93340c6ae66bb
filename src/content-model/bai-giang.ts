import { routes } from '../lib/routes';
import { collection, fields } from '@keystatic/core';
import { totalMinutes } from '../lib/lesson-kits/outline';
import { slugify } from '../lib/text/slug';
import type { FieldIssue } from '../lib/content/issues';
import { checkFiles } from './tai-lieu';

/** Cấp học: who a lesson kit is for. */
export const lessonLevels = [
  { label: 'THPT (lớp 10–12)', value: 'thpt' },
  { label: 'Cao đẳng, đại học', value: 'cao-dang-dai-hoc' },
  { label: 'Giáo dục nghề nghiệp', value: 'giao-duc-nghe-nghiep' },
] as const;

/** Hình thức: one period, a double period, or an extracurricular session, with the minutes each allows. */
export const lessonFormats = [
  { label: 'Một tiết (45 phút)', value: 'mot-tiet', minMinutes: 45, maxMinutes: 45 },
  { label: 'Hai tiết (90 phút)', value: 'hai-tiet', minMinutes: 90, maxMinutes: 90 },
  { label: 'Buổi ngoại khóa (60–120 phút)', value: 'ngoai-khoa', minMinutes: 60, maxMinutes: 120 },
] as const;

/** Bước của tiến trình dạy học theo Phụ lục IV Công văn 5512/BGDĐT-GDTrH. */
export const lessonPhases = [
  { label: 'Tự động theo thứ tự', value: 'tu-dong' },
  { label: 'Mở đầu', value: 'mo-dau' },
  { label: 'Hình thành kiến thức mới', value: 'hinh-thanh-kien-thuc' },
  { label: 'Luyện tập', value: 'luyen-tap' },
  { label: 'Vận dụng', value: 'van-dung' },
] as const;

const lines = (label: string, description?: string) =>
  fields.array(fields.text({ label, multiline: true, validation: { length: { min: 3 } } }), {
    label,
    ...(description ? { description } : {}),
    itemLabel: (props) => props.value.slice(0, 70) || label,
  });

/**
 * Bài giảng: a lesson kit a teacher can teach in one session, then download
 * as Word files. Stored as content/bai-giang/<slug>/index.mdoc; the Markdoc
 * body holds the teacher's notes on sensitive questions and disclosures.
 */
export const lessonKits = collection({
  label: 'Bài giảng',
  path: 'content/bai-giang/*/',
  slugField: 'title',
  format: { contentField: 'teacherNotes' },
  entryLayout: 'form',
  columns: ['title', 'level'],
  previewUrl: routes.lessonKit('{slug}'),
  schema: {
    title: fields.slug({
      name: { label: 'Tên bài giảng', validation: { length: { min: 5, max: 140 } } },
      slug: { generate: slugify, label: 'Đường dẫn', description: 'Chữ thường không dấu, tạo tự động từ tên bài.' },
    }),
    summary: fields.text({
      label: 'Tóm tắt',
      description: 'Sau bài này, học sinh, sinh viên biết và làm được gì (hiện ở danh sách và khi chia sẻ).',
      multiline: true,
      validation: { length: { min: 20, max: 320 } },
    }),
    level: fields.select({ label: 'Cấp học', options: [...lessonLevels], defaultValue: 'thpt' }),
    format: fields.select({
      label: 'Hình thức',
      options: lessonFormats.map(({ label, value }) => ({ label, value })),
      defaultValue: 'mot-tiet',
    }),
    durationMinutes: fields.integer({
      label: 'Thời lượng (phút)',
      description: 'Một tiết: 45; hai tiết: 90; ngoại khóa: 60–120. Tổng số phút các hoạt động phải bằng số này.',
      defaultValue: 45,
      validation: { isRequired: true, min: 15, max: 180 },
    }),
    objectives: fields.object(
      {
        knowledge: lines('Kiến thức', 'Học sinh biết, hiểu được gì.'),
        skills: lines('Kỹ năng', 'Học sinh làm được gì.'),
        attitudes: lines('Thái độ', 'Học sinh có thái độ, cách ứng xử nào.'),
      },
      { label: 'Mục tiêu bài học' },
    ),
    preparation: lines('Chuẩn bị', 'Giáo viên và học sinh cần chuẩn bị gì (tài liệu, đồ dùng, phòng học).'),
    activities: fields.array(
      fields.object({
        name: fields.text({ label: 'Tên hoạt động', validation: { length: { min: 3 } } }),
        minutes: fields.integer({ label: 'Số phút', validation: { isRequired: true, min: 1, max: 120 } }),
        teacher: fields.text({ label: 'Giáo viên làm gì', multiline: true, validation: { length: { min: 5 } } }),
        students: fields.text({ label: 'Học sinh làm gì', multiline: true, validation: { length: { min: 5 } } }),
        phase: fields.select({
          label: 'Bước trong tiến trình (Công văn 5512)',
          description: 'Mở đầu, hình thành kiến thức, luyện tập hay vận dụng. Để “Tự động”: hoạt động đầu là mở đầu, hoạt động cuối là vận dụng, còn lại là hình thành kiến thức.',
          options: [...lessonPhases],
          defaultValue: 'tu-dong',
        }),
        product: fields.text({
          label: 'Sản phẩm',
          description: 'Học sinh làm ra gì ở hoạt động này (câu trả lời, phiếu, bảng nhóm…). In vào kế hoạch bài dạy.',
          multiline: true,
        }),
      }),
      {
        label: 'Các hoạt động',
        description: 'Theo thứ tự dạy. Tổng số phút phải bằng thời lượng bài.',
        itemLabel: (props) => `${props.fields.name.value} (${props.fields.minutes.value ?? '?'} phút)`,
        validation: { length: { min: 2 } },
      },
    ),
    worksheet: fields.object(
      {
        instructions: fields.text({ label: 'Hướng dẫn làm phiếu', multiline: true, validation: { length: { min: 5 } } }),
        tasks: lines('Câu hỏi, nhiệm vụ trên phiếu'),
        private: fields.checkbox({
          label: 'Phiếu riêng tư',
          description: 'Chọn khi phiếu là của riêng học sinh (không nộp hoặc chỉ nộp một phần): bản Word không in dòng họ tên.',
          defaultValue: false,
        }),
        handouts: fields.array(
          fields.object({
            title: fields.text({ label: 'Tên tài liệu phát tay', validation: { length: { min: 3 } } }),
            text: fields.text({ label: 'Nội dung', description: 'Mỗi dòng một đoạn. In nguyên văn trong bản Word của phiếu học tập.', multiline: true, validation: { length: { min: 5 } } }),
          }),
          { label: 'Tài liệu phát tay', description: 'Mọi tài liệu một hoạt động cần (mẫu hợp đồng, tin tuyển dụng…), để giáo viên in được ngay.', itemLabel: (props) => props.fields.title.value || 'Tài liệu' },
        ),
      },
      { label: 'Phiếu học tập' },
    ),
    quiz: fields.array(
      fields.object({
        question: fields.text({ label: 'Câu hỏi', multiline: true, validation: { length: { min: 5 } } }),
        options: fields.array(fields.text({ label: 'Phương án', validation: { length: { min: 1 } } }), {
          label: 'Các phương án (A, B, C, D)',
          itemLabel: (props) => props.value,
          validation: { length: { min: 2, max: 4 } },
        }),
        answer: fields.select({
          label: 'Đáp án đúng',
          options: [
            { label: 'A', value: 'A' },
            { label: 'B', value: 'B' },
            { label: 'C', value: 'C' },
            { label: 'D', value: 'D' },
          ],
          defaultValue: 'A',
        }),
        explanation: fields.text({ label: 'Giải thích đáp án', multiline: true }),
      }),
      {
        label: 'Câu hỏi kiểm tra',
        itemLabel: (props) => props.fields.question.value.slice(0, 70) || 'Câu hỏi',
        validation: { length: { min: 3 } },
      },
    ),
    relatedMaterials: fields.array(fields.relationship({ label: 'Tài liệu', collection: 'taiLieu' }), {
      label: 'Tài liệu liên quan',
      itemLabel: (props) => props.value ?? 'Tài liệu',
    }),
    attachments: fields.array(
      fields.object({
        file: fields.file({ label: 'Tệp', directory: 'public/bai-giang', publicPath: '/bai-giang/' }),
        label: fields.text({ label: 'Tên hiển thị' }),
      }),
      { label: 'Tệp đính kèm', itemLabel: (props) => props.fields.label.value || 'Tệp đính kèm' },
    ),
    publishedAt: fields.date({ label: 'Ngày đăng', defaultValue: { kind: 'today' }, validation: { isRequired: true } }),
    issuingUnit: fields.text({ label: 'Đơn vị biên soạn', validation: { length: { min: 2 } } }),
    teacherNotes: fields.markdoc({
      label: 'Lưu ý cho giáo viên',
      description:
        'Cách trả lời câu hỏi nhạy cảm; làm gì khi học sinh kể mình đang gặp nguy hiểm hoặc bị xâm hại (giữ kín, không ép kể, báo người có trách nhiệm, gọi 111 hoặc 113 khi khẩn cấp).',
    }),
  },
});

export interface LessonKitFacts {
  format: string;
  durationMinutes: number | null;
  objectives: { knowledge: readonly string[]; skills: readonly string[]; attitudes: readonly string[] };
  activities: readonly { minutes: number | null }[];
  quiz: readonly { options: readonly string[]; answer: string }[];
  attachments: readonly { file: string | null; label: string }[];
  relatedMaterials: readonly (string | null)[];
}

/** Rules the fields cannot express: objectives present, minutes that add up, answers among the options. */
export function checkLessonKit(
  entry: LessonKitFacts,
  fileExists: (publicPath: string) => boolean,
  materialExists: (slug: string) => boolean = () => true,
): FieldIssue[] {
  const issues: FieldIssue[] = [...checkFiles(entry.attachments, fileExists)];
  entry.relatedMaterials.forEach((slug, index) => {
    if (!slug || !materialExists(slug)) {
      issues.push({
        field: `relatedMaterials.${index}`,
        label: 'Tài liệu',
        problem: { vi: `không có tài liệu "${slug ?? ''}" trong thư viện; chọn lại tài liệu hoặc xóa dòng này`, en: `no material "${slug ?? ''}"` },
      });
    }
  });
  const { knowledge, skills, attitudes } = entry.objectives;
  if (knowledge.length + skills.length + attitudes.length === 0) {
    issues.push({ field: 'objectives', label: 'Mục tiêu bài học', problem: { vi: 'chưa có mục tiêu nào', en: 'no learning objectives' } });
  }
  const format = lessonFormats.find((f) => f.value === entry.format);
  const duration = entry.durationMinutes ?? 0;
  if (format && (duration < format.minMinutes || duration > format.maxMinutes)) {
    issues.push({
      field: 'durationMinutes',
      label: 'Thời lượng (phút)',
      problem: {
        vi: `hình thức "${format.label}" cần ${format.minMinutes === format.maxMinutes ? format.minMinutes : `${format.minMinutes}–${format.maxMinutes}`} phút, đang ghi ${duration}`,
        en: `format ${format.value} needs ${format.minMinutes}-${format.maxMinutes} minutes, got ${duration}`,
      },
    });
  }
  const total = totalMinutes(entry.activities);
  if (total !== duration) {
    issues.push({
      field: 'activities',
      label: 'Các hoạt động',
      problem: {
        vi: `tổng số phút các hoạt động là ${total}, khác thời lượng bài ${duration} phút; sửa số phút cho khớp`,
        en: `activities add up to ${total} minutes, not the stated ${duration}`,
      },
    });
  }
  entry.quiz.forEach((question, index) => {
    const answerIndex = 'ABCD'.indexOf(question.answer);
    if (answerIndex >= question.options.length) {
      issues.push({
        field: `quiz.${index}.answer`,
        label: 'Đáp án đúng',
        problem: {
          vi: `đáp án ${question.answer} nhưng câu hỏi chỉ có ${question.options.length} phương án`,
          en: `answer ${question.answer} but only ${question.options.length} options`,
        },
      });
    }
  });
  return issues;
}
