import { Parser } from 'htmlparser2';

/** Every address a page refers to: links, images, scripts, styles, icons, forms, meta images. */
export function pageReferences(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      for (const key of ['href', 'src', 'action', 'poster']) {
        const value = attributes[key];
        if (value) found.push(value);
      }
      if (attributes.srcset) found.push(...attributes.srcset.split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''));
      if (name === 'meta' && /^(og:image|twitter:image)$/.test(attributes.property ?? attributes.name ?? '') && attributes.content) found.push(attributes.content);
    },
  });
  parser.write(html);
  parser.end();
  return found.filter(Boolean);
}

/**
 * The site path an address points to, or null when it leaves the site
 * (another host, mailto:, tel:, a bare #fragment). `site` is the configured
 * public origin, whose absolute URLs count as internal.
 */
export function internalPath(reference: string, pagePath: string, site: string): string | null {
  if (/^(mailto|tel|javascript|data):/i.test(reference) || reference.startsWith('#')) return null;
  const url = new URL(reference, new URL(pagePath, site));
  if (url.origin !== new URL(site).origin) return null;
  return decodeURIComponent(url.pathname);
}

/** Files a static host would serve for a path: "/a/" → a/index.html, "/a" → a or a/index.html. */
export function candidateFiles(path: string): string[] {
  const clean = path.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return [`${clean}index.html`];
  return [clean, `${clean}/index.html`];
}
