import { describe, expect, it } from 'vitest';
import { extractPeople } from './extractPeople.ts';

const people = (s: string) => extractPeople(s, { start: 0, end: s.length });

describe('extractPeople', () => {
  it('reads role and name, with or without a space', () => {
    expect(people('在突泉县利民社区,社区党支部书记吕晓丽组织社区工作者')).toEqual([{ name: '吕晓丽', role: '社区党支部书记' }]);
    expect(people('明星村党支部书记 宋庆林介绍说,')).toEqual([{ name: '宋庆林', role: '明星村党支部书记' }]);
    expect(people('兴安盟委组织部副部长杜昕介绍说。')).toEqual([{ name: '杜昕', role: '兴安盟委组织部副部长' }]);
  });
  it('takes names without a common surname only before a verb of speech', () => {
    expect(people('嘎查党支部书记赛音格勒接受记者采访时说。')).toEqual([{ name: '赛音格勒', role: '嘎查党支部书记' }]);
    expect(people('嘎查党支部书记赛音格勒来了。')).toEqual([]);
  });
  it('drops what only looks like a name after a role word', () => {
    expect(people('实施基层党建“书记项目”,开展城市基层党组织书记“擂台比武”活动。')).toEqual([]);
    expect(people('为居民排忧解难,村民代表参加,党员干部带头。')).toEqual([]);
    expect(people('正在值班的网格员小张回复说')).toEqual([]);
  });
  it('keeps one person\'s two offices joined by 、, but not the name of another person listed before', () => {
    expect(people('街道党工委副书记、办事处主任李文达介绍。')).toEqual([{ name: '李文达', role: '街道党工委副书记、办事处主任' }]);
    expect(people('苏木党委书记傲日格乐、嘎查党支部书记刘传良介绍。')).toEqual([{ name: '刘传良', role: '嘎查党支部书记' }]);
  });
  it('keeps each person once, with the role that follows the last 的', () => {
    expect(people('全程参加仪式的流动党员董奇说。董奇说得好。流动党员董奇说。')).toEqual([{ name: '董奇', role: '流动党员' }]);
  });
});
