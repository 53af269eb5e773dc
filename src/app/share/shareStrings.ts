/** Texts of the share & embed dialog in both UI languages (kept here so the dialog is one self-contained module). */
import type { Lang } from '../types.ts';

const zh = {
  open: '分享 / 嵌入', title: '分享与嵌入', link: '链接', iframe: '嵌入代码（iframe）', responsive: '自适应高度嵌入代码',
  host: '您的网站地址（允许与地图通信，可选）', copy: '复制', copied: '已复制', close: '关闭', frameTitle: '内蒙古基层创新地图',
  hint: '嵌入显示当前视图：所选地区、类别和地图范围。',
};
const en: typeof zh = {
  open: 'Share / embed', title: 'Share and embed', link: 'Link', iframe: 'Embed code (iframe)', responsive: 'Responsive embed code',
  host: 'Your site’s address (may talk to the map; optional)', copy: 'Copy', copied: 'Copied', close: 'Close',
  frameTitle: 'Inner Mongolia grassroots atlas', hint: 'The embed shows the current view: region, categories and map extent.',
};

export type ShareKey = keyof typeof zh;
export const shareText = (key: ShareKey, lang: Lang): string => (lang === 'en' ? en : zh)[key];
