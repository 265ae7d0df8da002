/**
 * Extraction throughput: KB of news text per second on one core, over a corpus of realistic articles (the seed's
 * four reports and every annotated text, repeated to about 1 MB), after a warm-up. Prints the best of a few
 * rounds by wall clock and by the process's CPU time (steadier on a busy machine), then what each stage costs.
 */
import { DEFAULT_METRICS } from '../shared/metrics.ts';
import { extractClaims } from '../server/extract/index.ts';
import { CORPUS, heldOutDirs, loadSeed, loadTexts } from '../server/extract/eval/corpus.ts';
import { findDates, publishedDay } from '../server/extract/dates.ts';
import { classifyQuantities } from '../server/extract/quantities.ts';
import { splitSentences } from '../server/extract/sentences.ts';

interface Item {
  text: string;
  publishedAt: string;
}

const TARGET_BYTES = 1024 * 1024;
const ROUNDS = 5;

/** buildCorpus repeats the annotated articles until they reach about 1 MB. */
function buildCorpus(): { items: Item[]; bytes: number } {
  const articles = [...loadSeed(), ...loadTexts(CORPUS.texts), ...heldOutDirs().flatMap((dir) => loadTexts(dir))].map((t) => ({ text: t.text, publishedAt: t.publishedAt }));
  const items: Item[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    for (const a of articles) {
      items.push(a);
      bytes += Buffer.byteLength(a.text);
    }
  }
  return { items, bytes };
}

function time(run: () => void): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const cpu = process.cpuUsage(cpu0);
  return { wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

function best(rounds: number, run: () => void): { wall: number; cpu: number } {
  const all = Array.from({ length: rounds }, () => time(run));
  return { wall: Math.min(...all.map((t) => t.wall)), cpu: Math.min(...all.map((t) => t.cpu)) };
}

/** bench prints the corpus size, extraction KB/s and what each stage costs per MB. */
export default async function bench(): Promise<void> {
  const { items, bytes } = buildCorpus();
  const kb = bytes / 1024;
  const all = () => { for (const it of items) extractClaims(it.text, { publishedAt: it.publishedAt, metrics: DEFAULT_METRICS }); };
  all(); // warm-up: JIT, regex compilation, caches of stems and term indexes
  let claims = 0;
  for (const it of items) claims += extractClaims(it.text, { publishedAt: it.publishedAt, metrics: DEFAULT_METRICS }).length;
  const t = best(ROUNDS, all);
  console.log(`corpus: ${items.length} articles, ${kb.toFixed(0)} KB, ${claims} claims`);
  console.log(`extractClaims: ${(kb / t.wall).toFixed(0)} KB/s wall, ${(kb / t.cpu).toFixed(0)} KB/s CPU (best of ${ROUNDS})`);
  const stages: Array<[string, () => void]> = [
    ['sentences', () => { for (const it of items) splitSentences(it.text); }],
    ['dates (chrono)', () => { for (const it of items) findDates(it.text, publishedDay(it.publishedAt)); }],
    ['quantities (incl. dates)', () => { for (const it of items) classifyQuantities(it.text, it.publishedAt); }],
  ];
  for (const [name, run] of stages) {
    const s = best(3, run);
    console.log(`  ${name.padEnd(26)} ${(s.wall * 1000 / (kb / 1024)).toFixed(0).padStart(5)} ms per MB (${((100 * s.wall) / t.wall).toFixed(0)}% of the whole)`);
  }
}
