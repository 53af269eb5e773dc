/** The small map: league outlines in SVG with the chosen unit (filled) and its candidates (numbered rings). */
import type { UnitView } from './api.ts';

type Outline = { leagues: { rings: [number, number][][] }[]; counties: { rings: [number, number][][] }[] };
const NS = 'http://www.w3.org/2000/svg';
const W = 300;
const H = 220;
/** The view spans at least this many degrees, so one point still shows its surroundings. */
const MIN_SPAN = 3;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

export function drawMap(root: SVGSVGElement, outline: Outline, chosen: UnitView | null, candidates: UnitView[]): void {
  root.replaceChildren();
  const pts = [...(chosen ? [chosen] : []), ...candidates];
  const lons = pts.length ? pts.map((p) => p.lon) : [97, 126];
  const lats = pts.length ? pts.map((p) => p.lat) : [37, 53];
  const cx = (Math.min(...lons) + Math.max(...lons)) / 2;
  const cy = (Math.min(...lats) + Math.max(...lats)) / 2;
  const k = Math.cos((cy * Math.PI) / 180);
  const span = Math.max(MIN_SPAN, (Math.max(...lons) - Math.min(...lons)) * k * 1.3, (Math.max(...lats) - Math.min(...lats)) * 1.3 * (W / H));
  const scale = W / span;
  const x = (lon: number) => W / 2 + (lon - cx) * k * scale;
  const y = (lat: number) => H / 2 - (lat - cy) * scale;
  const path = (rings: [number, number][][]) => rings.map((r) => `M${r.map(([a, b]) => `${x(a).toFixed(1)},${y(b).toFixed(1)}`).join('L')}Z`).join('');
  for (const l of outline.leagues) root.append(svg('path', { d: path(l.rings), class: 'league' }));
  for (const c of outline.counties) root.append(svg('path', { d: path(c.rings), class: 'county' }));
  // Candidates at one point (a town and its seat village) get their names stacked beside it.
  const stacked = new Map<string, number>();
  candidates.forEach((c, i) => {
    const g = svg('g', { class: 'candidate' });
    const at = `${Math.round(x(c.lon))},${Math.round(y(c.lat))}`;
    const k = stacked.get(at) ?? 0;
    stacked.set(at, k + 1);
    g.append(svg('circle', { cx: x(c.lon), cy: y(c.lat), r: 7 }));
    const n = svg('text', { x: x(c.lon), y: y(c.lat) + 3 });
    n.textContent = String(i + 1);
    const name = svg('text', { x: x(c.lon) + 10, y: y(c.lat) + 4 + k * 13, class: 'label' });
    name.textContent = `${i + 1} ${c.name}`;
    g.append(n, name);
    root.append(g);
  });
  if (chosen) {
    root.append(svg('circle', { cx: x(chosen.lon), cy: y(chosen.lat), r: 6, class: 'chosen' }));
    const t = svg('text', { x: x(chosen.lon) + 9, y: y(chosen.lat) - 7, class: 'label' });
    t.textContent = chosen.name;
    root.append(t);
  }
}
