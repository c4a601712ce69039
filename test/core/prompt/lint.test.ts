import { describe, expect, it } from 'vitest';
import { lintSystemPrompt } from '../../../src/core/prompt/lint.js';
import { ParapetInputError } from '../../../src/errors.js';
import { fixtureScanner } from '../vault/scanner.fixture.js';

describe('lintSystemPrompt', () => {
  it('passes a clean system prompt', () => {
    const { verdict, scanned } = lintSystemPrompt(
      'You are a helpful assistant for https://example.com. Cite https://docs.example.com/guide.',
      { scanner: fixtureScanner() },
    );
    expect(scanned).toBe(true);
    expect(verdict).toMatchObject({ flagged: false, blocked: false, findings: [] });
  });

  it('flags secrets and PII found by the scanner, naming the type but not the value', () => {
    const system = 'Escalate to jane@example.com. Use key sk-abcdefghijklmnopqrstuvwxyz.';
    const { verdict } = lintSystemPrompt(system, { scanner: fixtureScanner() });
    expect(verdict.findings).toEqual([
      {
        ruleId: 'system-prompt.pii',
        category: 'pii',
        severity: 'medium',
        start: system.indexOf('jane'),
        end: system.indexOf('jane') + 16,
        evidence: 'pii in system prompt: email',
      },
      {
        ruleId: 'system-prompt.secret',
        category: 'secret',
        severity: 'high',
        start: system.indexOf('sk-'),
        end: system.indexOf('sk-') + 29,
        evidence: 'secret in system prompt: openai_api_key',
      },
    ]);
    expect(verdict).toMatchObject({
      flagged: true,
      blocked: false,
      severity: 'high',
      score: 0.75,
      reason: 'secret (high)',
    });
    expect(JSON.stringify(verdict)).not.toContain('sk-abc');
  });

  it('flags credentials, secret parameters and internal hosts in URLs without a scanner', () => {
    const system = [
      'Fetch from https://admin:hunter2@api.example.com/v1.',
      'Webhook: https://hooks.example.com/x?token=abc123&x=1',
      'Admin panel at http://10.0.0.5:8080/admin, metadata at http://169.254.169.254/latest',
      'Wiki: http://wiki.corp/page and http://jenkins/job',
    ].join('\n');
    const { verdict, scanned } = lintSystemPrompt(system);
    expect(scanned).toBe(false);
    expect(verdict.findings.map((f) => [f.ruleId, system.slice(f.start, f.end)])).toEqual([
      ['system-prompt.url-credentials', 'https://admin:hunter2@api.example.com/v1'],
      ['system-prompt.url-secret-parameter', 'https://hooks.example.com/x?token=abc123&x=1'],
      ['system-prompt.internal-url', 'http://10.0.0.5:8080/admin'],
      ['system-prompt.internal-url', 'http://169.254.169.254/latest'],
      ['system-prompt.internal-url', 'http://wiki.corp/page'],
      ['system-prompt.internal-url', 'http://jenkins/job'],
    ]);
    expect(verdict.findings[2]!.evidence).toBe('URL to a private-network address or internal host');
  });

  it('flags bare internal IP addresses but not public or documentation ones', () => {
    const { verdict } = lintSystemPrompt(
      'DB at 192.168.1.20, DNS 8.8.8.8, example 192.0.2.1, loopback 127.0.0.1.',
    );
    expect(verdict.findings.map((f) => [f.ruleId, f.evidence])).toEqual([
      ['system-prompt.internal-address', 'a private-network address'],
      ['system-prompt.internal-address', 'a loopback address'],
    ]);
  });

  it('marks the verdict blocked on request', () => {
    expect(lintSystemPrompt('see http://localhost/', { block: true }).verdict).toMatchObject({
      flagged: true,
      blocked: true,
      severity: 'medium',
      reason: 'prompt_leak (medium)',
    });
  });

  it('rejects a non-string with ERR_PARAPET_INPUT', () => {
    expect(() => lintSystemPrompt(5 as never)).toThrow(ParapetInputError);
  });
});
