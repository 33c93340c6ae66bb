import type { DictionaryFile, FragmentFile, ShardFile } from '../lib/search/index-build';
import { SearchIndex, type QueryPlan, type RankedDocument } from '../lib/search/query';
import { toHit, type SearchHit } from '../lib/search/engine';

/**
 * Loads the search index piece by piece: the dictionary first (titles and
 * the word list), then only the posting shards a query's words live in, then
 * the summary and body of the results on screen. Every piece is fetched once.
 */
export class SearchLoader {
  private index: Promise<SearchIndex> | undefined;
  private loaded: SearchIndex | undefined;
  private readonly shards = new Map<number, ShardFile>();
  private readonly shardLoads = new Map<number, Promise<void>>();
  private readonly fragments = new Map<number, Promise<FragmentFile | undefined>>();
  private readonly base: string;

  /** `indexUrl`: "/tim-kiem/chi-muc.json"; shards and fragments live under "/tim-kiem/chi-muc/". */
  constructor(private readonly indexUrl: string) {
    this.base = indexUrl.replace(/\.json$/, '/');
  }

  dictionary(): Promise<SearchIndex> {
    this.index ??= fetchJson<DictionaryFile>(this.indexUrl).then((dictionary) => {
      this.loaded = new SearchIndex(dictionary);
      // Compiles the word pattern and loads Unicode normalisation while the reader is still typing.
      this.loaded.plan('Việt Nam ');
      return this.loaded;
    });
    return this.index;
  }

  /** Ranked documents for a query, after fetching the shards it needs. */
  async search(query: string): Promise<{ plan: QueryPlan; ranked: RankedDocument[] }> {
    const index = await this.dictionary();
    const plan = index.plan(query);
    const version = index.dictionary.v;
    await Promise.all(
      plan.shards.map((shard) => {
        let load = this.shardLoads.get(shard);
        if (!load) {
          load = fetchJson<ShardFile>(`${this.base}tu-${shard}.json?v=${version}`).then((file) => void this.shards.set(shard, file));
          this.shardLoads.set(shard, load);
          load.catch(() => this.shardLoads.delete(shard));
        }
        return load;
      }),
    );
    return { plan, ranked: index.search(plan, this.shards) };
  }

  /** Results ready to show: each ranked document with its snippet (fetching the fragments not loaded yet). */
  async hits(plan: QueryPlan, ranked: readonly RankedDocument[]): Promise<SearchHit[]> {
    const index = await this.dictionary();
    const fragments = await Promise.all(ranked.map((doc) => this.fragment(doc.id, index.dictionary.v)));
    return ranked.map((doc, i) => toHit(index, plan, doc, fragments[i]));
  }

  /** A result from the dictionary alone (no snippet yet), to show before its fragment arrives. */
  bare(plan: QueryPlan, ranked: RankedDocument): SearchHit {
    if (!this.loaded) throw new Error('SearchLoader.bare before the dictionary is loaded');
    return toHit(this.loaded, plan, ranked, undefined);
  }

  private fragment(id: number, version: string): Promise<FragmentFile | undefined> {
    let load = this.fragments.get(id);
    if (!load) {
      // A missing fragment only costs the snippet: the result still shows with its title.
      load = fetchJson<FragmentFile>(`${this.base}tai-lieu/${id}.json?v=${version}`).catch(() => undefined);
      this.fragments.set(id, load);
    }
    return load;
  }
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}
