import { describe, expect, it } from 'vitest';
import { communeParam, routes } from './routes';

describe('routes', () => {
  it('gives the library’s addresses', () => {
    expect(routes.material('to-roi-a')).toBe('/tai-lieu/to-roi-a/');
    expect(routes.materialFacet('doi-tuong', 'hoc-sinh-sinh-vien')).toBe('/tai-lieu/doi-tuong/hoc-sinh-sinh-vien/');
    expect(routes.materialShareImage('to-roi-a')).toBe('/tai-lieu/to-roi-a/chia-se.png');
    expect(routes.materialPoster('to-roi-a')).toBe('/tai-lieu/to-roi-a/ap-phich-a4.png');
    expect(routes.lessonKit('bai-1')).toBe('/bai-giang/bai-1/');
    expect(routes.lessonKitFacet('cap-hoc', 'thcs')).toBe('/bai-giang/cap-hoc/thcs/');
    expect(routes.lessonKitArchive('bai-1')).toBe('/bai-giang/bai-1/bai-1.zip');
    expect(routes.newsItem('tin-a')).toBe('/tin-tuc/tin-a/');
    expect(routes.page('gioi-thieu')).toBe(routes.about);
  });

  it('gives the campaign tracker’s addresses', () => {
    expect(routes.campaignTarget('xa-co-tuyen-truyen')).toBe('/chien-dich/#xa-co-tuyen-truyen');
    expect(routes.quarter({ year: 2024, quarter: 3 })).toBe('/chien-dich/cham/2024-q3/');
    expect(routes.quarterCsv({ year: 2024, quarter: 3 })).toBe('/chien-dich/cham/2024-q3.csv');
    expect(routes.district('323')).toBe('/chien-dich/huyen/323/');
    expect(routes.district('323', 2024)).toBe('/chien-dich/huyen/323/#ke-hoach-2024');
    expect(routes.year(2024)).toBe('/chien-dich/nam/2024/');
    expect(routes.yearCsv(2024)).toBe('/chien-dich/nam/2024.csv');
  });

  it('puts the list id before the code of a unit, since codes are reused across lists', () => {
    expect(routes.commune({ listId: '2021', code: '11950' })).toBe('/chien-dich/xa/2021-11950/');
    expect(routes.commune({ listId: '2025-07', code: '11950' })).toBe('/chien-dich/xa/2025-07-11950/');
    expect(communeParam({ listId: '2025-01', code: '12001' })).toBe('2025-01-12001');
  });
});
