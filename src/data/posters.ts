import { loadShareFonts } from './share-fonts';
import { publicImageDataUri } from './public-image';
import { getSettings, type Material } from './site';
import { posterBasis } from '../lib/content-rules/poster';
import { listItems, markdocText } from '../lib/materials/text';
import { POSTER_SIZE, posterElement } from '../lib/share/poster';
import { qrDataUri } from '../lib/share/qr';
import { renderPng } from '../lib/share/render';
import { routes } from '../lib/routes';

/** The printable A4 poster of a poster-format material (PNG): its visual, the legal basis line, a QR code back to its page. */
export async function materialPosterPng(material: Material, site: URL | undefined): Promise<Uint8Array<ArrayBuffer>> {
  const { entry, slug } = material;
  const settings = await getSettings();
  const pageUrl = new URL(routes.material(slug), site);
  const lines = settings.helpLines.filter((line) => line.scope === 'toan-quoc' && line.number.trim() !== '').slice(0, 2);
  const body = (await entry.body()).node;
  const poster = posterElement({
    headline: entry.title,
    subhead: entry.summary,
    lines: listItems(body),
    visual: publicImageDataUri(entry.cover.image),
    basis: posterBasis(markdocText(body)),
    help: `Cần giúp đỡ: gọi ${lines.map((line) => `${line.number} (${line.name.toLowerCase()})`).join(' · ')}`,
    qr: await qrDataUri(pageUrl.href),
    url: `${pageUrl.host}${pageUrl.pathname}`,
    programme: settings.programmeName,
  });
  return renderPng(poster, POSTER_SIZE, loadShareFonts());
}
