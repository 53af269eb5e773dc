/** The article box: add an article (paste or drop), and show any article with its places highlighted, as text. */
import { $, api, el, type Article } from './api.ts';
import { showPlaces } from './map.ts';

/** Renders the text with each mention in a <mark> (built from text nodes, never HTML). */
export function renderArticle(root: HTMLElement, a: Article, onPick: (id: string) => void): void {
  root.replaceChildren();
  let at = 0;
  for (const m of a.mentions) {
    if (m.start < at) continue;
    root.append(document.createTextNode(a.text.slice(at, m.start)));
    const mark = el('mark', a.text.slice(m.start, m.end), `m-${m.status}`);
    mark.tabIndex = 0;
    mark.dataset.id = m.id;
    mark.title = m.name ? `${m.name} (${m.status})` : m.status;
    mark.addEventListener('click', () => onPick(m.id));
    mark.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.stopPropagation(); onPick(m.id); } });
    root.append(mark);
    at = m.end;
  }
  root.append(document.createTextNode(a.text.slice(at)));
  root.dataset.file = a.file;
}

export function setupArticles(onPick: (id: string) => void, say: (text: string) => void, afterAdd: () => Promise<void>, onShown: () => void) {
  const pick = $<HTMLSelectElement>('article-pick');
  const box = $<HTMLTextAreaElement>('add-text');
  const show = async (file: string) => {
    if (!file) return;
    pick.value = file;
    renderArticle($('article'), await api.article(file), onPick);
    onShown();
  };
  const refreshList = async (select?: string) => {
    const files = await api.articles();
    const keep = select ?? pick.value;
    pick.replaceChildren(...files.map((f) => { const o = el('option', f); o.value = f; return o; }));
    if (keep && files.includes(keep)) await show(keep);
  };
  pick.addEventListener('change', () => void show(pick.value));
  // A dropped .txt file fills the box; nothing is sent until the editor adds it.
  box.addEventListener('dragover', (e) => e.preventDefault());
  box.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void file.text().then((t) => { box.value = t; if (!$<HTMLInputElement>('add-title').value) $<HTMLInputElement>('add-title').value = file.name.replace(/\.txt$/i, ''); });
  });
  const add = async () => {
    const body: Record<string, string> = { text: box.value };
    for (const k of ['title', 'date', 'outlet', 'url']) { const v = $<HTMLInputElement>(`add-${k}`).value.trim(); if (v) body[k] = v; }
    $<HTMLButtonElement>('add-go').disabled = true;
    say('Adding the article and running the pipeline…');
    try {
      const r = await api.addArticle(body);
      box.value = '';
      for (const k of ['title', 'date', 'outlet', 'url']) $<HTMLInputElement>(`add-${k}`).value = '';
      await refreshList(r.file);
      await afterAdd();
      showPlaces(r.places);
      say(`Added ${r.file}: ${r.places.length} places, ${r.initiatives.length} items.`);
    } catch (err) {
      say(`Not added: ${(err as Error).message}`);
    } finally {
      $<HTMLButtonElement>('add-go').disabled = false;
    }
  };
  $('add').addEventListener('submit', (e) => { e.preventDefault(); void add(); });
  box.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void add(); } });
  return { refreshList, show };
}
