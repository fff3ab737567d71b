/**
 * Measurability: does a text state a quantity tied to a metric ("reduces churn by 3%
 * in a €1M segment", "p95 ≤ 400 ms", "saves 6 hours a week")? A quantity is a number
 * with a unit, a percentage, an amount of money or a duration; it must stand in a
 * sentence that names a metric, or carry a unit that is one (ms, req/s, %).
 */

/**
 * A number: digits with `.` or `,` between groups. Every pattern below reads it whole,
 * from where it starts, and never gives part of it back: `\d+` followed by `\w+` or by
 * `(?:[.,]\d+)*` could otherwise split a long run of digits (or of "1.1.1…") in every
 * way at every position, cubic time in the run's length. The lookahead captures the
 * whole number and the backreference consumes it (an atomic group, in JavaScript); the
 * lookbehind starts it only where a number starts. Each use names its own group.
 */
let numbers = 0;
function number(): string {
  numbers += 1;
  return String.raw`(?<!\d|\d[.,])(?=(?<n${numbers}>\d+(?:[.,]\d+)*))\k<n${numbers}>`;
}
/** The number a threshold ends with: nothing follows it, so it never backtracks. */
const TRAILING_NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const SCALE = String.raw`(?:\s?(?:k|m|mm|bn|b|million|billion|thousand)\b)?`;

const PERCENT = new RegExp(String.raw`${number()}\s?(?:%|percent\b|per cent\b|pp\b|percentage points?\b|basis points?\b|bps\b)`, 'iu');
const MONEY = new RegExp(
  String.raw`(?:[$€£¥₹]\s?${number()}${SCALE})|(?:${number()}${SCALE}\s?(?:[$€£¥₹円]|(?:usd|eur|gbp|chf|jpy|dollars?|euros?|pounds?)\b))`,
  'iu',
);
/**
 * "~30 a month", "5 per week", "3/day", "5 deploys per week", "月80時間" — a count over
 * time. The word between the count and "per" is at most 32 characters: an
 * unbounded `\w+` would read the whole rest of a glued run such as "1a1a1a…" again from
 * every number in it (quadratic); no unit word is that long.
 */
const RATE = new RegExp(String.raw`${number()}\s?(?:\w{1,32}\s)?(?:a|an|per|each|every|/)\s?(?:day|week|month|quarter|year|sprint|release|deploy)\b|${number()}\s?(?:時間|分|秒|日|件|人|回)`, 'iu');
const DURATION = new RegExp(
  String.raw`${number()}\s?(?:[a-z]+-)?(?:ms|msec|milliseconds?|µs|us|ns|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|d|weeks?|wks?|months?|quarters?|years?|yrs?|sprints?)\b`,
  'iu',
);
const UNIT = new RegExp(
  String.raw`${number()}\s?(?:x|×)(?=\s|$|[.,;)])|${number()}${SCALE}\s?(?:[a-z-]{3,20}\s(?=\w))??(?:rps|qps|rpm|tps|req/s|requests?|ops/s|users?|customers?|accounts?|sessions?|tickets?|incidents?|errors?|bugs?|alerts?|pages?|calls?|queries|transactions?|orders?|signups?|sign-ups?|deploys?|deployments?|releases?|points?|kb|mb|gb|tb|kib|mib|gib|vcpus?|cpus?|cores?|nines|9s|engineers?|fte|people|seats?|leads?|clicks?|steps?|escalations?|complaints?|returns?|churned|findings?|vulnerabilit(?:y|ies)|defects?|regressions?|issues?|retries|attempts?|hops?|queries?|rows?|records?|items?|files?|lines?|classes?|modules?|services?|pods?|nodes?|instances?|replicas?|regions?|zones?)\b`,
  'iu',
);
const THRESHOLD = new RegExp(
  String.raw`(?:[≤≥<>]=?|=<|=>|\b(?:under|below|above|over|within|at most|at least|no more than|not more than|less than|fewer than|more than|greater than|up to|max(?:imum)?|min(?:imum)?|target(?:ed)?|budget|slo|sla|p\d{2}(?:\.\d+)?)\b)\s*(?::\s*)?[$€£]?${TRAILING_NUMBER}`,
  'iu',
);
const SLO_NOTATION = /\bp\d{2}(?:\.\d+)?\b|\bwcag\s?\d(?:\.\d)?\s?(?:a{1,3})?\b/iu;
const METRIC = new RegExp(
  String.raw`\b(?:churn|conversion|convert|revenue|arr|mrr|sales|margin|cost|costs|spend|savings?|save[sd]?|profit|price|latency|response time|load time|throughput|uptime|availability|downtime|outage|incidents?|errors?|error rate|failures?|crash(?:es)?|tickets?|support|retention|engagement|activation|adoption|signups?|sign-ups?|nps|csat|satisfaction|hours?|days?|time|speed|faster|slower|productivity|velocity|lead time|cycle time|delivery|deploy(?:ment)?s?|users?|customers?|accounts?|traffic|usage|sessions?|tokens?|memory|cpu|storage|bandwidth|p\d{2}|fines?|risk|penalt(?:y|ies)|coverage|complexity|build time|ci time|onboarding|capacity|requests?)\b`,
  'iu',
);

