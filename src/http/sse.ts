/** One server-sent event (WHATWG HTML, "server-sent events" section). */
export interface SseEvent {
  /** The `event:` field, when present. */
  readonly event: string | undefined;
  /** The `data:` lines joined with `\n`. */
  readonly data: string;
  /** Any other lines (`id:`, `retry:`, comments), kept verbatim. */
  readonly extra: readonly string[];
}

/** Longest event kept while waiting for its end; a longer one is passed on unparsed. */
const MAX_EVENT_CHARS = 4 * 1024 * 1024;

/**
 * Splits a text stream into server-sent events, across any chunk
 * boundaries. Events end at a blank line (`\n\n`, `\r\n\r\n` or `\r\r`).
 */
export class SseParser {
  /** Pending text, as received: joined once per event, never per chunk. */
  #parts: string[] = [];
  #length = 0;
  /** The last (up to 3) pending units: a terminator may straddle two chunks. */
  #tail = '';

  /** Feeds a chunk; returns the events it completed. Work is linear in the stream length. */
  push(chunk: string): SseEvent[] {
    const events: SseEvent[] = [];
    let probe = this.#tail + chunk;
    let offset = this.#length - this.#tail.length;
    this.#parts.push(chunk);
    this.#length += chunk.length;
    for (;;) {
      const end = findEventEnd(probe);
      if (end === undefined) {
        this.#tail = probe.slice(-3);
        break;
      }
      const buffer = this.#parts.join('');
      events.push(parseEvent(buffer.slice(0, offset + end.at)));
      const rest = buffer.slice(offset + end.at + end.length);
      this.#parts = rest === '' ? [] : [rest];
      this.#length = rest.length;
      probe = rest;
      offset = 0;
    }
    if (this.#length > MAX_EVENT_CHARS) {
      // A runaway event: parse what there is so memory stays bounded.
      events.push(parseEvent(this.#parts.join('')));
      this.#reset();
    }
    return events;
  }

  /** Whatever is left when the stream ends (an event without its blank line). */
  flush(): SseEvent[] {
    const rest = this.#parts.join('');
    this.#reset();
    return rest.trim() === '' ? [] : [parseEvent(rest)];
  }

  #reset(): void {
    this.#parts = [];
    this.#length = 0;
    this.#tail = '';
  }
}

function findEventEnd(buffer: string): { at: number; length: number } | undefined {
  const lf = buffer.indexOf('\n\n');
  const crlf = buffer.indexOf('\r\n\r\n');
  const cr = buffer.indexOf('\r\r');
  let best: { at: number; length: number } | undefined;
  if (lf !== -1) best = { at: lf, length: 2 };
  if (crlf !== -1 && (best === undefined || crlf < best.at)) best = { at: crlf, length: 4 };
  if (cr !== -1 && (best === undefined || cr < best.at)) best = { at: cr, length: 2 };
  return best;
}

function parseEvent(block: string): SseEvent {
  let event: string | undefined;
  const data: string[] = [];
  const extra: string[] = [];
  for (const line of block.split(/\r\n|\r|\n/)) {
    if (line.startsWith('data:')) data.push(line.slice(line.charCodeAt(5) === 0x20 ? 6 : 5));
    else if (line.startsWith('event:')) event = line.slice(line.charCodeAt(6) === 0x20 ? 7 : 6);
    else if (line !== '') extra.push(line);
  }
  return { event, data: data.join('\n'), extra };
}

/** Serialises an event, ending with a blank line. */
export function formatEvent(event: SseEvent): string {
  let out = '';
  for (const line of event.extra) out += `${line}\n`;
  if (event.event !== undefined) out += `event: ${event.event}\n`;
  for (const line of event.data.split('\n')) out += `data: ${line}\n`;
  return `${out}\n`;
}
