import type { ReactNode } from 'react';

type Style = Record<string, string | number>;

/** A satori element without JSX: el('div', { display: 'flex' }, 'text', child…). */
export function el(type: string, style: Style, ...children: ReactNode[]): ReactNode {
  const content = children.length === 0 ? undefined : children.length === 1 ? children[0] : children;
  return { type, key: null, props: { style, children: content } } as unknown as ReactNode;
}

/** An image element (data URI or absolute URL). */
export function img(src: string, width: number, height: number): ReactNode {
  return { type: 'img', key: null, props: { src, width, height, style: { width, height } } } as unknown as ReactNode;
}
