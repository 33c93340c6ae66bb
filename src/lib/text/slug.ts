import { fold } from './fold';

/**
 * URL slug from a Vietnamese title: no tone marks, đ → d, lower case, words
 * joined by "-" ("Lừa đảo việc làm" → "lua-dao-viec-lam"). Used by every
 * slug field in the CMS, whose own slugify drops đ.
 */
export function slugify(title: string): string {
  return fold(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}
