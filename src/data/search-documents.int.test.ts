import { describe, expect, it } from 'vitest';
import { routes } from '../lib/routes';
import { createSearch } from '../lib/search/engine';
import { searchDocuments } from './search-documents';
import { getLessonKits, getMaterials, getNews } from './site';

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('the search documents built from content/', () => {
  it('hold one document per material, lesson kit and news item, each address once', async () => {
    const urls = (await searchDocuments()).map((doc) => doc.u);
    expect(new Set(urls).size).toBe(urls.length);
    for (const material of await getMaterials()) expect(urls).toContain(routes.material(material.slug));
    for (const kit of await getLessonKits()) expect(urls).toContain(routes.lessonKit(kit.slug));
    for (const item of await getNews()) expect(urls).toContain(routes.newsItem(item.slug));
  });

  it("carry a kit's worksheet and quiz text in its body, and the search finds a kit by a quiz question", async () => {
    const documents = await searchDocuments();
    const search = createSearch(documents);
    for (const kit of await getLessonKits()) {
      const body = squash(documents.find((doc) => doc.u === routes.lessonKit(kit.slug))?.b ?? '');
      for (const task of kit.entry.worksheet.tasks) expect(body).toContain(squash(task));
      for (const item of kit.entry.quiz) expect(body).toContain(squash(item.question));
      const question = kit.entry.quiz[0]?.question;
      if (question) expect(search(question, 200).map((hit) => hit.u)).toContain(routes.lessonKit(kit.slug));
    }
  });
});
