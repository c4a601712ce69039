/**
 * Tables whose columns are named once, in a header: a CSV header line and
 * the rows under it, and SQL `INSERT INTO t (a, b) VALUES (...), (...)`.
 * Pure parsers on UTF-16 units, each reading a bounded stretch of text:
 * they return where the header's names and each row's cells are, so the
 * engine can judge a cell by the name of its column the way it judges an
 * assignment by its key (RFC 4180 for CSV quoting; SQL string literals
 * double their quote, and MySQL dumps also escape it with a backslash).
 *
 * @module
 */

import { isAlnum, isSpace } from './chars.js';

/** Most columns a header may name. */
export const COLUMNS_MAX = 64;
/** Longest column name. */
export const NAME_MAX = 64;
/** Longest header (a CSV header line, or a SQL column list). */
export const HEADER_MAX = 1024;
/** Most rows (CSV lines, SQL tuples) read under one header. */
export const ROWS_MAX = 100;
/**
 * Longest line before a CSV header that is read to tell a header from a
 * row: a longer line counts as a row, so the line after it is no header.
 */
export const LINE_MAX = 1024;
/** Most units of a SQL value outside its string literals (a number, `NULL`, `NOW()`). */
const TOKEN_MAX = 64;
/** Most units after a SQL value's opening string literal (a cast: `::jsonb`). */
const CAST_MAX = 16;
/** Blanks and line breaks read between SQL tokens. */
const GAP_MAX = 16;

/** One line of comma-separated fields. */
export interface CsvLine {
  /** Start and end of each field, quotes included, in order (`2 * count` numbers). */
  readonly fields: readonly number[];
  /** Where the next line starts (after its `\n`), or the end of the text. */
  readonly next: number;
  /** A separating comma is followed by a blank: prose, or a table written for people. */
  readonly spaced: boolean;
}

/**
 * The fields of the CSV line starting at `from`, separated by `sep` (a
 * comma, or a semicolon or tab of other exports): unquoted (no `"` inside)
 * or double-quoted with `""` for a quote; a line break ends the line, even
 * inside quotes (a multi-line cell is not read). Reads up to `limit`;
 * `atEnd` says the text ends there (a last line without a line break is
 * whole). Undefined when the line does not end by `limit`, has more than
 * `max` fields, or a quote is out of place.
 *
 * @example
 * ```ts
 * csvLine('id,"a ""b""",c\n', 0, 15, false, 8)?.fields; // [0, 2, 3, 12, 13, 14]
 * ```
 */
export function csvLine(
  text: string,
  from: number,
  limit: number,
  atEnd: boolean,
  max: number,
  sep = 44,
): CsvLine | undefined {
  const fields: number[] = [];
  let spaced = false;
  let p = from;
  for (;;) {
    const start = p;
    let end: number;
    if (p < limit && text.charCodeAt(p) === 34) {
      p++;
      for (;;) {
        if (p >= limit) return undefined;
        const c = text.charCodeAt(p++);
        if (c === 10) return undefined;
        if (c !== 34) continue;
        if (p < limit && text.charCodeAt(p) === 34) p++;
        else break;
      }
      end = p;
      // After a quoted field: a comma, `\n`, `\r\n` or the end.
      if (p < limit) {
        const c = text.charCodeAt(p);
        if (c === 13) {
          if (p + 1 < limit ? text.charCodeAt(p + 1) !== 10 : !atEnd) return undefined;
          p++;
        } else if (c !== sep && c !== 10) return undefined;
      }
    } else {
      while (p < limit) {
        const c = text.charCodeAt(p);
        if (c === sep || c === 10) break;
        if (c === 34) return undefined;
        p++;
      }
      end = p > start && text.charCodeAt(p - 1) === 13 ? p - 1 : p;
    }
    fields.push(start, end);
    if (fields.length > 2 * max) return undefined;
    if (p >= limit) return atEnd ? { fields, next: p, spaced } : undefined;
    if (text.charCodeAt(p) === 10) return { fields, next: p + 1, spaced };
    p++;
    // A tab after a tab is an empty field of a tab-separated line, not a blank.
    const blank = text.charCodeAt(p);
    if (p < limit && (blank === 32 || (blank === 9 && sep !== 9))) spaced = true;
  }
}

