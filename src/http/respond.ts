import type { FindingCategory } from '../types.js';
import type { BlockReason, GuardrailsSummary } from './types.js';

interface ReasonInfo {
  readonly status: number;
  readonly type: string;
  readonly code: string;
  readonly message: string;
}

/**
 * Status, OpenAI error `type`, `code` and the generic message for each block
 * reason. Messages are fixed strings: they never include request content.
 */
export const BLOCK_REASONS: Readonly<Record<BlockReason, ReasonInfo>> = {
  preflight: { status: 204, type: '', code: '', message: '' },
  origin_not_allowed: {
    status: 403,
    type: 'permission_error',
    code: 'origin_not_allowed',
    message: 'Cross-origin requests from this origin are not allowed.',
  },
  unauthenticated: {
    status: 401,
    type: 'authentication_error',
    code: 'invalid_api_key',
    message: 'Missing or invalid credentials.',
  },
  forbidden: {
    status: 403,
    type: 'permission_error',
    code: 'forbidden',
    message: 'These credentials do not grant access to this resource.',
  },
  rate_limited: {
    status: 429,
    type: 'rate_limit_error',
    code: 'rate_limit_exceeded',
    message: 'Rate limit exceeded. Retry after the time given in the Retry-After header.',
  },
  body_too_large: {
    status: 413,
    type: 'invalid_request_error',
    code: 'request_too_large',
    message: 'The request body is too large.',
  },
  body_timeout: {
    status: 408,
    type: 'invalid_request_error',
    code: 'request_timeout',
    message: 'The request body was not received in time.',
  },
  unsupported_media_type: {
    status: 415,
    type: 'invalid_request_error',
    code: 'unsupported_media_type',
    message: 'The request body must be JSON (Content-Type: application/json).',
  },
  invalid_json: {
    status: 400,
    type: 'invalid_request_error',
    code: 'invalid_json',
    message: 'The request body is not valid JSON.',
  },
  json_too_complex: {
    status: 400,
    type: 'invalid_request_error',
    code: 'json_too_complex',
    message: 'The request body is nested too deeply or has too many members.',
  },
  prompt_injection: {
    status: 400,
    type: 'invalid_request_error',
    code: 'prompt_injection_detected',
    message: 'The request was blocked by a content policy: possible prompt injection.',
  },
  secret_in_prompt: {
    status: 400,
    type: 'invalid_request_error',
    code: 'secret_detected',
    message: 'The request was blocked by a content policy: it contains a credential.',
  },
  pii_in_prompt: {
    status: 400,
    type: 'invalid_request_error',
    code: 'pii_detected',
    message: 'The request was blocked by a content policy: it contains personal data.',
  },
  invalid_request: {
    status: 400,
    type: 'invalid_request_error',
    code: 'invalid_request',
    message: 'The request could not be processed.',
  },
  internal_error: {
    status: 500,
    type: 'server_error',
    code: 'internal_error',
    message: 'The server had an error while processing your request.',
  },
};

/**
 * The body of a block: an OpenAI-compatible error object (existing SDK
 * clients show its message) plus parapet's `guardrails` summary.
 */
export function errorBody(
  reason: BlockReason,
  requestId: string,
  categories: readonly FindingCategory[],
  flagged: boolean,
): string {
  if (reason === 'preflight') return '';
  const info = BLOCK_REASONS[reason];
  const guardrails: GuardrailsSummary = { flagged, blocked: true, reason, categories, requestId };
  return JSON.stringify({
    error: {
      message: `${info.message} (request id ${requestId})`,
      type: info.type,
      code: info.code,
      param: null,
    },
    guardrails,
  });
}
