import { routes } from '../lib/routes';
import { collection, fields } from '@keystatic/core';
import { slugify } from '../lib/text/slug';
import { audiences, materialKinds, toSelectOptions, topics } from '../lib/taxonomy';
import type { FieldIssue } from '../lib/content/issues';

/**
 * Tài liệu: an awareness material for one or more audiences.
 * Stored as content/tai-lieu/<slug>/index.mdoc; files in public/tai-lieu/<slug>/.
 */
export const materials = collection({
  label: 'Tài liệu truyền thông',
  path: 'content/tai-lieu/*/',
  slugField: 'title',
  format: { contentField: 'body' },
  entryLayout: 'content',
  columns: ['title', 'publishedAt'],
  previewUrl: routes.material('{slug}'),
  schema: {
    title: fields.slug({
      name: {
        label: 'Tiêu đề',
        description: 'Ngắn gọn, dễ hiểu, không dùng từ ngữ kỳ thị (xem hướng dẫn về ngôn ngữ).',
        validation: { length: { min: 5, max: 140 } },
      },
      slug: {
        generate: slugify,
        label: 'Đường dẫn',
        description: 'Chữ thường không dấu, nối bằng dấu gạch ngang. Được tạo tự động từ tiêu đề.',
      },
    }),
    summary: fields.text({
      label: 'Tóm tắt',
      description: 'Một hai câu nói tài liệu này dành cho ai và giúp gì (hiện ở danh sách và khi chia sẻ).',
      multiline: true,
      validation: { length: { min: 20, max: 320 } },
    }),
    audiences: fields.multiselect({
      label: 'Đối tượng',
      description: 'Chọn ít nhất một nhóm đối tượng mà tài liệu hướng tới.',
      options: toSelectOptions(audiences),
    }),
    kind: fields.select({
      label: 'Loại tài liệu',
      description: 'Bài phát thanh sẽ hiện thời lượng đọc ước tính.',
      options: toSelectOptions(materialKinds),
      defaultValue: 'bai-viet',
    }),
    topics: fields.multiselect({
      label: 'Chủ đề',
      description: 'Chọn ít nhất một chủ đề.',
      options: toSelectOptions(topics),
    }),
    cover: fields.object(
      {
        image: fields.image({
          label: 'Ảnh bìa',
          description: 'Không dùng ảnh nhận diện được người thật trong hoàn cảnh nhạy cảm.',
          directory: 'public/tai-lieu',
          publicPath: '/tai-lieu/',
        }),
        alt: fields.text({
          label: 'Mô tả ảnh',
          description: 'Bắt buộc khi có ảnh bìa: mô tả ngắn nội dung ảnh cho người không nhìn thấy ảnh.',
        }),
      },
      { label: 'Ảnh bìa' },
    ),
    attachments: fields.array(
      fields.object({
        file: fields.file({
          label: 'Tệp',
          description: 'PDF, DOCX hoặc ảnh.',
          directory: 'public/tai-lieu',
          publicPath: '/tai-lieu/',
        }),
        label: fields.text({ label: 'Tên hiển thị', description: 'Ví dụ: Tờ rơi khổ A5 (PDF).' }),
      }),
      {
        label: 'Tệp đính kèm',
        itemLabel: (props) => props.fields.label.value || 'Tệp đính kèm',
      },
    ),
    caption: fields.text({
      label: 'Bài đăng sẵn (Zalo, Facebook)',
      description: 'Không bắt buộc. Vài câu ngắn để cán bộ sao chép, đăng lên Zalo, Facebook; địa chỉ trang tài liệu được thêm tự động. Để trống thì dùng tiêu đề và tóm tắt.',
      multiline: true,
      validation: { length: { max: 600 } },
    }),
    videoUrl: fields.url({
      label: 'Đường dẫn video',
      description: 'Chỉ dùng cho loại "Video".',
    }),
    publishedAt: fields.date({ label: 'Ngày đăng', defaultValue: { kind: 'today' }, validation: { isRequired: true } }),
    updatedAt: fields.date({ label: 'Ngày cập nhật', description: 'Để trống nếu chưa sửa sau khi đăng.' }),
    issuingUnit: fields.text({
      label: 'Đơn vị biên soạn',
      description: 'Cơ quan, đơn vị chịu trách nhiệm nội dung.',
      validation: { length: { min: 2 } },
    }),
    body: fields.markdoc({
      label: 'Nội dung',
      description: 'Viết câu ngắn, dễ hiểu. Chỉ nêu số liệu, mức phạt, số điện thoại khi chắc chắn và có nguồn.',
    }),
  },
});

export interface MaterialFacts {
  audiences: readonly string[];
  topics: readonly string[];
  kind: string;
  videoUrl: string | null;
  cover: { image: string | null; alt: string };
  attachments: readonly { file: string | null; label: string }[];
}

/**
 * Rules Keystatic's field options cannot express. `fileExists` answers for a
 * public path such as /tai-lieu/slug/to-roi.pdf.
 */
export function checkMaterial(entry: MaterialFacts, fileExists: (publicPath: string) => boolean): FieldIssue[] {
  const issues: FieldIssue[] = [...checkFiles(entry.attachments, fileExists)];
  if (entry.audiences.length === 0) {
    issues.push({ field: 'audiences', label: 'Đối tượng', problem: { vi: 'chưa chọn đối tượng nào', en: 'no audience chosen' } });
  }
  if (entry.topics.length === 0) {
    issues.push({ field: 'topics', label: 'Chủ đề', problem: { vi: 'chưa chọn chủ đề nào', en: 'no topic chosen' } });
  }
  if (entry.cover.image && entry.cover.alt.trim() === '') {
    issues.push({
      field: 'cover.alt',
      label: 'Mô tả ảnh',
      problem: { vi: 'có ảnh bìa nhưng chưa có mô tả ảnh', en: 'cover image without alt text' },
    });
  }
  if (entry.cover.image && !fileExists(entry.cover.image)) {
    issues.push({
      field: 'cover.image',
      label: 'Ảnh bìa',
      problem: { vi: `không tìm thấy tệp ảnh public${entry.cover.image}; tải ảnh lên lại`, en: `image file public${entry.cover.image} is missing` },
    });
  }
  if (entry.kind === 'video' && !entry.videoUrl) {
    issues.push({
      field: 'videoUrl',
      label: 'Đường dẫn video',
      problem: { vi: 'tài liệu loại Video cần đường dẫn video', en: 'a video material needs a video URL' },
    });
  }
  return issues;
}

/** Every attachment has a file that exists (shared by materials and lesson kits). */
export function checkFiles(
  attachments: readonly { file: string | null; label: string }[],
  fileExists: (publicPath: string) => boolean,
): FieldIssue[] {
  return attachments.flatMap((attachment, index) => {
    if (!attachment.file) {
      return [{ field: `attachments.${index}.file`, label: 'Tệp', problem: { vi: 'chưa chọn tệp', en: 'no file chosen' } }];
    }
    if (!fileExists(attachment.file)) {
      return [
        {
          field: `attachments.${index}.file`,
          label: 'Tệp',
          problem: {
            vi: `không tìm thấy tệp public${attachment.file}; tải tệp lên lại hoặc xóa mục đính kèm này`,
            en: `attachment public${attachment.file} is missing`,
          },
        },
      ];
    }
    return [];
  });
}
