import type { APIRoute } from 'astro';
import { searchDocuments } from '../../data/search-documents';

/** The search index, fetched by the search page only when a reader starts searching. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchDocuments()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
