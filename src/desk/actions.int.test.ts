import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGithubStandIn } from '../../scripts/lib/github-stand-in';
import { checkUpload, recordOneActivity, writeChecked } from './actions';
import { deskSession, type DeskReady } from './session';

/**
 * The desk in GitHub mode (the editing server), against a local stand-in for
 * GitHub's API that records the calls it receives: who may write, one commit
 * authored by the signed-in editor, the stale-file refusal and the
 * branch-and-pull-request path. The rules (unit lists, vocabularies) come from
 * this project's files, read only.
 */
const TOKEN = 'gho_thu_nghiem';
const HEADER = 'Ngày,Mã xã,Tên xã,Hình thức,Đối tượng,Số người,Mô tả';
// Phường Lam Sơn (11950) in the 2021 list.
const ROWS = ['15/03/2024,11950,,Hội nghị,Cộng đồng,120,Hội nghị tuyên truyền ở khu phố', '20/03/2024,11950,,Loa truyền thanh,Cộng đồng,,Phát thanh trên loa'];
const FILE = 'content/hoat-dong/2024/2021-11950.yaml';
const EXISTING = `unit:\n  list: '2021'\n  code: '11950'\n  name: Phường Lam Sơn\nactivities:\n  - date: 2024-01-10\n    format: hoi-nghi\n    audiences:\n      - cong-dong\n    participants: 50\n    materials: []\n    description: Hội nghị đầu năm\n    reportingUnit: UBND phường\n`;

let standIn: Awaited<ReturnType<typeof startGithubStandIn>> | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

const env = () => ({
  PUBLIC_KEYSTATIC_STORAGE: 'github',
  PUBLIC_KEYSTATIC_GITHUB_REPO: 'so-vh/phong-chong-mai-dam',
  GITHUB_API_URL: standIn!.url,
});

async function start(options: { canPush?: boolean; requirePullRequest?: boolean } = {}) {
  standIn = await startGithubStandIn({
    owner: 'so-vh',
    repo: 'phong-chong-mai-dam',
    token: TOKEN,
    files: { [FILE]: EXISTING, 'README.md': 'x' },
    user: { login: 'can-bo-a', name: 'Nguyễn Văn A', email: 'a@example.org', id: 7 },
    ...options,
  });
  const session = await deskSession({ env: env(), token: TOKEN });
  return session;
}

const upload = (lines: string[]) => {
  const form = new FormData();
  form.set('tep', new File([`${HEADER}\n${lines.join('\n')}\n`], 'bao-cao-quy-1.csv', { type: 'text/csv' }));
  form.set('don-vi', 'UBND thành phố Hưng Yên');
  return form;
};

async function checkThenWrite(session: DeskReady, between?: () => void) {
  const checked = await checkUpload(upload(ROWS), session);
  if (checked.kind !== 'checked' || !checked.carry) throw new Error(`check failed: ${JSON.stringify(checked)}`);
  between?.();
  const form = new FormData();
  form.set('du-lieu', checked.carry);
  return writeChecked(form, session);
}

beforeAll(() => {
  process.env.TZ = 'Asia/Ho_Chi_Minh';
});

