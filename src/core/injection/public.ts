/**
 * Public exports of the prompt-injection module, re-exported by `parapet`.
 *
 * @module
 */

export { builtinRules } from './catalogue.js';
export {
  compileInjectionDetector,
  createInjectionDetector,
  type DetectOptions,
  type InjectionDetector,
} from './detector.js';
export {
  type InjectionOptions,
  type InjectionRuleInput,
  injectionOptionsSchema,
  type ResolvedInjectionOptions,
} from './options.js';
export type { InjectionRule } from './rule.js';
export { SEVERITY_FLOOR, severityOfScore } from './scoring.js';
export type { InjectionSignal, SignalId } from './signals.js';
