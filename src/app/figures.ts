/**
 * Whose figures a panel shows and which tell most: a figure belongs to the place its `place` names, and a place or
 * region shows its own figures and those of the places inside it. Panels and the list read only these.
 */
import { isCode, isWithin, type Figure, type Initiative, type PlaceProperties } from '../contract/index.ts';

/** The 12-digit code a figure's place stands at: its own, or for a unit the gazetteer lacks, its parent's. */
function placeCode(id: string, placesById: ReadonlyMap<string, PlaceProperties>): string | null {
  const p = placesById.get(id);
  if (p) return p.code ?? p.parentCode;
  return id[0] === 'c' && isCode(id.slice(1)) ? id.slice(1) : null;
}

/** True when the figure is about the unit `code` or a unit inside it. */
export function figureWithin(f: Figure, code: string, placesById: ReadonlyMap<string, PlaceProperties>): boolean {
  if (!f.place) return false;
  const at = placeCode(f.place, placesById);
  return at !== null && isWithin(at, code);
}

/** True when the figure is about the place itself or a place inside it. */
export function figureOfPlace(f: Figure, p: PlaceProperties, placesById: ReadonlyMap<string, PlaceProperties>): boolean {
  return f.place === p.id || (p.code !== null && figureWithin(f, p.code, placesById));
}

/** What a unit says about a figure: people, money and land tell more than sessions held. */
const UNIT_WEIGHT: Record<string, number> = {
  名: 3, 人: 3, 人次: 2, 户: 3, 位: 3, 元: 3, 美元: 3,
  亩: 2, 公顷: 2, 平方米: 1.5, 平方公里: 2, '%': 1, 百分点: 1,
  个: 1, 家: 1, 所: 1, 座: 1, 处: 1, 栋: 1, 间: 1, 套: 1, 支: 1, 项: 1, 件: 1, 条: 1, 吨: 1, 头: 1, 只: 1,
  次: -1, 场: -1, 期: -1, 轮: -1, 批: -1, 场次: -1, 批次: -1, 篇: -1, 份: -1,
};

/** How telling a figure is within its initiative: stated in the headline or lead, about people, money or land, with a label. */
export function tellingScore(f: Figure, it: Initiative): number {
  const inTitle = it.title.includes(f.text) ? 4 : 0;
  const inLead = !inTitle && it.summary.includes(f.text) ? 2 : 0;
  return inTitle + inLead + (UNIT_WEIGHT[f.unit] ?? 0) + (f.label ? 1 : -2);
}

export interface FigureOf { figure: Figure; initiative: Initiative }

/** The `n` most telling figures, one per unit and label, in order of how telling they are, then of the text. */
export function mainFigures(list: readonly FigureOf[], n: number): FigureOf[] {
  const scored = list.map((x, k) => ({ x, k, s: tellingScore(x.figure, x.initiative) })).sort((a, b) => b.s - a.s || a.k - b.k);
  const seen = new Set<string>();
  const out: FigureOf[] = [];
  for (const { x } of scored) {
    const key = `${x.figure.unit}|${x.figure.label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(x);
    if (out.length === n) break;
  }
  return out;
}
