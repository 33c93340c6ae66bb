import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndex } from '../../../../data/search-documents';

/** One document's summary and body ("/tim-kiem/chi-muc/tai-lieu/12.json"): loaded for the results on screen, to show the text around the match. */
export const getStaticPaths = (async () =>
  (await searchIndex()).fragments.map((fragment, index) => ({ params: { doc: String(index) }, props: { fragment } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.fragment), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
