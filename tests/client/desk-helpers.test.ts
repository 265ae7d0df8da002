import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure, failureFrom } from '../../client/lib/admin.ts';
import { keyFromLabel, metricsFromRows, rowsFromMetrics, splitTerms } from '../../client/lib/metric-rows.ts';
import { formatUntil } from '../../client/lib/relative-time.ts';
import { safeHref } from '../../client/lib/safe-url.ts';

describe('failureFrom: the server’s { error, message } reaches the user verbatim', () => {
  it.each([
    ['a JSON error keeps its message', 400, '{"error":"bad_request","message":"body/url must be http or https"}', 'bad_request', 'body/url must be http or https'],
    ['a 401 keeps the auth message', 401, '{"error":"unauthorized","message":"auth: this route needs Authorization: Bearer <TALLY_ADMIN_TOKEN>"}', 'unauthorized', 'auth: this route needs Authorization: Bearer <TALLY_ADMIN_TOKEN>'],
    ['a proxy page is described, not parsed', 502, '<html>Bad gateway</html>', 'error', 'The server answered 502: <html>Bad gateway</html>'],
    ['an empty body says the status', 500, '', 'error', 'The server answered 500'],
  ])('%s', (_name, status, body, code, message) => {
    const failure = failureFrom(status, body);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect([failure.status, failure.code, failure.message]).toEqual([status, code, message]);
  });
});

describe('metric rows: what the editor holds, and what it sends', () => {
  it('round-trips metrics, keeping a tolerance the form does not show', () => {
    const metrics = [{ key: 'killed', label: 'Killed', terms: ['killed', 'dead'], tolerance: 0.05 }, { key: 'homes', label: 'Homes', unit: 'homes', terms: ['homes destroyed'] }];
    expect(metricsFromRows(rowsFromMetrics(metrics))).toEqual({ metrics });
  });

  it.each([
    ['no rows', [], 'An event needs at least one metric.'],
    ['a bad key', [{ key: 'Homes', label: 'Homes', unit: '', terms: 'homes' }], 'Metric 1 (Homes): the key must start with a lowercase letter and use only a–z, 0–9 and _.'],
    ['a repeated key', [{ key: 'a', label: 'A', unit: '', terms: 'x' }, { key: 'a', label: 'B', unit: '', terms: 'y' }], 'Metric 2 (B): the key "a" is used twice.'],
    ['no label', [{ key: 'a', label: ' ', unit: '', terms: 'x' }], 'Metric 1: give it a label.'],
    ['no terms', [{ key: 'a', label: 'A', unit: '', terms: ' , ' }], 'Metric 1 (A): list at least one term, such as "killed".'],
  ])('names the problem with %s', (_name, rows, problem) => {
    expect(metricsFromRows(rows)).toEqual({ problem });
  });

  it('splits terms on commas and lines, trimmed, without blanks or repeats', () => {
    expect(splitTerms(' homes destroyed, houses destroyed\nhomes destroyed,, ')).toEqual(['homes destroyed', 'houses destroyed']);
  });

  it.each([
    ['Homes destroyed', 'homes_destroyed'],
    ['  Évacués (total) ', 'evacues_total'],
    ['2nd wave', 'nd_wave'],
  ])('suggests a key for %s', (label, key) => {
    expect(keyFromLabel(label)).toBe(key);
  });
});

describe('formatUntil: when the next poll is due', () => {
  const now = Date.parse('2025-05-24T10:00:00Z');
  it.each([
    [null, null],
    ['garbage', null],
    ['2025-05-24T09:59:59Z', 'due now'],
    ['2025-05-24T10:00:25Z', 'in 25 s'],
    ['2025-05-24T10:03:00Z', 'in 3 min'],
    ['2025-05-24T12:00:00Z', 'in 2 h'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatUntil(iso, now)).toBe(expected);
  });
});

describe('safeHref: only web links from feeds are followed', () => {
  afterEach(() => vi.unstubAllGlobals());
  it.each([
    ['https://news.example/a', 'https://news.example/a'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:x', null],
    ['/relative', 'https://tally.example/relative'],
    [null, null],
  ])('%s -> %s', (url, expected) => {
    vi.stubGlobal('location', { href: 'https://tally.example/' });
    expect(safeHref(url)).toBe(expected);
  });
});
