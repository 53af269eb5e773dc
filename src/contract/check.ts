/** Helpers the validators share: type guards, a capped problem list, span checks, and the refusal writers use. */

export const isStr = (v: unknown): v is string => typeof v === 'string';
export const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Cap on reported problems so a corrupt file does not produce a million lines. */
const MAX_PROBLEMS = 50;

export function collector() {
  const problems: string[] = [];
  const add = (where: string, what: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(`${where}: ${what}`);
  };
  return { problems, add };
}

export function checkSpan(add: (w: string, m: string) => void, where: string, s: Record<string, unknown>, key: string) {
  if (!isNum(s.start) || !isNum(s.end) || (s.start as number) < 0 || (s.end as number) < (s.start as number)) {
    add(where, 'bad start/end');
  } else if (isStr(s[key]) && (s[key] as string).length !== (s.end as number) - (s.start as number)) {
    add(where, `${key} length does not match its span`);
  }
}

/** Throws one error listing every problem; for writers that must refuse bad data. */
export function assertValid(what: string, problems: string[]): void {
  if (problems.length) throw new Error(`${what} violates the data contract:\n  ${problems.join('\n  ')}`);
}
