/**
 * PII recognisers: the rule data (type, weight, examples) and one matcher
 * per format. Matchers read only `text[start - 48, limit)`, where the engine
 * guarantees `limit` (a fixed look-ahead past the trigger, or the end of the
 * text), so the streaming redactor decides exactly as the one-shot one.
 *
 * National formats follow the issuing authorities: US SSA (SSN ranges),
 * HMRC (NINO prefixes), ATO (TFN weights), Services Australia (Medicare
 * check digit), UIDAI (Aadhaar, Verhoeff), Income Tax Department of India
 * (PAN holder-type letter), ISO 13616 (IBAN), ISO/IEC 7812 (cards), BIP-173
 * and BIP-350 (Bech32), EIP-55 (Ethereum).
 *
 * @module
 */

import { afterEscape, isAlnum, isDigit, isHex, isSpace } from './chars.js';
import {
  base58Check,
  bech32Address,
  eip55,
  iban,
  ibanLength,
  luhn,
  medicare,
  tfn,
  verhoeff,
} from './checksums.js';
import type { PiiRule, PiiType } from './rules.js';
import { isKeyChar, isQuote, namingAttribute, sameFolded } from './values.js';

/** A recognised PII span. */
export interface PiiHit {
  readonly type: PiiType;
  readonly start: number;
  readonly end: number;
  /** Overrides the rule's confidence (context-only matches are less certain). */
  readonly confidence?: number;
}

/** Receives hits from a matcher. */
export type PiiSink = (hit: PiiHit) => void;

/** Types whose match passed a checksum or an issuing-range check. */
const CHECKSUMMED: readonly PiiType[] = [
  'credit_card',
  'iban',
  'us_ssn',
  'uk_nino',
  'au_tfn',
  'au_medicare',
  'in_aadhaar',
  'crypto_wallet',
];

function pii(
  type: PiiType,
  description: string,
  weight: number,
  confidence: number,
  severity: PiiRule['severity'],
  match: readonly string[],
  noMatch: readonly string[],
): PiiRule {
  return {
    id: `pii.${type.replace(/_/g, '-')}`,
    type,
    description,
    severity,
    confidence,
    // Below every provider token (80+): a number inside a token is part of the token.
    // Checksummed types win over look-alike phone numbers and addresses.
    priority: CHECKSUMMED.includes(type) ? 58 : type === 'email' ? 56 : 52,
    weight,
    examples: { match, noMatch },
  };
}

function buildPiiRules(): readonly PiiRule[] {
  return [
    pii(
      'email',
      'Email address (RFC 5322 dot-atom local part, a domain with an alphabetic TLD).',
      0.35,
      0.95,
      'medium',
      ['Contact [[{email}]] for access', 'mailto:[[{email}]]'],
      ['icon@2x.png', 'npm i @scope/pkg@1.2.3', 'user@localhost'],
    ),
    pii(
      'phone',
      'Phone number in E.164 or a national format of the US, UK, Australia, Germany, France or India; a mobile number of Spain, Italy or China written nationally, after a phone label.',
      0.35,
      0.85,
      'medium',
      [
        'call [[{phone:US}]] today',
        'Tel: [[{phone:UK}]]',
        'mobile [[{phone:AU}]]',
        '[[{phone:E164}]]',
      ],
      ['build 2024-01-15', 'version 1.2.3', 'order 12345'],
    ),
    pii(
      'credit_card',
      'Payment card number with a brand prefix, a brand length and a valid Luhn check digit.',
      0.9,
      0.97,
      'high',
      ['card [[{card:visa}]] exp 12/29', 'paid with [[{card:amex}]]'],
      [
        '{card:bad-luhn}',
        '1234 5678 9012 3456',
        // A UUID whose leading digits pass as a UnionPay number.
        'request_id=62394002-6591-4541-a40d-5e26ded89ad6',
      ],
    ),
    pii(
      'iban',
      'International Bank Account Number with a registered length and a valid mod-97 check.',
      0.8,
      0.98,
      'high',
      ['IBAN: [[{iban:DE}]]', 'pay to [[{iban:GB:spaced}]]'],
      ['{iban:bad}'],
    ),
    pii(
      'us_ssn',
      'US Social Security number outside the never-issued ranges (000, 666, 900-999, 00, 0000).',
      0.95,
      0.9,
      'high',
      ['SSN [[{ssn}]]', 'social security number: [[{ssn:bare}]]'],
      ['000-12-3456', '666-12-3456', '123-00-4567', 'ref 123456789'],
    ),
    pii(
      'uk_nino',
      'UK National Insurance number with a valid HMRC prefix and suffix letter.',
      0.85,
      0.92,
      'high',
      ['NI number [[{nino}]]', 'NINO: [[{nino:spaced}]]', 'NI no. [[{nino:grouped}]]'],
      ['QQ123456C', 'GB123456A', 'AB123456E'],
    ),
    pii(
      'au_tfn',
      'Australian Tax File Number passing the ATO weighted check (formatted, or bare after "TFN").',
      0.9,
      0.9,
      'high',
      [
        'TFN [[{tfn}]]',
        'tax file number: [[{tfn:bare}]]',
        "INSERT INTO people (id, tfn) VALUES (1, '[[{tfn:bare}]]');",
      ],
      ['123 456 789'],
    ),
    pii(
      'au_medicare',
      'Australian Medicare card number passing its check digit (formatted, or bare after "Medicare").',
      0.85,
      0.88,
      'high',
      ['Medicare [[{medicare}]]', 'medicare no. [[{medicare:bare}]]'],
      ['2123 45671 1'],
    ),
    pii(
      'in_aadhaar',
      'Indian Aadhaar number (12 digits, first 2-9) passing the Verhoeff check.',
      0.95,
      0.9,
      'high',
      ['Aadhaar [[{aadhaar}]]', 'aadhaar no: [[{aadhaar:bare}]]'],
      ['1234 5678 9012'],
    ),
    pii(
      'in_pan',
      'Indian Permanent Account Number (`AAAPA1234A`, fourth letter a holder type).',
      0.7,
      0.85,
      'medium',
      ['PAN: [[{pan}]]'],
      ['ABCDX1234F', 'ABCP12345F'],
    ),
    pii(
      'ipv4',
      'IPv4 address in dotted-quad form (not a version string).',
      0.15,
      0.85,
      'low',
      ['from [[{ipv4}]] at 10:00', 'host=[[{ipv4}]]:8080'],
      [
        'version 1.2.3.4',
        '999.1.1.1',
        '1.2.3',
        'config.x.build = "2.9.2.3"',
        'image tag for Prod: 2.0.9.9',
        'Version est 1.5.6.9.',
      ],
    ),
    pii(
      'ipv6',
      'IPv6 address, full or compressed, with an optional embedded IPv4 tail.',
      0.15,
      0.85,
      'low',
      [
        'client [[{ipv6}]] connected',
        'peer [[2001:db8::ff00:42:8329]]',
        'Reach it at [[fe80::1ff:fe23:4567:890a]].',
      ],
      ['std::vector', '12:30:45', 'a::b'],
    ),
    pii(
      'mac_address',
      'MAC address (`00:1A:2B:3C:4D:5E`, `00-1A-...`, `001a.2b3c.4d5e`).',
      0.15,
      0.9,
      'low',
      ['device [[{mac}]] joined', 'hw [[{mac:dash}]]'],
      ['00:00:00:00:00:00', '12:30:45:10'],
    ),
    pii(
      'date_of_birth',
      'A date written after a birth keyword (`DOB`, `date of birth`, `born on`, `geboren`, `n\u00e9 le`).',
      0.5,
      0.85,
      'medium',
      ['DOB: [[{date:iso}]]', 'born on [[{date:long}]]', 'Date of birth [[{date:dmy}]]'],
      ['released on 2021-03-04', 'meeting 03/04/2021'],
    ),
    pii(
      'crypto_wallet',
      'Bitcoin (Base58Check, Bech32/Bech32m), Litecoin Bech32 and Ethereum (EIP-55) addresses.',
      0.3,
      0.95,
      'medium',
      ['send to [[{btc}]]', 'wallet [[{bech32}]]', 'eth [[{eth}]]'],
      ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3', '0x{h:39}'],
    ),
  ];
}

let piiCatalogue: readonly PiiRule[] | undefined;

/**
 * Every built-in PII rule. Built on first call.
 *
 * @example
 * ```ts
 * piiRules().map((rule) => rule.type).includes('iban'); // true
 * ```
 */
export function piiRules(): readonly PiiRule[] {
  piiCatalogue ??= Object.freeze(buildPiiRules().map((rule) => Object.freeze(rule)));
  return piiCatalogue;
}

/** Which PII types are on. */
export type PiiSwitches = Readonly<Record<PiiType, boolean>>;

// --- helpers ---------------------------------------------------------------

function before(text: string, start: number, length: number): string {
  return text.slice(Math.max(0, start - length), start);
}

/** Escapes (`\\n`, `\\r`, `\\t`) a label may end with before its number. */
const LEAD_ESCAPES = 4;

/**
 * The `length` units before `start`, read as a context label. In JSON or a
 * log line a label may end in string escapes (`"TFN:\\n123 456 782"`): they
 * read as one space, as the line break they stand for.
 */
function leadBefore(text: string, start: number, length: number): string {
  const named = attributeLabel(text, start) ?? cellLabel(text, start);
  if (named !== undefined) return named;
  let at = start;
  for (let n = 0; n < LEAD_ESCAPES && afterEscape(text, at); n++) at -= 2;
  const lead = at === start ? before(text, start, length) : `${before(text, at, length - 1)} `;
  const q = lead.charCodeAt(lead.length - 1);
  if (q !== 34 && q !== 39 && q !== 40) return lead;
  const typed = TYPED_TAIL.exec(lead);
  return typed === null ? lead : `${lead.slice(0, typed.index)}: `;
}

