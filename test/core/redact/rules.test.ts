import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import safeRegex from 'safe-regex2';
import { describe, expect, it } from 'vitest';
import { piiRules } from '../../../src/core/redact/pii.js';
import { createRedactor } from '../../../src/core/redact/redactor.js';
import type { SecretRule } from '../../../src/core/redact/rules.js';
import { secretRules } from '../../../src/core/redact/secret-rules.js';
import { expand, rng } from '../../fixtures/secrets.js';

const rules = secretRules();
const redactor = createRedactor();
const SEEDS = [1, 2, 3, 4, 5];

/** Regular-expression sources a rule carries. */
function sources(rule: SecretRule): string[] {
  switch (rule.kind) {
    case 'token':
      return [rule.pattern];
    case 'assignment':
      return [rule.key, rule.value, rule.keyExclude ?? '', rule.context ?? ''].filter(Boolean);
    case 'block':
      return rule.context === undefined ? [] : [rule.context];
    case 'url':
    case 'manifest':
      return [];
  }
}

/** Regular-expression literals in the redactor's source files. */
function sourceLiterals(): { file: string; source: string; flags: string }[] {
  const dir = join(import.meta.dirname, '../../../src/core/redact');
  const literal =
    /(?<=[=(,:!&|?;{}[\n]\s*|return\s+)\/(?![/*])((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+)\/([dgimsuy]*)/g;
  const out: { file: string; source: string; flags: string }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(literal)) out.push({ file, source: m[1]!, flags: m[2]! });
  }
  return out;
}

describe('secret catalogue', () => {
  it('has unique ids and at least 80 secret types', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(rules.map((r) => r.type)).size).toBeGreaterThanOrEqual(80);
    for (const rule of rules) {
      expect(rule.id, rule.id).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)+$/);
      expect(rule.type, rule.id).toMatch(/^[a-z0-9_]+$/);
      expect(rule.confidence).toBeGreaterThan(0);
      expect(rule.confidence).toBeLessThanOrEqual(1);
      expect(rule.examples.match.length, rule.id).toBeGreaterThan(0);
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
    }
  });

  it('covers the providers the issue names', () => {
    const types = new Set(rules.map((r) => r.type));
    for (const type of [
      'openai_api_key',
      'openai_project_key',
      'openai_service_account_key',
      'openai_admin_key',
      'anthropic_api_key',
      'google_api_key',
      'google_oauth_client_secret',
      'gcp_service_account_key',
      'aws_access_key_id',
      'aws_secret_access_key',
      'aws_session_token',
      'azure_storage_account_key',
      'azure_sas_token',
      'github_personal_access_token',
      'github_fine_grained_pat',
      'gitlab_personal_access_token',
      'bitbucket_app_password',
      'slack_bot_token',
      'slack_webhook_url',
      'discord_bot_token',
      'telegram_bot_token',
      'stripe_secret_key',
      'stripe_test_secret_key',
      'stripe_restricted_key',
      'twilio_api_key',
      'sendgrid_api_key',
      'mailgun_api_key',
      'mailchimp_api_key',
      'npm_access_token',
      'pypi_upload_token',
      'rubygems_api_key',
      'dockerhub_access_token',
      'huggingface_token',
      'replicate_api_token',
      'cohere_api_key',
      'mistral_api_key',
      'groq_api_key',
      'together_api_key',
      'perplexity_api_key',
      'databricks_token',
      'shopify_access_token',
      'digitalocean_personal_access_token',
      'heroku_api_key',
      'vercel_token',
      'netlify_access_token',
      'cloudflare_api_token',
      'datadog_api_key',
      'newrelic_user_api_key',
      'sentry_dsn',
      'okta_api_token',
      'auth0_client_secret',
      'atlassian_api_token',
      'linear_api_key',
      'notion_integration_token',
      'airtable_personal_access_token',
      'figma_personal_access_token',
      'square_access_token',
      'paypal_client_secret',
      'braintree_access_token',
      'jwt',
      'private_key',
      'openssh_private_key',
      'pgp_private_key',
      'url_password',
      'postgres_uri_password',
      'mysql_uri_password',
      'mongodb_uri_password',
      'redis_uri_password',
      'amqp_uri_password',
      'http_basic_auth',
      'http_bearer_token',
      'password',
      'secret',
      'api_key',
      'token',
    ]) {
      expect(types.has(type), type).toBe(true);
    }
  });

  it('passes safe-regex2 and bounds every quantifier in rule patterns', () => {
    for (const rule of rules) {
      for (const source of sources(rule)) {
        expect(() => new RegExp(source), rule.id).not.toThrow();
        expect(safeRegex(source), `${rule.id}: ${source}`).toBe(true);
        // No `*`, `+` or `{n,}`: each evaluation reads a bounded window.
        expect(source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, ''), rule.id).not.toMatch(
          /[*+]|\{\d+,\}/,
        );
      }
    }
  });

  it('keeps every regular expression in the redactor source safe-regex2 clean', () => {
    const literals = sourceLiterals();
    expect(literals.length).toBeGreaterThan(40);
    for (const { file, source, flags } of literals) {
      expect(() => new RegExp(source, flags), `${file}: ${source}`).not.toThrow();
      expect(safeRegex(source), `${file}: ${source}`).toBe(true);
    }
  });

  it('declares keywords that start every token rule match', () => {
    for (const rule of rules) {
      if (rule.kind !== 'token') continue;
      expect(rule.keywords.length > 0 || (rule.infix?.length ?? 0) > 0, rule.id).toBe(true);
      const re = new RegExp(rule.pattern, 'y');
      for (const keyword of rule.keywords) {
        expect(keyword.length, rule.id).toBeGreaterThanOrEqual(2);
        for (const template of rule.examples.match) {
          for (const seed of SEEDS) {
            const sample = expand(template, rng(seed));
            for (const [i, [start, end]] of sample.spans.entries()) {
              const value = sample.text.slice(start, end);
              if (sample.types[i] === undefined && value.startsWith(keyword)) {
                re.lastIndex = 0;
                expect(re.test(value), `${rule.id}: ${value}`).toBe(true);
              }
            }
          }
        }
      }
    }
  });

  describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    it('reports every example exactly, with its type', () => {
      for (const template of rule.examples.match) {
        for (const seed of SEEDS) {
          const sample = expand(template, rng(seed));
          const findings = redactor.scan(sample.text);
          sample.spans.forEach(([start, end], i) => {
            const type = sample.types[i] ?? rule.type;
            expect(
              findings.some((f) => f.start === start && f.end === end && f.type === type),
              `${template} -> ${JSON.stringify(sample.text)}: ${JSON.stringify(findings)}`,
            ).toBe(true);
          });
        }
      }
    });

    it('reports nothing for its counter-examples', () => {
      for (const template of rule.examples.noMatch) {
        for (const seed of SEEDS) {
          const text = expand(template, rng(seed)).text;
          const findings = redactor
            .scan(text)
            .filter((f) => f.ruleId === rule.id || f.type === rule.type);
          expect(findings, `${template} -> ${JSON.stringify(text)}`).toEqual([]);
        }
      }
    });
  });
});

describe('PII catalogue', () => {
  it('has one rule per type with examples and a weight', () => {
    const types = piiRules().map((r) => r.type);
    expect(new Set(types).size).toBe(types.length);
    expect(types.length).toBe(15);
    for (const rule of piiRules()) {
      expect(rule.weight).toBeGreaterThan(0);
      expect(rule.weight).toBeLessThanOrEqual(1);
      expect(rule.examples.match.length).toBeGreaterThan(0);
      expect(rule.examples.noMatch.length).toBeGreaterThan(0);
    }
  });

  describe.each(piiRules().map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    it('reports every example exactly and nothing of its type in counter-examples', () => {
      for (const seed of SEEDS) {
        for (const template of rule.examples.match) {
          const sample = expand(template, rng(seed));
          const findings = redactor.scan(sample.text);
          for (const [start, end] of sample.spans) {
            expect(
              findings.some((f) => f.start === start && f.end === end && f.type === rule.type),
              `${JSON.stringify(sample.text)}: ${JSON.stringify(findings)}`,
            ).toBe(true);
          }
        }
        for (const template of rule.examples.noMatch) {
          const text = expand(template, rng(seed)).text;
          expect(
            redactor.scan(text).filter((f) => f.type === rule.type),
            JSON.stringify(text),
          ).toEqual([]);
        }
      }
    });
  });
});
