/**
 * `npm run extract -- [--date YYYY-MM-DD] [--metrics FILE.json] [--all] [FILE|-]`: prints the claims (or with
 * --all every quantity mention) of a text as a JSON array. Exit 0 on success, 2 with one line on bad usage.
 */
import { readFileSync } from 'node:fs';
import type { MetricDef } from '../../shared/types.ts';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';
import { extractClaims, extractQuantities } from '../extract/index.ts';

/** ExtractArgs is what the command line asked for. */
interface ExtractArgs {
  date: string;
  metrics: MetricDef[];
  all: boolean;
  input: string;
}

class UsageError extends Error {}

/** parseExtractArgs reads argv (without node and script); it throws UsageError with a one-line message. */
function parseExtractArgs(argv: string[], today: string): ExtractArgs {
  const args: ExtractArgs = { date: today, metrics: DEFAULT_METRICS, all: false, input: '' };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--all') args.all = true;
    else if (arg === '--date' || arg.startsWith('--date=')) args.date = checkDate(valueOf(argv, i, arg) ?? '');
    else if (arg === '--metrics' || arg.startsWith('--metrics=')) args.metrics = readMetrics(valueOf(argv, i, arg) ?? '');
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown flag ${arg}`);
    else positional.push(arg);
    if ((arg === '--date' || arg === '--metrics') && i + 1 < argv.length) i++;
  }
  if (positional.length > 1) throw new UsageError(`one input at most, got ${positional.length}`);
  args.input = positional[0] ?? '-';
  return args;
}

function valueOf(argv: string[], i: number, arg: string): string | undefined {
  if (arg.includes('=')) return arg.slice(arg.indexOf('=') + 1);
  const next = argv[i + 1];
  if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
  return next;
}

function checkDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) {
    throw new UsageError(`bad --date ${JSON.stringify(date)} (want YYYY-MM-DD)`);
  }
  return date;
}

function readMetrics(file: string): MetricDef[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read metrics ${file}: ${(err as Error).message.split('\n')[0]}`);
  }
  const valid = Array.isArray(parsed) && parsed.length > 0 && parsed.every((m) =>
    m && typeof m.key === 'string' && Array.isArray(m.terms) && m.terms.every((t: unknown) => typeof t === 'string'));
  if (!valid) throw new UsageError(`metrics ${file} is not a JSON array of { key, label, terms: string[] }`);
  return (parsed as MetricDef[]).map((m) => ({ ...m, label: m.label ?? m.key }));
}

function readInput(input: string): string {
  if (input === '-' && process.stdin.isTTY) throw new UsageError('no input: give a FILE, or - with text on stdin');
  let text: string;
  try {
    text = readFileSync(input === '-' ? 0 : input, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${input}: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!text.trim()) throw new UsageError(`no input: ${input === '-' ? 'stdin' : input} is empty`);
  return text;
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

try {
  const args = parseExtractArgs(process.argv.slice(2), localToday());
  const text = readInput(args.input);
  // Noon keeps the publication on the given day in every time zone.
  const publishedAt = `${args.date}T12:00:00Z`;
  const out = args.all ? extractQuantities(text, { publishedAt }) : extractClaims(text, { publishedAt, metrics: args.metrics });
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} catch (err) {
  if (!(err instanceof UsageError)) throw err;
  process.stderr.write(`extract: ${err.message}\n`);
  process.exitCode = 2;
}
