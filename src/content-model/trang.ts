import { routes } from '../lib/routes';
import { collection, fields } from '@keystatic/core';
import { slugify } from '../lib/text/slug';

/**
 * Trang: a standalone page served at /<slug>/ (giới thiệu, tuyên bố về khả năng tiếp cận…).
 * Stored as content/trang/<slug>.mdoc.
 */
export const pages = collection({
  label: 'Trang thông tin',
  path: 'content/trang/*',
  slugField: 'title',
  format: { contentField: 'body' },
  entryLayout: 'content',
  previewUrl: routes.page('{slug}'),
  schema: {
    title: fields.slug({
      name: { label: 'Tiêu đề', validation: { length: { min: 3, max: 140 } } },
      slug: {
        generate: slugify,
        label: 'Đường dẫn',
        description: 'Trang sẽ có địa chỉ /đường-dẫn/. Không trùng các mục chính (tai-lieu, bai-giang…).',
      },
    }),
    summary: fields.text({ label: 'Tóm tắt', multiline: true, validation: { length: { min: 10, max: 320 } } }),
    updatedAt: fields.date({ label: 'Ngày cập nhật', validation: { isRequired: true } }),
    body: fields.markdoc({ label: 'Nội dung' }),
  },
});

/** Page slugs the site already uses for its own sections; a page may not take them. */
export const reservedPageSlugs = [
  'tai-lieu',
  'bai-giang',
  'chien-dich',
  'tin-tuc',
  'ke-hoach',
  'ho-tro',
  'tim-kiem',
  'keystatic',
  'api',
  '404',
];
