import type { Finding, Verdict } from '../types.js';

/**
 * The verdict for text with nothing to report: not flagged, score 0,
 * severity `none`, no findings. Shared and frozen.
 */
export const CLEAN_VERDICT: Verdict = Object.freeze({
  flagged: false,
  blocked: false,
  score: 0,
  severity: 'none',
  reason: '',
  findings: Object.freeze([]) as readonly Finding[],
});
