import { tokenize } from './tokens';

/** One page as the search knows it (original text; folding happens in the index). */
export interface FullTextDocument {
  /** Address of the page. */
  u: string;
  /** Type label: "Tài liệu", "Bài giảng", "Tin tức", "Trang", "Chỉ tiêu"… */
  k: string;
  /** Title. */
  t: string;
  /** Audience labels and other tags, joined by " · ". */
  g: string;
  /** Summary. */
  s: string;
  /** Body text: every sentence a reader can see on the page (worksheets, quiz questions…), plain text. */
  b: string;
}

/** Where in a document a word occurs: bit flags, title > tags > summary > body. */
export const FIELD = { title: 1, tags: 2, summary: 4, body: 8 } as const;

/**
 * The first file a query loads: every document's address, kind, title and
 * tags, and the sorted word list. Each entry of `w` is a folded word, then
 * "|" and the tone-exact keys met under it when they differ ("duong|đương1|dương").
 */
export interface DictionaryFile {
  /** Changes whenever the index changes; shard and fragment URLs carry it. */
  v: string;
  /** Number of posting shards; a folded word lives in shard `shardOf(word, n)`. */
  n: number;
  d: [u: string, k: string, t: string, g: string][];
  w: string[];
}

/** A posting shard: tone-exact key → [document delta, field flags, …]. */
export type ShardFile = Record<string, number[]>;

/** What a result shows under its title: the summary and the body, one file per document. */
export interface FragmentFile {
  s: string;
  b: string;
}

export interface BuiltIndex {
  dictionary: DictionaryFile;
  shards: ShardFile[];
  fragments: FragmentFile[];
}

/** FNV-1a of the folded word: the same shard in the build and in the browser. */
export function shardOf(folded: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < folded.length; i += 1) {
    hash ^= folded.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}

/** About this many postings per shard keeps one shard near 2–4 KB gzipped. */
const POSTINGS_PER_SHARD = 2500;

/** A short digest of a string, to version the index files. */
function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x12345678;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

/** Builds the dictionary, the posting shards and the fragments of a set of documents. */
export function buildSearchIndex(documents: readonly FullTextDocument[]): BuiltIndex {
  // exact key → (document → flags), and folded word → its exact keys.
  const postings = new Map<string, Map<number, number>>();
  const forms = new Map<string, Set<string>>();
  documents.forEach((doc, id) => {
    const fields: [string, number][] = [
      [doc.t, FIELD.title],
      [doc.g, FIELD.tags],
      [doc.s, FIELD.summary],
      [doc.b, FIELD.body],
    ];
    for (const [text, flag] of fields) {
      for (const token of tokenize(text)) {
        let byDoc = postings.get(token.exact);
        if (!byDoc) postings.set(token.exact, (byDoc = new Map()));
        byDoc.set(id, (byDoc.get(id) ?? 0) | flag);
        let set = forms.get(token.folded);
        if (!set) forms.set(token.folded, (set = new Set()));
        set.add(token.exact);
      }
    }
  });
  let total = 0;
  for (const byDoc of postings.values()) total += byDoc.size;
  const n = Math.max(1, Math.ceil(total / POSTINGS_PER_SHARD));
  const shards: ShardFile[] = Array.from({ length: n }, () => ({}));
  const words = [...forms.keys()].sort();
  const w = words.map((folded) => {
    const exact = [...(forms.get(folded) ?? [])].sort();
    for (const key of exact) {
      const list: number[] = [];
      let last = 0;
      for (const [id, flags] of [...(postings.get(key) ?? [])].sort((x, y) => x[0] - y[0])) {
        list.push(id - last, flags);
        last = id;
      }
      const shard = shards[shardOf(folded, n)];
      if (shard) shard[key] = list;
    }
    return exact.length === 1 && exact[0] === folded ? folded : [folded, ...exact].join('|');
  });
  const d = documents.map((doc) => [doc.u, doc.k, doc.t.normalize('NFC'), doc.g.normalize('NFC')] as [string, string, string, string]);
  const fragments = documents.map((doc) => ({ s: doc.s.normalize('NFC'), b: doc.b.normalize('NFC') }));
  const v = digest(JSON.stringify([d, w, fragments]));
  return { dictionary: { v, n, d, w }, shards, fragments };
}
