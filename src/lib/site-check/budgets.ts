import { routes } from '../routes';

/** Size budgets of the public site (issue "Quality gates"): figures in bytes, gzipped. */
export const HTML_BUDGET = 30 * 1024;

/** Pages whose point is interaction, each with a named budget for its JavaScript. */
export const ISLAND_BUDGETS: Record<string, { name: string; bytes: number }> = {
  [routes.search]: { name: 'Tìm kiếm (fuse.js + search.ts)', bytes: 20 * 1024 },
  [routes.offline]: { name: 'Đọc khi không có mạng (offline.ts)', bytes: 3 * 1024 },
};

/** Islands on every page of a kind (by path), each with a named budget. */
export const ISLAND_PATTERNS: readonly { pattern: RegExp; name: string; bytes: number }[] = [
  // The material page's ready-to-post text: copy button and Web Share (src/scripts/share.ts).
  { pattern: /^\/tai-lieu\/[a-z0-9-]+\/$/, name: 'Chia sẻ tài liệu (share.ts)', bytes: 2 * 1024 },
];

/** The island budget of a page, by exact path or by pattern. */
export function islandOf(path: string): { name: string; bytes: number } | undefined {
  return ISLAND_BUDGETS[path] ?? ISLAND_PATTERNS.find((island) => island.pattern.test(path));
}
/**
 * The one script every page may load besides its island: it registers the service worker
 * (public/sw-register.js). Budgeted once, on its own; it does not count against a page's island.
 */
export const SITE_WIDE_SCRIPT = { name: 'Đăng ký service worker', src: '/sw-register.js', bytes: 1024 } as const;

export interface PageWeight {
  path: string;
  htmlGzip: number;
  jsGzip: number;
}

/** Every way a page breaks the budgets, as readable lines. */
export function budgetProblems(pages: readonly PageWeight[]): string[] {
  return pages.flatMap((page) => {
    const problems: string[] = [];
    if (page.htmlGzip > HTML_BUDGET) problems.push(`${page.path}: HTML ${page.htmlGzip} B gzip > ${HTML_BUDGET} B`);
    const island = islandOf(page.path);
    const allowed = island?.bytes ?? 0;
    if (page.jsGzip > allowed) {
      problems.push(island ? `${page.path}: island "${island.name}" ships ${page.jsGzip} B of JS gzip > ${allowed} B` : `${page.path}: content page ships ${page.jsGzip} B of JS (budget 0)`);
    }
    return problems;
  });
}
