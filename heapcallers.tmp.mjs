import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const target = process.argv[3]; const depth = Number(process.argv[4] ?? 4);
const agg = new Map();
function walk(n, stack) {
  const fr = n.callFrame; const k = `${fr.functionName || '(anon)'}:${fr.lineNumber + 1}`;
  const st = [k, ...stack];
  if (k.startsWith(target + ':') && n.selfSize) { const key = st.slice(0, depth).join(' < '); agg.set(key, (agg.get(key) ?? 0) + n.selfSize); }
  for (const c of n.children) walk(c, st);
}
walk(p.head, []);
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log((v / 1e6).toFixed(1), k);
