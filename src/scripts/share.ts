/**
 * The material page's share island: a copy button for the ready-to-post text
 * and, where the browser has the Web Share API (phones), a share button that
 * opens the system share sheet with the text, the link and the share image.
 * Without JavaScript both stay hidden and the share row below does the work.
 */
export function initShare(root: HTMLElement): void {
  const text = root.querySelector<HTMLTextAreaElement>('textarea')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const copy = root.querySelector<HTMLButtonElement>('[data-copy]')!;
  const share = root.querySelector<HTMLButtonElement>('[data-native]')!;
  const { url, title, image } = root.dataset;

  if (navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(text.value).then(
        () => (status.textContent = 'Đã sao chép bài đăng. Dán vào Zalo hoặc Facebook.'),
        () => {
          text.select();
          status.textContent = 'Không sao chép được; bài đăng đã được chọn, hãy bấm giữ rồi chọn Sao chép.';
        },
      );
    });
  }

  if (typeof navigator.share === 'function') {
    share.hidden = false;
    share.addEventListener('click', async () => {
      const data: ShareData = { title: title ?? '', text: text.value, url: url ?? '' };
      try {
        const blob = image ? await (await fetch(image)).blob() : null;
        const file = blob ? new File([blob], 'chia-se.png', { type: blob.type || 'image/png' }) : null;
        if (file && navigator.canShare?.({ files: [file] })) data.files = [file];
      } catch {
        // The image is a bonus: share the text and the link without it.
      }
      try {
        await navigator.share(data);
        status.textContent = 'Đã mở chia sẻ.';
      } catch (error) {
        if ((error as Error).name !== 'AbortError') status.textContent = 'Không mở được chia sẻ; dùng nút Sao chép hoặc các cách chia sẻ bên dưới.';
      }
    });
  }
}
