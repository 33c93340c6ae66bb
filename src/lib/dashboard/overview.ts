/** Units still needed to reach `target` (a ratio) of `units`, given `covered`. */
export function unitsNeeded(target: number, units: number, covered: number): number {
  return Math.max(0, Math.ceil(target * units - 1e-9) - covered);
}
