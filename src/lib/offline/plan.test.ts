import { describe, expect, it } from 'vitest';
import { routes } from '../routes';
import { linkedPaths, offlinePlan, revisionOf, urlOf, type BuiltFile } from './plan';

const file = (name: string, content: string): BuiltFile => ({ file: name, bytes: new TextEncoder().encode(content) });
const audiences = [
  { id: 'cong-dong', label: 'Cộng đồng' },
  { id: 'hoc-sinh-sinh-vien', label: 'Học sinh, sinh viên' },
];

function site(material = '<h1>Một</h1><a href="ap-phich-a4.png">Áp phích</a><a href="/tai-lieu/">Tất cả</a>'): BuiltFile[] {
  return [
    file('index.html', '<h1>Trang chủ</h1>'),
    file('ngoai-tuyen/index.html', '<script type="module" src="/_astro/offline.js"></script>'),
    file('_astro/offline.js', 'import "./format.js";'),
    file('_astro/format.js', 'export {}'),
    file('icon-192.png', 'png'),
    file('manifest.webmanifest', '{}'),
    file('tim-kiem/index.html', '<script type="module" src="/_astro/search.js"></script>'),
    file('_astro/search.js', 'export {}'),
    file('tim-kiem/chi-muc.json', '[]'),
    file('tai-lieu/doi-tuong/cong-dong/index.html', '<a href="/tai-lieu/mot/">Một</a><a href="/tai-lieu/loai/to-roi/">Tờ rơi</a><a href="/tai-lieu/khong-co/">?</a>'),
    file('tai-lieu/doi-tuong/hoc-sinh-sinh-vien/index.html', '<p>Chưa có</p>'),
    file('tai-lieu/loai/to-roi/index.html', '<h1>Tờ rơi</h1>'),
    file('tai-lieu/mot/index.html', material),
    file('tai-lieu/mot/ap-phich-a4.png', 'x'.repeat(1000)),
  ];
}

describe('offline plan of a built site', () => {
  it('serves index.html at its folder and reads same-site links only', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('tai-lieu/mot/index.html')).toBe('/tai-lieu/mot/');
    expect(urlOf('tai-lieu/mot/ap-phich-a4.png')).toBe('/tai-lieu/mot/ap-phich-a4.png');
    expect(linkedPaths('<a href="a.png#x">a</a><img src="https://x.org/b.png" srcset="/c.png 1x, /d.png 2x"><a href="mailto:a@b.c">m</a>', '/p/')).toEqual(['/p/a.png', '/c.png', '/d.png']);
  });

  it('packs each audience page with its materials, their files and the search index, sized from the files', () => {
    const files = site();
    const plan = offlinePlan(files, audiences);
    const community = plan.packs.find((pack) => pack.id === 'cong-dong')!;
    const urls = community.files.map((entry) => entry.url);
    expect(urls).toEqual([routes.materialFacet('doi-tuong', 'cong-dong'), '/tai-lieu/mot/', '/tai-lieu/mot/ap-phich-a4.png', routes.search, '/_astro/search.js', routes.searchIndex]);
    expect(community.materials).toBe(1);
    const sizes = new Map(files.map((entry) => [urlOf(entry.file), entry.bytes.byteLength]));
    expect(community.bytes).toBe(urls.reduce((sum, url) => sum + sizes.get(url)!, 0));
    expect(plan.packs.find((pack) => pack.id === 'hoc-sinh-sinh-vien')!.materials).toBe(0);
    expect(plan.shell).toEqual([routes.offline, '/_astro/offline.js', '/_astro/format.js', '/manifest.webmanifest', '/icon-192.png']);
  });

  it('changes the version and only the changed revision when a material changes', () => {
    const before = offlinePlan(site(), audiences);
    const after = offlinePlan(site('<h1>Một, sửa lại</h1><a href="ap-phich-a4.png">Áp phích</a>'), audiences);
    expect(after.version).not.toBe(before.version);
    const changed = Object.keys(after.revisions).filter((url) => after.revisions[url] !== before.revisions[url]);
    expect(changed).toEqual(['/tai-lieu/mot/']);
    expect(after.revisions['/tai-lieu/mot/']).toBe(revisionOf(new TextEncoder().encode('<h1>Một, sửa lại</h1><a href="ap-phich-a4.png">Áp phích</a>')));
  });
});
