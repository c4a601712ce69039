// Public exports of the limit module, re-exported by src/index.ts.
export {
  bucketResult,
  stepTokenBucket,
  type TokenBucketMode,
  type TokenBucketPolicy,
  type TokenBucketResult,
  type TokenBucketState,
  type TokenBucketStep,
} from './bucket.js';
export {
  createRateLimitGuard,
  type RateLimitDecision,
  type RateLimitGuard,
} from './guard.js';
export { type RateLimitHeaderOptions, rateLimitHeaders } from './headers.js';
export { createKeyResolver, type KeyResolver, type RateLimitKey } from './keys.js';
export {
  createRateLimiter,
  type RateLimiter,
  type RateLimitOutcome,
  type RateLimitPolicy,
  type RateLimitResult,
  type RateLimitTake,
  takeAll,
} from './limiter.js';
export { createMemoryStore, type MemoryStore } from './memory-store.js';
export type {
  Clock,
  KeyFunction,
  MemoryStoreOptions,
  RateLimiterOptions,
  RateLimitIdentity,
  RateLimitKeyOptions,
  RateLimitOptions,
  RateLimitPolicyOptions,
  ResolvedMemoryStoreOptions,
  ResolvedRateLimiterOptions,
  ResolvedRateLimitKeyOptions,
  ResolvedRateLimitOptions,
  ResolvedTokenEstimateOptions,
  StoreErrorListener,
  TokenCounter,
  TokenEstimateOptions,
} from './options.js';
export {
  createTokenEstimator,
  estimateRequestTokens,
  type SettleResult,
  settle,
  type TokenEstimator,
  usageTokens,
} from './pricing.js';
export type { RateLimitStore, StorePolicy } from './store.js';
