import { fold } from './fold';

/**
 * URL slug from a Vietnamese title: no tone marks, đ → d, lower case, words
 * joined by "-" ("Lừa đảo việc làm" → "lua-dao-viec-lam"), at most 80
 * characters. Used by every slug field in the CMS. Keystatic's own slug also
 * turns đ into d, but has no length limit: a long title (one shipped news
 * title gives 104 characters) would make a long address (slug.int.test.ts).
 */
export function slugify(title: string): string {
  return fold(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}
