/** The default metric set of CONTRACT.md, with the words that tie a number to each metric. */
import type { MetricDef } from './types.ts';

/** DEFAULT_METRICS is what an event tracks when it defines no metrics of its own. */
export const DEFAULT_METRICS: MetricDef[] = [
  { key: 'killed', label: 'Killed', terms: ['killed', 'dead', 'deaths', 'died', 'death toll', 'fatalities', 'lost their lives', 'bodies'] },
  { key: 'injured', label: 'Injured', terms: ['injured', 'wounded', 'hurt', 'injuries', 'hospitalised', 'hospitalized'] },
  { key: 'missing', label: 'Missing', terms: ['missing', 'unaccounted for'] },
  { key: 'evacuated', label: 'Evacuated', terms: ['evacuated', 'evacuees', 'evacuation'] },
  { key: 'displaced', label: 'Displaced', terms: ['displaced', 'homeless', 'fled their homes', 'refugees'] },
  { key: 'arrested', label: 'Arrested', terms: ['arrested', 'detained', 'arrests', 'detentions', 'in custody'] },
  { key: 'hostages_released', label: 'Hostages released', terms: ['hostages released', 'hostages freed', 'released hostages', 'freed hostages', 'hostages'] },
  { key: 'prisoners_released', label: 'Prisoners released', terms: ['prisoners released', 'released prisoners', 'freed prisoners', 'detainees released'] },
  { key: 'prisoners_exchanged', label: 'Prisoners exchanged', terms: ['exchanged', 'swapped', 'swap', 'prisoner exchange', 'POWs', 'prisoners of war', 'brought home', 'brings home', 'came home', 'returned home', 'handed over', 'took back', 'released', 'freed', 'returned'] },
  { key: 'missiles_launched', label: 'Missiles launched', terms: ['missiles', 'ballistic missiles', 'cruise missiles', 'rockets', 'missiles launched', 'launched missiles', 'missiles fired', 'rockets fired', 'fired missiles', 'fired rockets'] },
  { key: 'drones_launched', label: 'Drones launched', terms: ['drones', 'Shahed drones', 'Shaheds', 'UAVs', 'drones launched', 'launched drones'] },
  { key: 'missiles_intercepted', label: 'Missiles intercepted', terms: ['missiles shot down', 'missiles intercepted', 'shot down missiles', 'shot missiles', 'intercepted missiles', 'downed missiles', 'destroyed missiles', 'neutralized missiles', 'took down missiles', 'intercepted rockets', 'rockets intercepted', 'shot down rockets', 'rockets shot down'] },
  { key: 'drones_intercepted', label: 'Drones intercepted', terms: ['drones shot down', 'drones intercepted', 'shot down drones', 'shot drones', 'intercepted drones', 'neutralized drones', 'downed drones', 'drones downed', 'destroyed drones', 'took down drones'] },
];

/** metricLabel returns the display label of a metric key, falling back to the key itself. */
export function metricLabel(metrics: MetricDef[], key: string): string {
  return metrics.find((m) => m.key === key)?.label ?? key.replace(/_/g, ' ');
}
