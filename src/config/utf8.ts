/**
 * A config file's bytes to text: UTF-8 only. Invalid UTF-8 is not read as U+FFFD and
 * passed on (a corrupted key or pattern would then mean something else): it is an
 * error that names the byte where it starts.
 */

/** The offset of the first byte that is not valid UTF-8, or undefined. */
export function invalidUtf8Offset(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= bytes.length) return i;
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return undefined;
}

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly offset: number };

/** UTF-8 bytes to text (a byte-order mark dropped), or the offset of the first invalid byte. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const offset = invalidUtf8Offset(bytes);
  if (offset !== undefined) return { ok: false, offset };
  const text = new TextDecoder('utf-8').decode(bytes);
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}
