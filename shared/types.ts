/** Types shared by server and client: the nouns of CONTRACT.md plus the fields Tally adds. */

/** Scope says what a figure counts: one day's count, a running total, or an announced target. */
export type Scope = 'daily' | 'cumulative' | 'planned';

/** MetricDef is one tracked quantity of an event; `terms` are the words that tie a number to it. */
export interface MetricDef {
  key: string;
  label: string;
  unit?: string;
  terms: string[];
  /** How far apart (as a fraction, 0.05 = 5 %) outlets' values may be before they count as divergent; default 0. */
  tolerance?: number;
}

/** TallyEvent is one breaking event being tracked ("Event" in CONTRACT.md). */
export interface TallyEvent {
  id: string;
  title: string;
  metrics: MetricDef[];
  createdAt: string;
  /** True for the built-in demo event. */
  demo?: boolean;
}

export type HealthStatus = 'ok' | 'backoff' | 'failing' | 'gone' | 'pending';

/** SourceHealth is what the desk sees of a source's polling. */
export interface SourceHealth {
  status: HealthStatus;
  lastPolledAt: string | null;
  lastError: string | null;
  /** How many items Tally holds for the source: those in its feed now or seen there within a day. */
  items: number;
  nextPollAt?: string | null;
}

/** Source is one outlet's feed polled for an event. */
export interface Source {
  id: string;
  eventId: string;
  outlet: string;
  url: string;
  intervalSeconds: number;
  paused?: boolean;
  /** Demo sources are served by Tally itself and may point at its own address. */
  demo?: boolean;
  createdAt: string;
  health: SourceHealth;
}

/** ExtractedClaim is one numeric claim as the extractor finds it in a text (the Claim of CONTRACT.md). */
export interface ExtractedClaim {
  metric: string;
  value: number;
  min?: number;
  max?: number;
  approx?: boolean;
  date?: string;
  dateEnd?: string;
  scope: Scope;
  perSide?: boolean;
  attribution?: string;
  place?: string;
  actor?: string;
  /** The sentence the figure came from. */
  quote: string;
  /** Character offsets of the figure in the input text. */
  span: [number, number];
  /** Character offsets of the figure inside `quote`, for highlighting. */
  quoteSpan?: [number, number];
}

/** ClaimRevision is an earlier value of a claim that an edited item changed. */
export interface ClaimRevision {
  value: number;
  at: string;
  quote: string;
}

/** ClaimReview is a desk's decision on a claim; the latest one is in force, all are kept. */
export interface ClaimReview {
  status: 'confirmed' | 'rejected' | 'corrected' | 'open';
  by: string;
  at: string;
  note?: string;
  /** For a correction: the value and metric the desk set, and what the extractor had said. */
  value?: number;
  metric?: string;
  was?: { value: number; metric: string };
}

/** Claim is a stored claim: what was extracted plus where and when it was seen. */
export interface Claim extends ExtractedClaim {
  id: string;
  eventId: string;
  outlet: string;
  sourceId: string;
  itemId: string;
  itemUrl: string | null;
  /** When the outlet published (or last updated) the item. */
  reportedAt: string;
  /** When Tally first saw this claim. */
  firstSeenAt: string;
  updatedAt?: string;
  history?: ClaimRevision[];
  /** The desk's decision in force, if any; a rejected claim counts in no figure. */
  review?: ClaimReview;
  /** Every decision ever taken on the claim, oldest first. */
  reviews?: ClaimReview[];
}

/** FigureOutlet is one outlet's current value for a figure. */
export interface FigureOutlet {
  outlet: string;
  value: number;
  min?: number;
  max?: number;
  approx?: boolean;
  claimId: string;
  firstSeenAt: string;
  /** The outlet's earlier values for this figure, oldest first, when it revised it ("13 -> 15"). */
  revisedFrom?: number[];
}

/** Reconciliation says whether the daily figures of a cumulative or planned figure's period add up to it. */
export interface Reconciliation {
  dailySum: number;
  days: Array<{ date: string; value: number }>;
  missingDays: string[];
  status: 'adds_up' | 'mismatch' | 'incomplete';
}

/** Figure groups the claims about one metric, day, scope and place/actor across outlets. */
export interface Figure {
  id: string;
  metric: string;
  date?: string;
  dateEnd?: string;
  scope: Scope;
  perSide?: boolean;
  place?: string;
  actor?: string;
  outlets: FigureOutlet[];
  consensus?: number;
  /** The lowest and highest value the outlets report now. */
  spread?: { min: number; max: number };
  /** The outlet whose report of this figure Tally saw first. */
  firstReportedBy?: string;
  divergent: boolean;
  /** For cumulative and planned figures with a period: do the daily figures add up? */
  reconciliation?: Reconciliation;
}

/** ApiError is the body of every 4xx/5xx answer. */
export interface ApiError {
  error: string;
  message: string;
}
