import Fuse from 'fuse.js';
import { FIELD, shardOf, type DictionaryFile, type ShardFile } from './index-build';
import { tokenize } from './tokens';

/** A dictionary word a query word may stand for, and how good a match it is (1 exact, less for a prefix or a typo). */
interface Alternative {
  folded: string;
  quality: number;
  /** True for a prefix of the word being typed: highlight words that start with it. */
  prefix: boolean;
}

export interface QueryWord {
  folded: string;
  exact: string;
  /** The reader typed tone marks (or đ) in this word. */
  toned: boolean;
  alternatives: Alternative[];
}

export interface QueryPlan {
  query: string;
  words: QueryWord[];
  /** Shards the query needs, to fetch before `search`. */
  shards: number[];
}

export interface RankedDocument {
  id: number;
  score: number;
  /** How many toned query words this document has with exactly those marks. */
  exactTones: number;
  /** Which fields matched (FIELD flags). */
  fields: number;
}

/** Field weights: title over tags over summary over body. */
const WEIGHT: [number, number][] = [
  [FIELD.title, 8],
  [FIELD.tags, 4],
  [FIELD.summary, 2],
  [FIELD.body, 1],
];
const PREFIX_QUALITY = 0.7;
const TYPO_QUALITY = 0.5;
const OTHER_TONES = 0.8;
const MAX_PREFIXES = 40;
const MAX_TYPOS = 4;

function fieldWeight(flags: number): number {
  for (const [flag, weight] of WEIGHT) if (flags & flag) return weight;
  return 0;
}

/** Lowest index in a sorted list whose value is ≥ `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? '') < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The query side of the full-text index: turns a query into the dictionary
 * words it stands for (exact, prefix of the word being typed, or a typo via
 * fuse.js over the word list), names the shards to load, then ranks documents.
 */
export class SearchIndex {
  readonly dictionary: DictionaryFile;
  private readonly words: string[];
  private readonly exactKeys = new Map<string, string[]>();
  private fuse: Fuse<string> | undefined;
  private readonly decoded = new Map<string, { ids: number[]; flags: number[] }>();

  constructor(dictionary: DictionaryFile) {
    this.dictionary = dictionary;
    this.words = dictionary.w.map((entry) => {
      const [folded = '', ...exact] = entry.split('|');
      this.exactKeys.set(folded, exact.length > 0 ? exact : [folded]);
      return folded;
    });
  }

  /** The words of a query and the shards they need. A word still being typed (no space after it) also matches as a prefix. */
  plan(query: string): QueryPlan {
    const tokens = tokenize(query);
    const typing = !/\s$/.test(query);
    const words = tokens.map((token, index): QueryWord => {
      const original = query.normalize('NFC').slice(token.start, token.end).toLowerCase();
      const alternatives: Alternative[] = [];
      if (this.exactKeys.has(token.folded)) alternatives.push({ folded: token.folded, quality: 1, prefix: false });
      if (typing && index === tokens.length - 1 && token.folded.length >= 2) {
        const from = lowerBound(this.words, token.folded);
        for (let i = from; i < this.words.length && i < from + MAX_PREFIXES; i += 1) {
          const word = this.words[i] ?? '';
          if (!word.startsWith(token.folded)) break;
          if (word !== token.folded) alternatives.push({ folded: word, quality: PREFIX_QUALITY, prefix: true });
        }
      }
      if (alternatives.length === 0 && token.folded.length >= 3) {
        this.fuse ??= new Fuse(this.words, { threshold: 0.34, ignoreLocation: true, includeScore: true, minMatchCharLength: 2 });
        for (const hit of this.fuse.search(token.folded, { limit: MAX_TYPOS })) {
          if (Math.abs(hit.item.length - token.folded.length) <= 2) alternatives.push({ folded: hit.item, quality: TYPO_QUALITY * (1 - (hit.score ?? 0)), prefix: false });
        }
      }
      return { folded: token.folded, exact: token.exact, toned: original !== token.folded, alternatives };
    });
    const shards = [...new Set(words.flatMap((word) => word.alternatives.map((alt) => shardOf(alt.folded, this.dictionary.n))))].sort((a, b) => a - b);
    return { query, words, shards };
  }

