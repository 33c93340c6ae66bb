import { fold } from '../text/fold';
import { buildSearchIndex, type BuiltIndex, type FragmentFile, type FullTextDocument, type ShardFile } from './index-build';
import { SearchIndex, type QueryPlan, type RankedDocument } from './query';
import { highlightAll, snippet, type Highlighted } from './snippet';

export type { FullTextDocument } from './index-build';
export type { Highlighted } from './snippet';

/** One result as the page shows it. */
export interface SearchHit {
  u: string;
  k: string;
  title: Highlighted;
  tags: Highlighted;
  /** Body text around the match, or the summary when the body does not match. */
  snippet: Highlighted;
  score: number;
  exactTones: number;
}

/** A ranked document turned into what the page shows, once its fragment is at hand. */
export function toHit(index: SearchIndex, plan: QueryPlan, ranked: RankedDocument, fragment: FragmentFile | undefined): SearchHit {
  const [u = '', k = '', t = '', g = ''] = index.dictionary.d[ranked.id] ?? [];
  const summary = fragment?.s ?? '';
  const fromSummary = snippet(summary, plan, 240);
  const fromBody = fromSummary ? undefined : snippet(fragment?.b ?? '', plan);
  return {
    u,
    k,
    title: highlightAll(t, plan),
    tags: highlightAll(g, plan),
    snippet: fromSummary ?? fromBody ?? { text: summary, ranges: [] },
    score: ranked.score,
    exactTones: ranked.exactTones,
  };
}

/**
 * Full-text search with everything in memory (the benchmark, tests, and the
 * build's own checks). The browser uses the same SearchIndex but loads the
 * shards and fragments a query needs (src/scripts/search.ts).
 */
export function createSearch(documents: readonly FullTextDocument[] | BuiltIndex) {
  const built = Array.isArray(documents) ? buildSearchIndex(documents) : (documents as BuiltIndex);
  const index = new SearchIndex(built.dictionary);
  const shards = new Map<number, ShardFile>(built.shards.map((shard, i) => [i, shard]));
  return (query: string, limit = 20): SearchHit[] => {
    const plan = index.plan(query);
    return index
      .search(plan, shards)
      .slice(0, limit)
      .map((ranked) => toHit(index, plan, ranked, built.fragments[ranked.id]));
  };
}

/** Baseline for the benchmark: every document whose folded text contains the folded query. */
export function createSubstringScan(documents: readonly FullTextDocument[]) {
  const folded = documents.map((doc) => ({ doc, text: fold(`${doc.t} ${doc.g} ${doc.s} ${doc.b}`) }));
  return (query: string, limit = 20): FullTextDocument[] => {
    const q = fold(query).trim();
    const hits: FullTextDocument[] = [];
    for (const item of folded) {
      if (item.text.includes(q)) hits.push(item.doc);
      if (hits.length >= limit) break;
    }
    return hits;
  };
}
