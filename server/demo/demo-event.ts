/** The demo event's definition: its fixed id, title and metrics. */
import { DEFAULT_METRICS } from '../../shared/metrics.ts';

export const DEMO_EVENT_ID = 'demo-prisoner-swap-2025';
export const DEMO_TITLE = 'Russia–Ukraine prisoner swap, 23–25 May 2025';
/** Demo sources poll every 5 s: the demo clock runs three days in about two minutes. */
export const DEMO_INTERVAL_SECONDS = 5;
export const DEMO_METRICS = DEFAULT_METRICS;
