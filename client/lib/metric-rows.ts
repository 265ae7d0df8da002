/** The metric editor's rows: MetricDefs as editable text, and back, with the server's rules checked up front. */
import type { MetricDef } from '../../shared/types.ts';

/** MetricRow is one metric as the form holds it; `terms` is comma-separated text. */
export interface MetricRow {
  key: string;
  label: string;
  unit: string;
  terms: string;
  /** Kept as it was: the editor does not show tolerance, but must not drop it. */
  tolerance?: number;
}

const KEY = /^[a-z][a-z0-9_]{0,63}$/;

/** rowsFromMetrics turns an event's metrics into form rows. */
export function rowsFromMetrics(metrics: readonly MetricDef[]): MetricRow[] {
  return metrics.map((m) => ({ key: m.key, label: m.label, unit: m.unit ?? '', terms: m.terms.join(', '), ...(m.tolerance !== undefined ? { tolerance: m.tolerance } : {}) }));
}

/** splitTerms reads comma- or newline-separated terms, trimmed, blanks and repeats dropped. */
export function splitTerms(text: string): string[] {
  return [...new Set(text.split(/[,\n]/).map((t) => t.trim()).filter(Boolean))];
}

/** keyFromLabel suggests a metric key for a label: "Homes destroyed" -> "homes_destroyed". */
export function keyFromLabel(label: string): string {
  // Accents go before the rest is folded to "_": "Évacués" -> "evacues", not "e_vacue_s".
  const plain = label.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return plain.replace(/[^a-z0-9]+/g, '_').replace(/^[^a-z]+|_+$/g, '').slice(0, 64);
}

/** metricsFromRows checks the rows and returns the MetricDefs, or the first problem in words naming the row. */
export function metricsFromRows(rows: readonly MetricRow[]): { metrics: MetricDef[] } | { problem: string } {
  if (rows.length === 0) return { problem: 'An event needs at least one metric.' };
  const seen = new Set<string>();
  const metrics: MetricDef[] = [];
  for (const [index, row] of rows.entries()) {
    const where = `Metric ${index + 1}${row.label.trim() ? ` (${row.label.trim()})` : ''}`;
    const key = row.key.trim();
    if (!KEY.test(key)) return { problem: `${where}: the key must start with a lowercase letter and use only a–z, 0–9 and _.` };
    if (seen.has(key)) return { problem: `${where}: the key "${key}" is used twice.` };
    seen.add(key);
    if (!row.label.trim()) return { problem: `${where}: give it a label.` };
    const terms = splitTerms(row.terms);
    if (terms.length === 0) return { problem: `${where}: list at least one term, such as "killed".` };
    const unit = row.unit.trim();
    metrics.push({ key, label: row.label.trim(), ...(unit ? { unit } : {}), terms, ...(row.tolerance !== undefined ? { tolerance: row.tolerance } : {}) });
  }
  return { metrics };
}
