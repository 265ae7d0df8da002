/** Applying a desk's decision to a claim: confirm, reject, correct (value and/or metric), or reopen. */
import type { Claim, ClaimReview } from '../../shared/types.ts';

/** ReviewAction is what the desk asked for. */
export interface ReviewAction {
  action: 'confirm' | 'reject' | 'correct' | 'reopen';
  value?: number;
  metric?: string;
  by: string;
  note?: string;
}

const STATUS = { confirm: 'confirmed', reject: 'rejected', correct: 'corrected', reopen: 'open' } as const;

/**
 * applyReview records a decision on a claim (mutating it). A correction sets the claim's value and metric,
 * remembering what the extractor said, so every chart shows the desk's figure; reopening restores that.
 */
export function applyReview(claim: Claim, action: ReviewAction, at: string): Claim {
  const original = claim.review?.was ?? { value: claim.value, metric: claim.metric };
  const review: ClaimReview = { status: STATUS[action.action], by: action.by, at, ...(action.note ? { note: action.note } : {}) };
  if (action.action === 'correct') {
    review.value = action.value ?? claim.value;
    review.metric = action.metric ?? claim.metric;
    review.was = original;
    claim.value = review.value;
    claim.metric = review.metric;
    // A corrected figure is exact as the desk states it.
    delete claim.min;
    delete claim.max;
    delete claim.approx;
  } else if (action.action === 'reopen' && claim.review?.was) {
    claim.value = claim.review.was.value;
    claim.metric = claim.review.was.metric;
  }
  claim.review = review;
  claim.reviews = [...(claim.reviews ?? []), review];
  return claim;
}
