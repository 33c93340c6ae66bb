/**
 * The one-activity form without network (issue 19). When the phone is offline, a submitted form is
 * checked here with the importer's row rules and kept in IndexedDB, listed as "chưa gửi". Back online
 * (and signed in) the entries are posted one by one to the same form; an entry leaves the device only
 * when the desk says it was written (or that it already has it), and a refusal is shown with the desk's
 * reasons and kept. The list also downloads as the importer's CSV or .xlsx to send through Zalo.
 * Online the form posts as before; a post that meets no network is kept by the desk's worker
 * (src/offline/desk-worker.js) in the same store, and listed here as "chưa gửi" when the form reopens.
 */
import { formatDate } from '../lib/format/vi';
import { adoptPosted, ENTRY_STORE, entriesCsv, entriesXlsx, entryForm, entryFromForm, entryProblems, type EntryField, type KeptEntry, type OfflineRules, type PostedCopy } from '../lib/desk/offline-entry';

const { database: DB, version: DB_VERSION, store: STORE } = ENTRY_STORE;

function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB, DB_VERSION);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

async function store<T>(mode: IDBTransactionMode, work: (entries: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  return new Promise((resolve, reject) => {
    const request = work(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const stored = () => store<(KeptEntry | PostedCopy)[]>('readonly', (entries) => entries.getAll() as IDBRequest<(KeptEntry | PostedCopy)[]>);
const allEntries = () => stored().then((list) => list.map(adoptPosted).sort((a, b) => a.savedAt.localeCompare(b.savedAt)));
const keep = (entry: KeptEntry) => store('readwrite', (entries) => entries.put(entry));
const drop = (id: string) => store('readwrite', (entries) => entries.delete(id));
const stillKept = (id: string) => store<KeptEntry | undefined>('readonly', (entries) => entries.get(id) as IDBRequest<KeptEntry | undefined>).then(Boolean);

/** Today in Việt Nam, as the desk counts it (a cached page's own date may be old). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

const LABELS: Record<EntryField, string> = {
  ngay: 'Ngày', xa: 'Xã, phường, thị trấn', hinhThuc: 'Hình thức', doiTuong: 'Đối tượng', soNguoi: 'Số người', moTa: 'Mô tả', taiLieu: 'Tài liệu', dot: 'Đợt cao điểm', donVi: 'Đơn vị báo cáo', chung: 'Chung',
};

export function initOfflineForm(form: HTMLFormElement, panel: HTMLElement, rules: OfflineRules, formPath: string): void {
  if (!('indexedDB' in window)) return;
  const status = document.querySelector<HTMLElement>('[data-offline-status]')!;
  const list = panel.querySelector<HTMLElement>('[data-offline-list]')!;
  const sendAll = panel.querySelector<HTMLButtonElement>('[data-send-all]')!;
  const exportCsv = panel.querySelector<HTMLButtonElement>('[data-export]')!;
  const exportXlsx = panel.querySelector<HTMLButtonElement>('[data-export-xlsx]')!;
  const date = form.querySelector<HTMLInputElement>('#ngay');
  if (date) date.max = today();

  /** Posts the desk's worker kept when the network dropped: read as entries, and said once. */
  const adopt = async () => {
    const posted = (await stored()).filter((kept): kept is PostedCopy => 'posted' in kept);
    for (const copy of posted) await keep(adoptPosted(copy));
    if (posted.length > 0) {
      status.setAttribute('role', 'alert');
      status.hidden = false;
      status.textContent = `Mất mạng khi đang gửi: đã giữ ${posted.length} hoạt động trên máy này (chưa gửi). Trang sẽ gửi lại khi có mạng; gửi lại không ghi hai lần.`;
    }
  };

  // One drawing at a time, in call order: a send ending and a removal never draw over each other with stale entries.
  let drawn: Promise<void> = Promise.resolve();
  const draw = async () => {
    const entries = await allEntries();
    panel.hidden = entries.length === 0;
    list.replaceChildren(
      ...entries.map((entry) => {
        const item = document.createElement('li');
        const line = document.createElement('p');
        line.textContent = `${formatDate(entry.ngay)} · ${entry.xa} · ${entry.hinhThuc} · ${entry.moTa.slice(0, 60)} — chưa gửi`;
        item.append(line);
        if (entry.lastError) {
          const why = document.createElement('p');
          why.className = 'field-error';
          why.textContent = `Lần gửi trước chưa được: ${entry.lastError}`;
          item.append(why);
        }
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = 'Xoá hoạt động này';
        remove.onclick = async () => {
          if (!confirm('Xoá hoạt động chưa gửi này khỏi máy?')) return;
          await drop(entry.id);
          await render();
        };
        item.append(remove);
        return item;
      }),
    );
  };

  const render = () => (drawn = drawn.then(draw, draw));

  form.addEventListener('submit', async (event) => {
    if (navigator.onLine) return;
    event.preventDefault();
    const entry = entryFromForm(new FormData(form), crypto.randomUUID(), new Date().toISOString());
    const problems = entryProblems(entry, rules, today());
    const lines = Object.entries(problems).map(([field, messages]) => `${LABELS[field as EntryField]}: ${messages.join(' ')}`);
    if (lines.length > 0) {
      status.setAttribute('role', 'alert');
      status.hidden = false;
      status.textContent = `Chưa lưu: ${lines.join(' · ')}`;
      panel.hidden = false;
      return;
    }
    await keep(entry);
    status.setAttribute('role', 'status');
    status.hidden = false;
    status.textContent = 'Không có mạng: đã lưu hoạt động trên máy này (chưa gửi). Khi có mạng, trang sẽ gửi; hoặc tải tệp CSV để gửi qua Zalo.';
    for (const id of ['so-nguoi', 'mo-ta']) (form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!).value = '';
    await render();
  });

  let sending = false;
  const send = async () => {
    const entries = await allEntries();
    if (sending || entries.length === 0 || !navigator.onLine) return;
    sending = true;
    sendAll.disabled = true;
    let sent = 0;
    let already = 0;
    for (const entry of entries) {
      const body = new FormData();
      for (const [name, value] of entryForm(entry)) body.append(name, value);
      let reason: string;
      try {
        const response = await fetch(formPath, { method: 'POST', body, credentials: 'same-origin' });
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        if (response.ok && page.querySelector('.notice.ok')) {
          await drop(entry.id);
          sent += 1;
          continue;
        }
        // The desk already has this very activity (an earlier post was written but its answer was lost).
        if (page.querySelector('[data-already-stored]')) {
          await drop(entry.id);
          already += 1;
          continue;
        }
        const reasons = [...page.querySelectorAll('.notice.error p, .field-error')].map((node) => node.textContent?.trim() ?? '').filter(Boolean);
        reason = reasons.join(' ') || `trang Nhập liệu trả lời mã ${response.status}.`;
      } catch {
        reason = 'mất mạng khi đang gửi.';
      }
      // Removed by the officer while it was being sent: do not bring it back.
      if (await stillKept(entry.id)) await keep({ ...entry, lastError: reason });
    }
    const left = (await allEntries()).length;
    status.setAttribute('role', 'status');
    status.hidden = false;
    const alreadyText = already > 0 ? ` ${already} hoạt động đã có sẵn trong dữ liệu, không ghi thêm lần nữa.` : '';
    status.textContent = `Đã gửi ${sent} hoạt động.${alreadyText}${left > 0 ? ` Còn ${left} hoạt động chưa gửi: xem lý do bên dưới, sửa bằng cách nhập lại rồi xoá bản cũ, hoặc tải tệp CSV.` : ''}`;
    sendAll.disabled = false;
    sending = false;
    await render();
  };

  sendAll.onclick = () => void send();
  const download = (blob: Blob, extension: string) => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `hoat-dong-chua-gui-${today()}.${extension}`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  exportCsv.onclick = async () => download(new Blob([entriesCsv(await allEntries())], { type: 'text/csv;charset=utf-8' }), 'csv');
  exportXlsx.onclick = async () => {
    const bytes = entriesXlsx(await allEntries());
    download(new Blob([bytes.buffer as ArrayBuffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), 'xlsx');
  };
  addEventListener('online', () => void send());
  // Back from the browser's error page (bfcache) after a post that met no network: the worker kept it.
  addEventListener('pageshow', (event) => {
    if (event.persisted) void adopt().then(render).then(send);
  });
  void adopt().then(render).then(send);
}
