/**
 * User-supplied regular expressions (a `key` register pattern, `sprints.milestone.pattern`)
 * run against PR and issue bodies written by anyone. A pattern that backtracks
 * catastrophically on a crafted body would hang the run, so every such pattern is
 * checked before use, conservatively: when in doubt, it is refused with a message that
 * says why and how to rewrite it.
 *
 * Refused:
 * - invalid JavaScript regular-expression syntax, more than {@link MAX_PATTERN_LENGTH}
 *   characters, or a repetition count above {@link MAX_REPEAT};
 * - backreferences (`\1`, `\k<name>`), lookarounds (`(?=`, `(?!`, `(?<=`, `(?<!`),
 *   inline modifiers (`(?i:`) and legacy octal escapes;
 * - nested quantifiers: a repeated group (`*`, `+`, `{n,m}` with m > 1) that contains a
 *   quantifier of variable count (`(a+)+`, `(\w+\s?)*`, `(a?){20}`) — star height > 1;
 * - a repeated group whose alternatives can start with the same character
 *   (`(a|ab)+`, `(\w|\d)*`, `(.|\n)*`), or that can match empty text (`(a|)+`); and
 *   more than {@link MAX_ALTERNATIVE_TRIES} combinations of such alternatives in a row;
 * - two variable quantifiers that can split one run of a character between them —
 *   nothing between them, or only optional parts and parts made of that character
 *   (`\d+\d*`, `.*.*`, `\w+\s?\w+`, `a*aa*`, `.*-.*`): polynomial backtracking.
 *
 * What passes backtracks at most linearly per start position (a lone `.*x` still scans
 * the rest of the text from each start), so callers should bound the text they match.
 * Character sets are compared case-insensitively whatever the flags, so a pattern that
 * passes is safe under the `i` flag too.
 *
 * Pure: no I/O; checking a pattern never runs it.
 */

/** The longest pattern accepted, in UTF-16 code units. */
export const MAX_PATTERN_LENGTH = 200;
/** The largest repetition count accepted in `{n}`, `{n,}` or `{n,m}`. */
export const MAX_REPEAT = 1000;

/** The most combinations of alike alternatives (`(a|ab)(a|ab)…`) accepted in one pattern. */
export const MAX_ALTERNATIVE_TRIES = 256;

const ALLOWED_FLAGS = /^[dgimsuy]*$/;

