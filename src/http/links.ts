import { z } from 'zod';

/**
 * How model output links are treated. Markdown images (and HTML `<img>`)
 * load without a click, so a prompt injection can make the model exfiltrate
 * data in an image URL; by default they are removed unless their host is
 * allowed. Links can be rewritten too.
 *
 * @example
 * ```ts
 * createParapet({ output: { links: { allowedHosts: ['docs.example.com', '*.example.org'], rewrite: 'all' } } });
 * ```
 */
export const linkOptionsSchema = z.strictObject({
  /** Hosts whose URLs stay (exact, or `*.domain` for subdomains). @default [] */
  allowedHosts: z.array(z.string().regex(/^(?:\*\.|)[a-z0-9.-]+$/)).default([]),
  /** `images`: rewrite images only; `all`: links too; `none`: leave output alone. @default 'images' */
  rewrite: z.enum(['images', 'all', 'none']).default('images'),
});

/** Options accepted for output links. */
export type LinkOptions = z.input<typeof linkOptionsSchema>;
/** Link options with defaults applied. */
export type ResolvedLinkOptions = z.output<typeof linkOptionsSchema>;

/** Replacement for a removed image. */
export const IMAGE_REMOVED = '[image removed]';

/** Longest construct held back while waiting for it to close. */
const MAX_PENDING = 2048;

/**
 * Markdown image/link or HTML image. The URL part excludes spaces and
 * parentheses, so matching is linear; `(?:\s+"..."|)` allows a title.
 */
const LINK =
  /(!?)\[([^[\]\n]{0,512})\]\(\s*<?([^\s()<>]{1,4096})>?(?:\s+"[^"\n]{0,256}"|)\s*\)|<img\b[^>]{0,2048}>/gi;
const IMG_SRC = /\bsrc\s*=\s*["']?([^"'\s>]{1,4096})/i;

/** A compiled link policy. */
export interface LinkPolicy {
  /** Rewrites a whole text; `count` is the number of links changed. */
  rewrite(text: string): { text: string; count: number };
  /** An incremental rewriter for streamed text. */
  stream(): LinkStream;
}

/** Incremental rewriting: holds back an unfinished `[...)` or `<img` (bounded). */
export interface LinkStream {
  push(chunk: string): string;
  flush(): string;
  readonly count: number;
}

/** Compiles a link policy. */
export function compileLinks(options: ResolvedLinkOptions): LinkPolicy {
  const exact = new Set<string>();
  const suffixes: string[] = [];
  for (const host of options.allowedHosts) {
    if (host.startsWith('*.')) suffixes.push(host.slice(1));
    else exact.add(host);
  }
  const allowed = (url: string): boolean => {
    const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@\s]*@|)(\[[^\]]*\]|[^/?#:\s]*)/i.exec(url);
    if (match === null) return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//'); // relative URLs stay
    const host = match[1]!.toLowerCase();
    if (exact.has(host)) return true;
    for (const suffix of suffixes)
      if (host.endsWith(suffix) && host.length > suffix.length) return true;
    return false;
  };

  const rewrite = (text: string): { text: string; count: number } => {
    if (options.rewrite === 'none' || (text.indexOf('](') === -1 && !/<img/i.test(text)))
      return { text, count: 0 };
    let count = 0;
    LINK.lastIndex = 0;
    const out = text.replace(
      LINK,
      (whole: string, bang: string, label: string, url: string | undefined) => {
        if (url === undefined) {
          const src = IMG_SRC.exec(whole)?.[1];
          if (src !== undefined && allowed(src)) return whole;
          count++;
          return IMAGE_REMOVED;
        }
        const image = bang === '!';
        if (!image && options.rewrite !== 'all') return whole;
        if (allowed(url)) return whole;
        count++;
        return image ? IMAGE_REMOVED : label;
      },
    );
    return { text: out, count };
  };

  return {
    rewrite,
    stream(): LinkStream {
      let pending = '';
      let count = 0;
      return {
        push(chunk: string): string {
          const text = pending + chunk;
          // Hold back from the last construct that may still be open.
          const hold = openFrom(text);
          const ready = hold === -1 ? text : text.slice(0, hold);
          pending = hold === -1 ? '' : text.slice(hold);
          const result = rewrite(ready);
          count += result.count;
          return result.text;
        },
        flush(): string {
          const result = rewrite(pending);
          pending = '';
          count += result.count;
          return result.text;
        },
        get count() {
          return count;
        },
      };
    },
  };
}

/** Index of the last `[` or `<` that could start an unfinished link or image, or -1. */
function openFrom(text: string): number {
  const from = Math.max(0, text.length - MAX_PENDING);
  const bracket = text.lastIndexOf('[', text.length - 1);
  const angle = text.lastIndexOf('<', text.length - 1);
  let start = -1;
  if (bracket >= from) {
    // `[label](url)` is finished once a `)` follows `](`; a bare `[x]` followed by text is not a link.
    const rest = text.slice(bracket);
    const close = rest.indexOf('](');
    if (close === -1 ? !/\][^(]/.test(rest) : rest.indexOf(')', close) === -1) start = bracket;
    if (start === bracket && bracket > 0 && text.charCodeAt(bracket - 1) === 0x21)
      start = bracket - 1;
  }
  if (
    angle >= from &&
    text.indexOf('>', angle) === -1 &&
    /^(?:<|<i|<im|<img)$|^<img\b/i.test(text.slice(angle, angle + 4))
  ) {
    start = start === -1 ? angle : Math.min(start, angle);
  }
  // A trailing `!` may be the start of an image whose `[` has not arrived yet.
  if (start === -1 && text.charCodeAt(text.length - 1) === 0x21) start = text.length - 1;
  return start;
}