describe('the desk in GitHub mode', () => {
  it('refuses a visitor who is not signed in, or whose account may not push', async () => {
    standIn = await startGithubStandIn({ owner: 'so-vh', repo: 'phong-chong-mai-dam', token: TOKEN, files: {}, canPush: false });
    expect(await deskSession({ env: env(), token: undefined })).toMatchObject({ ok: false, status: 401, signIn: '/keystatic/' });
    expect(await deskSession({ env: env(), token: 'het-han' })).toMatchObject({ ok: false, status: 401 });
    expect(await deskSession({ env: env(), token: TOKEN })).toMatchObject({ ok: false, status: 403 });
  });

  it('checks by reading only the files the rows go into, then writes them as one commit by the signed-in editor', async () => {
    const session = await start();
    if (!session.ok) throw new Error(session.message);
    const head = standIn!.commits.length;
    const written = await checkThenWrite(session);
    // The report of the district that covers the unit in 2024 is recorded as received, in the same commit.
    expect(written).toMatchObject({ kind: 'written', newRecords: 2, receipt: { kind: 'github', files: ['content/bao-cao-quy/2024-q1.yaml', FILE] } });
    expect(standIn!.files()['content/bao-cao-quy/2024-q1.yaml']).toMatch(/receipts:\n {2}- unit:\n {6}level: huyen\n {6}list: '2021'\n {6}code: '323'[\s\S]*from: UBND thành phố Hưng Yên\n {4}noActivity: false/);
    const commits = standIn!.calls.filter((call) => call.method === 'POST' && call.path.endsWith('/git/commits'));
    expect(commits).toHaveLength(1);
    expect(commits[0]!.body).toMatchObject({ author: { name: 'Nguyễn Văn A', email: 'a@example.org' } });
    expect(standIn!.commits.length).toBe(head + 1);
    const stored = standIn!.files()[FILE]!;
    expect(stored.startsWith(EXISTING)).toBe(true);
    expect(stored).toContain('Hội nghị tuyên truyền ở khu phố');
    expect(stored).toContain('reportingUnit: UBND thành phố Hưng Yên');
    // Nothing but the contents API was read to check: no tree listing of the whole repository.
    expect(standIn!.calls.filter((call) => call.method === 'GET' && call.path.includes('/git/trees'))).toEqual([]);
  });

  it('refuses the write when another editor changed the file after the check, and writes nothing', async () => {
    const session = await start();
    if (!session.ok) throw new Error(session.message);
    const written = await checkThenWrite(session, () => standIn!.pushFile(FILE, `${EXISTING}  - date: 2024-02-02\n    format: to-roi\n    audiences:\n      - cong-dong\n    participants: null\n    materials: []\n    description: Phát tờ rơi\n    reportingUnit: UBND phường\n`));
    expect(written).toMatchObject({ kind: 'refused' });
    expect(written.kind === 'refused' && written.message).toContain(FILE);
    expect(standIn!.calls.filter((call) => call.method === 'POST' && call.path.endsWith('/git/commits'))).toEqual([]);
    expect(standIn!.files()[FILE]).not.toContain('Hội nghị tuyên truyền ở khu phố');
  });

  it('opens a branch and a pull request where the repository requires one', async () => {
    const session = await start({ requirePullRequest: true });
    if (!session.ok) throw new Error(session.message);
    const written = await checkThenWrite(session);
    expect(written.kind).toBe('written');
    if (written.kind !== 'written') return;
    expect(written.receipt.branch).toMatch(/^nhap-lieu\//);
    expect(written.receipt.pullRequest?.number).toBeGreaterThan(0);
    expect(standIn!.pulls).toHaveLength(1);
    expect(standIn!.files()[FILE]).toBe(EXISTING);
    expect(standIn!.files(written.receipt.branch)[FILE]).toContain('Phát thanh trên loa');
  });

  it('records one activity from the hand form through the same path', async () => {
    const session = await start();
    if (!session.ok) throw new Error(session.message);
    const form = new FormData();
    for (const [key, value] of Object.entries({ ngay: '2024-04-02', xa: 'phuong lam son', 'hinh-thuc': 'Tờ rơi', 'so-nguoi': '', 'mo-ta': 'Phát tờ rơi tại chợ' })) form.set(key, value);
    form.append('doi-tuong', 'Cộng đồng');
    const view = await recordOneActivity(form, session);
    expect(view).toMatchObject({ kind: 'written', receipt: { files: ['content/bao-cao-quy/2024-q2.yaml', FILE] } });
    expect(standIn!.files()[FILE]).toContain('Phát tờ rơi tại chợ');
  });
});