/** Raised by {@link compileSafePattern} for a pattern {@link checkPattern} refuses. */
export class UnsafePatternError extends Error {
  override readonly name = 'UnsafePatternError';
  constructor(
    readonly pattern: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Why `source` may not be used as a regular expression, or `undefined` when it is safe.
 * `flags` are the flags it will be compiled with (default none); they change only what
 * counts as valid syntax (`u`). The empty pattern is valid.
 */
export function checkPattern(source: string, flags = ''): string | undefined {
  if (typeof source !== 'string') return `expected a pattern string, found ${typeof source}`;
  if (typeof flags !== 'string' || !ALLOWED_FLAGS.test(flags) || new Set(flags).size !== flags.length) {
    return `unsupported regular-expression flags "${String(flags)}": use some of d, g, i, m, s, u, y, each once`;
  }
  if (source.length > MAX_PATTERN_LENGTH) {
    return `a pattern may have at most ${MAX_PATTERN_LENGTH} characters, found ${source.length}`;
  }
  try {
    new RegExp(source, flags);
  } catch (error) {
    const reason = syntaxReason(error);
    let hint = '';
    if (flags.includes('u') && /^invalid escape/.test(reason)) {
      hint = ' (it is read in Unicode mode, where only special characters take a backslash: write "-", not "\\-")';
    } else if (flags.includes('u') && /^(?:lone quantifier brackets|incomplete quantifier)/.test(reason)) {
      hint = ' (it is read in Unicode mode: write a literal { or } as \\{ or \\})';
    }
    return `invalid regular expression: ${reason}${hint}`;
  }
  try {
    const parser = new Parser(source, flags.includes('u'));
    const ast = parser.parse();
    analyze(ast, source);
    return undefined;
  } catch (error) {
    if (error instanceof PatternError) return error.message;
    /* c8 ignore next 2 -- a parser bug must refuse the pattern, never throw out */
    return `the pattern could not be analysed (${error instanceof Error ? error.message : String(error)}); simplify it`;
  }
}

/**
 * Compiles a pattern {@link checkPattern} accepts; throws {@link UnsafePatternError}
 * (with checkPattern's message) for one it refuses. Config patterns are validated
 * with the `u` flag; any of `d g i m s y` may be added to it.
 */
export function compileSafePattern(source: string, flags = ''): RegExp {
  const problem = checkPattern(source, flags);
  if (problem !== undefined) throw new UnsafePatternError(source, problem);
  return new RegExp(source, flags);
}

function syntaxReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^Invalid regular expression: \/[\s\S]*\/[a-z]*: ([\s\S]+)$/.exec(message);
  const reason = match?.[1] ?? message;
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

class PatternError extends Error {}

// ---------------------------------------------------------------------------
// Character sets: sorted, merged, inclusive code-point ranges.

type Range = readonly [number, number];
type CharSet = readonly Range[];

const MAX_CP = 0x10ffff;
const EMPTY: CharSet = [];
const ALL: CharSet = [[0, MAX_CP]];
const DIGIT: CharSet = [[0x30, 0x39]];
const WORD: CharSet = normalize([[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]]);
const SPACE: CharSet = normalize([
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
  [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
]);

function normalize(ranges: readonly Range[]): CharSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function union(...sets: CharSet[]): CharSet {
  return normalize(sets.flat());
}

function complement(set: CharSet): CharSet {
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CP) out.push([next, MAX_CP]);
  return out;
}

function overlaps(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Range;
    const y = b[j] as Range;
    if (x[1] < y[0]) i++;
    else if (y[1] < x[0]) j++;
    else return true;
  }
  return false;
}

/** Closes a set under case folding (ASCII exactly, other small ranges char by char). */
function caseClosure(set: CharSet): CharSet {
  const extra: Range[] = [];
  for (const [lo, hi] of set) {
    // ASCII letters: shift the overlapping part of each range to the other case.
    const upper: Range = [Math.max(lo, 0x41), Math.min(hi, 0x5a)];
    if (upper[0] <= upper[1]) extra.push([upper[0] + 32, upper[1] + 32]);
    const lower: Range = [Math.max(lo, 0x61), Math.min(hi, 0x7a)];
    if (lower[0] <= lower[1]) extra.push([lower[0] - 32, lower[1] - 32]);
    if (hi - lo <= 512) {
      for (let cp = Math.max(lo, 0x80); cp <= hi; cp++) {
        const ch = String.fromCodePoint(cp);
        for (const variant of [ch.toLowerCase(), ch.toUpperCase()]) {
          const v = variant.codePointAt(0);
          if (v !== undefined && variant.length === String.fromCodePoint(v).length) extra.push([v, v]);
        }
      }
    }
    // Unicode folds onto ASCII: ſ (U+017F) ~ s, K (U+212A) ~ k.
    if (lo <= 0x73 && hi >= 0x73) extra.push([0x17f, 0x17f]);
    if (lo <= 0x53 && hi >= 0x53) extra.push([0x17f, 0x17f]);
    if (lo <= 0x6b && hi >= 0x6b) extra.push([0x212a, 0x212a]);
    if (lo <= 0x4b && hi >= 0x4b) extra.push([0x212a, 0x212a]);
    if (lo <= 0x17f && hi >= 0x17f) extra.push([0x53, 0x53], [0x73, 0x73]);
    if (lo <= 0x212a && hi >= 0x212a) extra.push([0x4b, 0x4b], [0x6b, 0x6b]);
  }
  return extra.length === 0 ? set : union(set, extra);
}

// ---------------------------------------------------------------------------
// The syntax tree.

interface Span {
  readonly start: number;
  readonly end: number;
}
type Node =
  | (Span & { readonly type: 'char'; readonly set: CharSet })
  | (Span & { readonly type: 'assert' })
  | (Span & { readonly type: 'group'; readonly body: Node })
  | (Span & { readonly type: 'alt'; readonly branches: readonly Node[] })
  | (Span & { readonly type: 'seq'; readonly items: readonly Node[] })
  | (Span & { readonly type: 'quant'; readonly body: Node; readonly min: number; readonly max: number });

/**
 * A recursive-descent parser for the JavaScript pattern grammar (with the Annex B
 * leniencies of non-Unicode mode). It runs only on patterns `new RegExp` accepted,
 * and refuses, rather than guesses at, anything it does not model.
 */
class Parser {
  private i = 0;

  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) this.fail(`unexpected "${this.src[this.i] ?? ''}" at ${this.i + 1}`);
    return node;
  }

  private fail(message: string): never {
    throw new PatternError(message);
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.i + offset];
  }

  private alternation(): Node {
    const start = this.i;
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? (branches[0] as Node) : { type: 'alt', branches, start, end: this.i };
  }

  private sequence(): Node {
    const start = this.i;
    const items: Node[] = [];
    for (let ch = this.peek(); ch !== undefined && ch !== '|' && ch !== ')'; ch = this.peek()) {
      items.push(this.quantified(this.atom()));
    }
    return items.length === 1 ? (items[0] as Node) : { type: 'seq', items, start, end: this.i };
  }

  private quantified(atom: Node): Node {
    let min: number;
    let max: number;
    const ch = this.peek();
    if (ch === '*') [min, max] = [0, Infinity];
    else if (ch === '+') [min, max] = [1, Infinity];
    else if (ch === '?') [min, max] = [0, 1];
    else if (ch === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (m === null) return atom; // Annex B: a "{" that is no quantifier is a literal
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' || m[3] === undefined ? Infinity : Number(m[3]);
      if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) {
        this.fail(`repetition counts above ${MAX_REPEAT} are not allowed, found "${m[0]}"`);
      }
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.peek() === '?') this.i++; // lazy: the same backtracking space
    if (atom.type === 'assert') this.fail(`a quantifier after an assertion is not supported: "${this.src.slice(atom.start, this.i)}"`);
    return { type: 'quant', body: atom, min, max, start: atom.start, end: this.i };
  }

  private atom(): Node {
    const start = this.i;
    const ch = this.peek() as string;
    switch (ch) {
      case '^':
      case '$':
        this.i++;
        return { type: 'assert', start, end: this.i };
      case '.':
        this.i++;
        return { type: 'char', set: ALL, start, end: this.i };
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        return this.fail(`nothing to repeat at ${start + 1}`);
      default: {
        const cp = this.readChar();
        return { type: 'char', set: [[cp, cp]], start, end: this.i };
      }
    }
  }

  /** Reads one literal character: a code point in Unicode mode, a code unit otherwise. */
  private readChar(): number {
    const cp = this.unicode ? (this.src.codePointAt(this.i) as number) : this.src.charCodeAt(this.i);
    this.i += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private group(): Node {
    const start = this.i;
    this.i++; // (
    if (this.peek() === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!') || rest.startsWith('?<=') || rest.startsWith('?<!')) {
        const opener = rest.startsWith('?<') ? `(${rest}` : `(${rest.slice(0, 2)}`;
        this.fail(`lookarounds ("${opener}…)") are not allowed: write a plain pattern`);
      } else if (rest.startsWith('?<')) {
        const close = this.src.indexOf('>', this.i);
        if (close < 0) this.fail('unterminated group name');
        this.i = close + 1;
      } else {
        this.fail(`"(${rest.slice(0, 2)}" groups (inline modifiers) are not supported`);
      }
    }
    const body = this.alternation();
    if (this.peek() !== ')') this.fail('unterminated group');
    this.i++;
    // An alternation is quoted in messages with its parentheses.
    return { type: 'group', body: body.type === 'alt' ? { ...body, start, end: this.i } : body, start, end: this.i };
  }

  private escape(): Node {
    const start = this.i;
    const next = this.peek(1);
    if (next === 'b' || next === 'B') {
      this.i += 2;
      return { type: 'assert', start, end: this.i };
    }
    const set = this.escapeSet(false);
    return { type: 'char', set, start, end: this.i };
  }

  /** Reads an escape at `\`; returns the set it matches. */
  private escapeSet(inClass: boolean): CharSet {
    const start = this.i;
    this.i++; // backslash
    const ch = this.peek();
    if (ch === undefined) return this.fail('\\ at end of pattern');
    this.i++;
    const single = (cp: number): CharSet => [[cp, cp]];
    switch (ch) {
      case 'd':
        return DIGIT;
      case 'D':
        return complement(DIGIT);
      case 'w':
        return WORD;
      case 'W':
        return complement(WORD);
      case 's':
        return SPACE;
      case 'S':
        return complement(SPACE);
      case 't':
        return single(9);
      case 'n':
        return single(10);
      case 'v':
        return single(11);
      case 'f':
        return single(12);
      case 'r':
        return single(13);
      case 'b':
        return single(8); // only reached inside a class: backspace
      case '0':
        if (/[0-9]/.test(this.peek() ?? '')) {
          return this.fail(`legacy octal escapes ("${this.src.slice(start, this.i + 1)}") are not supported: use \\xHH`);
        }
        return single(0);
      case 'k':
        return this.fail(`backreferences ("\\k<name>") are not allowed: they can make matching take exponential time`);
      case 'c': {
        const letter = this.peek() ?? '';
        if (!/[A-Za-z]/.test(letter)) return this.fail('"\\c" without a control letter is not supported');
        this.i++;
        return single(letter.charCodeAt(0) % 32);
      }
      case 'x': {
        const hex = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(this.i));
        if (hex === null) return single(0x78); // Annex B: "\x" is "x"
        this.i += 2;
        return single(parseInt(hex[0], 16));
      }
      case 'u': {
        const rest = this.src.slice(this.i);
        const braced = this.unicode ? /^\{([0-9A-Fa-f]+)\}/.exec(rest) : null;
        if (braced !== null) {
          this.i += braced[0].length;
          return single(parseInt(braced[1] as string, 16));
        }
        const hex = /^[0-9A-Fa-f]{4}/.exec(rest);
        if (hex === null) return single(0x75); // Annex B: "\u" is "u"
        this.i += 4;
        return single(parseInt(hex[0], 16));
      }
      case 'p':
      case 'P':
        if (this.unicode) {
          const close = this.src.indexOf('}', this.i);
          if (this.peek() !== '{' || close < 0) return this.fail('malformed "\\p{…}"');
          this.i = close + 1;
          return ALL; // a property class: assume it can match anything
        }
        return single(ch.charCodeAt(0));
      default:
        if (/[1-9]/.test(ch)) {
          if (inClass) return this.fail(`legacy octal escapes ("\\${ch}") are not supported: use \\xHH`);
          return this.fail(`backreferences ("\\${ch}") are not allowed: they can make matching take exponential time`);
        }
        this.i--;
        return single(this.readChar()); // an identity escape: the character itself
    }
  }

  private charClass(): Node {
    const start = this.i;
    this.i++; // [
    let negate = false;
    if (this.peek() === '^') {
      negate = true;
      this.i++;
    }
    const parts: CharSet[] = [];
    while (this.peek() !== ']') {
      if (this.peek() === undefined) this.fail('unterminated character class');
      const left = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.i++; // -
        const right = this.classAtom();
        if (left.single !== undefined && right.single !== undefined) {
          parts.push([[left.single, right.single]]);
        } else {
          parts.push(left.set, right.set, [[0x2d, 0x2d]]); // Annex B: [\d-z] is \d, "-", z
        }
      } else {
        parts.push(left.set);
      }
    }
    this.i++; // ]
    const set = union(...parts);
    return { type: 'char', set: negate ? complement(set) : set, start, end: this.i };
  }

  private classAtom(): { set: CharSet; single: number | undefined } {
    if (this.peek() === '\\') {
      const escStart = this.i;
      const set = this.escapeSet(true);
      const letter = this.src[escStart + 1] ?? '';
      const isClassEscape = /[dDwWsSpP]/.test(letter) && !(letter.toLowerCase() === 'p' && !this.unicode);
      const only = set.length === 1 && (set[0] as Range)[0] === (set[0] as Range)[1] ? (set[0] as Range)[0] : undefined;
      return { set, single: isClassEscape ? undefined : only };
    }
    const cp = this.readChar();
    return { set: [[cp, cp]], single: cp };
  }
}

