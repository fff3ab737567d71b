/**
 * Measurability: does a text state a quantity tied to a metric ("reduces churn by 3%
 * in a €1M segment", "p95 ≤ 400 ms", "saves 6 hours a week")? A quantity is a number
 * with a unit, a percentage, an amount of money or a duration; it must stand in a
 * sentence that names a metric, or carry a unit that is one (ms, req/s, %).
 */

const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const SCALE = String.raw`(?:\s?(?:k|m|mm|bn|b|million|billion|thousand)\b)?`;

const PERCENT = new RegExp(String.raw`${NUMBER}\s?(?:%|percent\b|per cent\b|pp\b|percentage points?\b|basis points?\b|bps\b)`, 'iu');
const MONEY = new RegExp(
  String.raw`(?:[$€£¥₹]\s?${NUMBER}${SCALE})|(?:${NUMBER}${SCALE}\s?(?:[$€£¥₹円]|(?:usd|eur|gbp|chf|jpy|dollars?|euros?|pounds?)\b))`,
  'iu',
);
/** "~30 a month", "5 per week", "3/day", "月80時間" — a count over time. */
const RATE = new RegExp(String.raw`${NUMBER}\s?(?:\w+\s)?(?:a|an|per|each|every|/)\s?(?:day|week|month|quarter|year|sprint|release|deploy)\b|${NUMBER}\s?(?:時間|分|秒|日|件|人|回)`, 'iu');
const DURATION = new RegExp(
  String.raw`${NUMBER}\s?(?:[a-z]+-)?(?:ms|msec|milliseconds?|µs|us|ns|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|d|weeks?|wks?|months?|quarters?|years?|yrs?|sprints?)\b`,
  'iu',
);
const UNIT = new RegExp(
  String.raw`${NUMBER}\s?(?:x|×)(?=\s|$|[.,;)])|${NUMBER}${SCALE}\s?(?:[a-z-]{3,20}\s(?=\w+\b))??(?:rps|qps|rpm|tps|req/s|requests?|ops/s|users?|customers?|accounts?|sessions?|tickets?|incidents?|errors?|bugs?|alerts?|pages?|calls?|queries|transactions?|orders?|signups?|sign-ups?|deploys?|deployments?|releases?|points?|kb|mb|gb|tb|kib|mib|gib|vcpus?|cpus?|cores?|nines|9s|engineers?|fte|people|seats?|leads?|clicks?|steps?|escalations?|complaints?|returns?|churned|findings?|vulnerabilit(?:y|ies)|defects?|regressions?|issues?|retries|attempts?|hops?|queries?|rows?|records?|items?|files?|lines?|classes?|modules?|services?|pods?|nodes?|instances?|replicas?|regions?|zones?)\b`,
  'iu',
);
const THRESHOLD = new RegExp(
  String.raw`(?:[≤≥<>]=?|=<|=>|\b(?:under|below|above|over|within|at most|at least|no more than|not more than|less than|fewer than|more than|greater than|up to|max(?:imum)?|min(?:imum)?|target(?:ed)?|budget|slo|sla|p\d{2}(?:\.\d+)?)\b)\s*:?\s*[$€£]?${NUMBER}`,
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
  return (
    findQuantity(text) !== undefined ||
    SLO_NOTATION.test(text) ||
    standaloneNumber(text) ||
    /\b(?:zero|no)\s+(?:critical|high|new|open|known)\b/iu.test(text)
  );
}

/** A number that is not a reference: "section 3", "RFC 6749", "step 2", "v2", "#12" are not thresholds. */
const REFERENCE_BEFORE = /(?:\b(?:section|sec|chapter|page|rfc|iso|version|step|issue|pr|ticket|figure|fig|table|appendix|phase|sprint|milestone|release|item|part|line|see)\.?|[#§])\s*$/iu;

function standaloneNumber(text: string): boolean {
  for (const match of text.matchAll(/(?<![A-Za-z#/_.-])\d+(?:[.,]\d+)*(?![A-Za-z_-]*\d)/gu)) {
    if (!REFERENCE_BEFORE.test(text.slice(Math.max(0, (match.index ?? 0) - 12), match.index))) return true;
  }
  return false;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])|\n+/u).filter((sentence) => sentence.trim());
}
