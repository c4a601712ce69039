import { ParapetInputError } from '../../errors.js';
import type { Finding, Severity, Verdict } from '../../types.js';
import { classifyHost } from '../tools/address.js';
import { describeRange } from '../tools/url.js';
import { type ScannerLike, tidyMatches } from './types.js';
import { verdictOf } from './verdict.js';

/** Options of {@link lintSystemPrompt}. */
export interface SystemPromptLintOptions {
  /** Finds secrets and PII (the redactor). Without it only URLs and IP addresses are checked. */
  readonly scanner?: ScannerLike;
  /** `true` marks a flagged verdict as blocked. @default false */
  readonly block?: boolean;
}

/**
 * Result of {@link lintSystemPrompt}.
 *
 * @example
 * ```ts
 * const { verdict, scanned } = lintSystemPrompt(systemPrompt, { scanner });
 * if (verdict.flagged) logger.warn(verdict.findings.map((f) => f.ruleId));
 * ```
 */
export interface SystemPromptLint {
  /** Findings located in the system prompt; evidence names the kind of data, never the data. */
  readonly verdict: Verdict;
  /** Whether a scanner looked for secrets and PII (false: URLs and addresses only). */
  readonly scanned: boolean;
}

// Scheme, `://`, then a bounded run of URL characters: linear, no nesting.
const URL_PATTERN = /\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s<>"'`]{1,2048}/gi;
const IPV4_PATTERN = /\b[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\b/g;
const SECRET_PARAMS =
  /[?&;](?:api[_-]?key|apikey|key|token|access[_-]?token|auth|secret|client[_-]?secret|password|passwd|pwd|sig|signature|x-amz-signature)=[^&#\s]/i;

/**
 * Flags what should never sit in a system prompt (OWASP LLM07:2025, System
 * Prompt Leakage): secrets and PII found by the scanner, credentials and
 * secret query parameters in URLs, and URLs or IP addresses of internal
 * hosts (loopback, private, link-local, metadata, single-label and
 * private-use names). System prompts leak; anything in one must be safe to
 * publish, and authorisation must not depend on it.
 *
 * @example
 * ```ts
 * const { verdict } = lintSystemPrompt(
 *   'You are a support bot. Use https://admin:pw@10.0.0.5/api for lookups.',
 *   { scanner: createRedactor() },
 * );
 * verdict.findings.map((f) => f.ruleId); // ['system-prompt.url-credentials', 'system-prompt.internal-url']
 * ```
 */
export function lintSystemPrompt(
  system: string,
  options: SystemPromptLintOptions = {},
): SystemPromptLint {
  if (typeof system !== 'string') throw new ParapetInputError('lintSystemPrompt expects a string');
  const findings: Finding[] = [];
  const add = (
    ruleId: string,
    category: Finding['category'],
    severity: Severity,
    start: number,
    end: number,
    evidence: string,
  ) => findings.push({ ruleId, category, severity, start, end, evidence });

  if (options.scanner !== undefined) {
    for (const match of tidyMatches(options.scanner.scan(system), system.length)) {
      add(
        `system-prompt.${match.category}`,
        match.category,
        match.category === 'secret' ? 'high' : 'medium',
        match.start,
        match.end,
        `${match.category} in system prompt: ${String(match.type).slice(0, 40)}`,
      );
    }
  }

  const covered: [number, number][] = [];
  URL_PATTERN.lastIndex = 0;
  for (let m = URL_PATTERN.exec(system); m !== null; m = URL_PATTERN.exec(system)) {
    const start = m.index;
    const raw = m[0].replace(/[.,;:!?)\]]+$/, '');
    const end = start + raw.length;
    covered.push([start, end]);
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (url.username !== '' || url.password !== '') {
      add('system-prompt.url-credentials', 'secret', 'high', start, end, 'credentials in a URL');
    }
    if (SECRET_PARAMS.test(url.search) || SECRET_PARAMS.test(`?${url.hash.slice(1)}`)) {
      add(
        'system-prompt.url-secret-parameter',
        'secret',
        'high',
        start,
        end,
        'secret-bearing URL parameter',
      );
    }
    if (url.hostname !== '') {
      const range = classifyHost(url.hostname).range;
      if (range !== 'public' && range !== 'documentation') {
        add(
          'system-prompt.internal-url',
          'prompt_leak',
          'medium',
          start,
          end,
          `URL to ${describeRange(range)} or internal host`,
        );
      }
    }
  }

  IPV4_PATTERN.lastIndex = 0;
  for (let m = IPV4_PATTERN.exec(system); m !== null; m = IPV4_PATTERN.exec(system)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered.some(([s, e]) => start >= s && end <= e)) continue;
    const range = classifyHost(m[0]).range;
    if (range !== 'public' && range !== 'documentation' && range !== 'reserved') {
      add(
        'system-prompt.internal-address',
        'prompt_leak',
        'medium',
        start,
        end,
        `${describeRange(range)}`,
      );
    }
  }

  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return Object.freeze({
    verdict: verdictOf(findings, options.block === true),
    scanned: options.scanner !== undefined,
  });
}
