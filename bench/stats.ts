/** Small statistics helpers for benchmarks: medians, because the machines are shared and noisy. */

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Ratio rounded to two decimals, as the reports quote it. */
export function ratio(a: number, b: number): number {
  return Math.round((a / b) * 100) / 100;
}

/** Runs `fn` `runs` times after `warmup` discarded runs and returns the measured values. */
export async function repeat(runs: number, warmup: number, fn: () => Promise<number> | number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(await fn());
  return out;
}
