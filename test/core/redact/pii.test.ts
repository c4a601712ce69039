import { describe, expect, it } from 'vitest';
import {
  ibanCheckDigits,
  luhnCheckDigit,
  medicareCheckDigit,
  verhoeffCheckDigit,
} from '../../../src/core/redact/checksums.js';
import { createRedactor } from '../../../src/core/redact/redactor.js';

const redactor = createRedactor();

/** The exact substrings reported with `type`. */
function found(text: string, type: string): string[] {
  return redactor
    .scan(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

describe('PII recognisers', () => {
  it('finds email addresses and not look-alikes', () => {
    expect(found('Write to Jane.Doe+news@mail.example.co.uk.', 'email')).toEqual([
      'Jane.Doe+news@mail.example.co.uk',
    ]);
    expect(found("o'brien@example.ie and x_y@acme.io", 'email')).toEqual([
      "o'brien@example.ie",
      'x_y@acme.io',
    ]);
    for (const text of [
      'icon@2x.png',
      'npm i @scope/pkg@1.2.3',
      'user@localhost',
      'git@github.com:acme/app.git'.replace('github.com', 'gh'),
    ]) {
      expect(found(text, 'email'), text).toEqual([]);
    }
    expect(found('ssh://git@github.com/acme/app', 'email')).toEqual([]);
  });

  it('checks email labels, dots and a URL scheme before the address', () => {
    for (const text of [
      'jane@-mail.example.org',
      'jane@mail-.example.org',
      'jane@mail..example.org',
      `jane@${'a'.repeat(64)}.org`,
      'ja..ne@example.org',
      'jane@1x.example.org'.replace('1x', '12x'),
      'https://jane@example.org',
      'ab://jane@x.org',
    ]) {
      expect(found(text, 'email'), text).toEqual([]);
    }
    for (const [text, email] of [
      [`jane@${'a'.repeat(63)}.org`, `jane@${'a'.repeat(63)}.org`],
      ['https://example.org/ mail jane@example.org', 'jane@example.org'],
      ['https://example.org/a?b=jane@example.org', 'jane@example.org'],
      ['see ftp://files.example.org/x;jane@example.org', 'jane@example.org'],
      [`https://x.org ${'y'.repeat(60)} jane@example.org`, 'jane@example.org'],
    ] as const) {
      expect(found(text, 'email'), text).toEqual([email]);
    }
  });

  it('finds phone numbers in E.164 and the national formats of US, UK, AU, DE, FR and IN', () => {
    for (const phone of [
      '+1 415 555 2671',
      '+14155552671',
      '(415) 555-2671',
      '415-555-2671',
      '415.555.2671',
      '1-415-555-2671',
      '+44 20 7946 0958',
      '+44 (0)20 7946 0958',
      '020 7946 0958',
      '07700 900123',
      '+61 2 9876 5432',
      '(02) 9876 5432',
      '0412 345 678',
      '+49 30 1234567',
      '030 1234567',
      '+33 6.12.34.56.78',
      '0151 23456789',
      '+33 1 23 45 67 89',
      '06 12 34 56 78',
      '+91 98765 43210',
      '98765 43210',
    ]) {
      expect(found(`call ${phone} now`, 'phone'), phone).toEqual([phone]);
    }
    expect(found('phone: 4155552671', 'phone')).toEqual(['4155552671']);
    // Mobile numbers of Spain, Italy and China written nationally: after a phone label only.
    for (const phone of ['647 411 109', '309 5699071', '13867402307', '138 6740 2307']) {
      expect(found(`Mobile: ${phone}`, 'phone'), phone).toEqual([phone]);
      expect(found(`order ${phone} shipped`, 'phone'), phone).toEqual([]);
    }
    // A checksummed group inside a phone number is part of the phone number.
    expect(redactor.scan('mobile +61 476 902 154').map((f) => f.type)).toEqual(['phone']);
    for (const text of [
      'build 2024-01-15',
      'version 1.2.3',
      'order 4155552671',
      'pi 3.1415926535',
      '555-1234',
      'id 0000 0000 00',
      'dial 415.555-2671',
      'call 415 555.2671',
    ]) {
      expect(found(text, 'phone'), text).toEqual([]);
    }
  });

  it('finds Luhn-valid card numbers of known brands in their usual groupings', () => {
    const visa = '4539148803436467';
    const amex = '379654112391047';
    expect(found(`card ${visa}`, 'credit_card')).toEqual([visa]);
    expect(found('card 4539 1488 0343 6467 exp 12/29', 'credit_card')).toEqual([
      '4539 1488 0343 6467',
    ]);
    expect(found('card 5425-2334-3010-9903.', 'credit_card')).toEqual(['5425-2334-3010-9903']);
    expect(found('amex 3796 541123 91047', 'credit_card')).toEqual(['3796 541123 91047']);
    expect(found(`amex ${amex}`, 'credit_card')).toEqual([amex]);
    const payload = '601100099990001';
    expect(found(`discover ${payload}${luhnCheckDigit(payload)}`, 'credit_card')).toHaveLength(1);
    for (const text of [
      '4539148803436468',
      '1234 5678 9012 3456',
      '9111111111111111',
      '4539 1488 0343 6467 1111 1111',
      '/4539148803436467/',
    ]) {
      expect(found(text, 'credit_card'), text).toEqual([]);
    }
  });

  it('leaves the card numbers payment providers publish for testing', () => {
    for (const text of [
      'Use the test card 4242 4242 4242 4242 with any future date.',
      'card 4111111111111111 exp 12/29',
      'Declined: 4000 0000 0000 0002. Insufficient funds: 4000000000009995.',
      'Amex test number 3782 822463 10005, Mastercard 5555-5555-5555-4444.',
    ]) {
      expect(found(text, 'credit_card'), text).toEqual([]);
    }
    // One digit off a test number is no test number.
    expect(found('card 4242 4242 4242 4259', 'credit_card')).toEqual(['4242 4242 4242 4259']);
  });

  it('finds IBANs of registered length with a valid mod-97 check, spaced or compact', () => {
    expect(found('IBAN: GB82 WEST 1234 5698 7654 32.', 'iban')).toEqual([
      'GB82 WEST 1234 5698 7654 32',
    ]);
    expect(found('to DE89370400440532013000', 'iban')).toEqual(['DE89370400440532013000']);
    const bban = '30006000011234567890189';
    expect(found(`FR${ibanCheckDigits('FR', bban)}${bban}`, 'iban')).toHaveLength(1);
    for (const text of [
      'GB82WEST12345698765431',
      'DE8937040044053201300',
      'XX89370400440532013000',
    ]) {
      expect(found(text, 'iban'), text).toEqual([]);
    }
  });

  it('finds US SSNs outside the never-issued ranges, bare ones only after "SSN"', () => {
    expect(found('SSN 123-45-6780', 'us_ssn')).toEqual(['123-45-6780']);
    expect(found('social security number: 123456780', 'us_ssn')).toEqual(['123456780']);
    // Tax ids: the same nine digits under the names forms and records give them.
    for (const text of ['tax_id: 536221409', '"taxId": "536221409"', 'TIN: 536221409']) {
      expect(found(text, 'us_ssn'), text).toEqual(['536221409']);
    }
    for (const text of [
      '000-12-3456',
      '666-12-3456',
      '900-12-3456',
      '123-00-4567',
      '123-45-0000',
      'ref 123456780',
      'Martin: 536221409',
      'destin: 536221409',
      '078-05-1120',
    ]) {
      expect(found(text, 'us_ssn'), text).toEqual([]);
    }
  });

  it('finds UK National Insurance numbers with valid prefixes and suffixes', () => {
    expect(found('NINO AB123456C', 'uk_nino')).toEqual(['AB123456C']);
    expect(found('NI: AB 12 34 56 C', 'uk_nino')).toEqual(['AB 12 34 56 C']);
    for (const text of ['QQ123456C', 'GB123456A', 'AB123456E', 'DA123456A', 'AB 1234 56 C']) {
      expect(found(text, 'uk_nino'), text).toEqual([]);
    }
  });

  it('finds Australian TFNs and Medicare numbers by their checksums', () => {
    expect(found('TFN 123 456 782', 'au_tfn')).toEqual(['123 456 782']);
    expect(found('tax file number: 876543210', 'au_tfn')).toEqual(['876543210']);
    expect(found('TFN 123 456 789', 'au_tfn')).toEqual([]);
    expect(found('ref 876543210', 'au_tfn')).toEqual([]);
    const payload = '21234567';
    const number = `${payload}${medicareCheckDigit(payload)}1`;
    expect(
      found(`Medicare ${number.slice(0, 4)} ${number.slice(4, 9)} ${number[9]}`, 'au_medicare'),
    ).toHaveLength(1);
    expect(found(`medicare number ${number}`, 'au_medicare')).toEqual([number]);
    expect(found('Medicare 2123 45671 1', 'au_medicare')).toEqual([]);
  });

  it('finds Aadhaar numbers by Verhoeff and PANs by holder type', () => {
    const payload = '23456789012';
    const aadhaar = payload + verhoeffCheckDigit(payload);
    const spaced = `${aadhaar.slice(0, 4)} ${aadhaar.slice(4, 8)} ${aadhaar.slice(8)}`;
    expect(found(`Aadhaar ${spaced}`, 'in_aadhaar')).toEqual([spaced]);
    expect(found(`aadhaar no: ${aadhaar}`, 'in_aadhaar')).toEqual([aadhaar]);
    expect(found(`id ${aadhaar}`, 'in_aadhaar')).toEqual([]);
    expect(found('1234 5678 9012', 'in_aadhaar')).toEqual([]);
    expect(found('PAN: ABCPE1234F', 'in_pan')).toEqual(['ABCPE1234F']);
    expect(found('ABCXE1234F', 'in_pan')).toEqual([]);
  });

  it('reads bare national numbers under snake_case, camelCase and sentence labels', () => {
    expect(found('tax_file_number: 876543210', 'au_tfn')).toEqual(['876543210']);
    expect(found('SOCIAL_SECURITY_NUMBER="123456780"', 'us_ssn')).toEqual(['123456780']);
    expect(found('my SSN is 123456780', 'us_ssn')).toEqual(['123456780']);
    const payload = '23456789012';
    const aadhaar = payload + verhoeffCheckDigit(payload);
    expect(found(`"aadhaarNumber": "${aadhaar}"`, 'in_aadhaar')).toEqual([aadhaar]);
    // Under its Hindi name too (aadhaar, aadhaar sankhya).
    expect(found(`\u0906\u0927\u093e\u0930: ${aadhaar}`, 'in_aadhaar')).toEqual([aadhaar]);
    expect(
      found(
        `\u0906\u0927\u093e\u0930 \u0938\u0902\u0916\u094d\u092f\u093e ${aadhaar}`,
        'in_aadhaar',
      ),
    ).toEqual([aadhaar]);
    // A bare national phone number after "me joindre au", "erreichbar unter", "llamar al".
    expect(found('Vous pouvez me joindre au 0691899046 ou par mail.', 'phone')).toEqual([
      '0691899046',
    ]);
    expect(found('Ich bin erreichbar unter 01701234567.', 'phone')).toEqual(['01701234567']);
    expect(found('le colis 0691899046 est parti', 'phone')).toEqual([]);
    const medicare = `${'21234567'}${medicareCheckDigit('21234567')}1`;
    expect(found(`medicare_number: ${medicare}`, 'au_medicare')).toEqual([medicare]);
    // Without a label, a bare number is nobody's.
    expect(found('order 123456780 shipped', 'us_ssn')).toEqual([]);
    expect(found('the total is 876543210', 'au_tfn')).toEqual([]);
  });

  it('finds IP and MAC addresses but not versions, times or scope operators', () => {
    expect(found('from 203.0.113.7:8080 and 10.0.0.1', 'ipv4')).toEqual([
      '203.0.113.7',
      '10.0.0.1',
    ]);
    for (const text of ['version 1.2.3.4', '999.1.1.1', '1.2.3', '1.2.3.4.5', '127.0.0.1']) {
      expect(found(text, 'ipv4'), text).toEqual([]);
    }
    for (const ip of [
      '2001:db8:85a3::8a2e:370:7334',
      '2001:0db8:0000:0000:0000:ff00:0042:8329',
      'fe80::1ff:fe23:4567:890a',
      '::ffff:192.0.2.128',
    ]) {
      expect(found(`peer ${ip} up`, 'ipv6'), ip).toEqual([ip]);
    }
    // A key's fingerprint: eight bytes written like an uncompressed address.
    for (const text of ['std::vector', '12:30:45', 'a::b', '::', 'fp b3:98:c7:ad:bb:a6:ab:14 ok']) {
      expect(found(text, 'ipv6'), text).toEqual([]);
    }
    expect(found('hw 00:1A:2B:3C:4D:5E ok', 'mac_address')).toEqual(['00:1A:2B:3C:4D:5E']);
    expect(found('hw aa-bb-cc-dd-ee-0f ok', 'mac_address')).toEqual(['aa-bb-cc-dd-ee-0f']);
    expect(found('hw 001a.2b3c.4d5e ok', 'mac_address')).toEqual(['001a.2b3c.4d5e']);
    expect(found('00:00:00:00:00:00 12:30:45:10', 'mac_address')).toEqual([]);
  });

  it('reads a dotted quad after a product token as a version, not an address', () => {
    const ua =
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
    expect(found(ua, 'ipv4')).toEqual([]);
    expect(found('server: nginx/1.24.0.1', 'ipv4')).toEqual([]);
    for (const text of [
      'see http://10.0.0.1/ now',
      'GET /10.0.0.1 HTTP/1.1',
      'curl ipinfo.io/10.0.0.1',
      'GET /hosts/10.0.0.1',
      'route 10.0.0.2/10.0.0.1',
    ]) {
      expect(found(text, 'ipv4'), text).toContain('10.0.0.1');
    }
  });

  it('does not read an SCP-style remote (user@host:path) as an email', () => {
    expect(found('git clone git@github.com:acme/platform.git', 'email')).toEqual([]);
    expect(found('scp deploy@build.acme.dev:~/app.tar.gz .', 'email')).toEqual([]);
    expect(found('mail john@example.com: he knows', 'email')).toEqual(['john@example.com']);
    expect(found('Contact: john@example.com:\nthanks', 'email')).toEqual(['john@example.com']);
    expect(found('scp deploy@build.acme.dev:backup.tar.gz .', 'email')).toEqual([]);
    expect(found('ssh jane@bastion.acme.dev:2222', 'email')).toEqual([]);
  });

  it('reads a number in an HTML table cell named by the cell before it', () => {
    expect(found('<tr><th>tax file number</th><td>610026412</td></tr>', 'au_tfn')).toEqual([
      '610026412',
    ]);
    expect(
      found('<tr><td>Aadhaar</td>\n  <td class="v">300389814793</td></tr>', 'in_aadhaar'),
    ).toEqual(['300389814793']);
    expect(found('<tr><th>Order</th><td>610026412</td></tr>', 'au_tfn')).toEqual([]);
    expect(found('<td>610026412</td>', 'au_tfn')).toEqual([]);
    // Numbers after `>` with no cell in sight: the look-back is bounded (a hang guard only).
    const flood = '>610026412 '.repeat(20_000);
    const started = performance.now();
    expect(found(flood, 'au_tfn')).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("reads a mailbox before a password (curl's -u email:api_token) as an email", () => {
    expect(found('curl -u jane.doe@acme.com:Zq8nV2kP9wXt4 https://acme.example', 'email')).toEqual([
      'jane.doe@acme.com',
    ]);
  });

  it('does not report 12 digits of a longer spaced run as an Aadhaar number', () => {
    expect(found('ref 4660 1862 8791 5881', 'in_aadhaar')).toEqual([]);
    expect(found('Aadhaar 4660 1862 8791, issued 2019', 'in_aadhaar')).toEqual(['4660 1862 8791']);
    expect(found('Aadhaar 4660 1862 8791 (copy)', 'in_aadhaar')).toEqual(['4660 1862 8791']);
  });

  it('keeps a phone number followed by a remark in parentheses', () => {
    expect(found('Call us 020 7946 0958 (office)', 'phone')).toEqual(['020 7946 0958']);
    expect(found('Call us (415) 555-2671 (Mon-Fri)', 'phone')).toEqual(['(415) 555-2671']);
    expect(found('+44 20 7946 0958 (24h)', 'phone')).toEqual(['+44 20 7946 0958']);
    expect(found('+44 (0) 20 7946 0958 (main)', 'phone')).toEqual(['+44 (0) 20 7946 0958']);
  });

  it('finds a dotted MAC address before a sentence-ending period', () => {
    expect(found('my mac is 001a.2b3c.4d5e.', 'mac_address')).toEqual(['001a.2b3c.4d5e']);
    expect(found('id 001a.2b3c.4d5e.6f70', 'mac_address')).toEqual([]);
  });

  it('skips Luhn-valid numbers labelled as barcodes or trace ids', () => {
    expect(found('card 4103182574119', 'credit_card')).toEqual(['4103182574119']);
    for (const text of [
      'GTIN 4103182574119',
      'EAN-13: 4103182574119',
      'barcode=4103182574119',
      'dd.trace_id=4715949138709839576',
      '"span_id": "4715949138709839576"',
    ]) {
      expect(found(text, 'credit_card'), text).toEqual([]);
    }
  });

  it('finds dates of birth only after a birth keyword', () => {
    expect(found('DOB: 1990-02-13', 'date_of_birth')).toEqual(['1990-02-13']);
    expect(found('born on March 12, 1990 in Leeds', 'date_of_birth')).toEqual(['March 12, 1990']);
    expect(found('Date of birth 12/03/1990', 'date_of_birth')).toEqual(['12/03/1990']);
    expect(found('Geburtsdatum: 3 Mai 1990'.replace('Mai', 'May'), 'date_of_birth')).toEqual([
      '3 May 1990',
    ]);
    expect(found('released on 2021-03-04', 'date_of_birth')).toEqual([]);
    // The date given a little after the birth word, by "it's" or "is"; a French form's "N\u00e9(e) le".
    expect(
      found("support asked for my DOB to verify the account, it's 1963-08-01", 'date_of_birth'),
    ).toEqual(['1963-08-01']);
    expect(found('N\u00e9(e) le 2 septembre 1944 \u00e0 Lille.', 'date_of_birth')).toEqual([
      '2 septembre 1944',
    ]);
    expect(
      found('My birthday party was great; the invoice date is 2024-05-01', 'date_of_birth'),
    ).toEqual([]);
    expect(found('meeting 03/04/2021', 'date_of_birth')).toEqual([]);
  });

  it('reads a date answering a question about the date of birth on the line before', () => {
    const chat =
      '[15:56] Agent (Sam): Can you confirm your date of birth?\n[13:53] Customer: 24/11/1975\n';
    expect(found(chat, 'date_of_birth')).toEqual(['24/11/1975']);
    expect(found('What is your DOB?\n1975-11-24', 'date_of_birth')).toEqual(['1975-11-24']);
    // Not after a statement, nor when other words come first on the answer's line.
    expect(found('We need your date of birth.\nCustomer: 24/11/1975', 'date_of_birth')).toEqual([]);
    expect(
      found(
        "What's your date of birth?\nAgent: I'll check the order from 2024-01-05",
        'date_of_birth',
      ),
    ).toEqual([]);
  });

  it('reads dates written with the year, month and day characters of Japanese, Chinese and Korean', () => {
    expect(
      found('\u751f\u5e74\u6708\u65e5\uff1a1962\u5e741\u670823\u65e5\u3001', 'date_of_birth'),
    ).toEqual(['1962\u5e741\u670823\u65e5']);
    expect(found('\uc0dd\ub144\uc6d4\uc77c: 1962\ub144 1\uc6d4 23\uc77c', 'date_of_birth')).toEqual(
      ['1962\ub144 1\uc6d4 23\uc77c'],
    );
    // A date alone is nobody's birthday.
    expect(found('\u65e5\u4ed8\uff1a2024\u5e741\u670823\u65e5', 'date_of_birth')).toEqual([]);
  });

  it('reads birth words of other languages, before the date or right after it', () => {
    for (const [text, date] of [
      ['Nasci em 09/04/1987.', '09/04/1987'],
      ['Bewerber: Noah Wilson, geb. am 2. Januar 1971, wohnhaft in Berlin.', '2. Januar 1971'],
      ['Mateo Taylor; n\u00e9e le 3 janvier 1948; nationality: ES', '3 janvier 1948'],
      ['Fecha de nacimiento: 3 de enero de 1948', '3 de enero de 1948'],
      ['Data di nascita: 12 marzo 1980', '12 marzo 1980'],
      ['F\u00f6delsedatum: 1967-08-14', '1967-08-14'],
      ['Nac\u00ed el 12/03/1985.', '12/03/1985'],
      ['Mi fecha de nacimiento nueva es 05/11/1990.', '05/11/1990'],
      ['Data di nascita: 03/05/1990', '03/05/1990'],
      ['Geboortedatum: 1990-05-03', '1990-05-03'],
      ['Data urodzenia: 03.05.1990', '03.05.1990'],
      [
        '\u0414\u0430\u0442\u0430 \u0440\u043e\u0436\u0434\u0435\u043d\u0438\u044f: 03.05.1990',
        '03.05.1990',
      ],
      ['\u751f\u5e74\u6708\u65e5\uff1a1990-05-03', '1990-05-03'],
      ['\u51fa\u751f\u65e5\u671f\uff1a1990-05-03', '1990-05-03'],
      ['\uc0dd\ub144\uc6d4\uc77c: 1990-05-03', '1990-05-03'],
      ['Ich bin am 23.05.1990 geboren.', '23.05.1990'],
      ['Bitte verwendet (3 May 1990) als Geburtsdatum.', '3 May 1990'],
      ['use 05/10/1990 as my date of birth', '05/10/1990'],
    ] as const) {
      expect(found(text, 'date_of_birth'), text).toEqual([date]);
    }
    // "nacional" is no birth word; a date before an unrelated phrase stays.
    expect(found('registro nacional 12/03/2020', 'date_of_birth')).toEqual([]);
    expect(found('built on 23.05.2024 as the date of record', 'date_of_birth')).toEqual([]);
    expect(found('the 2024-01-01 build', 'date_of_birth')).toEqual([]);
  });

  it('reads phone labels of other languages and one-letter signature labels', () => {
    for (const text of [
      'Telefon: 030 12345678',
      "client = Client(portable='0731234567')",
      'Chlo\u00e9 Dubois\nM: 0540123456\nmailto:c@example.com',
      'T\u00e9l\u00e9phone : 01 23 45 67 89',
    ]) {
      expect(found(text, 'phone'), text).toHaveLength(1);
    }
    // A one-letter label counts only where a line starts.
    expect(found('item M: 0540123456', 'phone')).toEqual([]);
  });

  it('reads phone and SSN labels in Japanese, Chinese and Korean prose, and "call me tomorrow ("', () => {
    expect(found('\u96fb\u8a71\u756a\u53f7\u306f0403126778\u3067\u3059\u3002', 'phone')).toEqual([
      '0403126778',
    ]);
    expect(found('\uc804\ud654\ubc88\ud638\ub294 01012345678 \uc785\ub2c8\ub2e4', 'phone')).toEqual(
      ['01012345678'],
    );
    expect(found('Call me tomorrow (07413428447), ideally before 10.', 'phone')).toEqual([
      '07413428447',
    ]);
    expect(
      found('\u793e\u4f1a\u4fdd\u969c\u756a\u53f7\u306f301770075\u3067\u3059', 'us_ssn'),
    ).toEqual(['301770075']);
    // Unlabelled, the same runs of digits are no phone number or SSN.
    expect(found('\u756a\u53f7\u306f0403126778\u3067\u3059', 'phone')).toEqual([]);
    expect(found('\u756a\u53f7\u306f301770075\u3067\u3059', 'us_ssn')).toEqual([]);
  });

  it('reads a label qualified by whose record it is ("the phone number on my account to")', () => {
    expect(
      found('Please update the phone number on my account to 08832138857. Thanks', 'phone'),
    ).toEqual(['08832138857']);
    expect(
      found('Please update the tax file number on my account to 817121176. Thanks', 'au_tfn'),
    ).toEqual(['817121176']);
    expect(found('the invoice total on my account is 08832138857', 'phone')).toEqual([]);
  });

  it('reads numbers of parcels, orders and document sections as no phone or address', () => {
    expect(found('Tracking number 0235 6246 4616 shipped today', 'phone')).toEqual([]);
    expect(found('Order no. 0712 345 6789 is on its way', 'phone')).toEqual([]);
    // "In case" names no case number.
    expect(found('In case 07123 456789 is busy, email me', 'phone')).toEqual(['07123 456789']);
    for (const text of [
      'See section 4.2.7.9 of the spec',
      'as \u00a7 3.1.2.4 requires',
      'Abschnitt 2.1.3.4',
    ])
      expect(found(text, 'ipv4'), text).toEqual([]);
    expect(found('the server at 10.2.7.9 answers', 'ipv4')).toEqual(['10.2.7.9']);
    for (const text of ['OID 2.5.4.3 (commonName)', 'netmask 255.255.255.0', 'mask: 255.255.0.0'])
      expect(found(text, 'ipv4'), text).toEqual([]);
    // A network in CIDR notation is a range; a host's address in the same text is still one.
    for (const text of ['AllowedIPs = 10.8.0.0/24', 'cidr_block = "10.12.0.0/16"'])
      expect(found(text, 'ipv4'), text).toEqual([]);
    expect(found('route 10.8.0.0/24 via 10.8.0.1', 'ipv4')).toEqual(['10.8.0.1']);
    // A grouped 12-digit number with a valid Verhoeff digit, named a parcel or a batch.
    const aadhaar = `${'3710 2245 409'}${verhoeffCheckDigit('37102245409')}`;
    expect(found(`Aadhaar: ${aadhaar}`, 'in_aadhaar')).toEqual([aadhaar]);
    expect(found(`Tracking number ${aadhaar} shipped via DHL`, 'in_aadhaar')).toEqual([]);
    expect(found(`Batch ID: ${aadhaar.replace(/ /g, '-')}, items: 214`, 'in_aadhaar')).toEqual([]);
  });

  it('reads a Medicare number grouped with dashes as with spaces', () => {
    const base = '272482326';
    const number = `${base}${medicareCheckDigit(base)}`;
    const dashed = `${number.slice(0, 4)}-${number.slice(4, 9)}-${number.slice(9)}`;
    expect(found(`Medicare card number ${dashed}`, 'au_medicare')).toEqual([dashed]);
    expect(found(`Medicare card number ${dashed.replace(/-/g, ' ')}`, 'au_medicare')).toHaveLength(
      1,
    );
  });

  it('reads a number after + as a phone number, never as a card', () => {
    const text = 'Ruf mich an: +4915839009771';
    expect(found(text, 'credit_card')).toEqual([]);
    expect(found(text, 'phone')).toEqual(['+4915839009771']);
    expect(found('card 4915839009771', 'credit_card')).toEqual(['4915839009771']);
  });

  it('reads a national number named by a typed declaration in code', () => {
    const medicare = `${'21234567'}${medicareCheckDigit('21234567')}1`;
    expect(found(`val medicareNumber: String = "${medicare}"`, 'au_medicare')).toEqual([medicare]);
    expect(found(`let medicare_no = String::from("${medicare}");`, 'au_medicare')).toEqual([
      medicare,
    ]);
    expect(found('pub const TFN: &str = "876543210";', 'au_tfn')).toEqual(['876543210']);
    expect(found("ssn-number: '123456780'", 'us_ssn')).toEqual(['123456780']);
    // The type alone names nothing.
    expect(found('val count: Int = "876543210"', 'au_tfn')).toEqual([]);
    expect(found('let total = String::from("876543210");', 'au_tfn')).toEqual([]);
  });

  it('finds crypto wallet addresses by their checksums', () => {
    for (const a of [
      '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
      '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
      'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
      'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    ]) {
      expect(found(`send to ${a}`, 'crypto_wallet'), a).toEqual([a]);
    }
    for (const text of [
      '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb',
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD',
      'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5',
    ]) {
      expect(found(text, 'crypto_wallet'), text).toEqual([]);
    }
  });
});
