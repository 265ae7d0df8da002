// `npm run extract`: the command line of CONTRACT.md, run as a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TEXT = 'Russia and Ukraine swapped 303 more prisoners each on Sunday, completing the exchange of 1,000 for 1,000. Russian strikes on Sunday killed 12 people, Ukrainian officials said.';

function extract(args: string[], input = '') {
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['server/cli/extract.ts', ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('extract CLI', () => {
  it('prints the claims of stdin as a JSON array', () => {
    const { code, out } = extract(['--date', '2025-05-25', '-'], TEXT);
    expect(code).toBe(0);
    const claims = JSON.parse(out);
    expect(claims.map((c: { metric: string; value: number; date: string }) => `${c.metric} ${c.value} ${c.date ?? '-'}`))
      .toEqual(['prisoners_exchanged 303 2025-05-25', 'prisoners_exchanged 1000 -', 'killed 12 2025-05-25']);
  });

  it('reads a file, and with --all prints every quantity mention', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-extract-'));
    writeFileSync(join(dir, 'item.txt'), 'At least 15 people were injured at 1 a.m., costing $2 million.');
    const { code, out } = extract(['--all', '--date=2025-05-24', join(dir, 'item.txt')]);
    expect(code).toBe(0);
    expect(JSON.parse(out).map((q: { kind: string }) => q.kind)).toEqual(['count', 'date', 'money']);
  });

  it('takes the metrics from --metrics', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-extract-'));
    writeFileSync(join(dir, 'metrics.json'), JSON.stringify([{ key: 'homes_destroyed', label: 'Homes destroyed', terms: ['homes destroyed'] }]));
    const { code, out } = extract(['--metrics', join(dir, 'metrics.json'), '-'], 'About 2,300 homes were destroyed. 12 people were killed.');
    expect(code).toBe(0);
    expect(JSON.parse(out).map((c: { metric: string; value: number }) => `${c.metric} ${c.value}`)).toEqual(['homes_destroyed 2300']);
  });

  it.each([
    [['--bogus', '-'], 'unknown flag --bogus'],
    [['--date', '2025-02-30', '-'], 'bad --date'],
    [['--date'], '--date needs a value'],
    [['--metrics', '/no/such/metrics.json', '-'], 'cannot read metrics'],
    [['/no/such/item.txt'], 'cannot read /no/such/item.txt'],
    [['-'], 'no input'],
  ])('exits 2 with one line for %j', (args, message) => {
    const { code, out, err } = extract(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain(message);
  });
});
