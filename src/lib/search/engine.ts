import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import { fold } from '../text/fold';

/** One searchable item as shipped in the index (original text only; folded in the browser). */
export interface SearchDocument {
  /** Address of the page. */
  u: string;
  /** Type label: "Tài liệu", "Bài giảng", "Tin tức", "Trang". */
  k: string;
  /** Title. */
  t: string;
  /** Summary. */
  s: string;
  /** Audience labels and other tags, joined by " · ". */
  g: string;
}

interface Folded {
  doc: SearchDocument;
  t: string;
  s: string;
  g: string;
}

export interface Highlighted {
  text: string;
  /** [start, end] inclusive ranges in `text` that matched. */
  ranges: [number, number][];
}

export interface SearchHit {
  doc: SearchDocument;
  title: Highlighted;
  summary: Highlighted;
  score: number;
}

const OPTIONS: IFuseOptions<Folded> = {
  keys: [
    { name: 't', weight: 3 },
    { name: 'g', weight: 1.5 },
    { name: 's', weight: 1 },
  ],
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

/** Matches shorter than this are noise from fuzzy matching and are not highlighted. */
const MIN_HIGHLIGHT = 2;

function highlight(text: string, key: string, matches: readonly FuseResultMatch[] | undefined): Highlighted {
  const ranges = (matches ?? [])
    .filter((match) => match.key === key)
    .flatMap((match) => match.indices.filter(([start, end]) => end - start + 1 >= MIN_HIGHLIGHT).map(([start, end]) => [start, end] as [number, number]));
  return { text, ranges: ranges.sort((a, b) => a[0] - b[0]) };
}

/**
 * Search over folded copies of the documents: the query is folded the same
 * way, so "mai dam", "MẠI DÂM" and "mại dâm" find the same items, and
 * one-letter typos still match.
 */
export function createSearch(documents: readonly SearchDocument[]) {
  const folded: Folded[] = documents.map((doc) => ({ doc, t: fold(doc.t), s: fold(doc.s), g: fold(doc.g) }));
  const fuse = new Fuse(folded, OPTIONS);
  return (query: string, limit = 20): SearchHit[] => {
    const q = fold(query).replace(/\s+/g, ' ').trim();
    if (q.length < 2) return [];
    return fuse.search(q, { limit }).map((result) => ({
      doc: result.item.doc,
      title: highlight(result.item.doc.t, 't', result.matches),
      summary: highlight(result.item.doc.s, 's', result.matches),
      score: result.score ?? 1,
    }));
  };
}

/** Baseline for the benchmark: every document whose folded text contains the folded query. */
export function createSubstringScan(documents: readonly SearchDocument[]) {
  const folded = documents.map((doc) => ({ doc, text: fold(`${doc.t} ${doc.g} ${doc.s}`) }));
  return (query: string, limit = 20): SearchDocument[] => {
    const q = fold(query).trim();
    const hits: SearchDocument[] = [];
    for (const item of folded) {
      if (item.text.includes(q)) hits.push(item.doc);
      if (hits.length >= limit) break;
    }
    return hits;
  };
}
