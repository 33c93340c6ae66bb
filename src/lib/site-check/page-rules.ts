import { Parser } from 'htmlparser2';
import { SITE_WIDE_SCRIPT } from './budgets';

/**
 * Rules every built page keeps, checked on its HTML without a browser (a
 * browser adds nothing to them): one h1, lang="vi", a Content-Security-Policy
 * meta whose script-src has no 'unsafe-inline', no <script> outside the named
 * islands but the site-wide service-worker registration (JSON-LD data is not
 * a script), and no resource (style, script,
 * image, font, icon, frame) loaded from another host.
 */
export interface PageFacts {
  h1s: number;
  lang: string | null;
  csp: string | null;
  scripts: string[];
  foreignResources: string[];
}

/** Attributes through which a tag loads something (a plain <a href> only links). */
const LOADS: Record<string, string[]> = {
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  embed: ['src'],
  object: ['data'],
};
/** <link rel> values that only name another address without loading it. */
const NON_LOADING_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'me', 'next', 'prev', 'search']);

const isForeign = (address: string) => /^(https?:)?\/\//i.test(address.trim());

export function pageFacts(html: string): PageFacts {
  const facts: PageFacts = { h1s: 0, lang: null, csp: null, scripts: [], foreignResources: [] };
  let inStyle = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'h1') facts.h1s += 1;
      if (name === 'html') facts.lang = attributes.lang ?? null;
      if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy') facts.csp = attributes.content ?? '';
      if (name === 'script' && attributes.type !== 'application/ld+json') facts.scripts.push(attributes.src ?? '(inline)');
      if (name === 'style') inStyle = true;
      const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
      if (name === 'link' && rels.every((rel) => NON_LOADING_RELS.has(rel))) return;
      for (const key of LOADS[name] ?? []) {
        const addresses = key === 'srcset' ? (attributes[key] ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [attributes[key] ?? ''];
        facts.foreignResources.push(...addresses.filter(isForeign));
      }
      if (attributes.style) facts.foreignResources.push(...cssUrls(attributes.style).filter(isForeign));
    },
    ontext(text) {
      if (inStyle) facts.foreignResources.push(...cssUrls(text).filter(isForeign));
    },
    onclosetag(name) {
      if (name === 'style') inStyle = false;
    },
  });
  parser.write(html);
  parser.end();
  return facts;
}

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map((match) => match[2] ?? match[4] ?? '');
}

/** Every rule a page breaks, as readable lines naming the page. `islands` may load a script. */
export function pageRuleProblems(path: string, facts: PageFacts, islands: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (facts.h1s !== 1) problems.push(`${path}: ${facts.h1s} h1 elements (one expected)`);
  if (facts.lang !== 'vi') problems.push(`${path}: <html lang="${facts.lang ?? ''}"> (lang="vi" expected)`);
  if (facts.csp === null) problems.push(`${path}: no Content-Security-Policy meta`);
  else {
    if (!facts.csp.includes("default-src 'self'")) problems.push(`${path}: CSP without default-src 'self'`);
    const scriptSrc = /script-src([^;]*)/.exec(facts.csp)?.[1] ?? '';
    if (scriptSrc.includes('unsafe-inline')) problems.push(`${path}: CSP script-src allows 'unsafe-inline'`);
  }
  const scripts = facts.scripts.filter((src) => src !== SITE_WIDE_SCRIPT.src);
  if (!islands.has(path) && scripts.length > 0) problems.push(`${path}: content page has <script> (${scripts.join(', ')})`);
  for (const address of facts.foreignResources) problems.push(`${path}: loads ${address} from another host`);
  return problems;
}
