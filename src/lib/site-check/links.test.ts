import { describe, expect, it } from 'vitest';
import { candidateFiles, internalPath, pageReferences } from './links';

describe('pageReferences', () => {
  it('collects links, assets and share images', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><meta property="og:image" content="http://x.vn/a.png"><a href="/tai-lieu/">x</a><img src="b.png" srcset="c.png 1x, d.png 2x"><form action="/tim-kiem/"></form>';
    expect(pageReferences(html)).toEqual(['/_astro/a.css', 'http://x.vn/a.png', '/tai-lieu/', 'b.png', 'c.png', 'd.png', '/tim-kiem/']);
  });
});

describe('internalPath', () => {
  const site = 'https://phongchong.example';
  it('resolves relative and absolute addresses on the site', () => {
    expect(internalPath('b.png', '/tai-lieu/a/', site)).toBe('/tai-lieu/a/b.png');
    expect(internalPath('https://phongchong.example/ke-hoach/#x', '/', site)).toBe('/ke-hoach/');
    expect(internalPath('/tim-kiem/?q=a', '/', site)).toBe('/tim-kiem/');
  });
  it('ignores other hosts, tel:, mailto: and bare fragments', () => {
    for (const ref of ['https://facebook.com/x', 'tel:111', 'mailto:a@b.vn', '#noi-dung']) expect(internalPath(ref, '/', site)).toBeNull();
  });
});

describe('candidateFiles', () => {
  it('maps directory paths to index.html', () => {
    expect(candidateFiles('/')).toEqual(['index.html']);
    expect(candidateFiles('/tai-lieu/')).toEqual(['tai-lieu/index.html']);
    expect(candidateFiles('/favicon.ico')).toEqual(['favicon.ico', 'favicon.ico/index.html']);
  });
});
