import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const self = new Map(); let total = 0;
const byNode = new Map();
function walk(n, stack) {
  const fr = n.callFrame; const k = `${fr.functionName || '(anon)'} :${fr.lineNumber + 1}`;
  const size = n.selfSize; total += size;
  self.set(k, (self.get(k) ?? 0) + size);
  for (const c of n.children) walk(c, [...stack, k]);
}
walk(p.head, []);
console.log('total MB', (total / 1e6).toFixed(0));
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / 1e6).toFixed(1), k);
