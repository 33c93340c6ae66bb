import { describe, expect, it } from 'vitest';
import { isSafeHref, renderMarkdocSource } from './render';

describe('renderMarkdoc', () => {
  it('renders headings, emphasis and lists', () => {
    const html = renderMarkdocSource('## Quyền của bạn\n\n**Đậm** và\n\n- một\n- hai');
    expect(html).toContain('<h2>Quyền của bạn</h2>');
    expect(html).toContain('<strong>Đậm</strong>');
    expect(html).toContain('<li>một</li>');
  });

  it('shows raw HTML as text, never as markup', () => {
    const html = renderMarkdocSource('Xin chào <script>alert(1)</script>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript: links but keeps their text', () => {
    const html = renderMarkdocSource('[bấm vào đây](javascript:alert(1)) và [JAVA](JaVaScRiPt:alert(1))');
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('bấm vào đây');
  });

  it('keeps internal and https links, marking external ones', () => {
    const html = renderMarkdocSource('[Kế hoạch](/ke-hoach/) · [Nguồn](https://example.org/)');
    expect(html).toContain('<a href="/ke-hoach/">Kế hoạch</a>');
    expect(html).toContain('rel="noopener"');
  });
});

describe('heading levels', () => {
  it('starts the body at h2 and closes gaps an editor left', () => {
    expect(renderMarkdocSource('### Hỏi: một\n\ntext\n\n##### Chi tiết')).toBe('<article><h2>Hỏi: một</h2><p>text</p><h3>Chi tiết</h3></article>');
  });

  it('starts lower when the body sits under a sub-heading', () => {
    expect(renderMarkdocSource('## Lưu ý\n\n### Khi được hỏi', 4)).toBe('<article><h4>Lưu ý</h4><h5>Khi được hỏi</h5></article>');
  });
});

describe('isSafeHref', () => {
  it.each(['/tai-lieu/', '#muc-1', 'https://a.vn', 'tel:111', 'mailto:a@b.vn', 'trang-khac/'])('allows %s', (href) => {
    expect(isSafeHref(href)).toBe(true);
  });
  it.each(['javascript:alert(1)', ' java\nscript:alert(1)', 'data:text/html,x', 'vbscript:x'])('refuses %s', (href) => {
    expect(isSafeHref(href)).toBe(false);
  });
});
