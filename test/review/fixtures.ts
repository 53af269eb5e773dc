/**
 * A small input folder for the review tests, written here: a herder named 乌达木 in a 鄂尔多斯 cashmere sweater (a
 * brand the resolver takes for 鄂尔多斯市), and two 达拉特旗 articles that write the town 树林召镇 as bare 树林召.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ARTICLES: Record<string, string> = {
  'herder.txt': '乌达区牧民合作社带动增收\n本报讯 乌海市乌达区三道坎街道近日组织党员志愿者走访辖区养殖户。牧民乌达木今年出栏肉羊三百只，收入二十万元。乌达木穿着新买的鄂尔多斯羊绒衫说，合作社带动了周边十户牧民增收。\n',
  'training.txt': '达拉特旗开展农牧民技能培训\n本报讯 鄂尔多斯市达拉特旗人社局近日举办农牧民职业技能培训班，共有120名农牧民参加。培训班设在树林召，树林召的学员大多来自周边村社。\n',
  'market.txt': '达拉特旗树林召镇建起便民市场\n本报讯 达拉特旗近日在树林召新建一处便民市场，树林召居民买菜不用再跑远路。\n',
};

export const ORDOS = '150600000000';
export const SHULINZHAO = '150621100000';
export const DALAT = '150621000000';

/** A fresh folder with `in/` holding the articles and an empty `out/`. */
export function reviewFolder(): { input: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'nmg-review-'));
  const input = join(root, 'in');
  mkdirSync(input);
  for (const [f, t] of Object.entries(ARTICLES)) writeFileSync(join(input, f), t);
  return { input, out: join(root, 'out') };
}

/** Offsets of every occurrence of `s` in an article. */
export function occurrences(file: string, s: string): number[] {
  const out: number[] = [];
  for (let i = ARTICLES[file].indexOf(s); i >= 0; i = ARTICLES[file].indexOf(s, i + 1)) out.push(i);
  return out;
}
