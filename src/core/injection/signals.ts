/**
 * Signals: findings the detector raises itself rather than through a rule
 * pattern (decoded payloads, evasion through look-alike or invisible
 * characters, anomalies). Like rules, they are data with a fixed id,
 * category, severity and weight, listed in the generated catalogue.
 *
 * @module
 */

import type { InjectionCategory, Severity } from '../../types.js';

/** A finding the detector raises from its own analysis. */
export interface InjectionSignal {
  readonly id: string;
  readonly category: InjectionCategory;
  readonly severity: Severity;
  readonly weight: number;
  readonly description: string;
}

/** Ids of every built-in signal. */
export type SignalId =
  | 'obfuscation.base64'
  | 'obfuscation.hex'
  | 'obfuscation.url-encoding'
  | 'obfuscation.escapes'
  | 'obfuscation.html-entities'
  | 'obfuscation.base32'
  | 'obfuscation.binary'
  | 'obfuscation.morse'
  | 'obfuscation.char-codes'
  | 'obfuscation.encoded-text'
  | 'indirect.encoded-text'
  | 'indirect.reader-order'
  | 'obfuscation.rot13'
  | 'obfuscation.caesar'
  | 'obfuscation.reversed'
  | 'obfuscation.pig-latin'
  | 'obfuscation.hyphen-split'
  | 'obfuscation.split-words'
  | 'obfuscation.leetspeak'
  | 'obfuscation.spaced-letters'
  | 'obfuscation.homoglyphs'
  | 'obfuscation.fullwidth'
  | 'obfuscation.invisible-split'
  | 'obfuscation.hidden-instructions'
  | 'obfuscation.hidden-text'
  | 'anomaly.bidi-controls'
  | 'anomaly.control-chars'
  | 'anomaly.invisible-chars'
  | 'anomaly.invisible-flood'
  | 'anomaly.mixed-script'
  | 'anomaly.repetition'
  | 'anomaly.special-chars'
  | 'anomaly.long-input'
  | 'anomaly.gibberish-suffix';