  private postings(key: string, shard: ShardFile): { ids: number[]; flags: number[] } {
    let list = this.decoded.get(key);
    if (list) return list;
    const raw = shard[key] ?? [];
    list = { ids: [], flags: [] };
    let id = 0;
    for (let i = 0; i + 1 < raw.length; i += 2) {
      id += raw[i] ?? 0;
      list.ids.push(id);
      list.flags.push(raw[i + 1] ?? 0);
    }
    this.decoded.set(key, list);
    return list;
  }

  /**
   * Documents that hold every query word (or, when none does, the most of them), best first:
   * documents with the reader's tone marks exactly first, then by score (title > tags > summary > body,
   * exact word > prefix > typo, whole query in the title), then in index order.
   */
  search(plan: QueryPlan, shards: ReadonlyMap<number, ShardFile>): RankedDocument[] {
    const words = plan.words.filter((word) => word.alternatives.length > 0 || word.folded.length > 0);
    if (words.length === 0 || plan.query.trim().length < 2) return [];
    // One slot per document in typed arrays: no object per hit, fast on a slow phone.
    const count = this.dictionary.d.length;
    const score = new Float64Array(count);
    const matched = new Uint8Array(count);
    const exactTones = new Uint8Array(count);
    const fields = new Uint8Array(count);
    const inTitle = new Uint8Array(count);
    const best = new Float64Array(count);
    const bestExact = new Uint8Array(count);
    const bestFields = new Uint8Array(count);
    const touched: number[] = [];
    for (const word of words) {
      best.fill(0);
      bestExact.fill(0);
      bestFields.fill(0);
      for (const alt of word.alternatives) {
        const shard = shards.get(shardOf(alt.folded, this.dictionary.n));
        if (!shard) continue;
        for (const key of this.exactKeys.get(alt.folded) ?? []) {
          const { ids, flags } = this.postings(key, shard);
          const exact = word.toned && key === word.exact;
          // With tone marks typed, a word with other marks counts a little less than the exact one.
          const quality = alt.quality * (word.toned && !exact ? OTHER_TONES : 1);
          for (let i = 0; i < ids.length; i += 1) {
            const id = ids[i] ?? 0;
            const f = flags[i] ?? 0;
            const value = quality * fieldWeight(f);
            if (value > (best[id] ?? 0)) best[id] = value;
            if (exact) bestExact[id] = 1;
            bestFields[id] = (bestFields[id] ?? 0) | f;
          }
        }
      }
      for (let id = 0; id < count; id += 1) {
        const value = best[id] ?? 0;
        if (value === 0) continue;
        if (matched[id] === 0) touched.push(id);
        score[id] = (score[id] ?? 0) + value;
        matched[id] = (matched[id] ?? 0) + 1;
        exactTones[id] = (exactTones[id] ?? 0) + (bestExact[id] ?? 0);
        fields[id] = (fields[id] ?? 0) | (bestFields[id] ?? 0);
        if ((bestFields[id] ?? 0) & FIELD.title) inTitle[id] = (inTitle[id] ?? 0) + 1;
      }
    }
    let need = words.length;
    let results = touched.filter((id) => matched[id] === need);
    if (results.length === 0 && words.length > 1) {
      // No document has every word: those with the most of them, if at least half.
      need = Math.max(0, ...touched.map((id) => matched[id] ?? 0));
      results = need >= Math.ceil(words.length / 2) ? touched.filter((id) => matched[id] === need) : [];
    }
    return results
      .map((id): RankedDocument => ({
        id,
        // Every word of a longer query in the title: most likely the title the reader has in mind.
        score: (score[id] ?? 0) + (words.length > 1 && inTitle[id] === words.length ? 10 : 0),
        exactTones: exactTones[id] ?? 0,
        fields: fields[id] ?? 0,
      }))
      .sort((a, b) => b.exactTones - a.exactTones || b.score - a.score || a.id - b.id);
  }
}
