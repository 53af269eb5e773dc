import { describe, expect, it } from 'vitest';
import type { Figure, Initiative, PlaceProperties } from '../contract/index.ts';
import { figureOfPlace, figureWithin, mainFigures, tellingScore } from './figures.ts';

const fig = (text: string, value: number, unit: string, label: string, place: string | null = null): Figure =>
  ({ value, unit, label, approx: false, hedge: null, place, text, start: 0, end: text.length });
const item = (title: string, summary: string, figures: Figure[]) => ({ id: 'a#0', title, summary, figures }) as unknown as Initiative;
const place = (id: string, code: string | null, parentCode: string | null) => ({ id, code, parentCode, path: [] }) as unknown as PlaceProperties;

// 兴安盟 152200000000 › 乌兰浩特市 152201000000 › 五一街道 152201007000 › a community the gazetteer lacks.
const league = place('c152200000000', '152200000000', null);
const town = place('c152201007000', '152201007000', '152201000000');
const unlisted = place('x152201007000-北京社区', null, '152201007000');
const byId = new Map([league, town, unlisted].map((p) => [p.id, p]));

describe('figureWithin / figureOfPlace', () => {
  it('places a figure at its unit and every unit above it, never below or beside', () => {
    const communityFigure = fig('30名', 30, '名', '志愿者', unlisted.id);
    expect(figureWithin(communityFigure, '152200000000', byId)).toBe(true);
    expect(figureWithin(communityFigure, '152201000000', byId)).toBe(true);
    expect(figureWithin(communityFigure, '152202000000', byId)).toBe(false);
    const leagueFigure = fig('3.1万名', 31000, '名', '在职党员', league.id);
    expect(figureOfPlace(leagueFigure, league, byId)).toBe(true);
    expect(figureOfPlace(leagueFigure, town, byId)).toBe(false);
    expect(figureOfPlace(leagueFigure, unlisted, byId)).toBe(false);
  });
  it('keeps region-wide figures (no place) out of every place and region', () => {
    const regionWide = fig('2132个', 2132, '个', '老年餐厅', null);
    expect(figureWithin(regionWide, '152200000000', byId)).toBe(false);
    expect(figureOfPlace(regionWide, league, byId)).toBe(false);
  });
  it('reads a league or banner named only generically from its id', () => {
    expect(figureWithin(fig('5个', 5, '个', '站点', 'c152201000000'), '152200000000', byId)).toBe(true);
  });
});

describe('mainFigures', () => {
  it('puts the headline figure about people before a larger number about land', () => {
    const people = fig('24名', 24, '名', '农牧民');
    const land = fig('1.2万亩', 12000, '亩', '草场');
    const it0 = item('24名农牧民评上了职称', '日前，旗里24名农牧民评上职称。', [land, people]);
    expect(tellingScore(people, it0)).toBeGreaterThan(tellingScore(land, it0));
    expect(mainFigures([{ figure: land, initiative: it0 }, { figure: people, initiative: it0 }], 1)[0].figure).toBe(people);
  });
  it('ranks sessions held and unlabelled numbers below counted people, and keeps one per unit and label', () => {
    const it0 = item('标题', '导语', []);
    const list = [fig('12次', 12, '次', '培训'), fig('553个', 553, '个', ''), fig('300名', 300, '名', '学员'), fig('200名', 200, '名', '学员')]
      .map((figure) => ({ figure, initiative: it0 }));
    expect(mainFigures(list, 5).map((x) => x.figure.text)).toEqual(['300名', '12次', '553个']);
  });
});