// ---------------------------------------------------------------------------
// The analysis.

/** A variable quantifier, with the characters it competes for at a boundary. */
interface Loop {
  readonly set: CharSet;
  readonly from: Node;
}

interface Info {
  /** It can match the empty string. */
  readonly nullable: boolean;
  /** The characters it can start with (case-closed). */
  readonly first: CharSet;
  /** The characters c for which it can match some run c…c (all of them when nullable). */
  readonly runs: CharSet;
  /**
   * Variable quantifiers that can decide how much it takes at its start: each with the
   * characters c it may take there after a prefix that itself matched only c's.
   */
  readonly lead: readonly Loop[];
  /** The same at its end: quantifiers followed (inside it) only by what can match c's. */
  readonly trail: readonly Loop[];
}

function intersect(a: CharSet, b: CharSet): CharSet {
  const out: Range[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Range;
    const y = b[j] as Range;
    const lo = Math.max(x[0], y[0]);
    const hi = Math.min(x[1], y[1]);
    if (lo <= hi) out.push([lo, hi]);
    if (x[1] < y[1]) i++;
    else j++;
  }
  return out;
}

/** Narrows loops to the characters `mask` allows, dropping those left with none. */
function narrow(loops: readonly Loop[], mask: CharSet): Loop[] {
  if (mask === ALL) return [...loops];
  return loops.map((l) => ({ set: intersect(l.set, mask), from: l.from })).filter((l) => l.set.length > 0);
}

