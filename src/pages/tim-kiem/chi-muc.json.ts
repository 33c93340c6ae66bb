import type { APIRoute } from 'astro';
import { searchIndex } from '../../data/search-documents';

/** The search dictionary (documents' titles and the word list), fetched when a reader starts searching. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await searchIndex()).dictionary), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
