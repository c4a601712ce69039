import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { declaredLength, readBody } from '../../src/http/body.js';

const bytes = (n: number) => new Uint8Array(n).fill(0x61);

describe('readBody', () => {
  it('refuses a declared oversized body without reading it', async () => {
    const stream = new PassThrough();
    const result = await readBody({ kind: 'node', stream }, 100, 1000, 101);
    expect(result).toEqual({ ok: false, reason: 'too_large', size: 101 });
    expect(stream.listenerCount('data')).toBe(0);
  });

  it('reads a node stream and counts bytes whatever Content-Length says', async () => {
    const ok = await readBody(
      { kind: 'node', stream: Readable.from([bytes(40), 'bc']) },
      100,
      1000,
      undefined,
    );
    expect(ok).toMatchObject({ ok: true, size: 42 });
    const stream = new PassThrough();
    const pending = readBody({ kind: 'node', stream }, 100, 1000, 10);
    stream.write(bytes(60));
    stream.write(bytes(60));
    const result = await pending;
    expect(result).toEqual({ ok: false, reason: 'too_large', size: 120 });
    // Paused, not destroyed: the adapter can still answer on the connection.
    expect(stream.destroyed).toBe(false);
    expect(stream.isPaused()).toBe(true);
  });

  it('times out a slow node stream', async () => {
    const stream = new PassThrough();
    stream.write('a');
    const result = await readBody({ kind: 'node', stream }, 100, 30, undefined);
    expect(result).toEqual({ ok: false, reason: 'timeout', size: 1 });
  });

  it('reports an aborted node stream', async () => {
    const stream = new PassThrough();
    const pending = readBody({ kind: 'node', stream }, 100, 1000, undefined);
    stream.destroy(new Error('socket hang up'));
    expect(await pending).toMatchObject({ ok: false, reason: 'aborted' });
  });

  it('reads web streams under the limit and cancels over it', async () => {
    const web = (parts: Uint8Array[]) => new Response(new Blob(parts)).body!;
    expect(
      await readBody({ kind: 'web', stream: web([bytes(10), bytes(5)]) }, 100, 1000, undefined),
    ).toMatchObject({ ok: true, size: 15 });
    expect(
      await readBody({ kind: 'web', stream: web([bytes(150)]) }, 100, 1000, undefined),
    ).toMatchObject({
      ok: false,
      reason: 'too_large',
    });
  });

  it('times out a stalled web stream', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes(3));
      },
    });
    expect(await readBody({ kind: 'web', stream }, 100, 30, undefined)).toEqual({
      ok: false,
      reason: 'timeout',
      size: 3,
    });
  });

  it('checks byte and text sources, and passes parsed values through', async () => {
    expect(
      await readBody({ kind: 'bytes', bytes: '\u00e9\u00e9' }, 4, 1000, undefined),
    ).toMatchObject({ ok: true, size: 4 });
    expect(
      await readBody({ kind: 'bytes', bytes: '\u00e9\u00e9\u00e9' }, 4, 1000, undefined),
    ).toMatchObject({ ok: false, reason: 'too_large' });
    expect(
      await readBody({ kind: 'parsed', value: { a: 1 }, size: 7 }, 4, 1000, undefined),
    ).toMatchObject({ ok: true, size: 7 });
  });
});

describe('declaredLength', () => {
  it('trusts Content-Length only without Transfer-Encoding and only when well-formed', () => {
    expect(declaredLength('42', undefined)).toBe(42);
    expect(declaredLength('42', 'chunked')).toBeUndefined();
    expect(declaredLength('-1', undefined)).toBeUndefined();
    expect(declaredLength('4 2', undefined)).toBeUndefined();
    expect(declaredLength('1e9', undefined)).toBeUndefined();
    expect(declaredLength(undefined, undefined)).toBeUndefined();
  });
});
