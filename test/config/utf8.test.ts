/** Config bytes to text: UTF-8 only, and the first invalid byte named. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatConfigIssue, parseConfigBytes } from '../../src/config/load.js';
import { decodeUtf8, invalidUtf8Offset } from '../../src/config/utf8.js';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const strict = new TextDecoder('utf-8', { fatal: true });

describe('invalidUtf8Offset', () => {
  it('accepts UTF-8 of every length, and names the first byte that starts no character', () => {
    expect(invalidUtf8Offset(utf8('mode: advisory # é → 😀\n'))).toBeUndefined();
    expect(invalidUtf8Offset(bytes(0x61, 0xff, 0x62))).toBe(1); // never in UTF-8
    expect(invalidUtf8Offset(bytes(0x61, 0xc3))).toBe(1); // cut off at the end
    expect(invalidUtf8Offset(bytes(0xc0, 0xaf))).toBe(0); // overlong "/"
    expect(invalidUtf8Offset(bytes(0xed, 0xa0, 0x80))).toBe(0); // a UTF-16 surrogate
    expect(invalidUtf8Offset(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // past U+10FFFF
    expect(invalidUtf8Offset(bytes(0x61, 0x80))).toBe(1); // a continuation byte alone
  });

  it('agrees with the platform’s strict decoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (input) => {
        let valid = true;
        try {
          strict.decode(input);
        } catch {
          valid = false;
        }
        expect(invalidUtf8Offset(input) === undefined).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('drops a byte-order mark', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, text: 'a' });
  });
});

describe('parseConfigBytes', () => {
  it('reads a valid file as parseConfig does', () => {
    const parsed = parseConfigBytes(utf8('mode: advisory\n'), '.github/alignment.yml');
    expect(parsed.ok && parsed.config.mode).toBe('advisory');
  });

  it('refuses a file that is not UTF-8 with the line, column and byte', () => {
    // "mode: adv" then a Latin-1 "é" (0xE9) on line 2
    const latin1 = new Uint8Array([...utf8('# policy\nmode: adv'), 0xe9, ...utf8('sory\n')]);
    const parsed = parseConfigBytes(latin1, '.github/alignment.yml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map(formatConfigIssue)).toEqual([
      '.github/alignment.yml:2:10: the file is not valid UTF-8: byte 18 (0xe9) starts no UTF-8 character; save the file as UTF-8',
    ]);
  });
});
