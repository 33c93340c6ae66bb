import { routes } from '../lib/routes';
import { collection, fields } from '@keystatic/core';
import { slugify } from '../lib/text/slug';

/**
 * Tin tức: a dated news item. Only facts with a source.
 * Stored as content/tin-tuc/<slug>.mdoc.
 */
export const news = collection({
  label: 'Tin tức',
  path: 'content/tin-tuc/*',
  slugField: 'title',
  format: { contentField: 'body' },
  entryLayout: 'content',
  columns: ['title', 'publishedAt'],
  previewUrl: routes.newsItem('{slug}'),
  schema: {
    title: fields.slug({
      name: { label: 'Tiêu đề', validation: { length: { min: 5, max: 160 } } },
      slug: { generate: slugify, label: 'Đường dẫn', description: 'Chữ thường không dấu, tạo tự động từ tiêu đề.' },
    }),
    publishedAt: fields.date({
      label: 'Ngày của sự kiện hoặc văn bản',
      validation: { isRequired: true },
    }),
    summary: fields.text({
      label: 'Tóm tắt',
      multiline: true,
      validation: { length: { min: 20, max: 320 } },
    }),
    source: fields.text({
      label: 'Nguồn',
      description: 'Văn bản hoặc cơ quan là nguồn của tin (bắt buộc: không đăng tin không có nguồn).',
      validation: { length: { min: 3 } },
    }),
    body: fields.markdoc({ label: 'Nội dung' }),
  },
});
