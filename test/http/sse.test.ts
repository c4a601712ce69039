import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatEvent, SseParser } from '../../src/http/sse.js';

describe('SseParser', () => {
  it('parses events with event names, multi-line data and comments', () => {
    const parser = new SseParser();
    const events = parser.push(
      ': ping\n\nevent: message_start\ndata: {"a":1}\n\ndata: line1\ndata: line2\nid: 7\n\n',
    );
    expect(events).toEqual([
      { event: undefined, data: '', extra: [': ping'] },
      { event: 'message_start', data: '{"a":1}', extra: [] },
      { event: undefined, data: 'line1\nline2', extra: ['id: 7'] },
    ]);
  });

  it('accepts CRLF and CR line endings', () => {
    expect(new SseParser().push('data: a\r\n\r\ndata: b\r\r').map((e) => e.data)).toEqual([
      'a',
      'b',
    ]);
  });

  test.prop([fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 20 })])(
    'any chunking yields the same events',
    (cuts) => {
      const stream = 'data: {"x":"a\\nb"}\n\nevent: e\ndata: 2\n\ndata: [DONE]\n\n';
      const parser = new SseParser();
      const events = [];
      let at = 0;
      for (const cut of cuts) {
        events.push(...parser.push(stream.slice(at, at + cut)));
        at += cut;
      }
      events.push(...parser.push(stream.slice(at)), ...parser.flush());
      expect(events.map((e) => [e.event, e.data])).toEqual([
        [undefined, '{"x":"a\\nb"}'],
        ['e', '2'],
        [undefined, '[DONE]'],
      ]);
    },
  );

  it('stays linear when one large event arrives in tiny chunks', () => {
    const parser = new SseParser();
    const data = `data: ${'x'.repeat(400_000)}\n\n`;
    const started = performance.now();
    let events = 0;
    for (let i = 0; i < data.length; i += 7) events += parser.push(data.slice(i, i + 7)).length;
    expect(events).toBe(1);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('round-trips through formatEvent', () => {
    const event = { event: 'delta', data: 'a\nb', extra: ['id: 1'] };
    expect(new SseParser().push(formatEvent(event))).toEqual([event]);
  });
});
