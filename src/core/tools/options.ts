import { z } from 'zod';
import { ACCESS_LEVELS, type AccessLevel } from '../vault/levels.js';
import { clockSchema, functionSchema } from '../vault/schema.js';
import { isAbsoluteRoot } from './path.js';
import { canonicalHostEntry } from './url.js';

/**
 * A tool call as a model emits it.
 *
 * @example
 * ```ts
 * const call: ToolCall = { name: toolCall.function.name, args: JSON.parse(toolCall.function.arguments) };
 * ```
 */
export interface ToolCall {
  /** Tool name. */
  readonly name: string;
  /** Arguments object (JSON-decoded). Missing means `{}`. */
  readonly args?: unknown;
}

/** What {@link ToolGuard.check} decided. */
export type ToolDecisionKind = 'allow' | 'deny' | 'needs_approval';

/**
 * A decision with its reasons; never contains argument values except `args`,
 * `paths` and `urls`, which are for the tool itself.
 *
 * @example
 * ```ts
 * const decision: ToolDecision = await guard.check(call);
 * if (decision.decision === 'deny') return { role: 'tool', content: `refused: ${decision.reasons.join('; ')}` };
 * ```
 */
export interface ToolDecision {
  readonly decision: ToolDecisionKind;
  /** Why, one short sentence each, naming arguments but never their values. Empty when allowed without remarks. */
  readonly reasons: readonly string[];
  /** The tool's name when it is registered; absent for unknown tools. */
  readonly tool?: string;
  readonly level?: AccessLevel;
  /** Arguments after schema validation (zod output). Absent when denied. */
  readonly args?: Readonly<Record<string, unknown>>;
  /** Contained absolute path per path argument. Absent when denied. */
  readonly paths?: Readonly<Record<string, string | readonly string[]>>;
  /** Canonical URL per URL argument: fetch these, not the raw strings. Absent when denied. */
  readonly urls?: Readonly<Record<string, string | readonly string[]>>;
}

/**
 * What the `approve` hook is asked about.
 *
 * @example
 * ```ts
 * approve: async (request: ToolApprovalRequest) => slack.confirm(`${request.name} (${request.level})?`, request.args);
 * ```
 */
export interface ToolApprovalRequest {
  readonly name: string;
  readonly level: AccessLevel;
  /** Validated arguments; show them to the human approving. */
  readonly args: Readonly<Record<string, unknown>>;
  readonly reasons: readonly string[];
}

/**
 * One audit event per decision, approval and run; no argument values, only a digest.
 *
 * @example
 * ```ts
 * onAudit: (event: ToolAuditEvent) => logger.info({ tool: event.tool, decision: event.decision, reasons: event.reasons });
 * ```
 */
export interface ToolAuditEvent {
  readonly type: 'tool';
  readonly action: 'check' | 'approval' | 'run';
  /** Registered tool name; absent for unknown tools (the model-supplied name is not recorded). */
  readonly tool?: string;
  readonly level?: AccessLevel;
  /** The check's decision (action `check`). */
  readonly decision?: ToolDecisionKind;
  /** `approved` / `refused` for approvals, `success` / `failure` for runs. */
  readonly outcome?: 'approved' | 'refused' | 'success' | 'failure';
  readonly reasons: readonly string[];
  /**
   * First 16 bytes, hex, of SHA-512 over the arguments as canonical JSON
   * (sorted keys), to correlate events. Unsalted: arguments with little
   * entropy can be guessed from it, like any plain hash.
   */
  readonly argsDigest?: string;
  /** Epoch milliseconds from the `now` option. */
  readonly at: number;
}

const zodLike = z.custom<z.ZodType>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { safeParse?: unknown }).safeParse === 'function',
  { message: 'expected a zod schema' },
);

const argName = z
  .string()
  .regex(/^[A-Za-z_$][A-Za-z0-9_$-]{0,63}$/, { message: 'expected an argument name' });

const extension = z
  .string()
  .regex(/^\.[A-Za-z0-9_-]{1,16}$/, { message: 'expected an extension such as `.md`' });

const hostEntry = z.string().refine((entry) => canonicalHostEntry(entry) !== undefined, {
  message: 'expected a host name, an IP literal, `*.domain` or `*`',
});

