/**
 * Lazy loader of the shipped learned-layer weights. Decoding happens on
 * first use, never at import time.
 *
 * @module
 */

import type { LinearModel } from './model.js';
import { MODEL_WEIGHTS } from './model-weights.generated.js';

/** The shipped model with its two probability thresholds. */
export interface ShippedModel extends LinearModel {
  /** From here the layer adds a low-weight finding. */
  readonly low: number;
  /** From here the layer adds a finding that can flag on its own. */
  readonly high: number;
  /** From here it can flag document or tool text on its own. */
  readonly documentHigh: number;
}

let shipped: ShippedModel | undefined;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The shipped model, decoded once. */
export function shippedModel(): ShippedModel {
  if (shipped !== undefined) return shipped;
  const { bits, bias, scale, low, high, documentHigh, data } = MODEL_WEIGHTS;
  const value = new Int8Array(128).fill(-1);
  for (let k = 0; k < 64; k++) value[ALPHABET.charCodeAt(k)] = k;
  const weights = new Int8Array(1 << bits);
  let n = 0;
  let acc = 0;
  let have = 0;
  for (let k = 0; k < data.length && n < weights.length; k++) {
    const v = value[data.charCodeAt(k)]!;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    have += 6;
    if (have >= 8) {
      have -= 8;
      const byte = (acc >> have) & 0xff;
      weights[n++] = byte > 127 ? byte - 256 : byte;
    }
  }
  shipped = { bits, bias, scale, weights, low, high, documentHigh };
  return shipped;
}
