import { ParapetToolError } from '../../errors.js';
import { isBidiControl, isDefaultIgnorable } from '../text/unicode.js';

/** Options of {@link containPath} and {@link resolveWithin}. */
export interface ContainPathOptions {
  /** Allowed file extensions, with the dot, compared case-insensitively (e.g. `['.md', '.txt']`). */
  readonly extensions?: readonly string[];
  /** Longest accepted input, in UTF-16 code units. @default 4096 */
  readonly maxLength?: number;
}

/** Outcome of {@link containPath}. */
export type ContainedPath =
  | {
      readonly ok: true;
      /** `root` joined with the normalised relative path, using the root's separator. */
      readonly path: string;
      /** Normalised relative path with `/` separators; `''` for the root itself. */
      readonly relative: string;
    }
  | { readonly ok: false; readonly reason: string };

// Characters that look like `/`, `\` or `.` without being them. NFKC folds
// some (fullwidth solidus, one-dot leader) and is checked separately; these
// have no compatibility mapping, so only a list catches them.
const LOOKALIKES = new Set([
  0x2215, // DIVISION SLASH
  0x2044, // FRACTION SLASH
  0x29f8, // BIG SOLIDUS
  0x29f5, // REVERSE SOLIDUS OPERATOR
  0x29f9, // BIG REVERSE SOLIDUS
  0x2216, // SET MINUS
  0x2571, // BOX DRAWINGS LIGHT DIAGONAL UPPER RIGHT TO LOWER LEFT
  0x2572, // BOX DRAWINGS LIGHT DIAGONAL UPPER LEFT TO LOWER RIGHT
  0x27cb, // MATHEMATICAL RISING DIAGONAL
  0x27cd, // MATHEMATICAL FALLING DIAGONAL
  0x1735, // PHILIPPINE SINGLE PUNCTUATION
]);

// Percent-encoded `.` `/` `\` NUL `%` and overlong UTF-8 lead bytes
// (CVE-2021-41773 style `%2e%2e/`, double encoding `%252e`, `%c0%ae`), and
// IIS `%u002e`. A tool that decodes its argument later must not receive them.
const ENCODED = /%(?:2e|2f|5c|00|25|c0|c1|e0|f0|u[0-9a-f]{4})/i;
// Windows device names are special in every directory (CON, NUL, COM1...).
const DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)/i;

/** True when `root` is an absolute POSIX path or a Windows drive path. */
export function isAbsoluteRoot(root: string): boolean {
  return root.startsWith('/') || /^[A-Za-z]:[\\/]/.test(root);
}

/**
 * Checks that `input`, a path relative to `root`, stays inside it, without
 * touching the file system. Rejects: empty input, NUL and control
 * characters, invisible and bidi characters, percent-encoded separators and
 * dots, Unicode look-alikes of `/`, `\` and `.`, absolute POSIX paths, UNC
 * and device paths, Windows drive paths, colons (drives, NTFS alternate data
 * streams), segments ending in a dot or space (Windows strips them), Windows
 * device names, and any `..` that would leave the root even transiently.
 * Both `/` and `\` separate segments. Symlinks are the Node helper's job
 * (`resolveWithinReal` in `parapet/node`).
 *
 * Why so strict: path traversal (CWE-22) succeeds through whatever form the
 * checker and the consumer disagree on; rejecting every ambiguous form leaves
 * nothing to disagree about.
 *
 * @example
 * ```ts
 * containPath('/srv/docs', 'guides/../intro.md'); // { ok: true, path: '/srv/docs/intro.md', relative: 'intro.md' }
 * containPath('/srv/docs', '../etc/passwd'); // { ok: false, reason: 'path escapes the root' }
 * ```
 */
export function containPath(
  root: string,
  input: unknown,
  options: ContainPathOptions = {},
): ContainedPath {
  const fail = (reason: string): ContainedPath => ({ ok: false, reason });
  if (typeof root !== 'string' || !isAbsoluteRoot(root))
    return fail('root is not an absolute path');
  if (typeof input !== 'string') return fail('path is not a string');
  if (input.length === 0) return fail('path is empty');
  if (input.length > (options.maxLength ?? 4096)) return fail('path is too long');
  for (let i = 0; i < input.length; i++) {
    const cp = input.codePointAt(i)!;
    if (cp === 0) return fail('path contains a NUL byte');
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return fail('path contains a control character');
    if (isBidiControl(cp) || isDefaultIgnorable(cp)) {
      return fail('path contains an invisible or bidi control character');
    }
    if (LOOKALIKES.has(cp)) return fail('path contains a look-alike of a separator or dot');
    if (cp > 0xffff) i++;
  }
  // Compatibility forms (fullwidth solidus, one-dot leader, small full stop,
  // fullwidth colon...) become real ones under NFKC, which some file
  // systems and libraries apply (macOS normalises names).
  if (structuralCount(input.normalize('NFKC')) !== structuralCount(input)) {
    return fail('path contains a look-alike of a separator or dot');
  }
  if (ENCODED.test(input)) return fail('path contains a percent-encoded separator, dot or NUL');
  if (/^[\\/]{2}/.test(input)) return fail('UNC or device paths are not allowed');
  if (input[0] === '/' || input[0] === '\\') return fail('absolute paths are not allowed');
  if (/^[A-Za-z]:/.test(input)) return fail('Windows drive paths are not allowed');
  if (input.includes(':')) return fail('path contains a colon');

  const stack: string[] = [];
  for (const segment of input.split(/[\\/]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (stack.length === 0) return fail('path escapes the root');
      stack.pop();
      continue;
    }
    if (/[. ]$/.test(segment)) return fail('a path segment ends with a dot or space');
    if (DEVICE.test(segment)) return fail('path names a Windows device');
    stack.push(segment);
  }
  const relative = stack.join('/');
  if (options.extensions !== undefined) {
    const last = stack[stack.length - 1] ?? '';
    const dot = last.lastIndexOf('.');
    const extension = dot > 0 ? last.slice(dot).toLowerCase() : '';
    const allowed = options.extensions.some((e) => e.toLowerCase() === extension);
    if (!allowed) return fail('file extension is not allowed');
  }
  const separator = root.startsWith('/') ? '/' : root[2]!;
  const minimal = separator === '/' ? 1 : 3;
  let base = root;
  while (base.length > minimal && (base.endsWith('/') || base.endsWith('\\')))
    base = base.slice(0, -1);
  const joiner = base.length === minimal ? '' : separator;
  const path = relative === '' ? base : base + joiner + relative.split('/').join(separator);
  return { ok: true, path, relative };
}

function structuralCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2f || c === 0x5c || c === 0x2e || c === 0x3a || c === 0x25) n++;
  }
  return n;
}

/**
 * Resolves `input` inside `root` or throws. The throwing form of
 * {@link containPath}, for tool implementations.
 *
 * @example
 * ```ts
 * const file = resolveWithin('/srv/docs', args.path, { extensions: ['.md'] });
 * await readFile(file, 'utf8');
 * ```
 *
 * @throws {ParapetToolError} naming the reason, never the path.
 */
export function resolveWithin(root: string, input: string, options?: ContainPathOptions): string {
  const result = containPath(root, input, options);
  if (!result.ok) throw new ParapetToolError(`Path rejected: ${result.reason}.`);
  return result.path;
}
