import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const target = process.argv[3]; const depth = Number(process.argv[4] ?? 3);
const byId = new Map(p.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const agg = new Map();
for (let i = 0; i < p.samples.length; i++) {
  let id = p.samples[i]; const chain = [];
  while (id !== undefined) { const n = byId.get(id); chain.push(`${n.callFrame.functionName}@${n.callFrame.url.split('/').slice(-1)[0]}:${n.callFrame.lineNumber}`); id = parent.get(id); }
  const k = chain.findIndex(c => c.startsWith(target + '@'));
  if (k < 0) continue;
  const key = chain.slice(k, k + depth).join(' < ');
  agg.set(key, (agg.get(key) ?? 0) + p.timeDeltas[i] / 1000);
}
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(v.toFixed(0), k);
