/**
 * Kubernetes `Secret` manifests written in YAML. Every value under `data:`
 * of a `kind: Secret` object is a secret, base64-encoded, whatever its key
 * is called (Kubernetes API, "Secrets": `data` holds base64 values,
 * `stringData` plain ones); a `ConfigMap` has a `data:` map too, and so has
 * any other YAML, and neither is secret. Pure line walkers on UTF-16 units:
 * they find the `data:` block's values and look among the keys of the
 * mapping that holds `data:` for its `kind`, before the block (a manifest
 * written by hand: `apiVersion`, `kind`, `metadata`, `type`, `data`) or
 * after it (`kubectl get secret -o yaml` sorts the keys: `apiVersion`,
 * `data`, `kind`, ...). Every walk is bounded by the caller's reach. The
 * JSON form (`kubectl get secret -o json`) has walkers of its own, below.
 *
 * @module
 */

/** Deepest column of a `data:` key read (a manifest, or an item of a `kind: List`). */
export const DATA_COLUMN_MAX = 8;

/** Whether `text` at `p` spells `word` (a plain unit comparison). */
function spells(text: string, p: number, word: string): boolean {
  for (let i = 0; i < word.length; i++)
    if (text.charCodeAt(p + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** Spaces at `p`, up to `limit`. */
function spaces(text: string, p: number, limit: number): number {
  let q = p;
  while (q < limit && text.charCodeAt(q) === 32) q++;
  return q - p;
}

/** Where the line containing `p` ends (its `\n`), or `limit`. */
function lineEnd(text: string, p: number, limit: number): number {
  let q = p;
  while (q < limit && text.charCodeAt(q) !== 10) q++;
  return q;
}

/** Whether the line content at `q` (after its indentation) is blank or a comment. */
function isEmptyLine(text: string, q: number, end: number): boolean {
  const c = text.charCodeAt(q);
  return q >= end || c === 13 || c === 35;
}

/** Whether `text[q, ...)` reads `key:` followed by a space, a line end or the end. */
function keyIs(text: string, q: number, key: string, end: number): boolean {
  if (!spells(text, q, key)) return false;
  const p = q + key.length;
  if (text.charCodeAt(p) !== 58) return false;
  const n = text.charCodeAt(p + 1);
  return p + 1 >= end || n === 32 || n === 13;
}

/**
 * What the key at `q` (on a line ending at `end`) says of the mapping: 1
 * for `kind: Secret` (the value bare or quoted), 0 for another `kind`, -1
 * for a second `data:` (a mapping has one: the walk left it), undefined
 * for any other key.
 */
function siblingKey(text: string, q: number, end: number): number | undefined {
  if (keyIs(text, q, 'data', end)) return -1;
  if (!keyIs(text, q, 'kind', end)) return undefined;
  let p = q + 5;
  p += spaces(text, p, end);
  const quote = text.charCodeAt(p);
  if (quote === 34 || quote === 39) p++;
  if (!spells(text, p, 'Secret')) return 0;
  p += 6;
  if ((quote === 34 || quote === 39) && text.charCodeAt(p++) !== quote) return 0;
  p += spaces(text, p, end);
  return p >= end || text.charCodeAt(p) === 13 || text.charCodeAt(p) === 35 ? 1 : 0;
}

/**
 * The column of the `data` key whose colon is at `colon`, when the key
 * starts its line after at most {@link DATA_COLUMN_MAX} spaces; `-1 -
 * column` when it follows `- ` (the first key of a list item); {@link
 * NO_DATA} otherwise. Reads `text[colon - 16, colon)`: the cheap test, made
 * before anything after the colon is read.
 *
 * @example
 * ```ts
 * dataKeyColumn('x:\n  data:\n', 9); // 2
 * dataKeyColumn('- data:\n', 6); // -3
 * ```
 */
export function dataKeyColumn(text: string, colon: number): number {
  const k = colon - 4;
  if (k < 0 || !spells(text, k, 'data')) return NO_DATA;
  let s = k;
  while (s > 0 && k - s <= DATA_COLUMN_MAX && text.charCodeAt(s - 1) === 32) s--;
  let item = false;
  if (s > 0 && s < k && text.charCodeAt(s - 1) === 45) {
    item = true;
    s--;
    while (s > 0 && k - s <= DATA_COLUMN_MAX && text.charCodeAt(s - 1) === 32) s--;
  }
  if (s > 0 && text.charCodeAt(s - 1) !== 10) return NO_DATA;
  const column = k - s;
  if (column > DATA_COLUMN_MAX) return NO_DATA;
  return item ? -1 - column : column;
}

/** {@link dataKeyColumn}: no `data` key starting its line. */
export const NO_DATA = -1000;

/**
 * Whether nothing but blanks follows the colon at `colon` on its line (the
 * key opens a block), read up to `limit`.
 */
export function opensBlock(text: string, colon: number, limit: number): boolean {
  let p = colon + 1;
  while (p < limit && p - colon < 8 && text.charCodeAt(p) === 32) p++;
  if (p < limit && text.charCodeAt(p) === 13) p++;
  return p < limit && text.charCodeAt(p) === 10;
}

/** The values found under `data:` and where the block ends. */
export interface DataBlock {
  /** Start and end of each base64 value (quotes excluded), in order. */
  readonly values: readonly number[];
  /** Start of the first line after the block (or `limit`). */
  readonly end: number;
}

/** `[A-Za-z0-9+/]` */
function isBase64(c: number): boolean {
  return (
    (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47
  );
}

/**
 * The base64 value of the `key: value` line whose key starts at `q` (the
 * line ends at `end`): `[start, end)` of the value without quotes, or
 * undefined when the value is empty or is not standard padded base64.
 * `cut` says the line may go on past `end` (the walk's reach ended it): a
 * value running there is reported up to `end`.
 */
function base64Value(
  text: string,
  q: number,
  end: number,
  cut: boolean,
): [number, number] | undefined {
  let p = q;
  const keyQuote = text.charCodeAt(p);
  const quotedKey = keyQuote === 34 || keyQuote === 39;
  if (quotedKey) p++;
  const keyStart = p;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (!(isBase64(c) || c === 46 || c === 95 || c === 45)) break;
    p++;
  }
  if (p === keyStart) return undefined;
  if (quotedKey) {
    if (p >= end || text.charCodeAt(p) !== keyQuote) return undefined;
    p++;
  }
  if (p + 1 >= end || text.charCodeAt(p) !== 58 || text.charCodeAt(p + 1) !== 32) return undefined;
  p += 2;
  p += spaces(text, p, end);
  if (p >= end) return undefined;
  const quote = text.charCodeAt(p);
  const quoted = quote === 34 || quote === 39;
  if (quoted) p++;
  const start = p;
  while (p < end && isBase64(text.charCodeAt(p))) p++;
  // A value running into the reach: base64 up to it.
  if (p >= end && cut) return p - start >= 16 ? [start, p] : undefined;
  const body = p - start;
  while (p < end && p - start < body + 2 && text.charCodeAt(p) === 61) p++;
  if (p >= end && cut) return undefined;
  if (body === 0 || (p - start) % 4 !== 0) return undefined;
  const stop = p;
  if (quoted) {
    if (p >= end || text.charCodeAt(p) !== quote) return undefined;
    p++;
  }
  p += spaces(text, p, end);
  return p >= end || text.charCodeAt(p) === 13 || text.charCodeAt(p) === 35
    ? [start, stop]
    : undefined;
}

/**
 * The block under the `data:` line that ends at `from` (the start of the
 * next line): its lines indented deeper than `column`, each read as
 * `key: <base64>` when at the block's own indentation (deeper lines, such
 * as a multi-line value, are skipped). Blank and comment lines are read
 * over. Reads `text[from, limit)`; `cut` says the text may go on past
 * `limit`.
 */
export function dataBlock(
  text: string,
  from: number,
  column: number,
  limit: number,
  cut: boolean,
): DataBlock {
  const values: number[] = [];
  let child = -1;
  let p = from;
  while (p < limit) {
    const end = lineEnd(text, p, limit);
    const indent = spaces(text, p, end);
    const q = p + indent;
    if (!isEmptyLine(text, q, end)) {
      if (indent <= column) break;
      if (child < 0) child = indent;
      if (indent < child) break;
      if (indent === child) {
        const value = base64Value(text, q, end, cut && end >= limit);
        if (value !== undefined) values.push(value[0], value[1]);
      }
    }
    p = end + 1;
  }
  return { values, end: Math.min(p, limit) };
}

/**
 * The kind of the mapping around a `data:` key at `column`, read among its
 * other keys after the data block (from `from`, the first line after it):
 * 1 for `kind: Secret`, 0 for another kind, -1 when the mapping ends (a
 * line indented less, a document marker, a list entry, another `data:`)
 * or `limit` comes first; `cut` says the text may go on past `limit` (a
 * line cut there is not read).
 */
export function kindAfter(
  text: string,
  from: number,
  column: number,
  limit: number,
  cut: boolean,
): number {
  let p = from;
  while (p < limit) {
    const end = lineEnd(text, p, limit);
    if (end >= limit && cut) return -1;
    const indent = spaces(text, p, end);
    const q = p + indent;
    if (!isEmptyLine(text, q, end) && indent <= column) {
      if (indent < column) return -1;
      const c = text.charCodeAt(q);
      if (c === 45 || (c === 46 && spells(text, q, '...'))) return -1;
      const kind = siblingKey(text, q, end);
      if (kind !== undefined) return kind;
    }
    p = end + 1;
  }
  return -1;
}

/**
 * The kind of the mapping around a `data:` key at `column` whose line
 * starts at `line`, read among its other keys before it, back to `floor`:
 * as {@link kindAfter}. A list item's first line (`- kind: Secret`, its
 * key at `column`) is the last line read.
 */
export function kindBefore(text: string, line: number, column: number, floor: number): number {
  let e = line - 1;
  while (e > floor) {
    let s = e;
    while (s > floor && text.charCodeAt(s - 1) !== 10) s--;
    if (s === floor && s > 0) return -1;
    const indent = spaces(text, s, e);
    const q = s + indent;
    if (!isEmptyLine(text, q, e)) {
      if (
        indent + 2 === column &&
        text.charCodeAt(q) === 45 &&
        text.charCodeAt(q + 1) === 32 &&
        text.charCodeAt(q + 2) !== 32
      )
        return siblingKey(text, q + 2, e) ?? -1;
      if (indent < column) return -1;
      if (indent === column) {
        const c = text.charCodeAt(q);
        if (c === 45 || c === 46) return -1;
        const kind = siblingKey(text, q, e);
        if (kind !== undefined) return kind;
      }
    }
    e = s - 1;
  }
  return -1;
}

/*
 * The JSON form (`kubectl get secret -o json`, pretty-printed or
 * minified): `"data": { "KEY": "<base64>", ... }` in an object whose
 * `"kind"` member, before or after it, is `"Secret"`. The walkers skip
 * strings (escapes included) and nested values; each stops at the object's
 * own brace, at the reach, or at any other `"data":` it passes (inside a
 * string or not), so the walks of two `"data":` keys never cover the same
 * text twice.
 */

/** A JSON blank: space, tab, line feed, carriage return. */
function isJsonSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * Whether the quote at `q` closes a `"data"` key followed by its colon
 * (`"data":`), read within `[floor, limit)`.
 */
function closesDataKey(text: string, q: number, floor: number, limit: number): boolean {
  return (
    q - 5 >= floor &&
    q + 1 < limit &&
    text.charCodeAt(q + 1) === 58 &&
    text.charCodeAt(q - 1) === 97 &&
    text.charCodeAt(q - 2) === 116 &&
    text.charCodeAt(q - 3) === 97 &&
    text.charCodeAt(q - 4) === 100 &&
    text.charCodeAt(q - 5) === 34
  );
}

/**
 * Whether the colon at `colon` follows a `"data"` key (its opening quote
 * not escaped): the cheap test, made before anything after the colon is
 * read.
 *
 * @example
 * ```ts
 * jsonDataKey('{"data":{}}', 7); // true
 * jsonDataKey('{\\"data\\":{}}', 9); // false
 * ```
 */
export function jsonDataKey(text: string, colon: number): boolean {
  return closesDataKey(text, colon - 1, 0, colon + 1) && text.charCodeAt(colon - 7) !== 92;
}

/**
 * Where the JSON string opening at `p` closes (its quote), read up to
 * `limit`; -1 when `limit` comes first (or right after it: what follows is
 * not known) or the string passes a `"data":`.
 */
function stringEnd(text: string, p: number, limit: number): number {
  let q = p + 1;
  while (q < limit) {
    const c = text.charCodeAt(q);
    if (c === 92) q += 2;
    else if (c === 34) return q + 1 < limit && !closesDataKey(text, q, 0, limit) ? q : -1;
    else q++;
  }
  return -1;
}

/** Past the JSON blanks at `p`, up to `limit`. */
function skipJsonSpace(text: string, p: number, limit: number): number {
  let q = p;
  while (q < limit && isJsonSpace(text.charCodeAt(q))) q++;
  return q;
}

/**
 * The object of a `"data":` member whose colon is at `colon`: the start
 * and end of each string value that is padded standard base64 (quotes
 * excluded), and `end` just past its closing brace (-1 when `limit` comes
 * first). Values are empty when no object follows the colon or it holds
 * anything but string members. Reads `text[colon + 1, limit)`; `cut` says
 * the text may go on past `limit` (a base64 value running into it is
 * reported up to it).
 */
export function jsonDataObject(
  text: string,
  colon: number,
  limit: number,
  cut: boolean,
): DataBlock {
  const none: DataBlock = { values: [], end: -1 };
  let p = skipJsonSpace(text, colon + 1, limit);
  if (p >= limit || text.charCodeAt(p) !== 123) return none;
  const values: number[] = [];
  p = skipJsonSpace(text, p + 1, limit);
  if (p < limit && text.charCodeAt(p) === 125) return { values, end: p + 1 };
  while (p < limit) {
    if (text.charCodeAt(p) !== 34) return none;
    const key = stringEnd(text, p, limit);
    if (key < 0) return { values, end: -1 };
    p = skipJsonSpace(text, key + 1, limit);
    if (p >= limit) break;
    if (text.charCodeAt(p) !== 58) return none;
    p = skipJsonSpace(text, p + 1, limit);
    if (p >= limit) break;
    if (text.charCodeAt(p) !== 34) return none;
    const start = p + 1;
    let q = start;
    while (q < limit && isBase64(text.charCodeAt(q))) q++;
    const body = q - start;
    if (q >= limit) {
      if (cut && body >= 16) values.push(start, q);
      break;
    }
    while (q < limit && q - start < body + 2 && text.charCodeAt(q) === 61) q++;
    if (q >= limit) break;
    if (text.charCodeAt(q) === 34 && body > 0 && (q - start) % 4 === 0) values.push(start, q);
    const close = stringEnd(text, start - 1, limit);
    if (close < 0) break;
    p = skipJsonSpace(text, close + 1, limit);
    if (p >= limit) break;
    const c = text.charCodeAt(p);
    if (c === 125) return { values, end: p + 1 };
    if (c !== 44) return none;
    p = skipJsonSpace(text, p + 1, limit);
  }
  return { values, end: -1 };
}

/**
 * What the member whose key string is `text[open, close]` (quotes
 * included) says, its colon and value read up to `limit`: 1 for `"kind":
 * "Secret"`, 0 for another `kind`, -1 when `limit` cuts the value,
 * undefined for another key.
 */
function jsonKind(text: string, open: number, close: number, limit: number): number | undefined {
  if (close - open !== 5 || !spells(text, open + 1, 'kind')) return undefined;
  let p = skipJsonSpace(text, close + 1, limit);
  if (p >= limit || text.charCodeAt(p) !== 58) return undefined;
  p = skipJsonSpace(text, p + 1, limit);
  if (p + 8 > limit) return -1;
  if (!spells(text, p, '"Secret"')) return 0;
  p = skipJsonSpace(text, p + 8, limit);
  if (p >= limit) return -1;
  const c = text.charCodeAt(p);
  return c === 44 || c === 125 ? 1 : 0;
}

/**
 * The kind of the JSON object holding a `"data"` member whose value ends
 * at `from`, read among the members after it: 1 for `"kind": "Secret"`, 0
 * for another kind, -1 when the object closes, a `"data":` comes, or
 * `limit` comes first.
 */
export function jsonKindAfter(text: string, from: number, limit: number): number {
  let depth = 0;
  let p = from;
  while (p < limit) {
    const c = text.charCodeAt(p);
    if (c === 34) {
      if (closesDataKey(text, p, 0, limit)) return -1;
      const close = stringEnd(text, p, limit);
      if (close < 0) return -1;
      if (depth === 0) {
        const kind = jsonKind(text, p, close, limit);
        if (kind !== undefined) return kind;
      }
      p = close + 1;
      continue;
    }
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (depth === 0) return -1;
      depth--;
    }
    p++;
  }
  return -1;
}

/** Whether the quote at `q` is escaped (an odd run of backslashes before it, back to `floor`). */
function escaped(text: string, q: number, floor: number): boolean {
  let s = q;
  while (s > floor && text.charCodeAt(s - 1) === 92) s--;
  return (q - s) % 2 === 1;
}

/**
 * The kind of the JSON object holding a `"data"` key whose opening quote
 * is at `key`, read among the members before it, back to `floor`: as
 * {@link jsonKindAfter} (-1 at the object's opening brace). A `kind`
 * value is read up to `key`.
 */
export function jsonKindBefore(text: string, key: number, floor: number): number {
  let depth = 0;
  let p = key - 1;
  while (p >= floor) {
    const c = text.charCodeAt(p);
    if (c === 34) {
      if (closesDataKey(text, p, floor, key)) return -1;
      let s = p - 1;
      while (s >= floor) {
        if (text.charCodeAt(s) === 34) {
          if (closesDataKey(text, s, floor, key)) return -1;
          if (!escaped(text, s, floor)) break;
        }
        s--;
      }
      if (s < floor || (s === floor && floor > 0)) return -1;
      if (depth === 0) {
        const kind = jsonKind(text, s, p, key);
        if (kind !== undefined) return kind;
      }
      p = s - 1;
      continue;
    }
    if (c === 125 || c === 93) depth++;
    else if (c === 123 || c === 91) {
      if (depth === 0) return -1;
      depth--;
    }
    p--;
  }
  return -1;
}