/**
 * A type or a string constructor between a name and its quoted value in
 * code (`val tfn: String = "`, `const TFN: &str = "`, `let medicare_no =
 * String::from("`): {@link leadBefore} reads it as `: `, the way a label
 * ends, so `medicareNumber: String = "..."` names its number as
 * `medicareNumber: "..."` does.
 */
const TYPED_TAIL =
  /(?: ?: ?&?(?:'static )?(?:String|string|str|CharSequence|Int|Long|number|i64|u64|u32)\?? ?=| ?= ?(?:String::from|String::new|String|str|new String|Some)\() ?["'(]?$/;

/**
 * The label of a number that opens the `value` attribute of a tag named by
 * a `name`, `id` or `key` attribute (`<input name="tfn" value="...">`,
 * `<input id="medicare" type="text" value="...">`), written as `name: `;
 * undefined otherwise.
 */
function attributeLabel(text: string, start: number): string | undefined {
  const q = text.charCodeAt(start - 1);
  if (q !== 34 && q !== 39) return undefined;
  let p = start - 1;
  while (p > 0 && start - 1 - p < 4 && isSpace(text.charCodeAt(p - 1))) p--;
  if (text.charCodeAt(p - 1) !== 61) return undefined;
  p--;
  while (p > 0 && start - p < 10 && isSpace(text.charCodeAt(p - 1))) p--;
  if (p < 5 || !sameFolded(text, p - 5, 'value') || isKeyChar(text.charCodeAt(p - 6)))
    return undefined;
  const named = namingAttribute(text, p - 5);
  if (named === undefined || named.end === named.start) return undefined;
  return `${text.slice(named.start, named.end)}: `;
}

/** An opening table-cell tag, attributes allowed (`<td>`, `<td class="v">`). */
const CELL_OPEN = /^<td(?:\s[^<>]{0,30}|)>$/i;

/**
 * The label of a number that opens an HTML table cell right after a cell
 * that names it (`<th>tax file number</th><td>...`, `<td>Aadhaar</td>
 * <td>...`), written as `name: `; undefined otherwise. Reads at most about
 * 120 units back.
 */
function cellLabel(text: string, start: number): string | undefined {
  if (text.charCodeAt(start - 1) !== 62) return undefined;
  const open = lastWithin(text, 60, start, 36);
  if (open < 0 || !CELL_OPEN.test(text.slice(open, start))) return undefined;
  let q = open;
  while (q > 0 && open - q < 16 && isSpace(text.charCodeAt(q - 1))) q--;
  if (q < 5 || text.charCodeAt(q - 5) !== 60 || text.charCodeAt(q - 4) !== 47) return undefined;
  const tag = text.slice(q - 3, q).toLowerCase();
  if (tag !== 'th>' && tag !== 'td>') return undefined;
  const end = q - 5;
  const gt = lastWithin(text, 62, end, 64);
  if (gt < 0) return undefined;
  const name = text.slice(gt + 1, end).trim();
  return name === '' || name.includes('<') ? undefined : `${name}: `;
}

/** Index of the last unit `c` in `text[from - reach, from)`, or -1: a bounded `lastIndexOf`. */
function lastWithin(text: string, c: number, from: number, reach: number): number {
  for (let p = from - 1; p >= 0 && from - p <= reach; p--) if (text.charCodeAt(p) === c) return p;
  return -1;
}

/**
 * Sticky match of `re` at `start` ending by `limit`. Every pattern here is
 * shorter than the look-ahead the engine guarantees, so it never reads past
 * text the stream redactor has.
 */
function at(re: RegExp, text: string, start: number, limit: number): RegExpExecArray | null {
  re.lastIndex = start;
  const m = re.exec(text);
  return m !== null && start + m[0].length <= limit ? m : null;
}

function boundaryAfter(text: string, end: number, limit: number): boolean {
  if (end >= limit) return true;
  const c = text.charCodeAt(end);
  if (isAlnum(c)) return false;
  // "1.2.3.4.5" or "123-45-6789-1": a separator followed by a digit continues the number.
  if ((c === 46 || c === 45) && end + 1 < limit && isDigit(text.charCodeAt(end + 1))) return false;
  return true;
}

function digitsOf(text: string): string {
  return text.replace(/[^0-9]/g, '');
}

// Context words, matched against the text just before a bare number.
/**
 * What may stand between a label and its number: a few non-word units
 * (`tfn: `), or a copula in the catalogue's languages, perhaps after a short
 * qualifier ("my SSN is ", "le TFN du client est ", "mein TFN ist ", "mi SSN
 * es ", "the tax file number on my account to ").
 */
const LABEL_TAIL =
  '(?:\\W{0,8}|(?: (?:du|de la|des|del|de|do|da|of|for|der|van|von) [a-z\\u00c0-\\u024f]{2,16}| (?:on|in|for) (?:my|the|your|our|his|her|their) [a-z]{2,16}|)\\W{1,3}(?:is|was|to|est|ist|es|era|foi|war|\\u00e9|\\u00e8|lautet)\\W{1,3})$';
// The SSN's name in Japanese, Chinese and Korean prose too (shakai hosho bango, shehui anquan
// hao, sahoe bojang beonho).
const SSN_CONTEXT = new RegExp(
  `(?:ssn(?:[ _-]?(?:number|num|no\\.?)|)|social[ _-]?security(?:[ _-]?number|[ _-]?no\\.?|)|soc\\.? sec\\.?|\\btax[ _-]?id|\\b(?:i?tin|taxpayer[ _-]?id)|\u793e\u4f1a\u4fdd\u969c\u756a\u53f7|\u793e\u4f1a\u5b89\u5168\u53f7|\u793e\u6703\u5b89\u5168\u865f|\uc0ac\ud68c\ubcf4\uc7a5\ubc88\ud638)${LABEL_TAIL}`,
  'i',
);
const TFN_CONTEXT = new RegExp(
  `(?:tfn(?:[ _-]?(?:number|num|no\\.?)|)|tax[ _-]?file(?:[ _-]?number|[ _-]?no\\.?|))${LABEL_TAIL}`,
  'i',
);
const MEDICARE_CONTEXT = new RegExp(
  `medicare(?:[ _-]?card|[ _-]?number|[ _-]?no\\.?|)(?:[ _-]?number|[ _-]?no\\.?|)${LABEL_TAIL}`,
  'i',
);
// Also the Hindi name (aadhaar, aadhaar sankhya / nambar / kaard).
const AADHAAR_CONTEXT = new RegExp(
  `(?:aadhaa?r|uidai|uid)(?:[ _-]?card|[ _-]?number|[ _-]?no\\.?|)(?:[ _-]?number|[ _-]?no\\.?|)${LABEL_TAIL}|\u0906\u0927\u093e\u0930(?: (?:\u0938\u0902\u0916\u094d\u092f\u093e|\u0928\u0902\u092c\u0930|\u0915\u093e\u0930\u094d\u0921))?\\W{0,8}$`,
  'i',
);
// Also the words other languages use (telefon, telefonnummer, t\u00e9l\u00e9phone, portable, handy,
// m\u00f3vil, celular, cellulare; ja/zh denwa/dianhua, shouji, keitai, renrakusaki, lianxi fangshi;
// ko jeonhwa, hyudaepon, yeonlakcheo), "call me tomorrow (" and a one-letter label opening a
// line of a signature (`M: `, `T: `), and "me joindre au", "erreichbar unter", "llamar al".
const PHONE_CONTEXT =
  /(?:phone|tel|mobile|mob|cell|call|fax|whatsapp|contact|(?:my|our|your|his|her|their) number|telefon(?:nummer|o|e|)|t\u00e9l\u00e9phone|t\u00e9l|portable|handy|mobil|m\u00f3vil|movil|celular|cellulare|telem\u00f3vel|\u96fb\u8a71|\u7535\u8bdd|\u624b\u673a|\u624b\u6a5f|\u643a\u5e2f|\u9023\u7d61\u5148|\u8054\u7cfb\u65b9\u5f0f|\uc804\ud654|\ud734\ub300\ud3f0|\uc5f0\ub77d\ucc98)(?:[ _-](?:number|num|no)|number|num|no|)(?:\.?\W{0,8}|(?: (?:on|in|for) (?:my|the|your|our|his|her|their) [a-z]{2,16}|)\W{1,3}(?:is|was|to)\W{1,3})$|(?:call|text|ring|reach|whatsapp) (?:me|us)(?: (?:tomorrow|today|tonight|anytime|later|back|directly|now)|)(?: (?:on|at)|)\W{1,3}$|(?:joindre|appeler|contacter|rappeler) au\W{1,3}$|erreichbar unter\W{1,3}$|(?:llamar|llamarme|ll\u00e1mame|ll\u00e1menos) al\W{1,3}$|(?:^|\n)[mtp]\.?: ?$/i;
// Birth words in the catalogue's languages: sv fodelsedatum, fodd; da/no fodselsdato, fodt;
// fi syntymaaika; es/pt/it nacimiento, nascimento, nascita, "naci el",
// "nasci em", "nato il"; nl geboortedatum; pl urodzenia, urodzony; tr dogum tarihi; id tanggal
// lahir; ru/uk rozhdeniya, rodilsya, narodzhennya; ja seinengappi, umare, tanjoubi; zh chusheng,
// shengri; ko saengnyeonworil, saengil; hi janm; ar al-milad.
const DOB_WORDS =
  'dob|d\\.o\\.b|birth|born|geburt|geboren|geb\\.|f\\u00f6delsedatum|f\\u00f6dd|f\\u00f8dselsdato|f\\u00f8dt|syntym\\u00e4aika|naissance|n\\u00e9e? le|n\\u00e9\\(e\\) le|nacimiento|nac\\u00ed (?:el|en)|nacid[oa] (?:el|en)|nascimento|nasci (?:em|no|a)|nascid[oa] (?:em|no|a)|nascita|nat[oa] il|geboortedatum|urodzeni[ae]|urodzon[ya]|do\\u011fum tarihi|do\\u011fdum|tanggal lahir|\\u0440\\u043e\\u0436\\u0434\\u0435\\u043d\\u0438\\u044f|\\u0440\\u043e\\u0434\\u0438\\u043b|\\u043d\\u0430\\u0440\\u043e\\u0434\\u0436\\u0435\\u043d\\u043d\\u044f|\\u751f\\u5e74\\u6708\\u65e5|\\u751f\\u307e\\u308c|\\u8a95\\u751f\\u65e5|\\u51fa\\u751f|\\u751f\\u65e5|\\uc0dd\\ub144\\uc6d4\\uc77c|\\uc0dd\\uc77c|\\u091c\\u0928\\u094d\\u092e|\\u0627\\u0644\\u0645\\u064a\\u0644\\u0627\\u062f';
/**
 * A birth word shortly before the date on its line, or a little further
 * when "it's" or "is" gives the date ("my DOB to verify the account - it's
 * ..."); or a question about it ending the line before, answered by the
 * date on a chat line of its own
 * (`Agent: Can you confirm your date of birth?\n[13:53] Customer: 24/11/1975`).
 */
const DOB_CONTEXT = new RegExp(
  `(?:${DOB_WORDS})[^\\n]{0,24}$|(?:${DOB_WORDS})[^\\n]{0,40} (?:it['\u2019]s|it is|is|was):? $|(?:${DOB_WORDS})[^\\n]{0,24}\\?[ \\t]*\\r?\\n(?:\\[[^\\]\\n]{1,20}\\] ?|)(?:[^\\n:]{1,30}: ?|)$`,
  'i',
);
const DOB_HINT = new RegExp(DOB_WORDS, 'i');
/**
 * A birth word right after a date (`am 23.05.1990 geboren`, `(3 May 1990) als Geburtsdatum`,
 * `05/10/1990 as my date of birth`), read from the date's end.
 */
const DOB_AFTER =
  /[)\]"'\u201d\u00bb*]{0,2},? ?(?:geboren|as (?:my |the |your |his |her |their |a |)(?:date of birth|dob|birth ?date|birthday)|als (?:geburtsdatum|geboortedatum)|comme date de naissance|como (?:fecha de nacimiento|data de nascimento)|come data di nascita)(?![a-z])/iy;
// Labels of numbers that pass Luhn by chance: EAN/GTIN barcodes, tracing ids (W3C, Datadog;
// `span=...` in a log line).
const NOT_A_CARD =
  /(?:^|[^a-z])(?:gtin|ean(?:-?13|)|barcode|(?:trace|span|parent)(?:[_. -]?id|))\W{0,4}$/i;
// A label, perhaps qualified ("image tag for Prod:", "Version est"), then up to four
// non-word units (`build = "`).
// The number of a part of a document ("section 4.2.7.9", "\u00a7 3.1.2.4", "Abschnitt
// 2.1.3.4"), an object identifier ("OID 2.5.4.3") or a mask, read as no IPv4 address.
const SECTION_CONTEXT =
  /(?:^|[^a-z])(?:sections?|secs?\.|chapters?|ch\.|clauses?|paragraphs?|paras?\.|articles?|arts?\.|figures?|figs?\.|tables?|steps?|items?|appendix|annex|parts?|equations?|eqs?\.|abschnitt|kapitel|absatz|chapitre|apartado|secci\u00f3n|se\u00e7\u00e3o|sezione|capitolo|cap\u00edtulo|oid|mask|netmask|subnet)\W{0,3}$|\u00a7\W{0,2}$/i;
// The number of a parcel, an order, a batch or a ticket, written in groups as phone numbers
// and ID numbers are ("Tracking number 0235 6246 4616", "order no. 0712 345 6789").
const NOT_A_PHONE =
  /(?:^|[^a-z])(?:(?:tracking|shipment|parcel|invoice|ticket|serial|sku|isbn|awb|waybill|consignment|receipt|batch|lot)(?:[ _-]?(?:no\.?|nr\.?|number|num|#|id|code)|)|(?:package|order|case|reference|ref\.?|transaction|confirmation|booking)[ _-]?(?:no\.?|nr\.?|number|num|#|id|code))\W{0,4}$/i;
const VERSION_CONTEXT =
  /(?:version|ver\.?|release|build|firmware|tag)(?:\s(?:is|est|ist|es|\u00e9|(?:for|f\u00fcr|pour|para)\s[a-z]{1,12})|)\W{0,4}$/i;

// --- email -------------------------------------------------------------------

function isLocalChar(c: number): boolean {
  // RFC 5322 atext subset that appears in real addresses: letters, digits, . _ % + - '
  return isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39;
}

// File names with an `@` (`icon@2x.png`, `pkg@1.2.3/index.js`) end in these, not in a TLD.
const FILE_EXTENSION =
  /^(?:png|jpe?g|gif|svg|webp|ico|bmp|css|[mc]?js|tsx?|jsx|json|lock|md|txt|ya?ml|xml|html|map)$/i;

function isSentenceEnd(c: number): boolean {
  return (
    isSpace(c) ||
    c === 41 ||
    c === 93 ||
    c === 125 ||
    c === 62 ||
    c === 34 ||
    c === 39 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 33 ||
    c === 63
  );
}

/** A character that can start the path of `user@host:path` (letters, digits, `/ ~ _`). */
function isPathStart(c: number): boolean {
  return isAlnum(c) || c === 47 || c === 126 || c === 95;
}

/**
 * Whether what follows a mailbox-like `user@host:` at `from` reads as a path
 * or a port (holds `/`, `.` or `~`, or only digits) rather than a password.
 */
function remoteAfter(text: string, from: number, limit: number): boolean {
  let digits = true;
  let p = from;
  for (; p < limit && p - from < 200; p++) {
    const c = text.charCodeAt(p);
    if (c === 47 || c === 46 || c === 126) return true;
    if (c <= 32 || c === 34 || c === 39 || c === 96) break;
    if (!isDigit(c)) digits = false;
  }
  return digits || p - from >= 200;
}

/** An encoded `:` (`%3A`): in a local part or right after a domain, a URL or a remote, not a mailbox. */
const ENCODED_COLON = /%3a/i;
const ENCODED_COLON_AT = /^%3a/i;

/** Units before a `user@host` read for the command of {@link SSH_LOGIN}. */
const SSH_REACH = 96;
/** An SSH-family command earlier on the line, with its options: `ssh -p 2222 `, `mosh `. */
const SSH_LOGIN = /(?:^|[\s;&|(`'"])(?:auto|)(?:ssh|sftp|mosh|ssh-copy-id) (?:[^\n@]{0,80} |)$/;

/**
 * Email whose `@` is at `h` and `width` units long (3 for a URL-encoded
 * `%40`). The local part is at most 64 characters and the domain needs two
 * labels and an alphabetic top-level label. URL user information
 * (`scheme://user@host`) and an SSH login (`ssh root@host.example.io`) are
 * not emails.
 */
export function emailAt(text: string, h: number, limit: number, sink: PiiSink, width = 1): void {
  // Domain first: most `@` in text (handles, decorators, versions) fail here cheaply.
  const d = h + width;
  let de = d;
  let dots = 0;
  while (de < limit && de - d < 254) {
    const c = text.charCodeAt(de);
    if (c === 46) dots++;
    else if (!(isAlnum(c) || c === 45)) break;
    // Labels never hold a dash run (`xn--` aside); `---` starts something else.
    if (c === 45 && text.charCodeAt(de + 1) === 45 && text.charCodeAt(de + 2) === 45) break;
    de++;
  }
  if (dots === 0) return;
  const walked = de;
  while (de > d && (text.charCodeAt(de - 1) === 46 || text.charCodeAt(de - 1) === 45)) de--;
  if (de - d > 253 || (de < limit && text.charCodeAt(de) === 95)) return;
  // A trailing dot ends a sentence only before a space or closing punctuation;
  // `a@b.c.[...` or `a@b.c.-x` is something else.
  if (walked > de && walked < limit && !isSentenceEnd(text.charCodeAt(walked))) return;
  // The local part starts after a string escape (`"...\\njane@..."`), not inside it.
  let ls = h;
  while (ls > 0 && h - ls < 65 && isLocalChar(text.charCodeAt(ls - 1)) && !afterEscape(text, ls))
    ls--;
  if (h - ls > 64 || (ls > 0 && isLocalChar(text.charCodeAt(ls - 1)) && !afterEscape(text, ls)))
    return;
  while (ls < h && (text.charCodeAt(ls) === 46 || text.charCodeAt(ls) === 39)) ls++;
  if (ls === h || text.charCodeAt(h - 1) === 46) return;
  // Labels: two or more, each 1-63 characters, none starting or ending with `-`.
  let labels = 0;
  let from = d;
  let firstEnd = de;
  for (let p = from; p <= de; p++) {
    if (p < de && text.charCodeAt(p) !== 46) continue;
    if (p === from || p - from > 63) return;
    if (text.charCodeAt(from) === 45 || text.charCodeAt(p - 1) === 45) return;
    if (labels++ === 0) firstEnd = p;
    if (p < de) from = p + 1;
  }
  if (labels < 2) return;
  const tld = text.slice(from, de);
  if (!/^(?:[A-Za-z]{2,24}|xn--[a-z0-9-]{1,59})$/.test(tld)) return;
  // `.invalid` is reserved never to resolve (RFC 2606): no one's mailbox.
  if (/^invalid$/i.test(tld)) return;
  if (FILE_EXTENSION.test(tld) || /^[0-9]+x$/i.test(text.slice(d, firstEnd))) return;
  for (let p = ls + 1; p < h; p++)
    if (text.charCodeAt(p) === 46 && text.charCodeAt(p - 1) === 46) return;
  // scheme://user@host is URL user information, not a mailbox.
  const low = Math.max(0, ls - 64);
  let scheme = ls - 3;
  while (
    scheme >= low &&
    !(
      text.charCodeAt(scheme) === 58 &&
      text.charCodeAt(scheme + 1) === 47 &&
      text.charCodeAt(scheme + 2) === 47
    )
  )
    scheme--;
  if (scheme >= low && !/[\s/?#]/.test(text.slice(scheme + 3, ls))) return;
  // `user@host:path` is an SCP-style remote (`git@github.com:acme/app.git`) and
  // `user@host:8080` an authority, not a mailbox; `jane@acme.com:<token>` (curl's
  // `-u email:api_token`) is a mailbox and its password.
  if (
    de + 1 < limit &&
    text.charCodeAt(de) === 58 &&
    isPathStart(text.charCodeAt(de + 1)) &&
    remoteAfter(text, de + 1, limit)
  )
    return;
  // A remote quoted whole (`[url "git@github.com:"]` in a Git config).
  if (de + 1 < limit && text.charCodeAt(de) === 58 && isQuote(text.charCodeAt(de + 1))) return;
  // `user/password@host:1521` (an Oracle connect string): credentials and an authority.
  if (
    ls > 0 &&
    text.charCodeAt(ls - 1) === 47 &&
    text.charCodeAt(de) === 58 &&
    isDigit(text.charCodeAt(de + 1))
  )
    return;
  // `ssh root@bastion.example.io`: a login on a host, not a mailbox.
  if (ls > 0 && SSH_LOGIN.test(text.slice(Math.max(0, ls - SSH_REACH), ls))) return;
  // The same two, URL-encoded: `ssh%3A%2F%2Fgit%40host`, `git%40github.com%3Aacme%2Fapp.git`.
  if (
    width > 1 &&
    (ENCODED_COLON.test(text.slice(ls, h)) || ENCODED_COLON_AT.test(text.slice(de, de + 3)))
  )
    return;
  sink({ type: 'email', start: ls, end: de });
}

// --- numbers starting with a digit, + or ( -----------------------------------

interface Groups {
  readonly plus: boolean;
  /** Digit groups in order, with whether each was in parentheses. */
  readonly groups: readonly string[];
  readonly paren: readonly boolean[];
  readonly seps: string;
  readonly end: number;
  /** Digits in all groups (the length of `groups.join('')`). */
  readonly digits: number;
}

/**
 * Index of the `)` closing a group of one to five digits opened at `p`, or
 * -1. A parenthesis holding anything else (`(office)`, `(24h)`) is a remark
 * after the number, not part of it.
 */
function parenGroupEnd(text: string, p: number, limit: number): number {
  let q = p + 1;
  while (q < limit && isDigit(text.charCodeAt(q)) && q - p <= 5) q++;
  return q === p + 1 || q >= limit || text.charCodeAt(q) !== 41 ? -1 : q;
}

/** Reads `+`, digit groups, `(..)` groups and single separators (space - . /) from `i`. */
function readGroups(text: string, i: number, limit: number): Groups | undefined {
  let p = i;
  const plus = text.charCodeAt(p) === 43;
  if (plus) p++;
  const groups: string[] = [];
  const paren: boolean[] = [];
  let seps = '';
  let end = p;
  let digits = 0;
  while (p < limit && groups.length < 8) {
    const c = text.charCodeAt(p);
    if (c === 40) {
      const q = parenGroupEnd(text, p, limit);
      if (q < 0) return undefined;
      groups.push(text.slice(p + 1, q));
      paren.push(true);
      digits += q - p - 1;
      p = q + 1;
    } else if (isDigit(c)) {
      let q = p;
      while (q < limit && isDigit(text.charCodeAt(q)) && q - p <= 19) q++;
      groups.push(text.slice(p, q));
      paren.push(false);
      digits += q - p;
      p = q;
    } else {
      break;
    }
    end = p;
    const s = text.charCodeAt(p);
    const next = text.charCodeAt(p + 1);
    if (
      (s === 32 || s === 45 || s === 46 || s === 47) &&
      p + 1 < limit &&
      (isDigit(next) || (next === 40 && parenGroupEnd(text, p + 1, limit) > 0))
    ) {
      seps += text[p];
      p++;
    } else if (paren[paren.length - 1] === true && (isDigit(s) || s === 40)) {
      seps += '';
    } else {
      break;
    }
  }
  if (groups.length === 0) return undefined;
  return { plus, groups, paren, seps, end, digits };
}

/**
 * Digits in the number-like run starting at `i` (digits with single
 * separators, `+` and parentheses), counted without allocating: phones need
 * seven and cards thirteen, so most numbers stop here.
 */
function digitsAhead(text: string, i: number, limit: number): number {
  let digits = 0;
  let separators = 0;
  for (let p = i; p < limit && p - i < 32; p++) {
    const c = text.charCodeAt(p);
    if (isDigit(c)) {
      digits++;
      separators = 0;
    } else if (
      (c === 32 || c === 45 || c === 46 || c === 47 || c === 40 || c === 41 || c === 43) &&
      separators < 2
    ) {
      separators++;
    } else {
      break;
    }
  }
  return digits;
}

function validUsNumber(ten: string): boolean {
  // NANP: area codes start with 2-9 and N11 codes are services. Exchanges also
  // start with 2-9, but written examples (555-123-4567) do not, so any passes.
  return /^[2-9][0-9]{9}$/.test(ten) && !/^[2-9]11/.test(ten);
}

/** True when `seps` holds a `.` or `/` and more than one distinct separator. */
function mixedDotted(seps: string): boolean {
  let dotted = false;
  let mixed = false;
  const first = seps.charCodeAt(0);
  for (let k = 0; k < seps.length; k++) {
    const c = seps.charCodeAt(k);
    if (c === 46 || c === 47) dotted = true;
    if (c !== first) mixed = true;
  }
  return dotted && mixed;
}

function phoneFrom(g: Groups, context: boolean): boolean {
  // Mixing dots or slashes with other separators is a version, date or path;
  // a space after the country code is not such a mix (`+33 6.12.34.56.78`).
  const seps = g.plus && g.seps.charCodeAt(0) === 32 ? g.seps.slice(1) : g.seps;
  if (mixedDotted(seps)) return false;
  const digits = g.groups.join('');
  const n = digits.length;
  if (g.plus) {
    // E.164: at most 15 digits; known countries get their national length.
    if (n < 8 || n > 15) return false;
    const trunk = g.paren[1] === true && g.groups[1] === '0';
    const rest = trunk ? g.groups[0]! + g.groups.slice(2).join('') : digits;
    if (rest.startsWith('1')) return rest.length === 11 && validUsNumber(rest.slice(1));
    if (rest.startsWith('44')) return /^44[1-9][0-9]{8,9}$/.test(rest);
    if (rest.startsWith('61')) return /^61[2-478][0-9]{8}$/.test(rest);
    if (rest.startsWith('49')) return /^49[1-9][0-9]{6,12}$/.test(rest);
    if (rest.startsWith('33')) return /^33[1-9][0-9]{8}$/.test(rest);
    if (rest.startsWith('91')) return /^91[1-9][0-9]{9}$/.test(rest);
    return !rest.startsWith('0') && (g.groups.length >= 2 || n >= 10);
  }
  if (digits.startsWith('0')) {
    // National trunk prefix (UK, AU, DE, FR, IN): written in groups of two digits or more,
    // or as one run of digits right after a phone label (`CONTACT_PHONE=0973219136`).
    if (n < 10 || n > 12 || digits[1] === '0') return false;
    if (g.groups.length === 1) return context && n <= 11;
    return !g.groups.some((x) => x.length < 2);
  }
  const lengths = g.groups.map((x) => x.length).join(',');
  // Mobile numbers of a few more countries, written nationally, after a phone label only:
  // Spain's nine digits from 6 or 7 (`647 411 109`), Italy's ten from 3 (`309 5699071`),
  // China's eleven from 13-19 (`138 6740 2307`).
  if (context) {
    if (n === 9 && /^[67]/.test(digits) && /^(?:9|3,3,3|3,2,2,2)$/.test(lengths)) return true;
    if (n === 10 && digits.startsWith('3') && /^(?:10|3,7|3,3,4)$/.test(lengths)) return true;
    if (n === 11 && /^1[3-9]/.test(digits) && /^(?:11|3,4,4)$/.test(lengths)) return true;
  }
  if (n !== 10 && n !== 11) return false;
  if (n === 10 && validUsNumber(digits)) {
    if (lengths === '3,3,4' && (g.seps.length === 2 || g.paren[0] === true)) return true;
    if (lengths === '10' && context) return true;
  }
  if (n === 11 && lengths === '1,3,3,4' && digits.startsWith('1') && validUsNumber(digits.slice(1)))
    return true;
  // India: ten-digit mobile numbers start 6-9, often written 5+5.
  return n === 10 && /^[6-9]/.test(digits) && (lengths === '5,5' || (lengths === '10' && context));
}

const CARD_BRANDS: readonly (readonly [RegExp, readonly number[]])[] = [
  [/^4/, [13, 16, 19]],
  [/^(?:5[1-5]|222[1-9]|22[3-9][0-9]|2[3-6][0-9]{2}|27[01][0-9]|2720)/, [16]],
  [/^3[47]/, [15]],
  [
    /^(?:6011|65|64[4-9]|622(?:12[6-9]|1[3-9][0-9]|[2-8][0-9]{2}|9[01][0-9]|92[0-5]))/,
    [16, 17, 18, 19],
  ],
  [/^35(?:2[89]|[3-8][0-9])/, [16, 17, 18, 19]],
  [/^3(?:0[0-5]|[68])/, [14, 15, 16, 17, 18, 19]],
  [/^62/, [16, 17, 18, 19]],
  [/^(?:5[06-9]|6[0-9])/, [13, 14, 15, 16, 17, 18, 19]],
];

/**
 * Card numbers that payment providers publish for testing (Stripe, Braintree,
 * Adyen, PayPal and the card networks' generic test numbers): no one's card,
 * so not personal data. They are what documentation, tests and support
 * threads about a payment integration show.
 */
const TEST_CARDS: ReadonlySet<string> = new Set([
  '4242424242424242',
  '4000056655665556',
  '5555555555554444',
  '2223003122003222',
  '5200828282828210',
  '5105105105105100',
  '378282246310005',
  '371449635398431',
  '6011111111111117',
  '6011000990139424',
  '3056930009020004',
  '36227206271667',
  '3566002020360505',
  '6200000000000005',
  '4111111111111111',
  '4012888888881881',
  '4222222222222',
  '4000000000000002',
  '4000000000009995',
  '4000000000009987',
  '4000000000009979',
  '4000000000000069',
  '4000000000000127',
  '4000000000000119',
  '4000002500003155',
  '4000002760003184',
  '4000000000003220',
  '4000000000000077',
  '4000000000000341',
  '4000000000000010',
  '5454545454545454',
  '5500000000000004',
  '340000000000009',
  '378734493671000',
  '6011000000000004',
  '4005519200000004',
  '4009348888881881',
  '4012000033330026',
  '4012000077777777',
  '4217651111111119',
  '4500600000000061',
  '5424000000000015',
  '2223000048400011',
  '4000000000000259',
  '4000000000001976',
  '4000000000005126',
  '4000000000003063',
  '4000000000003055',
  '4000000000000101',
  '4000000000000036',
  '4000000000000044',
  '4000000000000028',
  '4100000000000019',
]);

function cardOk(digits: string): boolean {
  if (digits.length < 12 || digits.length > 19 || /^(.)\1+$/.test(digits)) return false;
  if (TEST_CARDS.has(digits)) return false;
  for (const [prefix, lengths] of CARD_BRANDS) {
    if (prefix.test(digits)) return lengths.includes(digits.length) && luhn(digits);
  }
  return false;
}

/** Longest card number made of whole groups from the start of `g`. */
function cardFrom(text: string, start: number, g: Groups): number | undefined {
  if (g.plus || g.paren.some(Boolean)) return undefined;
  // Groups joined by the first separator (space or dash); another separator ends the number.
  const sep = g.seps[0];
  if (sep !== undefined && sep !== ' ' && sep !== '-') return undefined;
  let count = 1;
  while (count < g.groups.length && g.seps[count - 1] === sep) count++;
  let best: number | undefined;
  let bestGroups = 0;
  let digits = '';
  let offset = start;
  for (let k = 0; k < count; k++) {
    const group = g.groups[k]!;
    if (k > 0 && g.groups[k - 1]!.length < 4) break;
    digits += group;
    offset += group.length + (k > 0 ? 1 : 0);
    if (digits.length > 19) break;
    if (cardOk(digits)) {
      best = offset;
      bestGroups = k + 1;
    }
  }
  if (best === undefined) return undefined;
  // Inside a path or a colon-separated token it is an id, not a card.
  if (start > 0 && text.charCodeAt(start - 1) === 47) return undefined;
  const after = text.charCodeAt(best);
  if (after === 47 || after === 58 || after === 64) return undefined;
  // A dashed token that goes on (`62394002-6591-4541-a40d-...`, a UUID): an id.
  if (after === 45 && isAlnum(text.charCodeAt(best + 1))) return undefined;
  // Another four-digit group in the same grouping: a longer number, not a card.
  const next = g.groups[bestGroups];
  if (bestGroups < count && next !== undefined && next.length >= 4) return undefined;
  return best;
}

const SSN = /([0-9]{3})([- ])([0-9]{2})\2([0-9]{4})/y;
const NINE = /[0-9]{9}/y;
const TFN_SPACED = /[0-9]{3}([- ])[0-9]{3}\1[0-9]{3}/y;
const MEDICARE_SPACED = /[2-6][0-9]{3}([ -])[0-9]{5}\1[0-9](?:[ -][1-9]|)/y;
const TEN_ELEVEN = /[2-6][0-9]{9,10}/y;
const AADHAAR_SPACED = /[2-9][0-9]{3}([- ])[0-9]{4}\1[0-9]{4}/y;
const TWELVE = /[2-9][0-9]{11}/y;
const IPV4 =
  /(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/y;
const ETH = /0x[0-9a-fA-F]{40}/y;
const BTC58 = /[13][1-9A-HJ-NP-Za-km-z]{25,34}/y;
const DATE_ISO = /(?:19|20)[0-9]{2}([-/.])(?:1[0-2]|0?[1-9])\1(?:3[01]|[12][0-9]|0?[1-9])/y;
const DATE_NUMERIC =
  /(3[01]|[12][0-9]|0?[1-9])([-/.])(3[01]|[12][0-9]|0?[1-9])\2(?:19|20)[0-9]{2}/y;
const DATE_DAY_YEAR = /(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th|),? (?:19|20)[0-9]{2}/y;
/** A date written with the year, month and day characters of Japanese, Chinese and Korean. */
const DATE_CJK =
  /(?:19|20)[0-9]{2} ?[\u5e74\ub144] ?(?:1[0-2]|0?[1-9]) ?[\u6708\uc6d4] ?(?:3[01]|[12][0-9]|0?[1-9]) ?[\u65e5\uc77c]/y;
// Month names, longest first so `Sept` is not read as `Sep` + `t`; then the months of
// German, French, Spanish, Portuguese, Italian and Dutch ("2. Januar 1971", "3 janvier 1948",
// "3 de enero de 1948").
const DATE_DAY_MONTH =
  /(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th|er|)\.? (?:de )?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|januar|februar|m\u00e4rz|mai|juni|juli|oktober|dezember|janvier|f\u00e9vrier|mars|avril|juin|juillet|ao\u00fbt|septembre|octobre|novembre|d\u00e9cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar\u00e7o|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus)\.?,? (?:de )?(?:19|20)[0-9]{2}/iy;
/** An ordinal suffix after a day (`1st`, `22nd`). */
const ORDINAL = /^(?:st|nd|rd|th)/;
const MONTH_BEFORE =
  /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.? $/;

function ssnValid(area: string, group: string, serial: string): boolean {
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (group === '00' || serial === '0000') return false;
  // Numbers published in advertising and documentation, never valid.
  const whole = area + group + serial;
  return whole !== '078051120' && whole !== '219099999' && whole !== '123456789';
}

/**
 * Numeric PII starting at `i` (a digit, `+` or `(` that starts a token).
 * `label`, when given, stands for the text before `i` as the number's
 * context (a table column's name, see {@link cellPiiAt}).
 */
export function digitPiiAt(
  text: string,
  i: number,
  limit: number,
  on: PiiSwitches,
  sink: PiiSink,
  label?: string,
): void {
  const c = text.charCodeAt(i);
  const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
  // Inside a dotted or dashed token (`v1.2`, `id-4111...`), but not after a `--` rule or marker.
  if (prev === 46 || prev === 95 || (prev === 45 && text.charCodeAt(i - 2) !== 45)) return;
  // A digit group after `1234 ` or `1234-` is the middle of a longer number.
  const inside = (prev === 32 || prev === 45) && isDigit(text.charCodeAt(i - 2));
  // The label before the number, read once and only when a format asks for it
  // (a local, not a closure: this runs for every number in the text).
  let lead: string | undefined;
  if (isDigit(c)) {
    // The shape of the leading digit run decides which formats can start here.
    let run = 1;
    while (run < 21 && isDigit(text.charCodeAt(i + run))) run++;
    const next = text.charCodeAt(i + run);
    const sep = next === 32 || next === 45;
    if (on.us_ssn && !inside && ((run === 3 && sep) || run === 9)) {
      lead ??= label ?? leadBefore(text, i, 48);
      ssnAt(text, i, limit, lead, sink);
    }
    if (on.au_tfn && !inside && ((run === 3 && sep) || run === 9 || run === 8)) {
      lead ??= label ?? leadBefore(text, i, 48);
      tfnAt(text, i, limit, lead, sink);
    }
    if (on.au_medicare && !inside && ((run === 4 && sep) || run === 10 || run === 11)) {
      lead ??= label ?? leadBefore(text, i, 48);
      checkedAt(text, i, limit, lead, MEDICARE, sink);
    }
    if (on.in_aadhaar && !inside && ((run === 4 && sep) || run === 12)) {
      lead ??= label ?? leadBefore(text, i, 48);
      checkedAt(text, i, limit, lead, AADHAAR, sink);
    }
    if (on.ipv4 && run <= 3 && next === 46) {
      lead ??= label ?? leadBefore(text, i, 48);
      ipv4At(text, i, limit, lead, sink);
    }
    if (
      on.crypto_wallet &&
      ((c === 48 && run === 1 && next === 120) || ((c === 49 || c === 51) && isAlnum(next)))
    )
      walletAt(text, i, limit, c, sink);
    // Every date format goes on from its first digits with `-`, `/`, `.`, `,` or a space
    // (or `st`, `nd` ...): anything else (`20%` in `%20`) starts none, before its label is read.
    if (
      on.date_of_birth &&
      (((run === 4 || run <= 2) &&
        (next === 45 || next === 47 || next === 46 || next === 44 || next === 32)) ||
        (run === 4 && (next === 0x5e74 || next === 0xb144)) ||
        (run <= 2 &&
          (next === 115 || next === 110 || next === 114 || next === 116) &&
          ORDINAL.test(text.slice(i + run, i + run + 2))))
    ) {
      lead ??= label ?? leadBefore(text, i, 48);
      dateAt(text, i, limit, lead, label !== undefined, sink);
    }
  }
  if ((on.phone || on.credit_card) && !inside && digitsAhead(text, i, limit) >= 7) {
    const g = readGroups(text, i, limit);
    if (g === undefined || !boundaryAfter(text, g.end, limit)) return;
    // A card number never follows a `+`: `+4915839009771` is a phone number.
    if (on.credit_card && isDigit(c) && prev !== 43 && g.digits >= 13) {
      const end = cardFrom(text, i, g);
      if (end !== undefined) {
        lead ??= label ?? leadBefore(text, i, 48);
        if (!NOT_A_CARD.test(lead)) sink({ type: 'credit_card', start: i, end });
      }
    }
    if (on.phone) {
      lead ??= label ?? leadBefore(text, i, 48);
      if (phoneFrom(g, PHONE_CONTEXT.test(lead)) && !NOT_A_PHONE.test(lead))
        sink({ type: 'phone', start: i, end: g.end });
    }
  }
}

function ssnAt(text: string, i: number, limit: number, lead: string, sink: PiiSink): void {
  const m = at(SSN, text, i, limit);
  if (m !== null) {
    const end = i + m[0].length;
    if (boundaryAfter(text, end, limit) && ssnValid(m[1]!, m[3]!, m[4]!))
      sink({ type: 'us_ssn', start: i, end });
    return;
  }
  const bare = SSN_CONTEXT.test(lead) ? at(NINE, text, i, limit) : null;
  if (bare === null || !boundaryAfter(text, i + 9, limit)) return;
  const d = bare[0];
  if (ssnValid(d.slice(0, 3), d.slice(3, 5), d.slice(5)))
    sink({ type: 'us_ssn', start: i, end: i + 9, confidence: 0.85 });
}

function tfnAt(text: string, i: number, limit: number, lead: string, sink: PiiSink): void {
  const context = TFN_CONTEXT.test(lead);
  const m = at(TFN_SPACED, text, i, limit) ?? (context ? at(NINE, text, i, limit) : null);
  if (m === null) return;
  const end = i + m[0].length;
  if (!boundaryAfter(text, end, limit) || !tfn(digitsOf(m[0]))) return;
  sink({ type: 'au_tfn', start: i, end, ...(context ? {} : { confidence: 0.75 }) });
}

interface Checked {
  readonly type: 'au_medicare' | 'in_aadhaar';
  readonly spaced: RegExp;
  readonly bare: RegExp;
  readonly context: RegExp;
  readonly check: (digits: string) => boolean;
  /**
   * Whether the grouped form may be followed by another digit group. A
   * Medicare number may be (an expiry, `2123 45671 1 05/2027`); a 4-4-4
   * Aadhaar followed by a fourth group is part of a longer number.
   */
  readonly runsOn: boolean;
}

const MEDICARE: Checked = {
  type: 'au_medicare',
  spaced: MEDICARE_SPACED,
  bare: TEN_ELEVEN,
  context: MEDICARE_CONTEXT,
  check: medicare,
  runsOn: true,
};
const AADHAAR: Checked = {
  type: 'in_aadhaar',
  spaced: AADHAAR_SPACED,
  bare: TWELVE,
  context: AADHAAR_CONTEXT,
  check: verhoeff,
  runsOn: false,
};

/** A checksummed number: written in its usual grouping, or bare right after its name. */
function checkedAt(
  text: string,
  i: number,
  limit: number,
  lead: string,
  kind: Checked,
  sink: PiiSink,
): void {
  const spaced = at(kind.spaced, text, i, limit);
  const m = spaced ?? (kind.context.test(lead) ? at(kind.bare, text, i, limit) : null);
  if (m === null) return;
  // `Tracking number 3710 2245 4099`: the number of a parcel, a batch or an order.
  if (spaced !== null && NOT_A_PHONE.test(lead)) return;
  const end = i + m[0].length;
  // `4660 1862 8791 5881`: the grouping continues, so this is a longer number.
  if (
    spaced !== null &&
    !kind.runsOn &&
    end + 1 < limit &&
    text.charCodeAt(end) === text.charCodeAt(i + 4) &&
    isDigit(text.charCodeAt(end + 1))
  )
    return;
  if (boundaryAfter(text, end, limit) && kind.check(digitsOf(m[0])))
    sink({ type: kind.type, start: i, end });
}

/**
 * Whether `i` follows a product token and a `/` (`Chrome/120.0.0.0` in a
 * User-Agent, RFC 9110 section 10.1.5): a word starting with a letter, set
 * off from what precedes it. A URL (`http://10.0.0.1`), a path segment
 * (`/hosts/10.0.0.1`) or a host (`ipinfo.io/8.8.8.8`) before the `/` is not one.
 */
function afterProduct(text: string, i: number): boolean {
  if (i < 2 || text.charCodeAt(i - 1) !== 47) return false;
  let p = i - 1;
  while (p > 0 && i - p <= 32) {
    const c = text.charCodeAt(p - 1);
    if (!(isAlnum(c) || c === 45 || c === 95)) break;
    p--;
  }
  const first = text.charCodeAt(p) | 32;
  if (p === i - 1 || first < 97 || first > 122) return false;
  if (p === 0) return true;
  const c = text.charCodeAt(p - 1);
  return !(isAlnum(c) || c === 45 || c === 95 || c === 47 || c === 46 || c === 58 || c === 64);
}

function ipv4At(text: string, i: number, limit: number, lead: string, sink: PiiSink): void {
  const m = at(IPV4, text, i, limit);
  if (m === null) return;
  const end = i + m[0].length;
  if (
    !boundaryAfter(text, end, limit) ||
    VERSION_CONTEXT.test(lead) ||
    SECTION_CONTEXT.test(lead) ||
    afterProduct(text, i)
  )
    return;
  // The loopback and unspecified addresses, and broadcast addresses and netmasks
  // (`255.255.255.0`), identify no one.
  if (m[0] === '127.0.0.1' || m[0] === '0.0.0.0' || m[0].startsWith('255.')) return;
  // A network in CIDR notation (`10.8.0.0/24`, a VPC's or a VPN's range) is no one's address.
  if (m[0].endsWith('.0') && text.charCodeAt(end) === 47 && isDigit(text.charCodeAt(end + 1)))
    return;
  sink({ type: 'ipv4', start: i, end });
}

function walletAt(text: string, i: number, limit: number, c: number, sink: PiiSink): void {
  if (c === 48) {
    const m = at(ETH, text, i, limit);
    if (m !== null && boundaryAfter(text, i + 42, limit) && eip55(m[0]))
      sink({ type: 'crypto_wallet', start: i, end: i + 42 });
    return;
  }
  if (c !== 49 && c !== 51) return;
  const m = at(BTC58, text, i, limit);
  if (m === null) return;
  const end = i + m[0].length;
  if (!boundaryAfter(text, end, limit)) return;
  const payload = base58Check(m[0]);
  if (payload !== undefined && payload.length === 21 && (payload[0] === 0 || payload[0] === 5))
    sink({ type: 'crypto_wallet', start: i, end });
}

function dateAt(
  text: string,
  i: number,
  limit: number,
  lead: string,
  labelled: boolean,
  sink: PiiSink,
): void {
  // A birth word in the 48 characters before, or right after the date (tested last).
  const hinted = DOB_HINT.test(lead);
  if (!hinted && (labelled || !mayCueAfter(text, i, limit))) return;
  let start = i;
  let m =
    at(DATE_ISO, text, i, limit) ??
    at(DATE_DAY_MONTH, text, i, limit) ??
    at(DATE_CJK, text, i, limit);
  if (m === null) {
    m = at(DATE_NUMERIC, text, i, limit);
    if (m !== null && Number(m[1]) > 12 && Number(m[3]) > 12) m = null;
  }
  if (m === null && hinted) {
    const month = MONTH_BEFORE.exec(lead);
    if (month !== null) {
      m = at(DATE_DAY_YEAR, text, i, limit);
      if (m !== null) start = i - month[0].length;
    }
  }
  if (m === null) return;
  const end = i + m[0].length;
  if (!boundaryAfter(text, end, limit)) return;
  // A label given for the number already holds the words before it (a month name).
  if (hinted) {
    const context = labelled
      ? lead
      : ((start === i ? attributeLabel(text, i) : undefined) ?? before(text, start, 40));
    if (DOB_CONTEXT.test(context)) {
      sink({ type: 'date_of_birth', start, end });
      return;
    }
  }
  if (!labelled && at(DOB_AFTER, text, end, limit) !== null)
    sink({ type: 'date_of_birth', start, end });
}

/**
 * Whether a word that {@link DOB_AFTER} may start with (`geboren`, `as`,
 * `als`, `comme`, `como`, `come`) follows a space within the reach of a
 * date starting at `i`: a cheap test before the date is read at all.
 */
function mayCueAfter(text: string, i: number, limit: number): boolean {
  const end = Math.min(limit, i + 34);
  for (let p = i + 6; p < end; p++) {
    if (text.charCodeAt(p - 1) !== 32) continue;
    const c = text.charCodeAt(p) | 0x20;
    if (c === 103 || c === 97 || c === 99) return true;
  }
  return false;
}

// --- tokens starting with capital letters (IBAN, NINO, PAN) and bech32 -------

const IBAN_HEAD = /[A-Z]{2}[0-9]{2}/y;
// Written `AB123456C`, `AB 12 34 56 C`, or grouped as HMRC prints it, `AB 123456 C`.
const NINO =
  /([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])(?:( ?)[0-9]{2}\2[0-9]{2}\2[0-9]{2}\2| [0-9]{6} )[A-D]/y;
const PAN = /[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z]/y;
const BECH32 = /(?:bc|ltc)1[02-9ac-hj-np-z]{8,87}/y;

/** PII starting with letters at `i` (the start of a token). */
export function alnumPiiAt(
  text: string,
  i: number,
  limit: number,
  on: PiiSwitches,
  sink: PiiSink,
): void {
  if (on.iban && at(IBAN_HEAD, text, i, limit) !== null) ibanAt(text, i, limit, sink);
  if (on.uk_nino) {
    const m = at(NINO, text, i, limit);
    const end = m === null ? 0 : i + m[0].length;
    if (m !== null && boundaryAfter(text, end, limit) && !/^(?:BG|GB|KN|NK|NT|TN|ZZ)$/.test(m[1]!))
      sink({ type: 'uk_nino', start: i, end });
  }
  if (on.in_pan && at(PAN, text, i, limit) !== null && boundaryAfter(text, i + 10, limit))
    sink({ type: 'in_pan', start: i, end: i + 10 });
}

/**
 * A Bech32 wallet address (`bc1...`, `ltc1...`) starting at `i`. Found by
 * the literal-keyword scan: a scan led by `b` or `l` costs a regex attempt
 * at most letters of English text.
 */
export function bech32At(text: string, i: number, limit: number, sink: PiiSink): void {
  const m = at(BECH32, text, i, limit);
  const end = m === null ? 0 : i + m[0].length;
  if (m !== null && boundaryAfter(text, end, limit) && bech32Address(m[0]))
    sink({ type: 'crypto_wallet', start: i, end });
}

/** The Bech32 human-readable prefixes {@link bech32At} reads, with their separator. */
export const BECH32_PREFIXES: readonly string[] = ['bc1', 'ltc1'];

const SPACES = / /g;

function ibanAt(text: string, i: number, limit: number, sink: PiiSink): void {
  const length = ibanLength(text.slice(i, i + 2));
  if (length === undefined) return;
  // Count the characters first; the compact form is cut out once at the end.
  let n = 0;
  let p = i;
  let spaced = false;
  while (p < limit && n < length) {
    const c = text.charCodeAt(p);
    if ((c >= 65 && c <= 90) || isDigit(c)) {
      n++;
      p++;
    } else if (c === 32 && n % 4 === 0 && n > 0) {
      spaced = true;
      p++;
    } else {
      return;
    }
  }
  if (n !== length || !boundaryAfter(text, p, limit)) return;
  if (spaced && p + 1 < limit && text.charCodeAt(p) === 32 && isAlnum(text.charCodeAt(p + 1))) {
    // "DE89 3704 ... 00 12": the grouping continues past the registered length.
    const next = text.slice(p + 1, Math.min(limit, p + 5));
    if (/^[A-Z0-9]{1,4}(?:[^A-Za-z0-9]|$)/.test(next) && /[0-9]/.test(next)) return;
  }
  const compact = spaced ? text.slice(i, p).replace(SPACES, '') : text.slice(i, p);
  if (iban(compact)) sink({ type: 'iban', start: i, end: p });
}

// --- colon and dash separated addresses -------------------------------------------

const MAC_COLON =
  /[0-9A-Fa-f]{2}(:)[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}/y;
const MAC_DASH =
  /[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}/y;
const MAC_DOT = /[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}/y;

/**
 * MAC address whose first separator (`:`, `-` or `.`) is at `h`. All-zero
 * and broadcast addresses are not personal data.
 */
export function macAt(text: string, h: number, limit: number, sink: PiiSink): void {
  const sep = text.charCodeAt(h);
  const start = h - (sep === 46 ? 4 : 2);
  if (start < 0) return;
  if (start > 0 && !afterEscape(text, start)) {
    const p = text.charCodeAt(start - 1);
    if (isAlnum(p) || p === sep || p === 58 || p === 45 || p === 46) return;
  }
  const re = sep === 58 ? MAC_COLON : sep === 45 ? MAC_DASH : MAC_DOT;
  const m = at(re, text, start, limit);
  if (m === null) return;
  const end = start + m[0].length;
  if (end < limit) {
    const n = text.charCodeAt(end);
    // `001a.2b3c.4d5e.` ends a sentence; `001a.2b3c.4d5e.6f70` is something longer.
    const period = sep === 46 && (end + 1 >= limit || !isAlnum(text.charCodeAt(end + 1)));
    if (isAlnum(n) || (n === sep && !period) || (n === 58 && sep !== 58)) return;
  }
  const hex = m[0].replace(/[^0-9A-Fa-f]/g, '').toLowerCase();
  if (/^0+$/.test(hex) || /^f+$/.test(hex)) return;
  sink({ type: 'mac_address', start, end });
}

/**
 * IPv6 address whose first `:` is at `h` (or that starts with `::` at `h`).
 * Needs either eight groups or one `::`, and at least four hex digits so
 * `a::b` in code is not reported.
 */
export function ipv6At(text: string, h: number, limit: number, sink: PiiSink): void {
  let start = h;
  while (start > 0 && h - start < 4 && isHex(text.charCodeAt(start - 1))) start--;
  if (start > 0 && !afterEscape(text, start)) {
    const p = text.charCodeAt(start - 1);
    if (isAlnum(p) || p === 58 || p === 46 || p === 95 || p === 45) return;
  }
  if (start === h && text.charCodeAt(h + 1) !== 58) return;
  let p = start;
  let groups = 0;
  let compressed = false;
  let hexDigits = 0;
  let v4 = false;
  // Every group two hex digits: a byte string (a key's fingerprint), not an address.
  let pairs = true;
  while (p < limit && p - start <= 45) {
    if (text.charCodeAt(p) === 58 && text.charCodeAt(p + 1) === 58) {
      if (compressed) return;
      compressed = true;
      p += 2;
      continue;
    }
    let q = p;
    while (q < limit && q - p < 5 && isHex(text.charCodeAt(q))) q++;
    if (q === p) break;
    if (q - p > 4) return;
    // A dot before a digit starts an embedded IPv4; any other dot ends the sentence.
    if (
      text.charCodeAt(q) === 46 &&
      isDigit(text.charCodeAt(q + 1)) &&
      (groups >= 1 || compressed)
    ) {
      const m = at(IPV4, text, p, limit);
      if (m === null) return;
      v4 = true;
      groups += 2;
      p += m[0].length;
      break;
    }
    groups++;
    hexDigits += q - p;
    if (q - p !== 2) pairs = false;
    p = q;
    if (text.charCodeAt(p) === 58 && text.charCodeAt(p + 1) !== 58) {
      if (!isHex(text.charCodeAt(p + 1))) break;
      p++;
    } else if (text.charCodeAt(p) !== 58) {
      break;
    }
  }
  const end = p;
  if (end < limit) {
    const n = text.charCodeAt(end);
    if (isAlnum(n) || n === 58 || n === 95) return;
    if (n === 46 && isAlnum(text.charCodeAt(end + 1))) return;
  }
  if (compressed ? groups > 7 : groups !== 8 || pairs) return;
  if (hexDigits + (v4 ? 4 : 0) < 4 || (compressed && groups < 2 && !v4)) return;
  sink({ type: 'ipv6', start, end });
}

// --- table cells named by a header, URL-encoded query values ----------------

/** A trailing `number` or `no` word of a column name (`phone_number`, `medicare_no`). */
const NUMBER_WORD = /[ _.-]?(?:number|no)$/i;

/**
 * The label that a column or field named `name` gives the numbers under it
 * (`tfn: `, `phone: `), when it names PII whose bare form needs a label (a
 * TFN, Medicare, Aadhaar or SSN without separators, a national phone
 * number, a date of birth); undefined otherwise. A trailing `number` or
 * `no` word is dropped first, so `phone_number` reads as `phone`; the
 * context patterns that read a label before a number then decide.
 *
 * @example
 * ```ts
 * piiLabel('tax_file_number'); // 'tax_file: '
 * piiLabel('notes'); // undefined
 * ```
 */
export function piiLabel(name: string): string | undefined {
  const label = `${name.replace(NUMBER_WORD, '')}: `;
  return SSN_CONTEXT.test(label) ||
    NATIONAL_ID_CONTEXT.test(label) ||
    TFN_CONTEXT.test(label) ||
    MEDICARE_CONTEXT.test(label) ||
    AADHAAR_CONTEXT.test(label) ||
    PHONE_CONTEXT.test(label) ||
    DOB_CONTEXT.test(label)
    ? label
    : undefined;
}

/**
 * Whether `text[start, end)` is a whole phone number: an optional `+`, then
 * 7 to 15 digits grouped by single spaces, `-`, `.` or parentheses, ending
 * in a digit.
 */
function phoneCell(text: string, start: number, end: number): boolean {
  if (end - start > 24) return false;
  let digits = 0;
  let gap = false;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (isDigit(c)) {
      digits++;
      gap = false;
    } else if (c === 43 && p === start) {
      gap = true;
    } else if (c === 32 || c === 45 || c === 46 || c === 40 || c === 41) {
      // One separator between groups (a parenthesis may touch a space: `(11) 94216`).
      if (gap && c !== 40 && text.charCodeAt(p - 1) !== 41) return false;
      gap = true;
    } else return false;
  }
  return digits >= 7 && digits <= 15 && isDigit(text.charCodeAt(end - 1));
}

/**
 * A column or label naming a national identity number without saying whose
 * (`national_id`, `citizen_id`, `id_number`).
 */
const NATIONAL_ID_CONTEXT =
  /(?:^|[^a-z])(?:national[ _-]?(?:id|identity|identification|insurance)|citizen[ _-]?id|personal[ _-]?id|id[ _-]?number|nid)(?:[ _-](?:number|num|no)|number|num|no|)\W{0,8}$/i;
/** The labels a national id is read under, in turn (see {@link cellPiiAt}). */
const NATIONAL_LABELS: readonly string[] = ['aadhaar: ', 'tfn: ', 'medicare: ', 'ssn: '];

/** Whether `text[start, end)` is a date as a whole (`2024.01.05`, `05-01-2024`). */
function dateCell(text: string, start: number, end: number): boolean {
  const m = at(DATE_ISO, text, start, end) ?? at(DATE_NUMERIC, text, start, end);
  return m !== null && start + m[0].length === end;
}

/** Letters, a period and a space before a day that {@link cellPiiAt} reads as a month. */
const MONTH_LEAD_MAX = 11;

/**
 * PII in the table cell `text[start, end)` (quotes excluded) of a column
 * whose name gives `label` (see {@link piiLabel}): the cell is read as if
 * the label stood right before it, so a bare TFN under `tfn` or a date
 * under `dob` counts. A cell opening with a month name ("October 4, 1986") is read
 * from its first digit, the month joining the label. The cell's end is the
 * boundary of what is read; every checksum still decides.
 */
export function cellPiiAt(
  text: string,
  start: number,
  end: number,
  label: string,
  on: PiiSwitches,
  sink: PiiSink,
): void {
  if (end <= start) return;
  const c = text.charCodeAt(start);
  // A phone column's cell is a phone number in any country's grouping (`394 6157391`).
  if (
    on.phone &&
    PHONE_CONTEXT.test(label) &&
    phoneCell(text, start, end) &&
    !dateCell(text, start, end)
  ) {
    sink({ type: 'phone', start, end });
    return;
  }
  if (isDigit(c) && NATIONAL_ID_CONTEXT.test(label)) {
    // A national id of a country the label does not name: each national number's own
    // label in turn, the first whose checks pass.
    let found = false;
    const once: PiiSink = (hit) => {
      if (!found) sink(hit);
      found = true;
    };
    for (const named of NATIONAL_LABELS) {
      digitPiiAt(text, start, end, on, once, named);
      if (found) return;
    }
    return;
  }
  if (isDigit(c) || c === 43 || c === 40) {
    digitPiiAt(text, start, end, on, sink, label);
    return;
  }
  let p = start;
  while (p < end && p - start <= MONTH_LEAD_MAX && !isDigit(text.charCodeAt(p))) p++;
  if (p > start + 1 && p < end && text.charCodeAt(p - 1) === 32 && isDigit(text.charCodeAt(p)))
    digitPiiAt(text, p, end, on, sink, label + text.slice(start, p));
}

/** Raw units of a URL-encoded value that {@link encodedPiiAt} reads. */
export const ENCODED_REACH = 128;
/** Units from a value's start within which {@link encodedSpaceAt} wants its first encoded space. */
const ENCODED_FIRST = 8;
/** Fewest letters and digits of a number or id {@link encodedPiiAt} looks for (a phone has seven). */
const ENCODED_MIN = 7;

/** `%2B` (an encoded `+`) at `p`. */
function encodedPlusAt(text: string, p: number): boolean {
  return (
    text.charCodeAt(p) === 37 &&
    text.charCodeAt(p + 1) === 50 &&
    (text.charCodeAt(p + 2) | 0x20) === 98
  );
}

/** `%20` (an encoded space) at `p`. */
function encodedSpace(text: string, p: number): boolean {
  return (
    text.charCodeAt(p) === 37 && text.charCodeAt(p + 1) === 50 && text.charCodeAt(p + 2) === 48
  );
}

/**
 * Whether the value at `v` (after a query parameter's `=`) opens like a
 * number or a national id written URL-encoded: an optional `+`, `%2B` or
 * `(`, letters or digits, then `%20` or `+` within the first
 * {@link ENCODED_FIRST} units (`7357%209409%203676`, `ES84+4046+...`,
 * `(040)%208705237`), or `%2B` and a digit (`%2B917466102170`). Reads at
 * most `v + 11`.
 */
export function encodedSpaceAt(text: string, v: number): boolean {
  let p = v;
  const c = text.charCodeAt(p);
  if (c === 43 || c === 40) p++;
  else if (encodedPlusAt(text, p)) {
    p += 3;
    if (isDigit(text.charCodeAt(p))) return true;
  } else if (!(isDigit(c) || (c >= 65 && c <= 90))) return false;
  const first = p;
  for (; p < v + ENCODED_FIRST; p++) {
    const d = text.charCodeAt(p);
    if (isAlnum(d) || (d === 41 && c === 40)) continue;
    return p > first && (d === 43 || encodedSpace(text, p));
  }
  return false;
}

/** The value of a two-digit hex escape at `p` (`%XY`), or -1. */
function escapedUnit(text: string, p: number): number {
  const hi = hexValue(text.charCodeAt(p + 1));
  const lo = hexValue(text.charCodeAt(p + 2));
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

function hexValue(c: number): number {
  if (isDigit(c)) return c - 48;
  const l = c | 0x20;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

/**
 * Numeric PII and national ids in a URL query value at `v` whose spaces are
 * URL-encoded (`?aadhaar=7357%209409%203676`, `?iban=ES84+4046+...`,
 * `?pan=2252%200153%202781%202805`). The value is decoded into a view
 * (`%20`, and `+` between groups, as a space; a leading `%2B` as `+`;
 * nothing else), the PII matchers run on that view with the text before
 * `v` as its label, so every checksum still decides, and each hit is
 * mapped back onto the encoded text it came from. Reads
 * `text[v - 48, limit)`; a value that does not end within
 * {@link ENCODED_REACH} units is skipped.
 */
export function encodedPiiAt(
  text: string,
  v: number,
  limit: number,
  on: PiiSwitches,
  sink: PiiSink,
): void {
  // First where the value ends and how many letters and digits it holds, building nothing.
  const end = Math.min(limit, v + ENCODED_REACH);
  let p = v;
  let last = 0;
  if (encodedPlusAt(text, p)) {
    p += 3;
    last = 43;
  } else if (text.charCodeAt(p) === 43) {
    p++;
    last = 43;
  }
  const first = p;
  // A number (a card, a phone, a national number) has no letter in it, a date of birth may
  // (`4 November 1960`); an IBAN or a NINO starts with two.
  let number = !(text.charCodeAt(first) >= 65 && text.charCodeAt(first) <= 90);
  let alnum = 0;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (isAlnum(c)) {
      if (number && !isDigit(c)) {
        if (!on.date_of_birth || !DOB_HINT.test(before(text, v, 48))) return;
        number = false;
      }
      alnum++;
      last = c;
      p++;
    } else if (c === 45 || c === 46 || c === 40 || c === 41) {
      last = c;
      p++;
    } else if ((c === 43 || encodedSpace(text, p)) && (isAlnum(last) || last === 41)) {
      // One space between groups: after a letter, a digit or `)`.
      last = 32;
      p += c === 43 ? 1 : 3;
    } else break;
  }
  if (p >= v + ENCODED_REACH || alnum < ENCODED_MIN) return;
  // An encoded letter or digit would continue the value: no number of ours ends here.
  if (text.charCodeAt(p) === 37 && isAlnum(escapedUnit(text, p))) return;
  const stop = p;
  let decoded = first > v ? '+' : '';
  // Where each decoded unit starts in `text`.
  const at: number[] = first > v ? [v] : [];
  for (p = first; p < stop; ) {
    const c = text.charCodeAt(p);
    at.push(p);
    if (c === 37 || c === 43) {
      decoded += ' ';
      p += c === 43 ? 1 : 3;
    } else {
      decoded += text[p];
      p++;
    }
  }
  const mapped: PiiSink = (hit) => {
    if (hit.start >= 0) sink({ ...hit, start: at[hit.start]!, end: at[hit.end - 1]! + 1 });
  };
  const label = text.slice(Math.max(0, v - 48), v);
  const c = decoded.charCodeAt(0);
  if (isDigit(c) || c === 43 || c === 40) digitPiiAt(decoded, 0, decoded.length, on, mapped, label);
  else alnumPiiAt(decoded, 0, decoded.length, on, mapped);
}
