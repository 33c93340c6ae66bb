import { describe, expect, it } from 'vitest';
import { budgetProblems } from './budgets';

describe('budgetProblems', () => {
  it('allows JavaScript only on named islands, within their budget', () => {
    expect(budgetProblems([{ path: '/tim-kiem/', htmlGzip: 3000, jsGzip: 12_000 }])).toEqual([]);
    expect(budgetProblems([{ path: '/tai-lieu/', htmlGzip: 3000, jsGzip: 1 }])).toEqual(['/tai-lieu/: content page ships 1 B of JS (budget 0)']);
    expect(budgetProblems([{ path: '/tim-kiem/', htmlGzip: 3000, jsGzip: 30_000 }])[0]).toContain('island "Tìm kiếm');
  });

  it('gives every material page the share island’s budget, and no other page of the library', () => {
    expect(budgetProblems([{ path: '/tai-lieu/to-roi-a/', htmlGzip: 3000, jsGzip: 1500 }])).toEqual([]);
    expect(budgetProblems([{ path: '/tai-lieu/to-roi-a/', htmlGzip: 3000, jsGzip: 3000 }])[0]).toContain('island "Chia sẻ tài liệu');
    expect(budgetProblems([{ path: '/tai-lieu/doi-tuong/cong-dong/', htmlGzip: 3000, jsGzip: 1 }])).toHaveLength(1);
  });

  it('flags HTML over 30 KB gzipped', () => {
    expect(budgetProblems([{ path: '/x/', htmlGzip: 31 * 1024, jsGzip: 0 }])).toHaveLength(1);
  });
});
