/**
 * Tool-call guard: allow-listed tools with access levels and approval,
 * argument validation, path containment, URL allow-lists with SSRF
 * protection, and shell-argument vetting. See `docs/tools.md`.
 *
 * @module
 */

export {
  type AddressClass,
  type AddressRange,
  classifyAddress,
  classifyHost,
  type HostClass,
} from './address.js';
export { compileToolGuard, createToolGuard, type ToolGuard, type ToolRunContext } from './guard.js';
export type {
  ResolvedToolGuardOptions,
  ToolApprovalRequest,
  ToolAuditEvent,
  ToolCall,
  ToolDecision,
  ToolDecisionKind,
  ToolDefinition,
  ToolGuardOptions,
} from './options.js';
export { type ContainedPath, type ContainPathOptions, containPath, resolveWithin } from './path.js';
export { shellHazards } from './shell.js';
export { checkUrl, type UrlCheck, type UrlPolicy } from './url.js';
