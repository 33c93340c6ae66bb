import type { APIRoute } from 'astro';
import { iconSvg } from '../lib/brand/icon';
import { pngToIco } from '../lib/brand/ico';
import { svgToPng } from '../lib/brand/png';

export const GET: APIRoute = () => new Response(pngToIco(svgToPng(iconSvg(32)), 32), { headers: { 'Content-Type': 'image/x-icon' } });
