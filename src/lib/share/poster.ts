import type { ReactNode } from 'react';
import { PRIMARY } from '../brand/colours';
import { el, img } from './element';
import { FONT_STACK } from './fonts';

/** A4 portrait at 150 dpi: 210 × 297 mm. */
export const POSTER_SIZE = { width: 1240, height: 1754 } as const;

export interface Poster {
  headline: string;
  subhead: string;
  /** Supporting lines, already shortened (at most three are drawn: the content check refuses more). */
  lines: readonly string[];
  /** The poster's visual (data URI of its SVG or PNG, 3:2), drawn under the headline; null for none. */
  visual: string | null;
  /** The legal basis line ("Căn cứ: …") printed above the help band; null for none. */
  basis: string | null;
  /** Help line shown in the band at the bottom, e.g. "Cần giúp đỡ: gọi 111 (trẻ em) · 113 (công an)". */
  help: string;
  /** QR code image (data URI) pointing back to the material's page. */
  qr: string;
  /** Short address printed under the QR code. */
  url: string;
  programme: string;
}

export function posterHeadlineSize(headline: string): number {
  const length = [...headline].length;
  if (length <= 40) return 96;
  if (length <= 70) return 80;
  if (length <= 100) return 68;
  return 58;
}

/** The printable A4 poster of a poster-format material. */
export function posterElement(poster: Poster): ReactNode {
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      background: '#ffffff',
      fontFamily: FONT_STACK,
      color: '#1d2733',
    },
    el(
      'div',
      { display: 'flex', flexDirection: 'column', background: PRIMARY, color: '#ffffff', padding: '96px 96px 72px' },
      el('div', { display: 'flex', fontSize: posterHeadlineSize(poster.headline), fontWeight: 700, lineHeight: 1.15 }, poster.headline),
      el('div', { display: 'flex', fontSize: 38, marginTop: 36, lineHeight: 1.4 }, poster.subhead),
    ),
    el(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '48px 96px 0' },
      ...(poster.visual ? [el('div', { display: 'flex', justifyContent: 'center', marginBottom: 36 }, img(poster.visual, 450, 300))] : []),
      ...poster.lines.slice(0, 3).map((line) =>
        el(
          'div',
          { display: 'flex', fontSize: 36, lineHeight: 1.4, marginBottom: 28 },
          el('div', { display: 'flex', width: 18, height: 18, marginTop: 18, marginRight: 28, background: PRIMARY, borderRadius: 9 }),
          el('div', { display: 'flex', flex: 1 }, line),
        ),
      ),
      ...(poster.basis ? [el('div', { display: 'flex', fontSize: 26, lineHeight: 1.4, color: '#4a5663', marginTop: 'auto', paddingBottom: 32 }, poster.basis)] : []),
    ),
    el(
      'div',
      { display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '48px 96px 72px', borderTop: `6px solid ${PRIMARY}` },
      el(
        'div',
        { display: 'flex', flexDirection: 'column', flex: 1, marginRight: 48 },
        el('div', { display: 'flex', fontSize: 36, fontWeight: 700, lineHeight: 1.35 }, poster.help),
        el('div', { display: 'flex', fontSize: 26, marginTop: 24, color: '#4a5663' }, poster.programme),
      ),
      el(
        'div',
        { display: 'flex', flexDirection: 'column', alignItems: 'center', width: 340, flexShrink: 0 },
        img(poster.qr, 260, 260),
        el('div', { display: 'flex', fontSize: 22, marginTop: 12, color: '#4a5663' }, 'Quét mã để đọc thêm'),
        el('div', { display: 'flex', fontSize: 18, marginTop: 4, color: '#4a5663', textAlign: 'center', wordBreak: 'break-all' }, poster.url),
      ),
    ),
  );
}
