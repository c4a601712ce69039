import nacl from 'tweetnacl';
import type { z } from 'zod';
import { ParapetToolError } from '../../errors.js';
import { parseOptions } from '../../internal/config.js';
import { toHex, utf8 } from '../vault/bytes.js';
import type { AccessLevel } from '../vault/levels.js';
import { emitAudit } from '../vault/schema.js';
import { classifyAddress } from './address.js';
import {
  type ResolvedToolGuardOptions,
  type ToolApprovalRequest,
  type ToolAuditEvent,
  type ToolCall,
  type ToolDecision,
  type ToolGuardOptions,
  toolGuardOptionsSchema,
} from './options.js';
import { containPath } from './path.js';
import { shellHazards } from './shell.js';
import {
  type CompiledUrlPolicy,
  checkUrlCompiled,
  compileUrlPolicy,
  describeRange,
} from './url.js';

/** What {@link ToolGuard.run} passes to the tool implementation besides the arguments. */
export interface ToolRunContext {
  /** Contained absolute paths, per path argument. */
  readonly paths: Readonly<Record<string, string | readonly string[]>>;
  /** Canonical URLs, per URL argument. */
  readonly urls: Readonly<Record<string, string | readonly string[]>>;
}

/**
 * A compiled tool-call guard; see {@link createToolGuard}.
 *
 * @example
 * ```ts
 * const { decision, reasons } = await guard.check({ name: call.function.name, args: JSON.parse(call.function.arguments) });
 * ```
 */
export interface ToolGuard {
  readonly options: ResolvedToolGuardOptions;
  /**
   * Decides on a call without running it. Synchronous unless a zod schema
   * is asynchronous or a `resolveHost` / `checkPath` hook is configured;
   * `await` it either way.
   */
  check(call: ToolCall): ToolDecision | Promise<ToolDecision>;
  /**
   * Checks the call, asks `approve` when the decision is `needs_approval`,
   * and runs `fn` with the validated arguments only if allowed.
   *
   * @throws {ParapetToolError} when the call is denied or not approved; errors from `fn` pass through.
   */
  run<T>(
    call: ToolCall,
    fn: (args: Readonly<Record<string, unknown>>, context: ToolRunContext) => T | Promise<T>,
  ): Promise<T>;
}

interface CompiledTool {
  readonly name: string;
  readonly level: AccessLevel;
  readonly schema: z.ZodType | undefined;
  readonly pathArgs: readonly string[];
  readonly pathPolicy: ResolvedToolGuardOptions['tools'][string]['paths'];
  readonly urlArgs: readonly string[];
  readonly urlPolicy: CompiledUrlPolicy | undefined;
  readonly shellArgs: readonly string[];
  readonly onShellHazard: 'deny' | 'needs_approval';
}

type Maybe<T> = T | Promise<T>;

function then<T, U>(value: Maybe<T>, next: (value: T) => Maybe<U>): Maybe<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}

const MAX_REASONS = 8;

/**
 * Creates a tool-call guard: unknown tools are denied; arguments are
 * validated by the tool's zod schema; path arguments are contained in the
 * tool's root; URL arguments pass a scheme and host allow-list and SSRF
 * checks; shell-bound arguments are vetted; `high` and `critical` tools need
 * approval. Every decision goes to `onAudit`. OWASP LLM06 (Excessive Agency)
 * is the threat: the model's choice of tool and arguments is untrusted input.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * const guard = createToolGuard({
 *   tools: {
 *     read_file: { level: 'low', args: z.object({ path: z.string() }), paths: { root: '/srv/docs' } },
 *     send_email: { level: 'high', args: z.object({ to: z.string().email(), body: z.string() }) },
 *   },
 *   approve: async (call) => slackApproval(call),
 *   onAudit: (event) => audit.write(event),
 * });
 * const text = await guard.run(toolCall, (args, { paths }) => readFile(paths.path as string, 'utf8'));
 * ```
 *
 * @throws {ParapetConfigError} when an option is invalid.
 */
export function createToolGuard(options: ToolGuardOptions): ToolGuard {
  return compileToolGuard(parseOptions(toolGuardOptionsSchema, options, 'tool guard'));
}

/**
 * Builds a tool guard from resolved options.
 *
 * @example
 * ```ts
 * const guard = compileToolGuard(parseOptions(toolGuardOptionsSchema, { tools }, 'tool guard'));
 * ```
 */
