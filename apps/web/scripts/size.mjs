// Prints the gzipped size of the initial JavaScript: the entry chunk plus every chunk it imports statically
// (what the browser must fetch before the first render). Lazy route chunks are listed separately.
// Fails the build when the initial JavaScript exceeds the budget.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 500;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1) + ' KB';

const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const dep of chunk.imports ?? []) visit(dep);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

let total = 0;
for (const file of initial) total += gz(file);
const lazy = Object.values(manifest)
  .filter((c) => c.file.endsWith('.js') && !initial.has(c.file))
  .map((c) => ({ file: c.file, size: gz(c.file) }))
  .sort((a, b) => b.size - a.size);

console.log(`\nInitial JS (entry + static imports, gzipped): ${kb(total)} in ${initial.size} file(s)`);
for (const file of initial) console.log(`  ${file}  ${kb(gz(file))}`);
console.log(`Lazy chunks: ${lazy.length}, largest:`);
for (const c of lazy.slice(0, 8)) console.log(`  ${c.file}  ${kb(c.size)}`);
if (total > BUDGET_KB * 1024) {
  console.error(`Initial JS ${kb(total)} exceeds the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
