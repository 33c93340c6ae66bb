import { createUnitRegistry, type UnitRegistry } from './registry';
import type { AdminUnit, District, UnitList } from './types';

/**
 * A small made-up province for unit tests (codes 1000x, not real places):
 * list A (2019-05-01 – 2024-12-31, 4 units in 2 districts), list B
 * (2025-01-01 – 2025-06-30: 10004 abolished with no known successor, 10001
 * renamed), list C (from 2025-07-01, no districts: code 10002 reused for a
 * new unit made of old 10001 + 10002; old 10003 split into 10003 and 10005).
 */
const unit = (listId: string, code: string, type: string, name: string, districtCode: string | null): AdminUnit => ({
  listId,
  code,
  type,
  name,
  districtCode,
  formedFromOldProvince: districtCode === null ? 'Thử' : null,
});

const districts: District[] = [
  { code: '001', name: 'Một', type: 'Huyện' },
  { code: '002', name: 'Hai', type: 'Huyện' },
];

export const fixtureLists: UnitList[] = [
  {
    id: 'a',
    label: 'Danh sách A (4 đơn vị)',
    shortLabel: '4 đơn vị (đến 31/12/2024)',
    validFrom: '2019-05-01',
    validTo: '2024-12-31',
    source: 'thử',
    districts,
    units: [
      unit('a', '10001', 'Xã', 'An', '001'),
      unit('a', '10002', 'Phường', 'Bình', '001'),
      unit('a', '10003', 'Xã', 'Phương Chiểu', '002'),
      unit('a', '10004', 'Thị trấn', 'Đông', '002'),
    ],
  },
  {
    id: 'b',
    label: 'Danh sách B (3 đơn vị)',
    shortLabel: '3 đơn vị (01/01 – 30/06/2025)',
    validFrom: '2025-01-01',
    validTo: '2025-06-30',
    source: 'thử',
    districts,
    units: [unit('b', '10001', 'Xã', 'An Mới', '001'), unit('b', '10002', 'Phường', 'Bình', '001'), unit('b', '10003', 'Xã', 'Phương Chiểu', '002')],
  },
  {
    id: 'c',
    label: 'Danh sách C (3 đơn vị)',
    shortLabel: '3 đơn vị (từ 01/07/2025)',
    validFrom: '2025-07-01',
    validTo: null,
    source: 'thử',
    districts: [],
    units: [unit('c', '10002', 'Phường', 'Trung Tâm', null), unit('c', '10003', 'Xã', 'Phương Chiểu', null), unit('c', '10005', 'Xã', 'Nam', null)],
  },
];

export function fixtureRegistry(): UnitRegistry {
  return createUnitRegistry({ code: '99', name: 'Thử' }, fixtureLists, [
    {
      from: 'a',
      to: 'b',
      effective: '2025-01-01',
      links: [
        { fromCode: '10001', toCode: '10001', relation: 'renamed' },
        { fromCode: '10002', toCode: '10002', relation: 'unchanged' },
        { fromCode: '10003', toCode: '10003', relation: 'unchanged' },
        { fromCode: '10004', toCode: null, relation: 'abolished' },
      ],
    },
    {
      from: 'b',
      to: 'c',
      effective: '2025-07-01',
      links: [
        { fromCode: '10001', toCode: '10002', relation: 'full' },
        { fromCode: '10002', toCode: '10002', relation: 'full' },
        { fromCode: '10003', toCode: '10003', relation: 'partial' },
        { fromCode: '10003', toCode: '10005', relation: 'remainder' },
      ],
    },
  ]);
}
