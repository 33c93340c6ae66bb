import { describe, expect, it } from 'vitest';
import { communeIndexView } from './communes';
import { testCampaign } from './test-campaign';

describe('communeIndexView', () => {
  const campaign = testCampaign();

  it('lists the unit lists newest first, each by district with units by name', () => {
    const view = communeIndexView(campaign);
    expect(view.lists.map((l) => [l.id, l.meta])).toEqual([
      ['ds-c', '3 đơn vị, hiệu lực từ 01/07/2025.'],
      ['ds-b', '3 đơn vị, hiệu lực từ 01/01/2025 đến 30/06/2025.'],
      ['ds-a', '4 đơn vị, hiệu lực từ 01/05/2019 đến 31/12/2024.'],
    ]);
    const a = view.lists[2]!;
    expect(a.groups.map((g) => [g.district, g.count, g.units.map((u) => u.name)])).toEqual([
      [{ name: 'Huyện Một', href: '/chien-dich/huyen/001/', link: 'Trang của huyện Một' }, '2', ['An', 'Bình']],
      [{ name: 'Huyện Hai', href: '/chien-dich/huyen/002/', link: 'Trang của huyện Hai' }, '2', ['Đông', 'Phương Chiểu']],
    ]);
    expect(view.lists[0]!.groups.map((g) => [g.district, g.units.map((u) => u.name)])).toEqual([[null, ['Nam', 'Phương Chiểu', 'Trung Tâm']]]);
  });

  it('says which part of a list is the plan’s area when not all of it', () => {
    const view = communeIndexView({ ...campaign, inPlanArea: (unit) => unit.code !== '10005' });
    expect(view.lists[0]!.meta).toBe('2/3 đơn vị hình thành từ tỉnh Thử cũ (phạm vi của kế hoạch), hiệu lực từ 01/07/2025.');
  });
});
