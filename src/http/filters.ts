import type { Canary } from '../core/prompt/canary.js';
import type { RedactionFinding, Redactor } from '../core/redact/redactor.js';
import type { LinkPolicy } from './links.js';
import type { FilteredText, OutputFilters, StreamTextFilter } from './output.js';

/** One output check that may block an answer (e.g. a canary leak) or rewrite it (redaction). */
export interface OutputStage {
  /** Whole-text pass: the text to keep, whether to block, and counts by type. */
  whole(text: string): {
    readonly text: string;
    readonly blocked: boolean;
    readonly counts: Readonly<Record<string, number>>;
  };
  /** Incremental pass for streams. */
  stream(): {
    push(chunk: string): { readonly text: string; readonly blocked: boolean };
    flush(): { readonly text: string; readonly blocked: boolean };
    readonly counts: Readonly<Record<string, number>>;
  };
}

/**
 * Chains the link policy and the output stages (redaction, canary checks)
 * into the filters the output guard runs, for one response.
 */
export function composeOutputFilters(
  links: LinkPolicy,
  stages: readonly OutputStage[],
): OutputFilters {
  const counts: Record<string, number> = {};
  const add = (more: Readonly<Record<string, number>>): void => {
    for (const [type, n] of Object.entries(more)) counts[type] = (counts[type] ?? 0) + n;
  };
  return {
    whole(text: string): FilteredText {
      const linked = links.rewrite(text);
      if (linked.count > 0) add({ link: linked.count });
      let out = linked.text;
      let blocked = false;
      for (const stage of stages) {
        const result = stage.whole(out);
        add(result.counts);
        out = result.text;
        blocked ||= result.blocked;
      }
      return { text: out, blocked };
    },
    stream(): StreamTextFilter {
      const linkStream = links.stream();
      const streams = stages.map((stage) => stage.stream());
      let reported: Record<string, number>[] = streams.map(() => ({}));
      let linkReported = 0;
      const settle = (): void => {
        if (linkStream.count > linkReported) {
          add({ link: linkStream.count - linkReported });
          linkReported = linkStream.count;
        }
        streams.forEach((s, i) => {
          const now = s.counts;
          const before = reported[i]!;
          const delta: Record<string, number> = {};
          for (const [type, n] of Object.entries(now))
            if (n > (before[type] ?? 0)) delta[type] = n - (before[type] ?? 0);
          add(delta);
        });
        reported = streams.map((s) => ({ ...s.counts }));
      };
      const run = (first: string, final: boolean): FilteredText => {
        let text = first;
        let blocked = false;
        for (const s of streams) {
          const pushed = s.push(text);
          let out = pushed.text;
          blocked ||= pushed.blocked;
          if (final) {
            const flushed = s.flush();
            out += flushed.text;
            blocked ||= flushed.blocked;
          }
          text = out;
        }
        settle();
        return { text, blocked };
      };
      return {
        push: (chunk) => run(linkStream.push(chunk), false),
        flush: () => run(linkStream.flush(), true),
      };
    },
    get counts() {
      return counts;
    },
  };
}

/** An output stage that blocks an answer in which one of `canaries` appears (a system-prompt leak). */
export function canaryStage(canaries: readonly Canary[]): OutputStage {
  return {
    whole(text) {
      const leaked = canaries.some((canary) => canary.check(text).leaked);
      return { text, blocked: leaked, counts: leaked ? { canary: 1 } : {} };
    },
    stream() {
      const monitors = canaries.map((canary) => canary.monitor());
      let leaked = false;
      const step = (verdicts: readonly { leaked: boolean }[]): void => {
        if (!leaked && verdicts.some((v) => v.leaked)) leaked = true;
      };
      return {
        push(chunk) {
          step(monitors.map((m) => m.push(chunk)));
          return { text: chunk, blocked: leaked };
        },
        flush() {
          step(monitors.map((m) => m.end()));
          return { text: '', blocked: leaked };
        },
        get counts() {
          return leaked ? { canary: 1 } : {};
        },
      };
    },
  };
}

/** Counts findings by type. */
export function countByType(findings: readonly RedactionFinding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of findings) counts[finding.type] = (counts[finding.type] ?? 0) + 1;
  return counts;
}

/**
 * An output stage that redacts what `redactor` finds (it is compiled with
 * only the categories policy acts on) and blocks when it finds a category
 * whose policy is `block`.
 */
export function redactionStage(
  redactor: Redactor,
  block: ReadonlySet<'secret' | 'pii'>,
): OutputStage {
  const blocks = (findings: readonly RedactionFinding[]): boolean =>
    findings.some((f) => block.has(f.category));
  return {
    whole(text) {
      const result = redactor.redact(text);
      return {
        text: result.text,
        blocked: blocks(result.findings),
        counts: countByType(result.findings),
      };
    },
    stream() {
      const stream = redactor.createStream();
      return {
        push(chunk) {
          const text = stream.push(chunk);
          return { text, blocked: blocks(stream.findings) };
        },
        flush() {
          const text = stream.flush();
          return { text, blocked: blocks(stream.findings) };
        },
        get counts() {
          return countByType(stream.findings);
        },
      };
    },
  };
}
