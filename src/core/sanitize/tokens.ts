import { isAsciiLetter } from '../text/unicode.js';

/**
 * Chat-template and role tokens that a model may read as message delimiters.
 * Sources: the ChatML, Llama 2/3, Mistral, Gemma, DeepSeek and Alpaca/Vicuna
 * prompt formats, and Anthropic's legacy `\n\nHuman:` / `\n\nAssistant:` turns.
 *
 * Each token is neutralised by inserting characters where the tokenizer needs
 * the original ones to touch: `<|im_start|>` becomes `<| im_start |>`,
 * `[INST]` becomes `[ INST ]`, and a role header at the start of a line has
 * its role word parenthesised (`### System:` becomes `### (System):`,
 * `\n\nHuman:` becomes `\n\n(Human):`). The neutral forms never match again
 * and survive whitespace collapsing and Markdown escaping, so neutralising is
 * idempotent.
 */
export function createTokenPattern(): RegExp {
  return /<[|\uff5c][a-z0-9_.:\-\u2581]{1,48}[|\uff5c]>|\[\/?(?:inst|sys|system_prompt|available_tools|tool_calls|tool_results)\]|<<\/?sys>>|<\/?(?:s|bos|eos|pad|unk|start_of_turn|end_of_turn|start_of_image|end_of_image)>|^(?:#{1,4} ?(?:system|assistant|user|developer|human|instructions?|response|input|context)|system|assistant|developer|human|user)[ \t]?:/gim;
}

/** Where to insert what inside a matched token: ascending `[offset, text]` pairs. */
export function insertions(token: string): readonly (readonly [number, string])[] {
  const first = token.charCodeAt(0);
  if (first === 0x3c /* < */) {
    const second = token.charCodeAt(1);
    // <<SYS>> and <|x|> keep their doubled opener together: << SYS >>, <| x |>.
    const inner = second === 0x3c || second === 0x7c || second === 0xff5c ? 2 : 1;
    return [
      [inner, ' '],
      [token.length - inner, ' '],
    ];
  }
  if (first === 0x5b /* [ */) {
    return [
      [1, ' '],
      [token.length - 1, ' '],
    ];
  }
  // Role header at a line start: parenthesise the role word.
  let start = 0;
  while (start < token.length && !isAsciiLetter(token.charCodeAt(start))) start++;
  let end = start;
  while (end < token.length && isAsciiLetter(token.charCodeAt(end))) end++;
  return [
    [start, '('],
    [end, ')'],
  ];
}
