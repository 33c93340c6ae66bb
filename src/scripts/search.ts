import type { Highlighted, SearchHit } from '../lib/search/engine';
import type { RankedDocument, QueryPlan } from '../lib/search/query';
import { SearchLoader } from './search-loader';

/** Results shown at once; "Xem thêm" shows the next as many. */
const PAGE = 10;

/**
 * The search page's island: loads the dictionary the first time the reader
 * focuses the box (or arrives with ?q=), then per query only the shards and
 * snippets it needs; searches as they type, keeps ?q= in the address so
 * results can be shared and the back button works.
 */
export function initSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const suggestions = root.querySelector<HTMLElement>('[data-suggestions]')!;
  const loader = new SearchLoader(root.dataset.index!);
  let timer: number | undefined;
  let lastRun = 0;
  // Only the latest query may draw; an older one still loading is dropped.
  let generation = 0;
  let current: { plan: QueryPlan; ranked: RankedDocument[]; shown: number } | undefined;
  // The first change after a committed search gets its own history entry; later keystrokes replace it.
  let pushNext = true;
  // A push a search has claimed but not made yet (its address follows its results): an Enter before then makes it.
  let pushPending = false;

  let numbers: Intl.NumberFormat | undefined;
  const formatCount = (value: number) => (numbers ??= new Intl.NumberFormat('vi-VN')).format(value);

  const failed = () => {
    status.textContent = 'Không tải được dữ liệu tìm kiếm. Vui lòng kiểm tra kết nối rồi thử lại.';
  };

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

  /** A result: kind, tags and title at once; the text around the match fills in when its fragment arrives. */
  const item = (hit: SearchHit): HTMLLIElement => {
    const li = document.createElement('li');
    const kind = document.createElement('p');
    kind.className = 'meta';
    kind.append(hit.k);
    if (hit.tags.text) kind.append(' · ', marked(hit.tags));
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = hit.u;
    link.append(marked(hit.title));
    heading.append(link);
    const text = document.createElement('p');
    text.append(marked(hit.snippet));
    li.append(kind, heading, text);
    return li;
  };

  /** Shows `ranked` from the dictionary alone, then puts in each result's snippet once its fragment is loaded. */
  const draw = (plan: QueryPlan, ranked: RankedDocument[], mine: number): HTMLLIElement[] => {
    const items = ranked.map((doc) => item(loader.bare(plan, doc)));
    void loader.hits(plan, ranked).then((hits) => {
      if (mine !== generation) return;
      hits.forEach((hit, i) => items[i]?.lastElementChild?.replaceChildren(marked(hit.snippet)));
    });
    return items;
  };

  const showMore = (mine: number) => {
    if (!current) return;
    const { plan, ranked, shown } = current;
    const next = ranked.slice(shown, shown + PAGE);
    list.append(...draw(plan, next, mine));
    current.shown = shown + next.length;
    more.hidden = current.shown >= ranked.length;
  };

  const run = async (query: string) => {
    const mine = ++generation;
    lastRun = performance.now();
    const trimmed = query.trim();
    if (trimmed.length < 2) {
      current = undefined;
      list.replaceChildren();
      more.hidden = true;
      suggestions.hidden = true;
      status.textContent = trimmed.length === 1 ? 'Gõ ít nhất 2 chữ cái để tìm.' : '';
      return;
    }
    try {
      const { plan, ranked } = await loader.search(query);
      if (mine !== generation) return;
      const first = ranked.slice(0, PAGE);
      current = { plan, ranked, shown: first.length };
      list.replaceChildren(...draw(plan, first, mine));
      more.hidden = first.length >= ranked.length;
      suggestions.hidden = ranked.length > 0;
      status.textContent =
        ranked.length === 0
          ? `Không tìm thấy kết quả nào cho «${trimmed}». Hãy thử từ khác, hoặc xem tài liệu theo nhóm đối tượng bên dưới.`
          : `Tìm thấy ${formatCount(ranked.length)} kết quả cho «${trimmed}».`;
    } catch {
      if (mine === generation) failed();
    }
  };

  const setAddress = (query: string, push: boolean) => {
    const url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    if (url.href !== window.location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  // The address follows the results (history calls are slow on a cheap phone: results first).
  const commit = () => {
    const value = input.value;
    if (pushNext) pushPending = true;
    pushNext = false;
    void run(value).then(() => {
      setAddress(value, pushPending);
      pushPending = false;
    });
  };

  input.addEventListener(
    'focus',
    () => {
      void loader.dictionary().catch(failed);
      // Loads the vi-VN number format now rather than on the first results.
      formatCount(1000);
    },
    { once: true },
  );
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    // The first keystroke after a pause searches at once; a fast typist's next ones wait for a pause of 120 ms.
    if (performance.now() - lastRun > 400) commit();
    else timer = window.setTimeout(commit, 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    setAddress(input.value, pushNext || pushPending);
    pushPending = false;
    pushNext = true;
    void run(input.value);
  });
  more.addEventListener('click', () => showMore(generation));
  window.addEventListener('popstate', () => {
    pushNext = true;
    input.value = new URL(window.location.href).searchParams.get('q') ?? '';
    void run(input.value);
  });

  // Arrow keys move between the box and the result links; Escape goes back to the box.
  root.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (document.activeElement === input || at >= 0)) {
      links[Math.min(at + 1, links.length - 1)]?.focus();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      (at === 0 ? input : links[at - 1])?.focus();
      event.preventDefault();
    } else if (event.key === 'Escape' && at >= 0) {
      input.focus();
    }
  });

  const initial = new URL(window.location.href).searchParams.get('q') ?? '';
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
