/**
 * Ready-to-post text (bài đăng sẵn) for Zalo and Facebook: a material's
 * caption, written by officers in the CMS or, when empty, its title, summary
 * and page address; and a wave's file of posts.
 */
export function materialCaption(material: { title: string; summary: string; caption?: string | null | undefined }, pageUrl: string): string {
  const own = (material.caption ?? '').trim();
  const body = own !== '' ? own : `${material.title.trim()}\n${material.summary.trim()}`;
  return body.includes(pageUrl) ? body : `${body}\n${pageUrl}`;
}

/** The text file of a wave's pack: its messages, then one ready-to-post caption per material, separated by lines. */
export function wavePostsText(wave: { name: string; messages: readonly string[] }, captions: readonly string[], wavePageUrl: string): string {
  const rule = '----------------------------------------';
  const parts = [
    `BÀI ĐĂNG SẴN CHO ZALO, FACEBOOK – ${wave.name}`,
    'Sao chép từng đoạn giữa hai đường kẻ, dán vào Zalo hoặc Facebook. Có thể sửa cho hợp địa phương.',
    rule,
    `${wave.name}\n${wave.messages.map((m) => `• ${m}`).join('\n')}\n${wavePageUrl}`,
    ...captions.flatMap((caption) => [rule, caption]),
  ];
  return `${parts.join('\n\n').replace(/\n/g, '\r\n')}\r\n`;
}
