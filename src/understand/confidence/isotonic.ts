/** Isotonic regression, for making calibrated scores monotone in the strength of the evidence. */

/** Pool adjacent violators: the non-decreasing sequence closest (weighted) to the rates given in order. */
export function isotonic(points: { rate: number; weight: number }[]): number[] {
  const blocks: { value: number; weight: number; size: number }[] = [];
  for (const p of points) {
    blocks.push({ value: p.rate, weight: p.weight, size: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.value > blocks[blocks.length - 1]!.value) {
      const b = blocks.pop()!;
      const a = blocks.pop()!;
      const weight = a.weight + b.weight;
      blocks.push({ value: (a.value * a.weight + b.value * b.weight) / weight, weight, size: a.size + b.size });
    }
  }
  return blocks.flatMap((b) => Array<number>(b.size).fill(b.value));
}
