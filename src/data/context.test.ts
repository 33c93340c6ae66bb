import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot, setDataContext, today } from './context';

describe('data context', () => {
  afterEach(() => setDataContext({}));

  it('reads the working directory and the date in Việt Nam by default', () => {
    expect(projectRoot()).toBe(process.cwd());
    expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('takes another root or today from a test, and goes back to the real ones', () => {
    const real = today();
    setDataContext({ root: '/tmp/du-an', today: '2030-06-15' });
    expect([projectRoot(), today()]).toEqual(['/tmp/du-an', '2030-06-15']);
    setDataContext({});
    expect([projectRoot(), today()]).toEqual([process.cwd(), real]);
  });
});
