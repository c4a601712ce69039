/**
 * Long technical documents for the learned layer: the Markdown files of the
 * installed dependencies (`node_modules`, pinned by the lockfile), read when
 * the model is trained or evaluated and never stored in this repository.
 *
 * The corpus's benign side is mostly short chat text. A model that never saw
 * a README scores its code blocks, link lists and "you must ..." paragraphs
 * as attacks, and a 100-line document has hundreds of windows to be wrong
 * in: before these documents were part of training, half of the held-out
 * ones were flagged as user text. Files that talk about prompt injection,
 * jailbreaks or language models are left out (they quote attacks), and the
 * packages are split in two halves by a hash of their name: half 0 trains
 * (scripts/train-model.ts), half 1 is only measured (`npm run eval`).
 *
 * @module
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The `source` of every dependency document. */
export const DEPENDENCY_DOCS_SOURCE = 'parapet/dependency-docs';

/** A dependency document as a benign row. */
export interface DependencyDoc {
  readonly id: string;
  readonly label: 'benign';
  readonly kind: 'benign_document';
  readonly lang: 'en';
  readonly source: typeof DEPENDENCY_DOCS_SOURCE;
  readonly text: string;
}

/** Documents about attacks on language models (their examples read as attacks). */
const ATTACK_TALK =
  /prompt[\s-]injection|jailbreak|system prompt|ignore (?:all )?(?:previous|prior) instructions|\bllm\b|language model/i;

/** Smallest and largest file read, in bytes. */
const MIN_BYTES = 1024;
const MAX_BYTES = 60_000;
/** Directory depth below `node_modules` searched. */
const DEPTH = 5;

/** FNV-1a hash of `text`'s UTF-16 units (a package's half). */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The Markdown documents of one half of the packages installed under
 * `root/node_modules`, in a stable order (sorted paths).
 */
export function dependencyDocs(root: string, half: 0 | 1): DependencyDoc[] {
  const files: string[] = [];
  const walk = (dir: string, depth: number): void => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of entries) {
      const path = join(dir, name);
      let stat: ReturnType<typeof statSync>;
      try {
        stat = statSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) {
        if (depth < DEPTH && name !== '.bin') walk(path, depth + 1);
      } else if (/\.md$/i.test(name) && stat.size >= MIN_BYTES && stat.size <= MAX_BYTES) {
        files.push(path);
      }
    }
  };
  const modules = resolve(root, 'node_modules');
  walk(modules, 0);
  const docs: DependencyDoc[] = [];
  for (const path of files) {
    const parts = relative(modules, path).split(sep);
    const pkg = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
    if ((fnv(pkg) & 1) !== half) continue;
    const text = readFileSync(path, 'utf8');
    if (ATTACK_TALK.test(text)) continue;
    docs.push({
      id: `docs:${parts.join('/')}`,
      label: 'benign',
      kind: 'benign_document',
      lang: 'en',
      source: DEPENDENCY_DOCS_SOURCE,
      text,
    });
  }
  return docs;
}
