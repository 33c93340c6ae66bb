import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues';

describe('formatIssue', () => {
  it('names file, label and field', () => {
    expect(
      formatIssue({ file: 'content/a.mdoc', field: 'title', label: 'Tiêu đề', problem: { vi: 'bắt buộc', en: 'required' } }),
    ).toBe('content/a.mdoc — trường «Tiêu đề» (title): bắt buộc. [EN] field title: required.');
  });
});
