import type { APIRoute, GetStaticPaths } from 'astro';
import { iconSvg } from '../lib/brand/icon';
import { svgToPng } from '../lib/brand/png';

/** App icons for the web manifest and home screens, rendered at build time. */
const icons = {
  'icon-32': { size: 32, maskable: false },
  'icon-192': { size: 192, maskable: false },
  'icon-512': { size: 512, maskable: false },
  'icon-maskable-512': { size: 512, maskable: true },
} as const;

export const getStaticPaths = (() => Object.keys(icons).map((icon) => ({ params: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const icon = icons[params.icon as keyof typeof icons];
  return new Response(svgToPng(iconSvg(icon.size, { maskable: icon.maskable })), { headers: { 'Content-Type': 'image/png' } });
};
