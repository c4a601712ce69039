import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { realpath, stat } from 'node:fs/promises';
import type { LookupFunction } from 'node:net';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { classifyAddress } from '../core/tools/address.js';
import { type ContainPathOptions, containPath } from '../core/tools/path.js';
import { checkUrl, describeRange, type UrlPolicy } from '../core/tools/url.js';
import { ParapetToolError } from '../errors.js';

/** True when `target` is `root` or inside it (both already real paths). */
function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Real path of `path`, or, when it does not exist yet (a file about to be
 * written), the real path of its nearest existing ancestor joined with the
 * rest. Symlinks anywhere along the way are resolved.
 */
async function realTarget(path: string): Promise<string> {
  const pending: string[] = [];
  let current = path;
  for (;;) {
    try {
      const real = await realpath(current);
      return pending.length === 0 ? real : join(real, ...pending.reverse());
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const parent = dirname(current);
      if (parent === current) throw error;
      pending.push(basename(current));
      current = parent;
    }
  }
}

/**
 * Vets a path that {@link containPath} already contained, on disk: the real
 * path (every symlink resolved) must stay inside the real root, and a
 * regular file must not exceed `maxBytes`. Returns a reason to refuse, or
 * undefined. This is the `checkPath` hook of the tool guard.
 *
 * Why: lexical containment cannot see a symlink inside the root that points
 * outside it (CWE-59). A symlink swapped in after this check still wins
 * (TOCTOU); open files with `O_NOFOLLOW` where that matters.
 *
 * @example
 * ```ts
 * await checkPathOnDisk('/srv/docs/link.md', { root: '/srv/docs' }); // 'path resolves outside the root'
 * ```
 */
export async function checkPathOnDisk(
  path: string,
  policy: { readonly root: string; readonly maxBytes?: number },
): Promise<string | undefined> {
  let realRoot: string;
  try {
    realRoot = await realpath(policy.root);
  } catch {
    return 'the root directory does not exist';
  }
  let real: string;
  try {
    real = await realTarget(path);
  } catch {
    return 'path could not be resolved';
  }
  if (!inside(realRoot, real)) return 'path resolves outside the root';
  if (policy.maxBytes !== undefined) {
    try {
      const info = await stat(real);
      if (info.isFile() && info.size > policy.maxBytes) return 'file is larger than allowed';
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return 'path could not be checked';
    }
  }
  return undefined;
}

/**
 * {@link resolveWithin} with symlinks resolved: contains `input` in `root`
 * lexically, then checks the real path on disk stays inside the real root.
 * Returns the real path. Node only (`parapet/node`).
 *
 * @example
 * ```ts
 * import { resolveWithinReal } from 'parapet/node';
 * const file = await resolveWithinReal('/srv/docs', args.path, { extensions: ['.md'] });
 * const text = await readFile(file, 'utf8');
 * ```
 *
 * @throws {ParapetToolError} naming the reason, never the path.
 */
export async function resolveWithinReal(
  root: string,
  input: string,
  options?: ContainPathOptions & { readonly maxBytes?: number },
): Promise<string> {
  const contained = containPath(root, input, options);
  if (!contained.ok) throw new ParapetToolError(`Path rejected: ${contained.reason}.`);
  const reason = await checkPathOnDisk(contained.path, {
    root,
    ...(options?.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  });
  if (reason !== undefined) throw new ParapetToolError(`Path rejected: ${reason}.`);
  return realTarget(contained.path);
}

/**
 * Resolves a host name to every address the system resolver returns
 * (`dns.lookup` with `all: true`, as HTTP clients connect). This is the
 * `resolveHost` hook of the tool guard.
 *
 * @example
 * ```ts
 * await resolveHostAddresses('example.com'); // ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c']
 * ```
 */
export async function resolveHostAddresses(hostname: string): Promise<readonly string[]> {
  const results = await lookup(hostname, { all: true, verbatim: true });
  return results.map((result) => result.address);
}

/**
 * The Node hooks for `createToolGuard`: `resolveHost` (URL hosts must
 * resolve to public addresses only) and `checkPath` (symlink-aware
 * containment and file size limits).
 *
 * @example
 * ```ts
 * import { createToolGuard } from 'parapet';
 * import { createNodeToolHooks } from 'parapet/node';
 *
 * const guard = createToolGuard({ tools, approve, ...createNodeToolHooks() });
 * ```
 */
export function createNodeToolHooks(): {
  readonly resolveHost: (hostname: string) => Promise<readonly string[]>;
  readonly checkPath: typeof checkPathOnDisk;
} {
  return Object.freeze({ resolveHost: resolveHostAddresses, checkPath: checkPathOnDisk });
}

/**
 * {@link checkUrl} plus DNS: the URL passes the policy and its host resolves
 * only to allowed addresses. Returns the canonical href. Connect with
 * {@link createSafeLookup} too: a host can resolve differently by the time
 * the request connects (DNS rebinding).
 *
 * @example
 * ```ts
 * import { assertPublicUrl, createSafeLookup } from 'parapet/node';
 * const href = await assertPublicUrl(args.url, { allow: ['*'] });
 * const response = await fetchWithAgent(href, new https.Agent({ lookup: createSafeLookup() }));
 * ```
 *
 * @throws {ParapetToolError} naming the reason, never the URL.
 */
export async function assertPublicUrl(url: string, policy: UrlPolicy): Promise<string> {
  const checked = checkUrl(url, policy);
  if (!checked.ok) throw new ParapetToolError(`URL rejected: ${checked.reason}.`);
  if (
    classifyAddress(checked.host) !== undefined ||
    policy.dangerouslyAllowPrivateNetwork === true
  ) {
    return checked.href;
  }
  let addresses: readonly string[];
  try {
    addresses = await resolveHostAddresses(checked.host);
  } catch {
    throw new ParapetToolError('URL rejected: URL host could not be resolved.');
  }
  for (const address of addresses) {
    const range = classifyAddress(address)?.range ?? 'reserved';
    if (range !== 'public')
      throw new ParapetToolError(`URL rejected: URL host resolves to ${describeRange(range)}.`);
  }
  return checked.href;
}

/**
 * A `lookup` function for `http.Agent`, `https.Agent` or `net.connect` that
 * fails any resolution including a non-public address, so the address
 * actually connected to is the one checked (defeats DNS rebinding,
 * CWE-918). IP literals skip lookup in Node, so vet those with
 * {@link checkUrl} first.
 *
 * @example
 * ```ts
 * import https from 'node:https';
 * const agent = new https.Agent({ lookup: createSafeLookup() });
 * https.get(href, { agent }, onResponse);
 * ```
 */
export function createSafeLookup(): LookupFunction {
  return function safeLookup(hostname: string, options: LookupOptions, callback) {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error !== null) {
        callback(error, '');
        return;
      }
      const blocked = addresses.find((a) => classifyAddress(a.address)?.range !== 'public');
      if (blocked !== undefined || addresses.length === 0) {
        const refusal: NodeJS.ErrnoException = new Error(
          `Refusing to connect: the host resolves to ${describeRange(classifyAddress(blocked?.address ?? '')?.range ?? 'reserved')}.`,
        );
        refusal.code = 'ERR_PARAPET_TOOL';
        callback(refusal, '');
        return;
      }
      if (options.all === true) callback(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
