/** The extract stage: sentences, numbers, dates, metrics and attribution -> claims (pure, no I/O). */
export { extractClaims, type ExtractOptions } from './extract-claims.ts';
export { extractQuantities, type QuantityMention } from './quantities.ts';
