import type { APIRoute } from 'astro';
import { ENTRY_STORE } from '../../lib/desk/offline-entry';
import { routes } from '../../lib/routes';
import source from '../../offline/desk-worker.js?raw';

/** The desk's service worker, scoped to /nhap-lieu/ (src/offline/desk-worker.js). */
export const GET: APIRoute = () =>
  new Response(`const FORM_PATH = ${JSON.stringify(routes.desk.oneActivity)};\nconst ENTRY_STORE = ${JSON.stringify(ENTRY_STORE)};\n${source}`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' },
  });
