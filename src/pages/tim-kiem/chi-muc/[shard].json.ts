import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndex } from '../../../data/search-documents';

/** One posting shard of the search index ("/tim-kiem/chi-muc/tu-3.json"): loaded when a query needs one of its words. */
export const getStaticPaths = (async () =>
  (await searchIndex()).shards.map((shard, index) => ({ params: { shard: `tu-${index}` }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
