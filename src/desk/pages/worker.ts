import type { APIRoute } from 'astro';
import { routes } from '../../lib/routes';
import source from '../../offline/desk-worker.js?raw';

/** The desk's service worker, scoped to /nhap-lieu/ (src/offline/desk-worker.js). */
export const GET: APIRoute = () =>
  new Response(`const FORM_PATH = ${JSON.stringify(routes.desk.oneActivity)};\n${source}`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' },
  });