export function compileToolGuard(options: ResolvedToolGuardOptions): ToolGuard {
  const tools = new Map<string, CompiledTool>();
  for (const [name, def] of Object.entries(options.tools)) {
    tools.set(name, {
      name,
      level: def.level,
      schema: def.args,
      pathArgs: unique(['path', ...(def.paths?.args ?? [])]),
      pathPolicy: def.paths,
      urlArgs: unique(['url', ...(def.urls?.args ?? [])]),
      urlPolicy: def.urls === undefined ? undefined : compileUrlPolicy(def.urls),
      shellArgs: def.shell?.args ?? [],
      onShellHazard: def.shell?.onHazard ?? 'deny',
    });
  }
  const { onAudit, now, approve, resolveHost, checkPath, maxArgsLength } = options;

  const audit = (event: Omit<ToolAuditEvent, 'type' | 'at'>): void =>
    emitAudit(onAudit, { type: 'tool', ...event, at: now() });

  const evaluate = (call: ToolCall): Maybe<{ decision: ToolDecision; digest?: string }> => {
    const record = (decision: ToolDecision, digest?: string) => {
      audit({
        action: 'check',
        decision: decision.decision,
        reasons: decision.reasons,
        ...(decision.tool === undefined ? {} : { tool: decision.tool }),
        ...(decision.level === undefined ? {} : { level: decision.level }),
        ...(digest === undefined ? {} : { argsDigest: digest }),
      });
      return digest === undefined ? { decision } : { decision, digest };
    };
    if (typeof call !== 'object' || call === null || typeof call.name !== 'string') {
      return record(freezeDecision({ decision: 'deny', reasons: ['malformed tool call'] }));
    }
    const tool = tools.get(call.name);
    if (tool === undefined) {
      return record(freezeDecision({ decision: 'deny', reasons: ['unknown tool'] }));
    }
    const deny = (reasons: readonly string[], digest?: string) =>
      record(
        freezeDecision({
          decision: 'deny',
          reasons: cap(reasons),
          tool: tool.name,
          level: tool.level,
        }),
        digest,
      );
    const raw = call.args === undefined ? {} : call.args;
    if (!isPlainObject(raw)) return deny(['arguments must be an object']);
    const json = canonicalJson(raw, maxArgsLength);
    if (json === undefined) return deny(['arguments are not JSON or are too large']);
    const digest = toHex(nacl.hash(utf8(json)).subarray(0, 16));
    return then(validateArgs(tool, raw), (validated) => {
      if (!validated.ok) return deny(validated.reasons, digest);
      return then(inspect(tool, validated.args), (inspected) => {
        if (inspected.deny.length > 0) return deny(inspected.deny, digest);
        const reasons = [...inspected.flags];
        let kind: ToolDecision['decision'] = inspected.needsApproval ? 'needs_approval' : 'allow';
        if (tool.level === 'high' || tool.level === 'critical') {
          kind = 'needs_approval';
          reasons.push(`level \`${tool.level}\` requires approval`);
        }
        return record(
          freezeDecision({
            decision: kind,
            reasons: cap(reasons),
            tool: tool.name,
            level: tool.level,
            args: validated.args,
            paths: inspected.paths,
            urls: inspected.urls,
          }),
          digest,
        );
      });
    });
  };

  const inspect = (
    tool: CompiledTool,
    args: Readonly<Record<string, unknown>>,
  ): Maybe<{
    deny: string[];
    flags: string[];
    needsApproval: boolean;
    paths: Record<string, string | readonly string[]>;
    urls: Record<string, string | readonly string[]>;
  }> => {
    const deny: string[] = [];
    const flags: string[] = [];
    let needsApproval = false;
    const paths: Record<string, string | readonly string[]> = {};
    const urls: Record<string, string | readonly string[]> = {};
    // Asynchronous checks, kept in argument order so reasons are deterministic.
    const pending: Promise<string | undefined>[] = [];

    for (const arg of tool.pathArgs) {
      if (!Object.hasOwn(args, arg) || args[arg] === undefined) continue;
      const values = stringsOf(args[arg]);
      if (values === undefined) {
        deny.push(`argument \`${arg}\` must be a path string`);
        continue;
      }
      const policy = tool.pathPolicy;
      if (policy === undefined) {
        deny.push(`argument \`${arg}\` is a path but the tool has no \`paths.root\``);
        continue;
      }
      const resolved: string[] = [];
      for (const value of values) {
        const contained = containPath(policy.root, value, {
          ...(policy.allow === undefined ? {} : { extensions: policy.allow }),
        });
        if (!contained.ok) {
          deny.push(`argument \`${arg}\`: ${contained.reason}`);
          continue;
        }
        resolved.push(contained.path);
        if (checkPath !== undefined) {
          const diskPolicy = {
            root: policy.root,
            ...(policy.maxBytes === undefined ? {} : { maxBytes: policy.maxBytes }),
          };
          pending.push(
            settle(checkPath(contained.path, diskPolicy), 'path could not be checked').then(
              (reason) => (reason === undefined ? undefined : `argument \`${arg}\`: ${reason}`),
            ),
          );
        }
      }
      paths[arg] = Array.isArray(args[arg]) ? Object.freeze(resolved) : resolved[0]!;
    }

    for (const arg of tool.urlArgs) {
      if (!Object.hasOwn(args, arg) || args[arg] === undefined) continue;
      const values = stringsOf(args[arg]);
      if (values === undefined) {
        deny.push(`argument \`${arg}\` must be a URL string`);
        continue;
      }
      const policy = tool.urlPolicy;
      if (policy === undefined) {
        deny.push(`argument \`${arg}\` is a URL but the tool has no \`urls\` policy`);
        continue;
      }
      const hrefs: string[] = [];
      for (const value of values) {
        const checked = checkUrlCompiled(value, policy);
        if (!checked.ok) {
          deny.push(`argument \`${arg}\`: ${checked.reason}`);
          continue;
        }
        hrefs.push(checked.href);
        if (resolveHost !== undefined && classifyAddress(checked.host) === undefined) {
          pending.push(
            vetResolved(resolveHost, checked.host, policy).then((reason) =>
              reason === undefined ? undefined : `argument \`${arg}\`: ${reason}`,
            ),
          );
        }
      }
      urls[arg] = Array.isArray(args[arg]) ? Object.freeze(hrefs) : hrefs[0]!;
    }

    for (const arg of tool.shellArgs) {
      if (!Object.hasOwn(args, arg) || args[arg] === undefined) continue;
      const values = stringsOf(args[arg]);
      if (values === undefined) {
        deny.push(`argument \`${arg}\` must be a string to reach a shell`);
        continue;
      }
      const hazards = new Set(values.flatMap((v) => [...shellHazards(v)]));
      if (hazards.size === 0) continue;
      const reason = `argument \`${arg}\` reaches a shell and contains: ${[...hazards].join(', ')}`;
      if (tool.onShellHazard === 'deny') deny.push(reason);
      else {
        flags.push(reason);
        needsApproval = true;
      }
    }

    const result = { deny, flags, needsApproval, paths, urls };
    if (pending.length === 0 || deny.length > 0) return result;
    return Promise.all(pending).then((reasons) => {
      for (const reason of reasons) if (reason !== undefined) deny.push(reason);
      return result;
    });
  };

  const guard: ToolGuard = {
    options,
    check(call) {
      return then(evaluate(call), (evaluated) => evaluated.decision);
    },
    async run(call, fn) {
      const { decision, digest } = await evaluate(call);
      const event = {
        ...(decision.tool === undefined ? {} : { tool: decision.tool }),
        ...(decision.level === undefined ? {} : { level: decision.level }),
        ...(digest === undefined ? {} : { argsDigest: digest }),
      };
      if (decision.decision === 'deny') {
        throw new ParapetToolError(`Tool call denied: ${decision.reasons.join('; ')}.`);
      }
      if (decision.decision === 'needs_approval') {
        const verdict = await askApproval(decision);
        audit({
          ...event,
          action: 'approval',
          outcome: verdict.approved ? 'approved' : 'refused',
          reasons: verdict.reasons,
        });
        if (!verdict.approved) {
          throw new ParapetToolError(`Tool call denied: ${verdict.reasons.join('; ')}.`);
        }
      }
      const context: ToolRunContext = {
        paths: decision.paths ?? {},
        urls: decision.urls ?? {},
      };
      try {
        const result = await fn(decision.args ?? {}, context);
        audit({ ...event, action: 'run', outcome: 'success', reasons: [] });
        return result;
      } catch (error) {
        audit({ ...event, action: 'run', outcome: 'failure', reasons: ['the tool threw'] });
        throw error;
      }
    },
  };

  const askApproval = async (
    decision: ToolDecision,
  ): Promise<{ approved: boolean; reasons: readonly string[] }> => {
    // Fail closed: no approver, a throwing approver or anything but `true` is a refusal.
    if (approve === undefined) {
      return {
        approved: false,
        reasons: ['approval required but no `approve` hook is configured'],
      };
    }
    const request: ToolApprovalRequest = Object.freeze({
      name: decision.tool!,
      level: decision.level!,
      args: decision.args ?? {},
      reasons: decision.reasons,
    });
    try {
      const answer = await approve(request);
      return answer === true
        ? { approved: true, reasons: decision.reasons }
        : { approved: false, reasons: ['approval refused'] };
    } catch {
      return { approved: false, reasons: ['the approval hook failed'] };
    }
  };

  return Object.freeze(guard);
}

