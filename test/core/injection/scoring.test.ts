import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  ScoreAccumulator,
  SEVERITY_FLOOR,
  severityOfScore,
  weightFitsSeverity,
} from '../../../src/core/injection/scoring.js';

describe('scoring', () => {
  it('maps scores to documented severity bands', () => {
    expect(severityOfScore(0)).toBe('none');
    expect(severityOfScore(0.249)).toBe('none');
    expect(severityOfScore(0.25)).toBe('low');
    expect(severityOfScore(0.5)).toBe('medium');
    expect(severityOfScore(0.7)).toBe('high');
    expect(severityOfScore(0.9)).toBe('critical');
    expect(severityOfScore(1)).toBe('critical');
    expect(SEVERITY_FLOOR).toEqual({ none: 0, low: 0.25, medium: 0.5, high: 0.7, critical: 0.9 });
  });

  it('checks weights against severity bands', () => {
    expect(weightFitsSeverity(0.8, 'high')).toBe(true);
    expect(weightFitsSeverity(0.8, 'medium')).toBe(false);
    expect(weightFitsSeverity(0, 'none')).toBe(false);
    expect(weightFitsSeverity(1.2, 'critical')).toBe(false);
  });

  it('combines evidence as a noisy-OR', () => {
    const acc = new ScoreAccumulator();
    expect(acc.score).toBe(0);
    acc.add(0.5);
    acc.add(0.5);
    expect(acc.score).toBe(0.75);
  });

  test.prop([fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 })])(
    'stays in [0, 1], never drops when evidence is added and ignores order',
    (weights) => {
      const acc = new ScoreAccumulator();
      let last = 0;
      for (const w of weights) {
        acc.add(w);
        expect(acc.score).toBeGreaterThanOrEqual(last);
        expect(acc.score).toBeLessThanOrEqual(1);
        last = acc.score;
      }
      const reversed = new ScoreAccumulator();
      for (const w of [...weights].reverse()) reversed.add(w);
      expect(Math.abs(reversed.score - acc.score)).toBeLessThanOrEqual(1e-6);
    },
  );
});
