import { describe, expect, it } from 'vitest';
import { abbrevForms } from './abbrevForms.ts';
import { bareForms } from './bareForms.ts';
import { digitForms } from './digitForms.ts';
import { makeForms, shortNameOf } from './forms.ts';
import { suffixForms } from './suffixForms.ts';

describe('suffixForms', () => {
  it('turns committee names into the forms articles use', () => {
    expect(suffixForms('后罗家营村民委员会', 'village')).toContain('后罗家营村');
    expect(suffixForms('巴音温都尔嘎查村民委员会', 'village')[0]).toBe('巴音温都尔嘎查');
    expect(suffixForms('呼和陶勒盖嘎查村委员会', 'village')[0]).toBe('呼和陶勒盖嘎查');
    expect(suffixForms('公主府社区居委会', 'village')[0]).toBe('公主府社区');
    expect(suffixForms('西龙王庙居委会', 'village')[0]).toBe('西龙王庙社区');
    expect(suffixForms('大西沟村村民委员会', 'village')).toEqual(['大西沟村', '大西沟村村委会', '大西沟村委会']);
    expect(suffixForms('巴彦塔拉嘎查委会', 'village')[0]).toBe('巴彦塔拉嘎查');
    expect(suffixForms('伊力特嘎查人民委员会', 'village')[0]).toBe('伊力特嘎查');
    expect(suffixForms('佳和社区居民委会', 'village')[0]).toBe('佳和社区');
    expect(suffixForms('花家夭村民委会', 'village')[0]).toBe('花家夭村');
  });
  it('gives sub-districts their office forms', () => {
    expect(suffixForms('五一街道', 'township')).toEqual(expect.arrayContaining(['五一街道办事处', '五一街办事处', '五一街办']));
    expect(suffixForms('乌拉盖管理区管委会', 'county')).toEqual(['乌拉盖管理区']);
  });
  it('reduces state-farm company names to the farm', () => {
    expect(suffixForms('巴彦淖尔市狼山农场农牧业发展有限公司', 'township')).toEqual(['巴彦淖尔市狼山农场', '狼山农场']);
    expect(suffixForms('呼伦贝尔农垦三河农牧场有限公司', 'township')).toEqual(['呼伦贝尔农垦三河农牧场', '三河农牧场']);
  });
  it('never makes a form shorter than three characters', () => {
    expect(suffixForms('新村村委会', 'village')).toEqual([]);
    expect(suffixForms('东方红村委会', 'village')).toEqual(['东方红村']);
  });
});

describe('digitForms', () => {
  it('writes the number of a numbered village or community in digits, as news does', () => {
    expect(digitForms(['少先三十一号街坊社区居委会', '少先三十一号街坊社区'])).toEqual(['少先31号街坊社区居委会', '少先31号街坊社区']);
    expect(digitForms(['团结甲十六号街坊社区'])).toEqual(['团结甲16号街坊社区']);
    expect(digitForms(['阿尔丁十号街坊阿十社区'])).toEqual(['阿尔丁10号街坊阿十社区']);
    expect(digitForms(['郑家三号村'])).toEqual(['郑家3号村']);
  });
  it('leaves a name that is only a number, a number not before 号, and a range alone', () => {
    expect(digitForms(['十一号村', '七号村', '友谊十八街坊第一社区', '第一社区', '三五号村'])).toEqual([]);
  });
  it('is made for villages and communities only', () => {
    expect(makeForms('少先三十一号街坊社区居委会', 'village').map((f) => f.form)).toContain('少先31号街坊社区');
    expect(makeForms('大六号镇', 'township').map((f) => f.form).join()).not.toMatch(/\d/);
  });
});

describe('abbrevForms', () => {
  it.each([
    ['科尔沁右翼前旗', '科右前旗'], ['科尔沁左翼后旗', '科左后旗'], ['察哈尔右翼中旗', '察右中旗'],
    ['土默特右旗', '土右旗'], ['鄂托克前旗', '鄂前旗'], ['阿拉善左旗', '阿左旗'], ['新巴尔虎右旗', '新右旗'],
    ['鄂温克族自治旗', '鄂温克旗'],
  ])('%s → %s', (name, abbrev) => {
    expect(abbrevForms(name, 'county')).toEqual([abbrev]);
  });
  it('names ethnic townships by place and suffix, and leaves one named only by its people', () => {
    for (const [name, short] of [['敖鲁古雅鄂温克民族乡', '敖鲁古雅乡'], ['音河达斡尔鄂温克民族乡', '音河乡'], ['恩和俄罗斯族民族乡', '恩和乡'],
      ['三河回族乡', '三河乡'], ['满族屯满族乡', '满族屯乡'], ['新发朝鲜民族乡', '新发乡']]) expect(abbrevForms(name, 'township')).toEqual([short]);
    for (const name of ['鄂伦春民族乡', '达斡尔民族乡', '鄂温克民族苏木', '乌兰浩特镇']) expect(abbrevForms(name, 'township')).toEqual([]);
  });
  it('shortens development zones', () => {
    expect(abbrevForms('内蒙古阿拉善高新技术产业开发区', 'county')).toContain('阿拉善高新区');
    expect(abbrevForms('呼和浩特经济技术开发区', 'county')).toContain('呼和浩特经开区');
  });
  it('leaves banners without a direction alone', () => {
    expect(abbrevForms('鄂托克旗', 'county')).toEqual([]);
    expect(abbrevForms('科尔沁右翼前旗', 'township')).toEqual([]);
  });
});

describe('bareForms', () => {
  it('drops 盟/市 of leagues and 市/县 of counties', () => {
    expect(bareForms('锡林郭勒盟', 'prefecture')).toEqual(['锡林郭勒']);
    expect(bareForms('乌兰浩特市', 'county')).toEqual(['乌兰浩特']);
    expect(bareForms('宁城县', 'county')).toEqual(['宁城']);
  });
  it('keeps risky short or blocked stems out', () => {
    expect(bareForms('新城区', 'county')).toEqual([]);
    expect(bareForms('兴安盟', 'prefecture')).toEqual([]);
    expect(bareForms('鄂托克旗', 'county')).toEqual([]);
    expect(bareForms('林东镇', 'township')).toEqual([]);
    expect(bareForms('呼和浩特经济技术开发区', 'county')).toEqual([]);
  });
});

describe('makeForms and shortNameOf', () => {
  it('puts the official name first and records kinds', () => {
    const forms = makeForms('达尔罕茂明安联合旗', 'county', ['达茂旗']);
    expect(forms[0]).toEqual({ form: '达尔罕茂明安联合旗', kind: 'official' });
    expect(forms).toContainEqual({ form: '达茂旗', kind: 'alias' });
    expect(shortNameOf('达尔罕茂明安联合旗', 'county', forms)).toBe('达茂旗');
  });
  it('short names villages and keeps 街道 names', () => {
    const v = makeForms('毫沁营村委会', 'village');
    expect(shortNameOf('毫沁营村委会', 'village', v)).toBe('毫沁营村');
    expect(shortNameOf('五一街道', 'township', makeForms('五一街道', 'township'))).toBe('五一街道');
  });
});
