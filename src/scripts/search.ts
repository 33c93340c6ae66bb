import { createSearch, type Highlighted, type SearchDocument, type SearchHit } from '../lib/search/engine';

/**
 * The search page's island: loads the index the first time the reader
 * focuses the box (or arrives with ?q=), searches as they type, keeps ?q= in
 * the address so results can be shared and the back button works.
 */
export function initSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const suggestions = root.querySelector<HTMLElement>('[data-suggestions]')!;
  const indexUrl = root.dataset.index!;
  let search: ((query: string) => SearchHit[]) | undefined;
  let loading: Promise<void> | undefined;
  let timer: number | undefined;
  // The first change after a committed search gets its own history entry; later keystrokes replace it.
  let pushNext = true;

  const load = () =>
    (loading ??= fetch(indexUrl)
      .then((response) => response.json() as Promise<SearchDocument[]>)
      .then((documents) => {
        search = createSearch(documents);
      })
      .catch(() => {
        status.textContent = 'Không tải được dữ liệu tìm kiếm. Vui lòng kiểm tra kết nối rồi thử lại.';
      }));

  const marked = (value: Highlighted): DocumentFragment => {
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const [start, end] of value.ranges) {
      if (start < at) continue;
      fragment.append(value.text.slice(at, start));
      const mark = document.createElement('mark');
      mark.textContent = value.text.slice(start, end + 1);
      fragment.append(mark);
      at = end + 1;
    }
    fragment.append(value.text.slice(at));
    return fragment;
  };

  const render = (query: string) => {
    list.replaceChildren();
    suggestions.hidden = true;
    const trimmed = query.trim();
    if (!search || trimmed.length < 2) {
      status.textContent = trimmed.length === 1 ? 'Gõ ít nhất 2 chữ cái để tìm.' : '';
      return;
    }
    const hits = search(trimmed);
    for (const hit of hits) {
      const item = document.createElement('li');
      const kind = document.createElement('p');
      kind.className = 'meta';
      kind.textContent = hit.doc.g ? `${hit.doc.k} · ${hit.doc.g}` : hit.doc.k;
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = hit.doc.u;
      link.append(marked(hit.title));
      heading.append(link);
      const summary = document.createElement('p');
      summary.append(marked(hit.summary));
      item.append(kind, heading, summary);
      list.append(item);
    }
    if (hits.length === 0) {
      status.textContent = `Không tìm thấy kết quả nào cho «${trimmed}». Hãy thử từ khác, hoặc xem tài liệu theo nhóm đối tượng bên dưới.`;
      suggestions.hidden = false;
    } else {
      status.textContent = `Tìm thấy ${hits.length.toLocaleString('vi-VN')} kết quả cho «${trimmed}».`;
    }
  };

  const setAddress = (query: string, push: boolean) => {
    const url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    if (url.href !== window.location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  const run = async (query: string) => {
    await load();
    render(query);
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      setAddress(input.value, pushNext);
      pushNext = false;
      void run(input.value);
    }, 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    setAddress(input.value, pushNext);
    pushNext = true;
    void run(input.value);
  });
  window.addEventListener('popstate', () => {
    pushNext = true;
    input.value = new URL(window.location.href).searchParams.get('q') ?? '';
    void run(input.value);
  });

  // Arrow keys move between the box and the result links; Escape goes back to the box.
  root.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (document.activeElement === input || current >= 0)) {
      links[Math.min(current + 1, links.length - 1)]?.focus();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && current >= 0) {
      (current === 0 ? input : links[current - 1])?.focus();
      event.preventDefault();
    } else if (event.key === 'Escape' && current >= 0) {
      input.focus();
    }
  });

  const initial = new URL(window.location.href).searchParams.get('q') ?? '';
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
