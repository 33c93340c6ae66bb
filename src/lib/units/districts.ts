/**
 * The 10 district-level units of Hưng Yên from 2021 to 30/06/2025, when the
 * district level was abolished. Frozen history, kept here so the CMS (which
 * runs in the browser and cannot read the CSV) can name them; a test checks
 * it against content/don-vi-hanh-chinh/hung-yen-districts-2021.csv.
 */
export const DISTRICTS_2021_2025 = [
  { code: '323', type: 'Thành phố', name: 'Hưng Yên' },
  { code: '325', type: 'Huyện', name: 'Văn Lâm' },
  { code: '326', type: 'Huyện', name: 'Văn Giang' },
  { code: '327', type: 'Huyện', name: 'Yên Mỹ' },
  { code: '328', type: 'Thị xã', name: 'Mỹ Hào' },
  { code: '329', type: 'Huyện', name: 'Ân Thi' },
  { code: '330', type: 'Huyện', name: 'Khoái Châu' },
  { code: '331', type: 'Huyện', name: 'Kim Động' },
  { code: '332', type: 'Huyện', name: 'Tiên Lữ' },
  { code: '333', type: 'Huyện', name: 'Phù Cừ' },
] as const;

/** "323 = Thành phố Hưng Yên; 325 = Huyện Văn Lâm; …", for CMS help texts. */
export const districtCodeHelp = DISTRICTS_2021_2025.map((d) => `${d.code} = ${d.type} ${d.name}`).join('; ');