async function settle(
  promise: Promise<string | undefined>,
  failure: string,
): Promise<string | undefined> {
  try {
    const reason = await promise;
    return typeof reason === 'string' ? reason.slice(0, 200) : undefined;
  } catch {
    return failure;
  }
}

async function vetResolved(
  resolveHost: (hostname: string) => Promise<readonly string[]>,
  host: string,
  policy: CompiledUrlPolicy,
): Promise<string | undefined> {
  let addresses: readonly string[];
  try {
    addresses = await resolveHost(host);
  } catch {
    return 'URL host could not be resolved';
  }
  if (addresses.length === 0) return 'URL host could not be resolved';
  if (policy.dangerouslyAllowPrivateNetwork) return undefined;
  for (const address of addresses) {
    const classified = classifyAddress(address);
    // Every address must be public: a client may connect to any of them
    // (DNS rebinding, CWE-918).
    if (classified === undefined) return 'URL host resolved to something that is not an IP address';
    if (classified.range !== 'public')
      return `URL host resolves to ${describeRange(classified.range)}`;
  }
  return undefined;
}

type Validated =
  | { readonly ok: true; readonly args: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly reasons: readonly string[] };

function validateArgs(tool: CompiledTool, raw: Record<string, unknown>): Maybe<Validated> {
  const schema = tool.schema;
  if (schema === undefined) return { ok: true, args: raw };
  let result: ReturnType<z.ZodType['safeParse']>;
  try {
    result = schema.safeParse(raw);
  } catch {
    // An asynchronous refinement or transform: zod refuses to run it synchronously.
    return schema.safeParseAsync(raw).then(fromZod, () => ({
      ok: false,
      reasons: ['argument validation failed'],
    }));
  }
  return fromZod(result);
}

