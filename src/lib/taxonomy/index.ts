import audiencesJson from '../../../content/danh-muc/doi-tuong.json';
import outreachFormatsJson from '../../../content/danh-muc/hinh-thuc.json';
import materialKindsJson from '../../../content/danh-muc/loai-tai-lieu.json';
import topicsJson from '../../../content/danh-muc/chu-de.json';
import { parseTaxonomy } from './taxonomy';

export * from './taxonomy';

/** Đối tượng: the four audiences of the plan. */
export const audiences = parseTaxonomy('content/danh-muc/doi-tuong.json', audiencesJson);
/** Hình thức tuyên truyền: outreach formats recorded by the tracker. */
export const outreachFormats = parseTaxonomy('content/danh-muc/hinh-thuc.json', outreachFormatsJson);
/** Loại tài liệu: kinds of material in the library. */
export const materialKinds = parseTaxonomy('content/danh-muc/loai-tai-lieu.json', materialKindsJson);
/** Chủ đề: topics of materials. */
export const topics = parseTaxonomy('content/danh-muc/chu-de.json', topicsJson);
