import { describe, expect, it } from 'vitest';
import { crossSiteRefusal, oneWriteAtATime } from './guard';

const post = (headers: Record<string, string>) => new Request('http://127.0.0.1:4321/nhap-lieu/ghi/', { method: 'POST', headers });

describe('crossSiteRefusal', () => {
  it('lets the desk\'s own form posts through and refuses posts from another site', () => {
    expect(crossSiteRefusal(post({ origin: 'http://127.0.0.1:4321', 'sec-fetch-site': 'same-origin' }))).toBeNull();
    expect(crossSiteRefusal(post({}))).toBeNull();
    expect(crossSiteRefusal(post({ origin: 'https://trang-khac.example' }))).toContain('bị từ chối');
    expect(crossSiteRefusal(post({ 'sec-fetch-site': 'cross-site' }))).toContain('bị từ chối');
    expect(crossSiteRefusal(post({ origin: 'http://localhost:4321' }))).toContain('bị từ chối');
  });
});

describe('oneWriteAtATime', () => {
  it('refuses a second write while one is running, and takes the next one after it ends', async () => {
    let release!: () => void;
    const first = oneWriteAtATime(() => new Promise<string>((resolve) => (release = () => resolve('một'))));
    expect(await oneWriteAtATime(async () => 'hai')).toEqual({ ok: false });
    release();
    expect(await first).toEqual({ ok: true, value: 'một' });
    expect(await oneWriteAtATime(async () => 'ba')).toEqual({ ok: true, value: 'ba' });
  });

  it('is free again after a write that failed', async () => {
    await expect(oneWriteAtATime(async () => Promise.reject(new Error('hỏng')))).rejects.toThrow('hỏng');
    expect(await oneWriteAtATime(async () => 1)).toEqual({ ok: true, value: 1 });
  });
});
