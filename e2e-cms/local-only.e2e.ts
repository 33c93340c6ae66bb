import { networkInterfaces } from 'node:os';
import { expect, test } from '@playwright/test';

/** This machine's first non-loopback IPv4 address, if it has one. */
const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((info) => info && info.family === 'IPv4' && !info.internal)?.address;

test('the local-mode CMS answers only on this machine', async ({ request, baseURL }) => {
  const port = new URL(baseURL ?? '').port;
  expect((await request.get('/keystatic')).status()).toBe(200);
  test.skip(!externalAddress, 'this machine has no non-loopback address');
  // From another address the admin and its API are either unreachable (the server listens on
  // 127.0.0.1) or refused by the middleware (someone started it with --host): never served.
  for (const path of ['/keystatic', '/api/keystatic/tree', '/nhap-lieu/']) {
    const status = await request
      .get(`http://${externalAddress}:${port}${path}`, { headers: { 'no-cors': '1' }, timeout: 5_000 })
      .then((response) => response.status())
      .catch(() => 'unreachable');
    expect(['unreachable', 403], path).toContain(status);
  }
});
