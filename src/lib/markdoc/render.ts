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
 * Renders a Markdoc document to HTML. Markdoc never passes raw HTML through
 * (it is shown as text), and links to unsafe protocols lose their link.
 */
export function renderMarkdoc(node: Node): string {
  return Markdoc.renderers.html(Markdoc.transform(node, config));
}

/** Convenience for tests and scripts: Markdoc source text to HTML. */
export function renderMarkdocSource(source: string): string {
  return renderMarkdoc(Markdoc.parse(source));
}
