import { describe, expect, it } from 'vitest';
import { nameGroups, splitSuffix } from './nameParts.ts';
import { pinyinName } from './pinyinName.ts';
import { loadPlaceNames, placeName, placeNamesReady } from './placeName.ts';

describe('pinyinName', () => {
  it('writes banners as capitalised groups with a translated suffix', () => {
    // Standard pinyin separates a vowel-initial syllable with an apostrophe: Ke'erqin, Xing'an.
    expect(pinyinName('科尔沁右翼前旗')).toBe("Ke'erqin Youyi Qian Banner");
    expect(pinyinName('阿拉善左旗')).toBe('Alashan Zuo Banner');
    expect(pinyinName('西乌珠穆沁旗')).toBe('Xi Wuzhumuqin Banner');
    expect(pinyinName('正镶白旗')).toBe('Zhengxiangbai Banner');
  });

  it('translates each administrative suffix', () => {
    expect(pinyinName('兴安盟')).toBe("Xing'an League");
    expect(pinyinName('乌兰浩特市')).toBe('Wulanhaote City');
    expect(pinyinName('东胜区')).toBe('Dongsheng District');
    expect(pinyinName('星耀镇')).toBe('Xingyao Town');
    expect(pinyinName('查干宝恩本村')).toBe('Chaganbao\'enben Village');
    expect(pinyinName('宝力根苏木')).toBe('Baoligen Sumu');
    expect(pinyinName('巴彦嘎查')).toBe('Bayan Gacha');
    expect(pinyinName('新城街道')).toBe('Xincheng Subdistrict');
    expect(pinyinName('和平社区')).toBe('Heping Community');
    expect(pinyinName('五间房乡')).toBe('Wujianfang Township');
    expect(pinyinName('托克托县')).toBe('Tuoketuo County');
  });

  it('names zones by their own suffix, not as districts', () => {
    expect(pinyinName('呼和浩特经济技术开发区')).toBe('Huhehaote Economic and Technological Development Zone');
    expect(pinyinName('白云鄂博矿区')).toBe("Baiyun'ebo Mining District");
    expect(splitSuffix('科右前旗工业园区')).toEqual({ core: '科右前旗', suffix: 'Industrial Park', admin: false });
  });

  it('keeps a leading 新 that is part of the name', () => {
    expect(pinyinName('新华西路街道')).toBe('Xinhuaxilu Subdistrict');
  });

  it('drops 族 before an autonomous suffix', () => {
    expect(splitSuffix('鄂温克族自治旗')).toEqual({ core: '鄂温克', suffix: 'Autonomous Banner', admin: true });
    expect(pinyinName('鄂伦春自治旗')).toBe('Elunchun Autonomous Banner');
  });

  it('does not split short names or strip a bare suffix', () => {
    expect(nameGroups('东胜')).toEqual(['东胜']);
    expect(nameGroups('城中')).toEqual(['城中']);
    expect(nameGroups('察哈尔右翼后')).toEqual(['察哈尔', '右翼', '后']);
    expect(splitSuffix('旗')).toEqual({ core: '旗', suffix: '', admin: false });
  });
});

describe('placeName', () => {
  it('keeps Chinese, and gives the English name once loaded', async () => {
    expect(placeName('兴安盟', 'zh')).toBe('兴安盟');
    await loadPlaceNames();
    expect(placeNamesReady()).toBe(true);
    expect(placeName('兴安盟', 'en')).toBe('Hinggan League');
    expect(placeName('查干宝恩本村', 'en')).toBe("Chaganbao'enben Village");
    expect(placeName('兴安盟', 'zh')).toBe('兴安盟');
  });
});
