/**
 * npm run bench [-- NAME...]: runs every bench/*.bench.ts (or the named ones) one after another and
 * prints their figures. Benchmarks report numbers; they never pass or fail on time.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts')).sort();
const chosen = wanted.length ? files.filter((f) => wanted.some((w) => f.startsWith(w))) : files;
if (chosen.length === 0) {
  console.error(`bench: nothing matches ${wanted.join(', ')}; have ${files.join(', ')}`);
  process.exit(2);
}
for (const file of chosen) {
  console.log(`\n== ${file.replace('.bench.ts', '')} ==`);
  const module = (await import(pathToFileURL(path.join(dir, file)).href)) as { default: () => Promise<void> };
  await module.default();
}
