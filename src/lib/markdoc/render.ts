import Markdoc, { type Config, type Node, type RenderableTreeNode } from '@markdoc/markdoc';

const SAFE_LINK = /^(https?:|mailto:|tel:|\/|#|\.{0,2}\/)/i;

/** Keeps a link only when it points somewhere safe (no javascript:, data: …). */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string') return false;
  // Browsers ignore control characters and spaces inside a scheme ("java\nscript:").
  // eslint-disable-next-line no-control-regex
  const trimmed = href.trim().replace(/[\u0000-\u001F\u007F\s]+/g, '');
  return SAFE_LINK.test(trimmed) || !/^[a-z][a-z0-9+.-]*:/i.test(trimmed);
}

const config: Config = {
  nodes: {
    link: {
      render: 'a',
      attributes: { href: { type: String, required: true }, title: { type: String } },
      transform(node, cfg) {
        const attributes = node.transformAttributes(cfg);
        const children = node.transformChildren(cfg);
        if (!isSafeHref(attributes.href)) return children as RenderableTreeNode;
        const external = /^https?:/i.test(String(attributes.href));
        return new Markdoc.Tag('a', external ? { ...attributes, rel: 'noopener' } : attributes, children);
      },
    },
    image: {
      render: 'img',
      attributes: { src: { type: String, required: true }, alt: { type: String }, title: { type: String } },
      transform(node, cfg) {
        const attributes = node.transformAttributes(cfg);
        if (!isSafeHref(attributes.src)) return null;
        return new Markdoc.Tag('img', { ...attributes, alt: attributes.alt ?? '', loading: 'lazy' }, []);
      },
    },
  },
};

/**
 * Heading levels an editor used, renumbered to start at `base` without gaps
 * (a body that starts at ### under the page's h1 would skip a level).
 */
export function headingLevels(node: Node, base: number): Map<number, number> {
  const used = new Set<number>();
  for (const child of node.walk()) if (child.type === 'heading') used.add(Number(child.attributes.level));
  return new Map([...used].sort((a, b) => a - b).map((level, index) => [level, Math.min(6, base + index)]));
}

/**
 * Renders a Markdoc document to HTML. Markdoc never passes raw HTML through
 * (it is shown as text), links to unsafe protocols lose their link, and
 * headings start at `baseLevel` (h2 under a page title) without skipping.
 */
export function renderMarkdoc(node: Node, baseLevel = 2): string {
  const levels = headingLevels(node, baseLevel);
  const withHeadings: Config = {
    nodes: {
      ...config.nodes,
      heading: {
        children: ['inline'],
        attributes: { level: { type: Number, required: true } },
        transform(heading, cfg) {
          const level = levels.get(Number(heading.attributes.level)) ?? baseLevel;
          return new Markdoc.Tag(`h${level}`, {}, heading.transformChildren(cfg));
        },
      },
    },
  };
  return Markdoc.renderers.html(Markdoc.transform(node, withHeadings));
}

/** Convenience for tests and scripts: Markdoc source text to HTML. */
export function renderMarkdocSource(source: string, baseLevel = 2): string {
  return renderMarkdoc(Markdoc.parse(source), baseLevel);
}
