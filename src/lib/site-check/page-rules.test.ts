import { describe, expect, it } from 'vitest';
import { SITE_WIDE_SCRIPT } from './budgets';
import { pageFacts, pageRuleProblems } from './page-rules';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x'">`;
const page = (head: string, body: string) => `<!doctype html><html lang="vi"><head>${head}</head><body>${body}</body></html>`;

describe('page rules on built HTML', () => {
  it('accept a page with one h1, lang vi, a CSP, JSON-LD and outgoing links', () => {
    const html = page(
      `${CSP}<link rel="canonical" href="https://example.org/a/"><link rel="icon" href="/favicon.svg"><script type="application/ld+json">{}</script>`,
      '<h1>Tiêu đề</h1><a href="https://thuvienphapluat.vn/">Luật</a><img src="/a.png" alt="">',
    );
    expect(pageRuleProblems('/a/', pageFacts(html), new Set())).toEqual([]);
  });

  it('name each broken rule', () => {
    const html = `<html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src *; script-src 'unsafe-inline'">
      <link rel="stylesheet" href="https://fonts.example.com/a.css"><style>@font-face { src: url("//cdn.example.com/f.woff2") }</style>
      <script>alert(1)</script></head><body><h1>A</h1><h1>B</h1><img srcset="/a.png 1x, https://img.example.com/b.png 2x" alt=""></body></html>`;
    expect(pageRuleProblems('/b/', pageFacts(html), new Set())).toEqual([
      '/b/: 2 h1 elements (one expected)',
      '/b/: <html lang="en"> (lang="vi" expected)',
      "/b/: CSP without default-src 'self'",
      "/b/: CSP script-src allows 'unsafe-inline'",
      '/b/: content page has <script> ((inline))',
      '/b/: loads https://fonts.example.com/a.css from another host',
      '/b/: loads //cdn.example.com/f.woff2 from another host',
      '/b/: loads https://img.example.com/b.png from another host',
    ]);
  });

  it('let a named island load its script, and report a page with no CSP at all', () => {
    const island = page(`${CSP}<script type="module" src="/_astro/search.js"></script>`, '<h1>Tìm kiếm</h1>');
    expect(pageRuleProblems('/tim-kiem/', pageFacts(island), new Set(['/tim-kiem/']))).toEqual([]);
    expect(pageRuleProblems('/c/', pageFacts(page('', '<h1>C</h1>')), new Set())).toEqual(['/c/: no Content-Security-Policy meta']);
  });

  it('let every page load the service-worker registration, and nothing else outside islands', () => {
    const registration = `<script src="${SITE_WIDE_SCRIPT.src}" defer></script>`;
    expect(pageRuleProblems('/d/', pageFacts(page(`${CSP}${registration}`, '<h1>D</h1>')), new Set())).toEqual([]);
    const more = page(`${CSP}${registration}<script src="/other.js"></script>`, '<h1>E</h1>');
    expect(pageRuleProblems('/e/', pageFacts(more), new Set())).toEqual(['/e/: content page has <script> (/other.js)']);
  });
});
