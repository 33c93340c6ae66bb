import type { APIRoute } from 'astro';
import { getSettings } from '../data/site';
import { PRIMARY } from '../lib/brand/colours';

export const GET: APIRoute = async () => {
  const settings = await getSettings();
  const manifest = {
    name: settings.programmeName,
    short_name: settings.shortName,
    description: settings.description,
    lang: 'vi',
    start_url: '/',
    // 'minimal-ui' (back and reload stay): Chromium installs a site only with standalone, fullscreen or minimal-ui,
    // and installed it opens the pages saved for reading without signal (issue 19).
    display: 'minimal-ui',
    background_color: '#ffffff',
    theme_color: PRIMARY,
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