function analyze(root: Node, src: string): void {
  const text = (n: Node): string => src.slice(n.start, n.end);
  const isVariable = (n: Node): boolean => n.type === 'quant' && n.min !== n.max;

  const findVariable = (n: Node): Node | undefined => {
    if (isVariable(n)) return n;
    switch (n.type) {
      case 'group':
      case 'quant':
        return findVariable(n.body);
      case 'alt':
        for (const b of n.branches) {
          const found = findVariable(b);
          if (found) return found;
        }
        return undefined;
      case 'seq':
        for (const b of n.items) {
          const found = findVariable(b);
          if (found) return found;
        }
        return undefined;
      default:
        return undefined;
    }
  };

  const alternations = (n: Node, out: Extract<Node, { type: 'alt' }>[] = []): Extract<Node, { type: 'alt' }>[] => {
    if (n.type === 'alt') out.push(n);
    if (n.type === 'group' || n.type === 'quant') alternations(n.body, out);
    if (n.type === 'alt') n.branches.forEach((b) => alternations(b, out));
    if (n.type === 'seq') n.items.forEach((b) => alternations(b, out));
    return out;
  };

  let tries = 1;
  const memo = new Map<Node, Info>();
  const visit = (n: Node): Info => {
    let info = memo.get(n);
    if (info === undefined) {
      info = compute(n);
      memo.set(n, info);
    }
    return info;
  };

  const EMPTY_INFO: Info = { nullable: true, first: EMPTY, runs: ALL, lead: [], trail: [] };

  const compute = (n: Node): Info => {
    switch (n.type) {
      case 'char': {
        const set = caseClosure(n.set);
        return { nullable: false, first: set, runs: set, lead: [], trail: [] };
      }
      case 'assert':
        return EMPTY_INFO;
      case 'group':
        return visit(n.body);
      case 'alt': {
        const infos = n.branches.map(visit);
        const nullable = infos.some((x) => x.nullable);
        const first = union(...infos.map((x) => x.first));
        // Alternatives that can start alike are each tried in turn; in a row, their
        // numbers multiply (2^20 for twenty "(a|a)").
        const alike = infos.filter((x, i) => infos.some((y, j) => i !== j && overlaps(x.first, y.first))).length;
        if (alike > 1) {
          tries *= alike;
          if (tries > MAX_ALTERNATIVE_TRIES) {
            throw new PatternError(
              `too many alternatives that can start with the same character, such as "${text(n)}": their ` +
                `combinations can take exponential time; make the alternatives start differently`,
            );
          }
        }
        // "(a|)" is a choice like "a?".
        const self: Loop[] = nullable && first.length > 0 ? [{ set: first, from: n }] : [];
        return {
          nullable,
          first,
          runs: nullable ? ALL : union(...infos.map((x) => x.runs)),
          lead: [...self, ...infos.flatMap((x) => x.lead)],
          trail: [...self, ...infos.flatMap((x) => x.trail)],
        };
      }
      case 'seq': {
        const infos = n.items.map(visit);
        // Two variable quantifiers with only c's between them (or nothing) both able to
        // take c split a run of c's in many ways: polynomial backtracking (\d+\d*,
        // .*.*, a*aa*, .*-.*). `open` holds the loops still in reach, narrowed to the
        // characters every element passed so far can be made of.
        let open: Loop[] = [];
        for (const info of infos) {
          for (const o of open) {
            const rival = info.lead.find((l) => overlaps(o.set, l.set));
            if (rival === undefined) continue;
            throw new PatternError(
              `"${text(o.from)}" and "${text(rival.from)}" can split the same run of characters in many ways ` +
                `(nothing required between them tells them apart), which can take polynomial time on long text; ` +
                `put a character neither can match between them, or merge them`,
            );
          }
          open = [...narrow(open, info.runs), ...info.trail];
        }
        let first: CharSet = EMPTY;
        for (const info of infos) {
          first = union(first, info.first);
          if (!info.nullable) break;
        }
        const lead: Loop[] = [];
        let mask: CharSet = ALL;
        for (const info of infos) {
          lead.push(...narrow(info.lead, mask));
          mask = info.runs === ALL ? mask : intersect(mask, info.runs);
          if (mask.length === 0) break;
        }
        const trail: Loop[] = [];
        mask = ALL;
        for (const info of [...infos].reverse()) {
          trail.push(...narrow(info.trail, mask));
          mask = info.runs === ALL ? mask : intersect(mask, info.runs);
          if (mask.length === 0) break;
        }
        const nullable = infos.every((x) => x.nullable);
        const runs = nullable ? ALL : infos.reduce<CharSet>((acc, x) => (x.runs === ALL ? acc : intersect(acc, x.runs)), ALL);
        return { nullable, first, runs, lead, trail };
      }
      case 'quant': {
        const body = visit(n.body);
        if (n.max === 0) return EMPTY_INFO;
        if (n.max > 1) {
          const inner = findVariable(n.body);
          if (inner !== undefined) {
            throw new PatternError(
              `nested quantifiers can take exponential time: "${text(n)}" repeats "${text(inner)}", ` +
                `which has a quantifier of its own; remove one of the two quantifiers`,
            );
          }
          if (body.nullable) {
            throw new PatternError(
              `"${text(n)}" repeats something that can match empty text, which can take exponential time; ` +
                `make the repeated part match at least one character`,
            );
          }
          for (const alt of alternations(n.body)) {
            const firsts = alt.branches.map((b) => visit(b).first);
            for (let a = 0; a < firsts.length; a++) {
              for (let b = a + 1; b < firsts.length; b++) {
                if (overlaps(firsts[a] as CharSet, firsts[b] as CharSet)) {
                  throw new PatternError(
                    `the alternatives "${text(alt.branches[a] as Node)}" and "${text(alt.branches[b] as Node)}" of ` +
                      `the repeated "${text(n)}" can start with the same character, which can take exponential ` +
                      `time; make the alternatives start differently`,
                  );
                }
              }
            }
          }
        }
        const nullable = n.min === 0 || body.nullable;
        const runs = nullable ? ALL : body.runs;
        if (n.min !== n.max) {
          // Itself a choice point: another repetition (or, for "?", taking it at all)
          // competes for the characters its body starts with.
          const self: Loop = { set: body.first, from: n };
          return { nullable, first: body.first, runs, lead: [self, ...body.lead], trail: [self, ...body.trail] };
        }
        return { nullable, first: body.first, runs, lead: body.lead, trail: body.trail };
      }
    }
  };

  visit(root);
}