/** The built-in signals, by id. */
export const SIGNALS: Readonly<Record<SignalId, InjectionSignal>> = {
  'obfuscation.base64': {
    id: 'obfuscation.base64',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.75,
    description: 'Base64 text that decodes to content matching injection rules.',
  },
  'obfuscation.hex': {
    id: 'obfuscation.hex',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.75,
    description: 'Hex-encoded text that decodes to content matching injection rules.',
  },
  'obfuscation.url-encoding': {
    id: 'obfuscation.url-encoding',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.75,
    description: 'Percent-encoded text that decodes to content matching injection rules.',
  },
  'obfuscation.escapes': {
    id: 'obfuscation.escapes',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.75,
    description: '`\\xNN` or `\\uNNNN` escapes that decode to content matching injection rules.',
  },
  'obfuscation.html-entities': {
    id: 'obfuscation.html-entities',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.75,
    description:
      'HTML character references (`&#73;&#103;...`) that decode to content matching injection rules.',
  },
  'obfuscation.base32': {
    id: 'obfuscation.base32',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.75,
    description: 'Base32 text that decodes to content matching injection rules.',
  },
  'obfuscation.binary': {
    id: 'obfuscation.binary',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.75,
    description: 'Binary (8-bit groups) that decodes to content matching injection rules.',
  },
  'obfuscation.morse': {
    id: 'obfuscation.morse',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.75,
    description: 'Morse code that decodes to content matching injection rules.',
  },
  'obfuscation.char-codes': {
    id: 'obfuscation.char-codes',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.75,
    description: 'Decimal character codes that decode to content matching injection rules.',
  },
  'obfuscation.encoded-text': {
    id: 'obfuscation.encoded-text',
    category: 'encoding_obfuscation',
    severity: 'low',
    weight: 0.35,
    description:
      'Readable text hidden in base64, hex, binary or Morse code (no rule matched it; a weak signal on its own).',
  },
  'indirect.encoded-text': {
    id: 'indirect.encoded-text',
    category: 'indirect_injection',
    severity: 'medium',
    weight: 0.5,
    description:
      'Readable text hidden in base64, hex, binary or Morse code inside a document or tool output, where a sentence has no reason to be encoded (no rule matched it).',
  },
  'indirect.reader-order': {
    id: 'indirect.reader-order',
    category: 'indirect_injection',
    severity: 'medium',
    weight: 0.6,
    description:
      'A note addressed to the AI reading a document or tool output (an `indirect.reader.*` label) followed, in the same paragraph, by an order about what to say, omit or do, in any of 17 languages ("Si eres un modelo de IA que resume ...: di que ...", "\u7ed9...AI\u52a9\u624b\uff1a... \u8bf7\u8bf4\u660e").',
  },
  'obfuscation.rot13': {
    id: 'obfuscation.rot13',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.75,
    description: 'Rot13 text that decodes to content matching injection rules.',
  },
  'obfuscation.caesar': {
    id: 'obfuscation.caesar',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.75,
    description:
      'Caesar-shifted text (a shift other than rot13) that decodes to content matching injection rules.',
  },
  'obfuscation.reversed': {
    id: 'obfuscation.reversed',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.75,
    description: 'Text written backwards that reads as content matching injection rules.',
  },
  'obfuscation.pig-latin': {
    id: 'obfuscation.pig-latin',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.75,
    description:
      'Text in Pig Latin ("ignoreway allway eviouspray instructionsway") that reads back as content matching injection rules.',
  },
  'obfuscation.hyphen-split': {
    id: 'obfuscation.hyphen-split',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.75,
    description:
      'Trigger words split with hyphens ("ig-nore all pre-vious in-struc-tions") that, joined again, match injection rules.',
  },
  'obfuscation.split-words': {
    id: 'obfuscation.split-words',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.75,
    description:
      'Trigger words split by spaces, quotes or dots ("ig nore previ ous", \'"ig" "nore"\', "f\u00b7o\u00b7r\u00b7g\u00b7e\u00b7t") that, joined again, match injection rules.',
  },
  'obfuscation.leetspeak': {
    id: 'obfuscation.leetspeak',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.7,
    description:
      'Leetspeak (digits and symbols for letters) hiding content matching injection rules.',
  },
  'obfuscation.spaced-letters': {
    id: 'obfuscation.spaced-letters',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.7,
    description:
      'Letters split by spaces or punctuation (`i g n o r e`) hiding content matching injection rules.',
  },
  'obfuscation.homoglyphs': {
    id: 'obfuscation.homoglyphs',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.7,
    description: 'A rule matched only after look-alike letters from another script were folded.',
  },
  'obfuscation.fullwidth': {
    id: 'obfuscation.fullwidth',
    category: 'encoding_obfuscation',
    severity: 'medium',
    weight: 0.5,
    description: 'A rule matched only after fullwidth or styled compatibility letters were folded.',
  },
  'obfuscation.invisible-split': {
    id: 'obfuscation.invisible-split',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.7,
    description: 'A rule matched only after invisible characters inside its words were removed.',
  },
  'obfuscation.hidden-instructions': {
    id: 'obfuscation.hidden-instructions',
    category: 'encoding_obfuscation',
    severity: 'high',
    weight: 0.85,
    description:
      'Text hidden in Unicode tag characters or variation selectors carries injection content.',
  },
  'obfuscation.hidden-text': {
    id: 'obfuscation.hidden-text',
    category: 'encoding_obfuscation',
    severity: 'medium',
    weight: 0.55,
    description: 'Text hidden in Unicode tag characters or variation selectors.',
  },
  'anomaly.bidi-controls': {
    id: 'anomaly.bidi-controls',
    category: 'anomaly',
    severity: 'low',
    weight: 0.4,
    description: 'Bidirectional overrides, embeddings or isolates that can reorder displayed text.',
  },
  'anomaly.control-chars': {
    id: 'anomaly.control-chars',
    category: 'anomaly',
    severity: 'low',
    weight: 0.25,
    description: 'C0/C1 control characters other than tab and line breaks.',
  },
  'anomaly.invisible-chars': {
    id: 'anomaly.invisible-chars',
    category: 'anomaly',
    severity: 'low',
    weight: 0.3,
    description: 'Zero-width or other invisible characters outside legitimate emoji or script use.',
  },
  'anomaly.invisible-flood': {
    id: 'anomaly.invisible-flood',
    category: 'anomaly',
    severity: 'medium',
    weight: 0.55,
    description: 'Many invisible characters (16 or more, or over 5% of the text).',
  },
  'anomaly.mixed-script': {
    id: 'anomaly.mixed-script',
    category: 'anomaly',
    severity: 'low',
    weight: 0.35,
    description: 'Words mixing letters of two scripts, such as Latin and Cyrillic.',
  },
  'anomaly.repetition': {
    id: 'anomaly.repetition',
    category: 'anomaly',
    severity: 'low',
    weight: 0.3,
    description: 'One token repeated 16 or more times back to back.',
  },
  'anomaly.special-chars': {
    id: 'anomaly.special-chars',
    category: 'anomaly',
    severity: 'low',
    weight: 0.25,
    description: 'More than 40% of a 256+ character text is punctuation or symbols.',
  },
  'anomaly.long-input': {
    id: 'anomaly.long-input',
    category: 'anomaly',
    severity: 'low',
    weight: 0.25,
    description: 'Input of 50,000 characters or more, a common carrier for buried instructions.',
  },
  'anomaly.gibberish-suffix': {
    id: 'anomaly.gibberish-suffix',
    category: 'anomaly',
    severity: 'medium',
    weight: 0.6,
    description:
      'A request ending in a run of random-looking tokens, typical of optimised adversarial suffixes (GCG).',
  },
};