/**
 * Whether `text[start, end)` is a column name: a letter or `_`, then
 * letters, digits, `_`, `-`, `.` or single spaces, at most
 * {@link NAME_MAX} units, not ending in a space.
 */
function isName(text: string, start: number, end: number): boolean {
  if (end <= start || end - start > NAME_MAX) return false;
  const first = text.charCodeAt(start);
  if (!(isLetter(first) || first === 95)) return false;
  for (let p = start + 1; p < end; p++) {
    const c = text.charCodeAt(p);
    if (isAlnum(c) || c === 95 || c === 45 || c === 46) continue;
    if (c !== 32 || p === end - 1 || text.charCodeAt(p + 1) === 32) return false;
  }
  return true;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The name in a field, without its quotes: `[start, end)`, or undefined. */
function fieldName(text: string, start: number, end: number): [number, number] | undefined {
  let s = start;
  let e = end;
  if (text.charCodeAt(s) === 34) {
    if (e - s < 2 || text.charCodeAt(e - 1) !== 34) return undefined;
    s++;
    e--;
  }
  return isName(text, s, e) ? [s, e] : undefined;
}

/**
 * Where the line starts whose first comma is at `comma` and whose first
 * field reads as a column name (bare, or double-quoted), or -1: the cheap
 * test before {@link csvHeader}. Reads `text[comma - NAME_MAX - 2, comma)`.
 */
export function headerStart(text: string, comma: number): number {
  let s = comma;
  if (text.charCodeAt(comma - 1) === 34) {
    s = comma - 1;
    while (s > 0 && comma - s <= NAME_MAX + 1 && text.charCodeAt(s - 1) !== 34) s--;
    s--;
    if (s < 0 || text.charCodeAt(s) !== 34) return -1;
  } else {
    while (s > 0 && comma - s <= NAME_MAX && text.charCodeAt(s - 1) !== 10) {
      const c = text.charCodeAt(s - 1);
      if (!(isAlnum(c) || c === 95 || c === 45 || c === 46 || c === 32)) return -1;
      s--;
    }
  }
  if (s > 0 && text.charCodeAt(s - 1) !== 10) return -1;
  return fieldName(text, s, comma) === undefined ? -1 : s;
}

/** A line that can be a CSV header (see {@link headerLine}). */
export interface HeaderLine {
  /** Its `\n`, or the end of the text. */
  readonly end: number;
  /** Its commas plus one: its field count when it is a header. */
  readonly fields: number;
  /** It holds a double quote (a comma may then sit inside a field). */
  readonly quoted: boolean;
}

/**
 * The line starting at `start` when it can be a CSV header: only name
 * characters, double quotes and separators (`sep`, a comma by default) with no blank after them, at most
 * {@link HEADER_MAX} units. -1 when it cannot be one, which the first
 * character out of place tells (so a line of prose is settled at once),
 * -2 when the text read, up to `end`, does not tell yet. When `atEnd`, the
 * text ends at `end` and so does a line still open there.
 */
export function headerLine(
  text: string,
  start: number,
  end: number,
  atEnd: boolean,
  sep = 44,
): HeaderLine | number {
  const stop = Math.min(end, start + HEADER_MAX);
  let commas = 0;
  let quoted = false;
  let p = start;
  for (; p < stop; p++) {
    const c = text.charCodeAt(p);
    if (c === 10) break;
    if (isAlnum(c) || c === 95 || c === 45 || c === 46 || c === 32 || c === 13) continue;
    if (c === 34) quoted = true;
    else if (c !== sep) return -1;
    else if (p + 1 < stop && (text.charCodeAt(p + 1) === 32 || text.charCodeAt(p + 1) === 9))
      return -1;
    else commas++;
  }
  if (p === stop) {
    if (stop - start >= HEADER_MAX) return -1;
    if (!atEnd) return -2;
  }
  return { end: p, fields: commas + 1, quoted };
}

/** A CSV header: its column names and where the line after it starts. */
export interface CsvHeader {
  /** Start and end of each name, quotes excluded. */
  readonly names: readonly number[];
  readonly next: number;
}

/**
 * The CSV header on the line `[start, lineEnd)` (see {@link headerLine};
 * `lineEnd` is its `\n`, or the end of the text), or undefined: two to
 * {@link COLUMNS_MAX} names (see `isName`; bare or double-quoted) joined by
 * `sep` (commas by default) with no blank after them.
 *
 * @example
 * ```ts
 * csvHeader('id,tfn,created_at\n1,2,3\n', 0, 17)?.names; // [0, 2, 3, 6, 7, 17]
 * ```
 */
export function csvHeader(
  text: string,
  start: number,
  lineEnd: number,
  sep = 44,
): CsvHeader | undefined {
  const open = text.charCodeAt(lineEnd) !== 10;
  const line = csvLine(text, start, open ? lineEnd : lineEnd + 1, open, COLUMNS_MAX, sep);
  if (line === undefined || line.spaced || line.fields.length < 4) return undefined;
  const names: number[] = [];
  const fields = line.fields;
  for (let k = 0; k < fields.length; k += 2) {
    const name = fieldName(text, fields[k]!, fields[k + 1]!);
    if (name === undefined) return undefined;
    names.push(name[0], name[1]);
  }
  return { names, next: line.next };
}

/** {@link rowBefore}: the line before is longer than {@link LINE_MAX}. */
export const LONG_LINE = -2;

/**
 * The shape of the line before the one starting at `start` (`start > 0`),
 * read at most {@link LINE_MAX} units back: its field count when it reads
 * as a table row (see {@link csvLine}, no blank after a comma), -1 when it
 * does not, {@link LONG_LINE} when it is longer. A header must open its
 * block: a line after a row of as many fields, or after a long line,
 * continues a table instead. So a row is never read as the header of the
 * rows below it, and no two tables overlap.
 */
export function rowBefore(text: string, start: number, sep = 44): number {
  let ps = start - 1;
  while (ps > 0 && start - 1 - ps <= LINE_MAX && text.charCodeAt(ps - 1) !== 10) ps--;
  if (ps > 0 && text.charCodeAt(ps - 1) !== 10) return LONG_LINE;
  const before = csvLine(text, ps, start, false, COLUMNS_MAX, sep);
  return before === undefined || before.spaced ? -1 : before.fields.length / 2;
}

/**
 * Whether the rows under a header end `text[0, next)` and let `next`
 * start another row: `line` has as many fields as the header (`count`),
 * or up to {@link EXTRA_FIELDS} more at its end (an export that appends a
 * column the header does not name; the named ones still come first), and
 * no blank after a comma.
 */
export function continuesTable(line: CsvLine | undefined, count: number): line is CsvLine {
  if (line === undefined || line.spaced) return false;
  const fields = line.fields.length / 2;
  return fields >= count && fields <= count + EXTRA_FIELDS;
}

/** Unnamed fields a row may have after the header's (see {@link continuesTable}). */
const EXTRA_FIELDS = 2;

/** `[ \t\r\n]` */
function isGap(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function skipGap(text: string, p: number, limit: number): number {
  let q = p;
  while (q < limit && q - p < GAP_MAX && isGap(text.charCodeAt(q))) q++;
  return q;
}

/**
 * Where `VALUES` (any case) ends when it follows `p` after at most eight
 * blanks or line breaks; -1 otherwise. Reads `text[p, p + 14)`.
 */
export function valuesAfter(text: string, p: number): number {
  return keywordAfter(text, p, 'values');
}

/**
 * Where `FROM stdin` (any case, one space) ends when it follows `p` after at
 * most eight blanks or line breaks; -1 otherwise (see {@link valuesAfter}).
 */
export function stdinAfter(text: string, p: number): number {
  return keywordAfter(text, p, 'from stdin');
}

/** Where `word` (lower case; any case in `text`) ends after up to eight blanks from `p`, or -1. */
function keywordAfter(text: string, p: number, word: string): number {
  let q = p;
  while (q - p < 8 && isGap(text.charCodeAt(q))) q++;
  for (let k = 0; k < word.length; k++)
    if ((text.charCodeAt(q + k) | 0x20) !== word.charCodeAt(k)) return -1;
  return q + word.length;
}

/**
 * One row of `COPY ... FROM stdin` data at `p`: its tab-separated cells as
 * `[start, end)` pairs and where the next line starts; undefined at the
 * end-of-data line (`\.`), at `limit` before the line ends, or past `max`
 * cells.
 */
export function copyRow(text: string, p: number, limit: number, max: number): SqlTuple | undefined {
  if (text.charCodeAt(p) === 92 && text.charCodeAt(p + 1) === 46) return undefined;
  const cells: number[] = [];
  let start = p;
  for (let q = p; q < limit; q++) {
    const c = text.charCodeAt(q);
    if (c !== 9 && c !== 10) continue;
    const end = c === 10 && q > start && text.charCodeAt(q - 1) === 13 ? q - 1 : q;
    cells.push(start, end);
    if (cells.length > 2 * max) return undefined;
    if (c === 10) return { cells, next: q + 1 };
    start = q + 1;
  }
  return undefined;
}

/** A SQL identifier character (`$` included, as PostgreSQL and MySQL allow). */
function isIdentChar(c: number): boolean {
  return isAlnum(c) || c === 95 || c === 36;
}

/**
 * The column names of `INSERT INTO <table> (<names>) VALUES` whose `)` is
 * at `close`, as `[start, end)` pairs (quotes excluded), or undefined.
 * Names are bare identifiers or quoted with `"`, a backtick or brackets;
 * `REPLACE INTO`, `INSERT IGNORE INTO` and `INSERT OR REPLACE INTO` read
 * the same; with `keyword` `'copy'`, the list of PostgreSQL's
 * `COPY <table> (<names>) FROM stdin`. Reads `text[close - HEADER_MAX - 160, close]`.
 *
 * @example
 * ```ts
 * sqlColumns('INSERT INTO t (id, tfn) VALUES', 22); // [15, 17, 19, 22]
 * ```
 */
export function sqlColumns(
  text: string,
  close: number,
  keyword: 'into' | 'copy' = 'into',
): number[] | undefined {
  let open = close - 1;
  while (open >= 0 && close - open <= HEADER_MAX) {
    const c = text.charCodeAt(open);
    if (c === 40) break;
    if (!(isIdentChar(c) || isGap(c) || c === 44 || c === 34 || c === 96 || c === 91 || c === 93))
      return undefined;
    open--;
  }
  if (open < 0 || text.charCodeAt(open) !== 40 || !tableAfter(text, open, keyword))
    return undefined;
  const names: number[] = [];
  let p = open + 1;
  for (;;) {
    p = skipGap(text, p, close);
    const q = text.charCodeAt(p);
    let s = p;
    let e: number;
    if (q === 34 || q === 96 || q === 91) {
      const shut = q === 91 ? 93 : q;
      s = p + 1;
      e = s;
      while (e < close && e - s <= NAME_MAX && text.charCodeAt(e) !== shut) e++;
      if (text.charCodeAt(e) !== shut) return undefined;
      p = e + 1;
    } else {
      while (p < close && isIdentChar(text.charCodeAt(p))) p++;
      e = p;
    }
    if (!isName(text, s, e) || names.length >= 2 * COLUMNS_MAX) return undefined;
    names.push(s, e);
    p = skipGap(text, p, close);
    if (p === close) return names;
    if (text.charCodeAt(p) !== 44) return undefined;
    p++;
  }
}

/** `INTO <table>` or `COPY <table>` (any case) right before the `(` at `open`. */
function tableAfter(text: string, open: number, keyword: 'into' | 'copy'): boolean {
  let p = open;
  while (p > 0 && open - p < 8 && isSpace(text.charCodeAt(p - 1))) p--;
  const end = p;
  while (p > 0 && end - p < 128) {
    const c = text.charCodeAt(p - 1);
    if (!(isIdentChar(c) || c === 46 || c === 34 || c === 96 || c === 91 || c === 93)) break;
    p--;
  }
  if (p === end) return false;
  const gap = p;
  while (p > 0 && gap - p < 8 && isSpace(text.charCodeAt(p - 1))) p--;
  if (p === gap || p < 4) return false;
  for (let k = 0; k < 4; k++)
    if ((text.charCodeAt(p - 4 + k) | 0x20) !== keyword.charCodeAt(k)) return false;
  return p === 4 || !isIdentChar(text.charCodeAt(p - 5));
}

/** One SQL tuple: its cells and where the text after its `)` starts. */
export interface SqlTuple {
  /** Start and end of each cell, quotes included, in order. */
  readonly cells: readonly number[];
  readonly next: number;
}

/**
 * The cells of the SQL tuple whose `(` is at `open`, read up to `limit`:
 * string literals (`'...'`, the quote doubled or escaped with a backslash
 * inside) and unquoted values of at most {@link TOKEN_MAX} units (numbers,
 * `NULL`, calls such as `NOW()`, casts), separated by commas and blanks.
 * Undefined when the tuple does not close by `limit` or has more than
 * `max` cells.
 *
 * @example
 * ```ts
 * sqlTuple("(1, 'a''b', NOW())", 0, 18, 4)?.cells; // [1, 2, 4, 10, 12, 17]
 * ```
 */
export function sqlTuple(
  text: string,
  open: number,
  limit: number,
  max: number,
): SqlTuple | undefined {
  const cells: number[] = [];
  let p = open + 1;
  for (;;) {
    p = skipGap(text, p, limit);
    const s = p;
    // String literals, and at most TOKEN_MAX units outside them (`NULL`, `NOW()`,
    // `CAST('1' AS INT)`); after an opening literal, a cast at most (`'{}'::jsonb`).
    let depth = 0;
    let bare = 0;
    const most = text.charCodeAt(p) === 39 ? CAST_MAX : TOKEN_MAX;
    while (p < limit) {
      const c = text.charCodeAt(p);
      if (c === 39) {
        p = stringEnd(text, p, limit);
        if (p < 0) return undefined;
        continue;
      }
      if (c === 40) depth++;
      else if (c === 41) {
        if (depth === 0) break;
        depth--;
      } else if ((c === 44 && depth === 0) || c === 10 || c === 59) break;
      if (++bare > most) return undefined;
      p++;
    }
    if (depth > 0 || p === s) return undefined;
    let e = p;
    while (e > s && isGap(text.charCodeAt(e - 1))) e--;
    cells.push(s, e);
    if (cells.length > 2 * max) return undefined;
    p = skipGap(text, p, limit);
    if (p >= limit) return undefined;
    const c = text.charCodeAt(p);
    if (c === 41) return { cells, next: p + 1 };
    if (c !== 44) return undefined;
    p++;
  }
}

/** Where the SQL string literal opening at `p` ends (after its quote), or -1 by `limit`. */
function stringEnd(text: string, p: number, limit: number): number {
  let q = p + 1;
  while (q < limit) {
    const c = text.charCodeAt(q);
    if (c === 92) q += 2;
    else if (c !== 39) q++;
    else if (text.charCodeAt(q + 1) === 39) q += 2;
    else return q + 1;
  }
  return -1;
}

/** Where the next tuple of a multi-row `VALUES` list opens (`,` then `(`), or -1. */
export function nextTuple(text: string, p: number, limit: number): number {
  let q = skipGap(text, p, limit);
  if (text.charCodeAt(q) !== 44) return -1;
  q = skipGap(text, q + 1, limit);
  return q < limit && text.charCodeAt(q) === 40 ? q : -1;
}

/** Where the first tuple opens after `VALUES` ends at `p`, or -1. */
export function firstTuple(text: string, p: number, limit: number): number {
  const q = skipGap(text, p, limit);
  return q < limit && text.charCodeAt(q) === 40 ? q : -1;
}

/** Units {@link fieldRunEnd} reads. */
const RUN_MAX = 64;

/**
 * Where a run of short fields joined by commas (`a,b,c`, minified code)
 * that starts at `from` ends: letters, digits, `_`, `-`, `.`, and commas
 * followed by one of those, read up to `end` and at most {@link RUN_MAX}
 * units. A comma in such a run is not the first of its line.
 */
export function fieldRunEnd(text: string, from: number, end: number): number {
  const stop = Math.min(end, from + RUN_MAX);
  let p = from;
  while (p < stop) {
    const c = text.charCodeAt(p);
    if (isAlnum(c) || c === 95 || c === 45 || c === 46) p++;
    else if (c === 44 && p + 1 < stop && isFieldChar(text.charCodeAt(p + 1))) p++;
    else break;
  }
  return p;
}

function isFieldChar(c: number): boolean {
  return isAlnum(c) || c === 95 || c === 45 || c === 46;
}
