export interface RelatedCandidate {
  slug: string;
  audiences: readonly string[];
  topics: readonly string[];
  kind: string;
  publishedAt: string;
}

/**
 * Materials most like `target`: shared topics count 3, shared audiences 2, same
 * kind 1; ties go to the newer material. Never the target itself; never a
 * material with nothing in common.
 */
export function relatedMaterials<T extends RelatedCandidate>(target: RelatedCandidate, all: readonly T[], limit = 3): T[] {
  const score = (other: RelatedCandidate) =>
    3 * other.topics.filter((t) => target.topics.includes(t)).length +
    2 * other.audiences.filter((a) => target.audiences.includes(a)).length +
    (other.kind === target.kind ? 1 : 0);
  return all
    .filter((other) => other.slug !== target.slug)
    .map((other) => ({ other, score: score(other) }))
    .filter(({ score }) => score > 1)
    .sort((a, b) => b.score - a.score || b.other.publishedAt.localeCompare(a.other.publishedAt) || a.other.slug.localeCompare(b.other.slug))
    .slice(0, limit)
    .map(({ other }) => other);
}
