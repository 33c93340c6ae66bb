import type { Page } from '@playwright/test';

export interface FirstResults {
  /** From the keystroke (or call) to the first results on screen / in hand, ms. */
  elapsed: number;
  /** Files fetched, with start and end times relative to the keystroke. */
  resources: { path: string; start: number; end: number }[];
}

/**
 * On the site's search page: the reader taps the box, and `afterTapMs` later the query arrives in one input
 * event (0: at once, the worst case); time from that keystroke until the first result is painted.
 */
export function timeSiteSearch(page: Page, query: string, afterTapMs = 0): Promise<FirstResults> {
  return page.evaluate(
    ([q, wait]) =>
      new Promise<FirstResults>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('main input[name="q"]')!;
        const list = document.querySelector('[data-results]')!;
        input.focus();
        let start = performance.now();
        new MutationObserver(() => {
          if (list.children.length === 0) return;
          // The next frame: the results are painted.
          requestAnimationFrame(() =>
            resolve({
              elapsed: performance.now() - start,
              resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
                path: new URL(entry.name).pathname,
                start: entry.startTime - start,
                end: entry.responseEnd - start,
              })),
            }),
          );
        }).observe(list, { childList: true });
        setTimeout(() => {
          start = performance.now();
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }, wait);
      }),
    [query, afterTapMs] as const,
  );
}

/** Files whose download finished before the results were shown, under a path prefix. */
export function filesBefore(result: FirstResults, prefix: string): string[] {
  return [...new Set(result.resources.filter((entry) => entry.end <= result.elapsed && entry.path.startsWith(prefix)).map((entry) => entry.path))];
}
