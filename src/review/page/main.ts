/**
 * The review page: a queue of doubtful mentions, most consequential first, decided from the keyboard — confirm (c),
 * another unit (1–5 or search with /), not a place (x), skip (s), scope (a) — each decision written and re-run at once.
 */
import { $, api, el, type MentionView, type UnitView } from './api.ts';
import { setupArticles } from './article.ts';
import { createReviewMap, showOnMap } from './map.ts';

let queue: MentionView[] = [];
let index = 0;
let current: MentionView | null = null;
let results: UnitView[] = [];
let resultIndex = 0;

const say = (text: string) => { $('status').textContent = text; };
const scope = () => (document.querySelector<HTMLInputElement>('input[name=scope]:checked')?.value ?? 'mention');

function unitItem(u: UnitView, n: number | null, onPick: () => void): HTMLLIElement {
  const li = el('li');
  const b = el('button', '', 'unit');
  b.type = 'button';
  if (n !== null) b.append(el('kbd', String(n)), ' ');
  b.append(el('strong', u.name), ' ', el('span', u.chain, 'chain'));
  b.addEventListener('click', onPick);
  li.append(b);
  return li;
}

function renderQueue(): void {
  const list = $('list');
  list.replaceChildren(...queue.map((m, i) => {
    const li = el('li');
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', String(current?.id === m.id));
    li.dataset.id = m.id;
    li.append(el('strong', m.surface), ' ', el('span', m.reason, `badge r-${m.reason}`), ' ', el('span', m.weight ? `weight ${m.weight}` : '', 'muted'), el('div', m.file, 'muted small'));
    li.addEventListener('click', () => { index = i; void select(m); });
    return li;
  }));
  $('summary').textContent = `${queue.length} doubtful mention${queue.length === 1 ? '' : 's'} to review`;
}

function renderContext(m: MentionView): void {
  const q = $('context');
  if (m.contextOffset < 0) { q.textContent = m.context; return; }
  const end = m.contextOffset + m.surface.length;
  q.replaceChildren(m.context.slice(0, m.contextOffset), el('mark', m.context.slice(m.contextOffset, end)), m.context.slice(end));
}

async function select(m: MentionView | null): Promise<void> {
  current = m;
  results = [];
  $('results').replaceChildren();
  $<HTMLInputElement>('search').value = '';
  renderQueue();
  markCurrent();
  $('detail').hidden = !m;
  if (!m) { showOnMap(null, []); return; }
  $('where').textContent = `${m.file} · ${m.start}–${m.end}`;
  renderContext(m);
  $('chosen').replaceChildren(m.unit ? el('strong', m.unit.name) : el('em', 'not resolved'), m.chain ? el('span', `  ${m.chain}`, 'chain') : '');
  $('reason').textContent = `${m.reason}: ${m.detail}`;
  $<HTMLButtonElement>('confirm').disabled = !m.unit;
  $('candidates').replaceChildren(...m.candidates.map((c, i) => unitItem(c, i + 1, () => void decide('assign', c.code))));
  showOnMap(m.unit, m.candidates);
  $('scope-surface').textContent = `every 「${m.surface}」 in its county …`;
  try {
    const p = await api.preview(m.id, 'surface');
    if (current?.id === m.id) $('scope-surface').textContent = `every 「${m.surface}」 in ${p.within?.name ?? 'the region'}: ${p.mentions} mention${p.mentions === 1 ? '' : 's'} in ${p.files.length} article${p.files.length === 1 ? '' : 's'}`;
  } catch (err) {
    $('scope-surface').textContent = `every 「${m.surface}」 in its county (${(err as Error).message})`;
  }
}

/** Outlines the mention under review in the article text, if it is the article on show. */
function markCurrent(): void {
  for (const mark of document.querySelectorAll<HTMLElement>('#article mark')) mark.setAttribute('aria-current', String(mark.dataset.id === current?.id));
}

async function loadQueue(keepIndex = true): Promise<void> {
  queue = await api.doubtful();
  if (!keepIndex) index = 0;
  index = Math.min(index, Math.max(0, queue.length - 1));
  await select(queue[index] ?? null);
}

async function loadDecisions(): Promise<void> {
  const c = await api.corrections();
  $('decision-count').textContent = `(${c.rows.length})`;
  $('problems').replaceChildren(
    ...c.errors.map((e) => el('li', `corrections.csv line ${e.line}: ${e.message}`)),
    ...c.stale.map((s) => el('li', `${s.line ? `line ${s.line}: ` : ''}${s.message}`)),
  );
  $('decisions').replaceChildren(...[...c.rows].reverse().map((r) => {
    const what = r.decision === 'assign' ? `→ ${r.codeName}` : r.decision === 'reject' ? 'not a place' : 'confirmed';
    const li = el('li');
    li.append(el('strong', r.surface), ` ${what} `, el('span', r.scope.kind === 'mention' ? `${r.file} ${r.start}–${r.end}` : `every one in ${r.withinName}`, 'muted'));
    li.dataset.decision = r.decision;
    return li;
  }));
}

