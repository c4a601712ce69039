import { describe, expect, it } from 'vitest';
import { containPath, resolveWithin } from '../../../src/core/tools/path.js';
import { ParapetToolError } from '../../../src/errors.js';

const ROOT = '/srv/data';

// Path-escape table: input -> reason it is refused.
const REJECTED: readonly [string, string][] = [
  ['../etc/passwd', 'path escapes the root'],
  ['..', 'path escapes the root'],
  ['a/../../etc/passwd', 'path escapes the root'],
  ['a/../../data/x', 'path escapes the root'],
  ['..\\..\\windows\\win.ini', 'path escapes the root'],
  ['a\\..\\..\\b', 'path escapes the root'],
  ['./../x', 'path escapes the root'],
  ['/etc/passwd', 'absolute paths are not allowed'],
  ['\\etc\\passwd', 'absolute paths are not allowed'],
  ['//server/share/x', 'UNC or device paths are not allowed'],
  ['\\\\server\\share\\x', 'UNC or device paths are not allowed'],
  ['\\\\?\\C:\\x', 'UNC or device paths are not allowed'],
  ['\\\\.\\pipe\\x', 'UNC or device paths are not allowed'],
  ['C:\\Windows\\win.ini', 'Windows drive paths are not allowed'],
  ['c:x', 'Windows drive paths are not allowed'],
  ['file.txt::$DATA', 'path contains a colon'],
  ['a/b:c', 'path contains a colon'],
  ['a\u0000.txt', 'path contains a NUL byte'],
  ['a\n../b', 'path contains a control character'],
  ['a\u0085b', 'path contains a control character'],
  ['%2e%2e/etc', 'path contains a percent-encoded separator, dot or NUL'],
  ['%2E%2E%2Fetc', 'path contains a percent-encoded separator, dot or NUL'],
  ['..%2fetc', 'path contains a percent-encoded separator, dot or NUL'],
  ['..%5cetc', 'path contains a percent-encoded separator, dot or NUL'],
  ['%252e%252e/etc', 'path contains a percent-encoded separator, dot or NUL'],
  ['%c0%ae%c0%ae/etc', 'path contains a percent-encoded separator, dot or NUL'],
  ['a%00.txt', 'path contains a percent-encoded separator, dot or NUL'],
  ['%u002e%u002e/etc', 'path contains a percent-encoded separator, dot or NUL'],
  ['..\uff0fetc', 'path contains a look-alike of a separator or dot'],
  ['..\uff3cetc', 'path contains a look-alike of a separator or dot'],
  ['\uff0e\uff0e/etc', 'path contains a look-alike of a separator or dot'],
  ['\u2024\u2024/etc', 'path contains a look-alike of a separator or dot'],
  ['\u2025/etc', 'path contains a look-alike of a separator or dot'],
  ['\ufe52\ufe52/etc', 'path contains a look-alike of a separator or dot'],
  ['..\ufe68etc', 'path contains a look-alike of a separator or dot'],
  ['..\u2215etc', 'path contains a look-alike of a separator or dot'],
  ['..\u2044etc', 'path contains a look-alike of a separator or dot'],
  ['..\u29f8etc', 'path contains a look-alike of a separator or dot'],
  ['..\u2216etc', 'path contains a look-alike of a separator or dot'],
  ['a\uff1ab', 'path contains a look-alike of a separator or dot'],
  ['a\u202egnp.exe', 'path contains an invisible or bidi control character'],
  ['a\u200b/../../b', 'path contains an invisible or bidi control character'],
  ['... /x', 'a path segment ends with a dot or space'],
  ['.. /x', 'a path segment ends with a dot or space'],
  ['report.txt.', 'a path segment ends with a dot or space'],
  ['report ', 'a path segment ends with a dot or space'],
  ['CON', 'path names a Windows device'],
  ['logs/nul.txt', 'path names a Windows device'],
  ['COM1', 'path names a Windows device'],
  ['', 'path is empty'],
];

const ACCEPTED: readonly [string, string][] = [
  ['notes.md', '/srv/data/notes.md'],
  ['a/b/c.txt', '/srv/data/a/b/c.txt'],
  ['a\\b\\c.txt', '/srv/data/a/b/c.txt'],
  ['a/../b.txt', '/srv/data/b.txt'],
  ['./a//b/./c', '/srv/data/a/b/c'],
  ['.', '/srv/data'],
  ['caf\u00e9/\u65e5\u672c.txt', '/srv/data/caf\u00e9/\u65e5\u672c.txt'],
  ['100%.txt', '/srv/data/100%.txt'],
  ['.hidden', '/srv/data/.hidden'],
  ['conference.txt', '/srv/data/conference.txt'],
];

describe('containPath (path-escape table)', () => {
  for (const [input, reason] of REJECTED) {
    it(`refuses ${JSON.stringify(input)}: ${reason}`, () => {
      expect(containPath(ROOT, input)).toEqual({ ok: false, reason });
    });
  }
  for (const [input, path] of ACCEPTED) {
    it(`contains ${JSON.stringify(input)}`, () => {
      const result = containPath(ROOT, input);
      expect(result.ok && result.path).toBe(path);
    });
  }

  it('joins onto roots with trailing separators and Windows roots', () => {
    expect(containPath('/srv/data/', 'x')).toMatchObject({ path: '/srv/data/x' });
    expect(containPath('/', 'x/y')).toMatchObject({ path: '/x/y', relative: 'x/y' });
    expect(containPath('C:\\data', 'a/b.txt')).toMatchObject({ path: 'C:\\data\\a\\b.txt' });
    expect(containPath('C:\\', 'a')).toMatchObject({ path: 'C:\\a' });
    expect(containPath('relative/root', 'a')).toEqual({
      ok: false,
      reason: 'root is not an absolute path',
    });
  });

  it('enforces an extension allow-list, case-insensitively', () => {
    const options = { extensions: ['.md', '.TXT'] };
    expect(containPath(ROOT, 'a/READ.MD', options).ok).toBe(true);
    expect(containPath(ROOT, 'a/b.txt', options).ok).toBe(true);
    expect(containPath(ROOT, 'a/b.md.exe', options)).toEqual({
      ok: false,
      reason: 'file extension is not allowed',
    });
    expect(containPath(ROOT, '.md', options)).toEqual({
      ok: false,
      reason: 'file extension is not allowed',
    });
    expect(containPath(ROOT, '.', options)).toEqual({
      ok: false,
      reason: 'file extension is not allowed',
    });
  });

  it('limits length and type', () => {
    expect(containPath(ROOT, 'a'.repeat(5000))).toEqual({ ok: false, reason: 'path is too long' });
    expect(containPath(ROOT, 'a'.repeat(50), { maxLength: 10 })).toEqual({
      ok: false,
      reason: 'path is too long',
    });
    expect(containPath(ROOT, 42)).toEqual({ ok: false, reason: 'path is not a string' });
  });
});

describe('resolveWithin', () => {
  it('returns the contained path', () => {
    expect(resolveWithin(ROOT, 'docs/a.md')).toBe('/srv/data/docs/a.md');
  });

  it('throws ERR_PARAPET_TOOL naming the reason, never the path', () => {
    const secret = '../../home/alice/.ssh/id_rsa';
    try {
      resolveWithin(ROOT, secret);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParapetToolError);
      expect(error).toMatchObject({
        code: 'ERR_PARAPET_TOOL',
        message: 'Path rejected: path escapes the root.',
      });
      expect((error as Error).message).not.toContain('alice');
    }
  });
});
