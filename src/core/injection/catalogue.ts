/**
 * The built-in rule catalogue: every rule of every category, as data.
 * `docs/rules.md` is generated from it (`npm run docs:rules`).
 *
 * @module
 */

import type { InjectionRule } from './rule.js';
import { MULTILINGUAL_AGENT_RULES } from './rules/agent-ml.js';
import { MULTILINGUAL_AI_ADDRESS_RULES } from './rules/ai-address-ml.js';
import { AI_READER_RULES } from './rules/ai-reader-ml.js';
import { MULTILINGUAL_ANSWER_OVERRIDE_RULES } from './rules/answer-override-ml.js';
import { MULTILINGUAL_APPROVAL_RULES } from './rules/approval-ml.js';
import { MULTILINGUAL_AUTHORITY_RULES } from './rules/authority-ml.js';
import { AUTOMATED_READER_RULES } from './rules/automated-reader-ml.js';
import { MULTILINGUAL_CLAIM_RULES } from './rules/claims-ml.js';
import { CONTEXT_RULES } from './rules/context.js';
import { MULTILINGUAL_COVERT_ACTION_RULES } from './rules/covert-action-ml.js';
import { DELIMITER_RULES } from './rules/delimiter.js';
import { MULTILINGUAL_DEVELOPER_LEAK_RULES } from './rules/developer-leak-ml.js';
import { MULTILINGUAL_END_OF_USER_INPUT_RULES } from './rules/end-of-user-ml.js';
import { MULTILINGUAL_EXFIL_RULES } from './rules/exfil-ml.js';
import { EXFILTRATION_RULES } from './rules/exfiltration.js';
import { MULTILINGUAL_FORGET_SAID_RULES } from './rules/forget-said-ml.js';
import { MULTILINGUAL_GIVEN_LEAK_RULES } from './rules/given-leak-ml.js';
import { MULTILINGUAL_GOD_CLAIM_RULES } from './rules/god-claim-ml.js';
import { MULTILINGUAL_GRANDMA_RULES } from './rules/grandma-ml.js';
import { MULTILINGUAL_HINGLISH_RULES } from './rules/hinglish-ml.js';
import { MULTILINGUAL_HYPOTHETICAL_SECRET_RULES } from './rules/hypothetical-secret-ml.js';
import { MULTILINGUAL_IGNORE_CONTENT_RULES } from './rules/ignore-content-ml.js';
import { INDIRECT_RULES } from './rules/indirect.js';
import { JAPANESE_EXTRA_RULES } from './rules/ja-extra.js';
import { LEAK_RULES } from './rules/leak.js';
import { LEAK_EXTRA_ML_RULES } from './rules/leak-extra-ml.js';
import { MULTILINGUAL_RULES } from './rules/multilingual.js';
import { MULTILINGUAL_NEVER_REFUSES_RULES } from './rules/never-refuses-ml.js';
import { MULTILINGUAL_NOT_BOUND_RULES } from './rules/not-bound-ml.js';
import { MULTILINGUAL_OBEY_ONLY_RULES } from './rules/obey-only-ml.js';
import { OBFUSCATION_RULES } from './rules/obfuscation.js';
import { OVERRIDE_RULES } from './rules/override.js';
import { MULTILINGUAL_PERSIST_PAYLOAD_RULES } from './rules/persist-payload-ml.js';
import { PERSISTENCE_RULES } from './rules/persistence.js';
import { MULTILINGUAL_POLICY_OFF_RULES } from './rules/policy-off-ml.js';
import { MULTILINGUAL_PRETEND_RULES } from './rules/pretend-ml.js';
import { MULTILINGUAL_READER_RULES } from './rules/reader-ml.js';
import { MULTILINGUAL_REFUSAL_RULES } from './rules/refusal-ml.js';
import { MULTILINGUAL_REFUSAL_STACK_RULES } from './rules/refusal-stack-ml.js';
import { ROLE_RULES } from './rules/role.js';
import { MULTILINGUAL_SECRET_RULES } from './rules/secret-ml.js';
import { MULTILINGUAL_SWITCH_RULES } from './rules/switch-ml.js';
import { TOOL_RULES } from './rules/tool.js';
import { CHINESE_EXTRA_RULES } from './rules/zh-extra.js';

let all: readonly InjectionRule[] | undefined;

/**
 * Every built-in rule, in catalogue order (assembled on first use).
 *
 * @example
 * ```ts
 * builtinRules().filter((rule) => rule.category === 'prompt_leak').length; // > 0
 * ```
 */
export function builtinRules(): readonly InjectionRule[] {
  all ??= Object.freeze([
    ...OVERRIDE_RULES,
    ...ROLE_RULES,
    ...DELIMITER_RULES,
    ...LEAK_RULES,
    ...CONTEXT_RULES,
    ...PERSISTENCE_RULES,
    ...TOOL_RULES,
    ...EXFILTRATION_RULES,
    ...INDIRECT_RULES,
    ...AI_READER_RULES,
    ...AUTOMATED_READER_RULES,
    ...OBFUSCATION_RULES,
    ...MULTILINGUAL_RULES,
    ...MULTILINGUAL_AUTHORITY_RULES,
    ...MULTILINGUAL_IGNORE_CONTENT_RULES,
    ...MULTILINGUAL_PRETEND_RULES,
    ...MULTILINGUAL_SECRET_RULES,
    ...MULTILINGUAL_HYPOTHETICAL_SECRET_RULES,
    ...MULTILINGUAL_GOD_CLAIM_RULES,
    ...MULTILINGUAL_READER_RULES,
    ...MULTILINGUAL_REFUSAL_RULES,
    ...MULTILINGUAL_NOT_BOUND_RULES,
    ...CHINESE_EXTRA_RULES,
    ...JAPANESE_EXTRA_RULES,
    ...MULTILINGUAL_FORGET_SAID_RULES,
    ...MULTILINGUAL_SWITCH_RULES,
    ...MULTILINGUAL_HINGLISH_RULES,
    ...MULTILINGUAL_AGENT_RULES,
    ...MULTILINGUAL_CLAIM_RULES,
    ...MULTILINGUAL_EXFIL_RULES,
    ...MULTILINGUAL_APPROVAL_RULES,
    ...MULTILINGUAL_GRANDMA_RULES,
    ...MULTILINGUAL_DEVELOPER_LEAK_RULES,
    ...MULTILINGUAL_GIVEN_LEAK_RULES,
    ...LEAK_EXTRA_ML_RULES,
    ...MULTILINGUAL_POLICY_OFF_RULES,
    ...MULTILINGUAL_AI_ADDRESS_RULES,
    ...MULTILINGUAL_NEVER_REFUSES_RULES,
    ...MULTILINGUAL_REFUSAL_STACK_RULES,
    ...MULTILINGUAL_ANSWER_OVERRIDE_RULES,
    ...MULTILINGUAL_PERSIST_PAYLOAD_RULES,
    ...MULTILINGUAL_COVERT_ACTION_RULES,
    ...MULTILINGUAL_OBEY_ONLY_RULES,
    ...MULTILINGUAL_END_OF_USER_INPUT_RULES,
  ]);
  return all;
}