/** Schema of one tool's policy. */
export const toolDefinitionSchema = z.strictObject({
  /** Calls of `high` and `critical` tools need the `approve` hook to say yes. */
  level: z.enum(ACCESS_LEVELS),
  /** Zod schema for the arguments object; its output is what the tool receives. @default undefined (any object) */
  args: zodLike.optional(),
  /** Path containment for the `path` argument and those listed in `args`. */
  paths: z
    .strictObject({
      /** Absolute directory every path must stay inside. */
      root: z.string().refine(isAbsoluteRoot, { message: 'must be an absolute path' }),
      /** Further arguments holding paths (`path` is always one). @default [] */
      args: z.array(argName).default([]),
      /** Allowed file extensions, e.g. `['.md', '.txt']`. @default undefined (any) */
      allow: z.array(extension).min(1).optional(),
      /** Largest file size in bytes; needs the `checkPath` hook (Node helpers). @default undefined */
      maxBytes: z.number().int().positive().optional(),
    })
    .optional(),
  /** URL policy for the `url` argument and those listed in `args`. */
  urls: z
    .strictObject({
      /** Allowed hosts: names, IP literals, `*.example.com`, or `'*'` for any public host. */
      allow: z.array(hostEntry).min(1),
      /** Allowed schemes. @default ['http', 'https'] */
      schemes: z
        .array(
          z.string().regex(/^[a-z][a-z0-9+.-]{0,31}$/, { message: 'expected a lowercase scheme' }),
        )
        .min(1)
        .default(['http', 'https']),
      /** Further arguments holding URLs (`url` is always one). @default [] */
      args: z.array(argName).default([]),
      /** Turns SSRF protection off for this tool: loopback, private and metadata addresses become reachable. @default false */
      dangerouslyAllowPrivateNetwork: z.boolean().default(false),
    })
    .optional(),
  /** Arguments that reach a shell: flagged when they hold metacharacters, whitespace or a leading dash. */
  shell: z
    .strictObject({
      args: z.array(argName).min(1),
      /** What a flagged argument does to the decision. @default 'deny' */
      onHazard: z.enum(['deny', 'needs_approval']).default('deny'),
    })
    .optional(),
});

/** One tool's policy as users write it. */
export type ToolDefinition = z.input<typeof toolDefinitionSchema>;

/**
 * Options of {@link createToolGuard}.
 *
 * @example
 * ```ts
 * const guard = createToolGuard({
 *   tools: {
 *     read_file: { level: 'low', args: z.object({ path: z.string() }), paths: { root: '/srv/docs', allow: ['.md'] } },
 *     fetch: { level: 'medium', urls: { allow: ['*'] } },
 *     delete_user: { level: 'critical', args: z.object({ id: z.string().uuid() }) },
 *   },
 *   approve: async (call) => askOnCall(call),
 * });
 * ```
 */
export const toolGuardOptionsSchema = z
  .strictObject({
    /** Every tool the model may call, by name. */
    tools: z.record(
      z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, { message: 'expected a tool name' }),
      toolDefinitionSchema,
    ),
    /** Asked about `needs_approval` calls by `run`; only `true` approves. @default undefined (such calls are denied) */
    approve: functionSchema<(call: ToolApprovalRequest) => boolean | Promise<boolean>>().optional(),
    /** Calls of tools not in `tools` are denied; the only value, spelled out so the policy reads explicitly. @default 'deny' */
    unknownTools: z.literal('deny').default('deny'),
    /** Largest arguments object, as canonical JSON, in UTF-16 code units. @default 1_000_000 */
    maxArgsLength: z.number().int().positive().max(100_000_000).default(1_000_000),
    /** Receives every decision; exceptions it throws are ignored. @default undefined */
    onAudit: functionSchema<(event: ToolAuditEvent) => void>().optional(),
    /**
     * Resolves a host name to IP addresses so URL checks also vet where the
     * name points (`createNodeToolHooks` in `parapet/node`). @default undefined
     */
    resolveHost: functionSchema<(hostname: string) => Promise<readonly string[]>>().optional(),
    /**
     * Vets a contained path on disk: returns a reason to refuse it (symlink
     * leaving the root, file too large) or undefined (`createNodeToolHooks`).
     * @default undefined
     */
    checkPath:
      functionSchema<
        (
          path: string,
          policy: { readonly root: string; readonly maxBytes?: number },
        ) => Promise<string | undefined>
      >().optional(),
    /** Clock for audit timestamps. @default systemClock */
    now: clockSchema(),
  })
  .superRefine((options, ctx) => {
    if (options.checkPath !== undefined) return;
    for (const [name, tool] of Object.entries(options.tools)) {
      if (tool.paths?.maxBytes !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['tools', name, 'paths', 'maxBytes'],
          message:
            'needs the checkPath hook (createNodeToolHooks from parapet/node) to be enforced',
        });
      }
    }
  });

/** Options accepted by {@link createToolGuard}. */
export type ToolGuardOptions = z.input<typeof toolGuardOptionsSchema>;
/** Tool guard options after validation. */
export type ResolvedToolGuardOptions = z.output<typeof toolGuardOptionsSchema>;
