/** The default metric set of CONTRACT.md, with the words that tie a number to each metric. */
import type { MetricDef } from './types.ts';

/** DEFAULT_METRICS is what an event tracks when it defines no metrics of its own. */
export const DEFAULT_METRICS: MetricDef[] = [
  { key: 'killed', label: 'Killed', terms: ['killed', 'dead', 'deaths', 'died', 'drowned', 'death toll', 'toll', 'fatalities', 'lost their lives', 'claimed lives', 'bodies', 'martyred'] },
  { key: 'injured', label: 'Injured', terms: ['injured', 'wounded', 'hurt', 'injuries', 'hospitalised', 'hospitalized', 'taken to hospital', 'taken to hospitals', 'treated in hospital'] },
  { key: 'missing', label: 'Missing', terms: ['missing', 'unaccounted for', 'search for', 'searching for', 'search continues for'] },
  { key: 'evacuated', label: 'Evacuated', terms: ['evacuated', 'evacuees', 'evacuation', 'ordered to evacuate', 'forced to evacuate', 'airlifted', 'relocated', 'moved to safety', 'moved to safer areas'] },
  { key: 'displaced', label: 'Displaced', terms: ['displaced', 'homeless', 'fled their homes', 'refugees', 'fled', 'taken refuge', 'took refuge', 'sought refuge', 'in shelters', 'left homeless', 'lost their homes', 'forced from their homes', 'forced to flee', 'driven from their homes', 'uprooted'] },
  { key: 'arrested', label: 'Arrested', terms: ['arrested', 'detained', 'arrests', 'detentions', 'in custody', 'taken into custody'] },
  { key: 'hostages_released', label: 'Hostages released', terms: ['hostages released', 'hostages freed', 'released hostages', 'freed hostages', 'hostages', 'in exchange for hostages', 'in return for hostages'] },
  { key: 'prisoners_released', label: 'Prisoners released', terms: ['prisoners released', 'released prisoners', 'prisoners freed', 'freed prisoners', 'detainees released', 'detainees freed', 'freed detainees', 'in exchange for prisoners', 'in return for prisoners'] },
  { key: 'prisoners_exchanged', label: 'Prisoners exchanged', terms: ['exchanged', 'swapped', 'swap', 'prisoner exchange', 'POWs', 'prisoners of war', 'brought home', 'brings home', 'came home', 'returned home', 'handed over', 'took back', 'got back', 'received', 'welcomed home', 'released', 'freed', 'returned'] },
  { key: 'missiles_launched', label: 'Missiles launched', terms: ['missiles', 'ballistic missiles', 'cruise missiles', 'rockets', 'Katyushas', 'missiles launched', 'launched missiles', 'missiles fired', 'rockets fired', 'fired missiles', 'fired rockets'] },
  { key: 'drones_launched', label: 'Drones launched', terms: ['drones', 'Shahed drones', 'Shaheds', 'UAVs', 'drones launched', 'launched drones'] },
  { key: 'missiles_intercepted', label: 'Missiles intercepted', terms: ['missiles shot down', 'missiles intercepted', 'shot down missiles', 'shot missiles', 'intercepted missiles', 'downed missiles', 'destroyed missiles', 'missiles destroyed', 'neutralized missiles', 'missiles neutralized', 'took down missiles', 'missiles downed', 'intercepted rockets', 'rockets intercepted', 'shot down rockets', 'rockets shot down'] },
  { key: 'drones_intercepted', label: 'Drones intercepted', terms: ['drones shot down', 'drones intercepted', 'shot down drones', 'shot drones', 'intercepted drones', 'neutralized drones', 'drones neutralized', 'downed drones', 'drones downed', 'destroyed drones', 'drones destroyed', 'took down drones',
    'Shaheds destroyed', 'destroyed Shaheds', 'Shaheds shot down', 'shot down Shaheds', 'UAVs destroyed', 'destroyed UAVs', 'UAVs shot down', 'shot down UAVs', 'intercepted UAVs', 'UAVs intercepted'] },
];

/** metricLabel returns the display label of a metric key, falling back to the key itself. */
export function metricLabel(metrics: MetricDef[], key: string): string {
  return metrics.find((m) => m.key === key)?.label ?? key.replace(/_/g, ' ');
}