let articles: ReturnType<typeof setupArticles>;

async function decide(action: 'confirm' | 'assign' | 'reject', code?: string): Promise<void> {
  if (!current || document.body.dataset.busy) return;
  const m = current;
  document.body.dataset.busy = '1';
  say(`Saving and re-running the pipeline…`);
  try {
    const r = await api.decide({ id: m.id, action, scope: scope(), ...(code ? { code } : {}) });
    say(`「${m.surface}」: ${action === 'reject' ? 'not a place' : action === 'assign' ? `assigned to ${[...m.candidates, ...results].find((u) => u.code === code)?.name ?? code}` : 'confirmed'} — ${r.applied} mention${r.applied === 1 ? '' : 's'} in ${r.affectedFiles.length} article${r.affectedFiles.length === 1 ? '' : 's'} re-run.`);
    document.querySelector<HTMLInputElement>('input[name=scope][value=mention]')!.checked = true;
    await Promise.all([loadQueue(), loadDecisions(), articles.refreshList()]);
  } catch (err) {
    say(`Not saved: ${(err as Error).message}`);
  } finally {
    delete document.body.dataset.busy;
  }
}

function move(step: number): void {
  if (queue.length === 0) return;
  index = (index + step + queue.length) % queue.length;
  void select(queue[index]);
}

let searchTimer: ReturnType<typeof setTimeout> | undefined;
function renderResults(): void {
  $('results').replaceChildren(...results.map((u, i) => {
    const li = unitItem(u, null, () => void decide('assign', u.code));
    li.setAttribute('aria-selected', String(i === resultIndex));
    return li;
  }));
  $('search').setAttribute('aria-expanded', String(results.length > 0));
}

function setupSearch(): void {
  const box = $<HTMLInputElement>('search');
  box.addEventListener('input', () => {
    clearTimeout(searchTimer);
    const text = box.value;
    searchTimer = setTimeout(async () => {
      const county = current?.code ? current.code.slice(0, 6) + '000000' : '';
      results = text.trim() ? await api.search(text, county) : [];
      resultIndex = 0;
      if (box.value === text) renderResults();
    }, 120);
  });
  box.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      resultIndex = Math.max(0, Math.min(results.length - 1, resultIndex + (e.key === 'ArrowDown' ? 1 : -1)));
      renderResults();
    } else if (e.key === 'Enter' && results[resultIndex]) {
      e.preventDefault();
      void decide('assign', results[resultIndex].code);
      box.blur();
    } else if (e.key === 'Escape') box.blur();
  });
}

function setupKeys(): void {
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.ctrlKey || e.metaKey || e.altKey || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)) return;
    const k = e.key;
    if (k === 'j' || k === 'ArrowDown') move(1);
    else if (k === 'k' || k === 'ArrowUp') move(-1);
    else if (k === 's') move(1);
    else if (k === 'c' || (k === 'Enter' && t.tagName !== 'BUTTON' && t.tagName !== 'MARK')) { if (current?.unit) void decide('confirm'); }
    else if (k === 'x') void decide('reject');
    else if (k === 'a') {
      const next = scope() === 'mention' ? 'surface' : 'mention';
      document.querySelector<HTMLInputElement>(`input[name=scope][value=${next}]`)!.checked = true;
    } else if (k === '/') $('search').focus();
    else if (/^[1-9]$/.test(k) && current?.candidates[Number(k) - 1]) void decide('assign', current.candidates[Number(k) - 1].code);
    else return;
    e.preventDefault();
  });
  $('confirm').addEventListener('click', () => void decide('confirm'));
  $('reject').addEventListener('click', () => void decide('reject'));
  $('skip').addEventListener('click', () => move(1));
}

async function main(): Promise<void> {
  try {
    articles = setupArticles(async (id) => { await select(await api.mention(id)); $('detail').scrollIntoView({ block: 'nearest' }); }, say, async () => { await loadQueue(); }, markCurrent);
    setupSearch();
    setupKeys();
    await createReviewMap($('map'));
    await Promise.all([loadQueue(false), loadDecisions(), articles.refreshList()]);
    const first = $<HTMLSelectElement>('article-pick').value;
    if (first) await articles.show(first);
    document.body.dataset.state = 'ready';
  } catch (err) {
    $('summary').textContent = `The review server did not answer: ${(err as Error).message}`;
    document.body.dataset.state = 'error';
  }
}

void main();
