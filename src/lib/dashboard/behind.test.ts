import { describe, expect, it } from 'vitest';
import type { Geometry } from '../map/geo';
import { behindIndexView, behindQuarterView, type CommuneShape, type DistrictShape } from './behind';
import { testCampaign } from './test-campaign';

const square: Geometry = { type: 'Polygon', coordinates: [[[106, 20.8], [106.1, 20.8], [106.1, 20.9], [106, 20.8]]] };
const shapes = {
  districts: [
    { type: 'Feature', geometry: square, properties: { district_code: '001', district_name: 'Một', district_type: 'Huyện' } },
    { type: 'Feature', geometry: square, properties: { district_code: '009', district_name: 'Chín', district_type: 'Huyện' } },
  ] satisfies DistrictShape[],
  communes: [
    { type: 'Feature', geometry: square, properties: { commune_code: '10002', commune_name: 'Trung Tâm', commune_type: 'Phường' } },
    { type: 'Feature', geometry: square, properties: { commune_code: '10005', commune_name: 'Nam', commune_type: 'Xã' } },
    { type: 'Feature', geometry: square, properties: { commune_code: '99999', commune_name: 'Ngoài', commune_type: 'Xã' } },
  ] satisfies CommuneShape[],
};

describe('behindIndexView', () => {
  it('lists the quarters newest first with the units still without activity', () => {
    const view = behindIndexView(testCampaign());
    expect(view.rows[0]).toEqual({
      href: '/chien-dich/cham/2025-q3/',
      label: 'Quý 3/2025',
      list: '3 đơn vị (từ 01/07/2025)',
      uncovered: '2',
      units: '3',
      ratio: '33,3%',
      reporting: { received: '1/3 (33,3%)', onTime: 'chưa ghi ngày nhận', states: '1 có hoạt động · 0 đã báo cáo, không có hoạt động · 2 chưa báo cáo', close: 'Đang mở: số liệu có thể còn thay đổi', closed: false, reporters: 'xã, phường' },
    });
    expect(view.rows.map((row) => row.label)).toEqual(['Quý 3/2025', 'Quý 2/2025', 'Quý 1/2025', 'Quý 4/2024', 'Quý 3/2024']);
  });
});

describe('behindQuarterView', () => {
  const campaign = testCampaign();

  it('groups a quarter’s units without activity by district, with the neighbouring quarters and the CSV', () => {
    const view = behindQuarterView(campaign, '2024-q4', shapes);
    expect(view.title).toBe('Đơn vị chưa có hoạt động tuyên truyền – Quý 4/2024');
    expect([view.uncovered, view.units, view.ratio, view.running]).toEqual(['2', '4', '50%', false]);
    expect(view.previous).toEqual({ href: '/chien-dich/cham/2024-q3/', label: 'Quý 3/2024' });
    expect(view.next).toEqual({ href: '/chien-dich/cham/2025-q1/', label: 'Quý 1/2025' });
    expect(view.csvHref).toBe('/chien-dich/cham/2024-q4.csv');
    expect(view.groups).toEqual([
      { id: 'huyen-001', name: 'Huyện Một', count: '1', units: [{ href: '/chien-dich/xa/a-10002/', name: 'Phường Bình', code: '10002', state: 'Đã báo cáo, không có hoạt động' }] },
      { id: 'huyen-002', name: 'Huyện Hai', count: '1', units: [{ href: '/chien-dich/xa/a-10004/', name: 'Thị trấn Đông', code: '10004', state: 'Đã báo cáo, không có hoạt động' }] },
    ]);
  });

  it('maps districts while the list has them, a district without units as no data', () => {
    const { map } = behindQuarterView(campaign, '2024-q4', shapes);
    expect(map.title).toBe('Tỷ lệ xã có hoạt động theo huyện, Quý 4/2024');
    expect(map.areas.map((a) => [a.name, a.ratio, a.detail])).toEqual([
      ['Huyện Một', 0.5, '1/2 đơn vị có hoạt động'],
      ['Huyện Chín', null, 'chưa có dữ liệu'],
    ]);
  });

  it('maps the plan area’s communes once districts are gone; the last quarter has no next', () => {
    const view = behindQuarterView(campaign, '2025-q3', shapes);
    expect(view.running).toBe(true);
    expect(view.next).toBeNull();
    expect(view.map.legend).toEqual(['duoi-50', 'tu-90']);
    expect(view.map.areas.map((a) => [a.name, a.ratio, a.detail])).toEqual([
      ['Phường Trung Tâm', 1, 'có hoạt động'],
      ['Xã Nam', 0, 'chưa có hoạt động'],
    ]);
    expect(view.groups.map((g) => [g.id, g.name])).toEqual([['huyen-tinh', 'Toàn tỉnh (không còn cấp huyện)']]);
  });

  it('refuses a quarter outside the plan', () => {
    expect(() => behindQuarterView(campaign, '2030-q1', shapes)).toThrow('No plan quarter 2030-q1');
  });
});
