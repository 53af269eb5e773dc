/** Texts of the share & embed dialog in both UI languages (kept here so the dialog is one self-contained module). */
import type { Lang } from '../types.ts';

const zh = {
  open: '分享 / 嵌入', title: '分享与嵌入', link: '链接', iframe: '嵌入代码（iframe）', responsive: '自适应高度嵌入代码（iframe + 脚本）',
  script: '脚本嵌入（embed.js）', element: '自定义元素（<nmg-atlas>）',
  host: '您的网站地址（可选：仅当网页要接收地图的选择事件或控制地图时填写；自适应高度无需填写）', copy: '复制', copied: '已复制', close: '关闭',
  frameTitle: '内蒙古基层创新地图',
  hint: '嵌入显示当前视图：所选地区或地点（按嵌入框大小缩放）、类别；未选择时保留地图范围。',
};
const en: typeof zh = {
  open: 'Share / embed', title: 'Share and embed', link: 'Link', iframe: 'Embed code (iframe)', responsive: 'Responsive embed code (iframe + script)',
  script: 'Script embed (embed.js)', element: 'Custom element (<nmg-atlas>)',
  host: 'Your site’s address (optional: only for hearing select events or controlling the map; resizing needs none)', copy: 'Copy', copied: 'Copied',
  close: 'Close', frameTitle: 'Inner Mongolia grassroots atlas',
  hint: 'The embed shows the current view: the selected region or place (fitted to the frame) and categories; with nothing selected, the map extent.',
};

export type ShareKey = keyof typeof zh;
export const shareText = (key: ShareKey, lang: Lang): string => (lang === 'en' ? en : zh)[key];
