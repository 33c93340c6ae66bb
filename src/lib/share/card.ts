import type { ReactNode } from 'react';
import { PRIMARY } from '../brand/colours';
import { iconSvg } from '../brand/icon';
import { el, img } from './element';
import { FONT_STACK } from './fonts';

/** Open Graph size: what Facebook and Zalo show in a link preview. */
export const SHARE_SIZE = { width: 1200, height: 630 } as const;

export interface ShareCard {
  title: string;
  /** Small line above the title: kind and audience, e.g. "Bài phát thanh · Học sinh, sinh viên". */
  eyebrow: string;
  /** Programme name shown at the bottom. */
  programme: string;
  /** A poster's visual (data URI, 3:2), drawn at the right; absent for other materials. */
  visual?: string | null | undefined;
}

/** Title size that keeps long Vietnamese titles within about four lines. */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 50) return 68;
  if (length <= 80) return 58;
  if (length <= 110) return 50;
  return 42;
}

const markUri = () => `data:image/svg+xml;base64,${Buffer.from(iconSvg(64)).toString('base64')}`;

/** The 1200×630 share image of a material or lesson kit. */
export function shareCard({ title, eyebrow, programme, visual }: ShareCard): ReactNode {
  // Satori adds padding and borders to a 100% box, so the frame has none and the band is its own element.
  return el(
    'div',
    { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: FONT_STACK, color: '#1d2733' },
    el('div', { display: 'flex', height: 24, background: PRIMARY }),
    el(
      'div',
      { display: 'flex', flexGrow: 1 },
      el(
        'div',
        { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, flexBasis: 0, padding: '48px 72px 56px' },
        el('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: PRIMARY }, eyebrow),
        el('div', { display: 'flex', fontSize: visual ? Math.min(titleSize(title), 58) : titleSize(title), fontWeight: 700, lineHeight: 1.2 }, title),
        el(
          'div',
          { display: 'flex', alignItems: 'center', fontSize: 28, color: '#4a5663' },
          el('div', { display: 'flex', flexShrink: 0 }, img(markUri(), 56, 56)),
          el('div', { display: 'flex', marginLeft: 20 }, programme),
        ),
      ),
      ...(visual ? [el('div', { display: 'flex', alignItems: 'center', flexShrink: 0, marginRight: 56 }, img(visual, 390, 260))] : []),
    ),
  );
}