function fromZod(result: ReturnType<z.ZodType['safeParse']>): Validated {
  if (result.success) {
    if (!isPlainObject(result.data)) return { ok: false, reasons: ['arguments must be an object'] };
    return { ok: true, args: result.data };
  }
  return {
    ok: false,
    reasons: result.error.issues.slice(0, MAX_REASONS).map((issue) => {
      const path = issue.path.map((part) => String(part).slice(0, 32)).join('.');
      // Zod messages name expectations, not received values; user-written
      // messages are capped so nothing large is echoed into logs.
      const message = issue.message.slice(0, 120);
      return path === '' ? `arguments: ${message}` : `argument \`${path}\`: ${message}`;
    }),
  };
}

function stringsOf(value: unknown): readonly string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
    return value as string[];
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** JSON with object keys sorted at every level, or undefined when not JSON or longer than `max`. */
function canonicalJson(value: unknown, max: number): string | undefined {
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'bigint') throw new TypeError('bigint');
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
      // A null prototype keeps a `__proto__` key an ordinary key.
      const sorted = Object.create(null) as Record<string, unknown>;
      for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
      return sorted;
    });
    return text !== undefined && text.length <= max ? text : undefined;
  } catch {
    return undefined;
  }
}

function unique(values: readonly string[]): readonly string[] {
  return [...new Set(values)];
}

function cap(reasons: readonly string[]): readonly string[] {
  return reasons.length <= MAX_REASONS
    ? reasons
    : [...reasons.slice(0, MAX_REASONS), `and ${reasons.length - MAX_REASONS} more`];
}

function freezeDecision(decision: ToolDecision): ToolDecision {
  return Object.freeze({ ...decision, reasons: Object.freeze([...decision.reasons]) });
}
