/**
 * Từ ngữ kỳ thị: words that shame or label people, with the neutral term to use
 * instead and where the advice comes from. The content check refuses any of them
 * in a material, kit, help or page text. Officers may add terms here (one entry,
 * with its source); the neutral legal terms are those of DOMAIN.md.
 *
 * Sources:
 * - UNAIDS Terminology Guidelines (2015; earlier editions 2007, 2011) and the
 *   UNFPA "terminology to be avoided" list (onevoice.unfpa.org, 13/12/2013):
 *   "prostitute/prostitution" → "sex worker / sex work"; where children are
 *   involved, "commercial sexual exploitation of children", never "child
 *   prostitute"; nobody is "infected with AIDS" ("person living with HIV").
 * - The project's domain brief (DOMAIN.md, "Language and tone"): người bán dâm,
 *   người mua dâm, tệ nạn mại dâm, mua bán người; never slurs or shaming labels.
 * - The content review of December 2026 (§0 "Kind"): the slurs it looked for.
 */
export interface StigmaTerm {
  /** The term as written (matched case-insensitively, as a whole word group). */
  term: string;
  /** What to write instead. */
  instead: string;
  source: string;
}

const UNAIDS = 'UNAIDS Terminology Guidelines 2015 (sex worker, không dùng prostitute)';
const UNAIDS_CHILD = 'UNAIDS Terminology Guidelines 2015 (trẻ em: bóc lột tình dục, không dùng child prostitute)';
const UNAIDS_HIV = 'UNAIDS Terminology Guidelines 2015 (người có HIV, không dùng AIDS-infected)';
const DOMAIN = 'DOMAIN.md: thuật ngữ pháp lý trung tính';

export const stigmaTerms: readonly StigmaTerm[] = [
  { term: 'gái mại dâm', instead: 'người bán dâm', source: UNAIDS },
  { term: 'gái bán hoa', instead: 'người bán dâm', source: UNAIDS },
  { term: 'gái điếm', instead: 'người bán dâm', source: UNAIDS },
  { term: 'gái gọi', instead: 'người bán dâm', source: UNAIDS },
  { term: 'gái làng chơi', instead: 'người bán dâm', source: UNAIDS },
  { term: 'làm gái', instead: 'bán dâm', source: UNAIDS },
  { term: 'cave', instead: 'người bán dâm', source: UNAIDS },
  { term: 'điếm', instead: 'người bán dâm', source: UNAIDS },
  { term: 'đĩ', instead: 'người bán dâm', source: UNAIDS },
  { term: 'trẻ em mại dâm', instead: 'trẻ em bị bóc lột tình dục', source: UNAIDS_CHILD },
  { term: 'mại dâm trẻ em', instead: 'bóc lột tình dục trẻ em (trẻ em là nạn nhân)', source: UNAIDS_CHILD },
  { term: 'gái mại dâm vị thành niên', instead: 'người dưới 18 tuổi bị bóc lột tình dục', source: UNAIDS_CHILD },
  { term: 'đối tượng mại dâm', instead: 'người bán dâm', source: DOMAIN },
  { term: 'đối tượng bán dâm', instead: 'người bán dâm', source: DOMAIN },
  { term: 'nhiễm AIDS', instead: 'nhiễm HIV / người có HIV', source: UNAIDS_HIV },
  { term: 'bệnh nhân AIDS', instead: 'người có HIV', source: UNAIDS_HIV },
];