/** A quantity (with its unit) stated in the text, or undefined. */
export function findQuantity(text: string): string | undefined {
  for (const pattern of [PERCENT, MONEY, DURATION, RATE, THRESHOLD, UNIT]) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  return undefined;
}

/** Whether a business statement is measurable: a quantity in a sentence that names a metric. */
export function isMeasurable(text: string): boolean {
  return measuredSentence(text) !== undefined;
}

/** The first quantity that stands in a sentence naming a metric. */
export function measuredSentence(text: string): string | undefined {
  for (const sentence of sentences(text)) {
    const quantity = findQuantity(sentence);
    if (!quantity) continue;
    // Percentages, money, durations and rates are metrics in themselves; other units need a metric word.
    if (METRIC.test(sentence) || [PERCENT, MONEY, DURATION, RATE].some((pattern) => pattern.test(quantity))) return quantity;
  }
  return undefined;
}

/**
 * Whether an acceptance criterion states a threshold: a quantity (p95 ≤ 400 ms, 99.9%
 * uptime, 0 cross-tenant reads, 3 retries), a standard level (WCAG 2.1 AA) or a
 * written zero. A number glued to a word or a reference (v2, #12, ISO-27001) is not one.
 */
export function hasThreshold(text: string): boolean {
  if (text !== thresholdText) {
    thresholdText = text;
    thresholdAnswer =
      findQuantity(text) !== undefined ||
      SLO_NOTATION.test(text) ||
      standaloneNumber(text) ||
      /\b(?:zero|no)\s+(?:critical|high|new|open|known)\b/iu.test(text);
  }
  return thresholdAnswer;
}

/**
 * The last text asked about and its answer: one criterion is asked about by each
 * reading of it in turn (waiver, process step, topic, threshold), and each answer
 * reads the whole text several times.
 */
let thresholdText: string | undefined;
let thresholdAnswer = false;

/** A number that is not a reference: "section 3", "RFC 6749", "step 2", "v2", "#12" are not thresholds. */
const REFERENCE_BEFORE = /(?:\b(?:section|sec|chapter|page|rfc|iso|version|step|issue|pr|ticket|figure|fig|table|appendix|phase|sprint|milestone|release|item|part|line|see)\.?|[#§])\s*$/iu;

/**
 * A number not glued to a word or a reference mark. Tried from every digit of a long
 * run that then fails (a run followed by "a1"), it takes quadratic time; a try from
 * the third digit on can only fail where the try from the digit before it failed, so
 * the second lookbehind skips them. A run is still tried from its second digit when
 * its first is glued, as it always was: "v22" and "#12" read as holding "2".
 */
const STANDALONE = /(?<![A-Za-z#/_.-])(?<!(?:^|[^A-Za-z#/_.-])\d)\d+(?:[.,]\d+)*(?![A-Za-z_-]*\d)/gu;

function standaloneNumber(text: string): boolean {
  for (const match of text.matchAll(STANDALONE)) {
    if (!REFERENCE_BEFORE.test(text.slice(Math.max(0, (match.index ?? 0) - 12), match.index))) return true;
  }
  return false;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])|\n+/u).filter((sentence) => sentence.trim());
}
