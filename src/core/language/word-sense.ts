/**
 * Word sense for the vocabularies: a word counts for its category only in the sense a
 * reviewer reads it. "Users log in" is not logging; "stock availability" is not
 * availability; "secure a booking" is not security; "refreshes every 2 seconds" is
 * behaviour, "responds within 2 seconds" is performance. A rule looks at the text
 * around one occurrence of a word and says whether it is in the quality's sense.
 * The rules hold for any vocabulary, built-in or configured.
 */

interface Sense {
  /** The occurrence is out of sense when the text before it ends like this. */
  readonly notAfter?: RegExp;
  /** … or when the text after it starts like this. */
  readonly notBefore?: RegExp;
  /** The occurrence needs this somewhere in the same text. */
  readonly needs?: RegExp;
  /** … or this just before it. */
  readonly needsBefore?: RegExp;
}

const NUMBER_BEFORE_TIME = /(?:under|within|below|less than|fewer than|at most|no more than|not more than|max(?:imum)?|in|<|≤|<=|=<|p\d{2}(?:\.\d)?|than|to|~|≈)\s*[~≈]?\s*\d+(?:[.,]\d+)?\s*(?:-\s*)?$/iu;

/**
 * A log that must keep something out — "Logs contain no secrets", "tokens are never
 * logged", "no PII in logs" — states a security requirement, not one of observability.
 * KEEPS_OUT reads the text after the word, KEPT_OUT the text before it.
 */
const KEEPS_OUT =
  /^[^.;!?]{0,50}?\b(?:contains?|includes?|exposes?|leaks?|prints?|shows?|reveals?)\s+no\b|^[^.;!?]{0,50}?\b(?:must|should|shall|do|does|will|may|can)\s*(?:not|never|n't)\s+(?:contain|include|expose|leak|print|show|reveal|record|store)\b|^[^.;!?]{0,50}?\bnever\s+(?:contain|include|expose|leak|print|show|reveal)/iu;
const KEPT_OUT = String.raw`\b(?:not|never)\s+(?:be\s+)?$|\b(?:secrets?|pii|passwords?|tokens?|credentials?|personal\s+data|sensitive\s+data)\s+(?:(?:are|is)\s+)?(?:in|to|into)\s+(?:the\s+|any\s+)?$`;
const OTHER_LOGS = String.raw`\b(?:change|commit|git|chat|call|food|exercise|workout|training|time|work|activity|audit)[\s-]*$`;
const LOG_IN = String.raw`^[\s-]*(?:in|into|out|on|off|onto)\b`;

/** Rules by word (lower case); words not listed are always in sense. */
const SENSES: Readonly<Record<string, Sense>> = {
  log: { notBefore: new RegExp(`${LOG_IN}|${KEEPS_OUT.source}`, 'iu'), notAfter: new RegExp(`${OTHER_LOGS}|${KEPT_OUT}`, 'iu') },
  logs: { notBefore: new RegExp(`${LOG_IN}|${KEEPS_OUT.source}`, 'iu'), notAfter: new RegExp(`${OTHER_LOGS}|${KEPT_OUT}`, 'iu') },
  // "logged as a follow-up ticket", "logged in Jira": recorded in the tracker, not logging.
  logged: { notBefore: new RegExp(`${LOG_IN}|^\\s+(?:as|in|on)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}(?:tickets?|issues?|bugs?|tasks?|stories|backlog|jira|github)\\b`, 'iu'), notAfter: new RegExp(KEPT_OUT, 'iu') },
  logging: { notBefore: KEEPS_OUT, notAfter: new RegExp(KEPT_OUT, 'iu') },
  seconds: { needsBefore: NUMBER_BEFORE_TIME },
  ms: { needsBefore: NUMBER_BEFORE_TIME },
  milliseconds: { needsBefore: NUMBER_BEFORE_TIME },
  fast: { notBefore: /^[\s-]*(?:forward|track|food|travel)/iu },
  secure: {
    notBefore:
      /^\s+(?:a|an|the|your|their|my|our|his|her|its|this|that|these|those|funding|approval|agreement|buy-in|slots?|spots?|seats?|bookings?|places?|deals?|loans?|tickets?|reservations?)\b/iu,
  },
  security: {
    notAfter: /\b(?:social|food|job|financial|national|income|energy)\s+$/iu,
    notBefore: /^\s*(?:deposits?|guards?|camera|cameras|officers?)\b/iu,
  },
  performance: {
    notAfter:
      /\b(?:employee|employees'?|student|students'?|staff|team|sales|portfolio|financial|fund|investment|stock|academic|athlete|player|agent|individual|job|work|class|exam|past|historical|market|business|company)\s+$/iu,
    notBefore:
      /^\s*(?:reviews?|appraisals?|ratings?|evaluations?|bonus(?:es)?|improvement plans?|goals?|management|modules?|tabs?|menus?|indicators?\s+for\s+(?:staff|employees)|of\s+(?:my|our|their|his|her|the|each|every|all)?\s*(?:team|teams|staff|employees?|students?|members?|workers?|agents?|people|players?|athletes?|colleagues?|direct\s+reports|candidates?|pupils?))\b/iu,
  },
  availability: {
    notAfter:
      /\b(?:stock|product|products|inventory|room|rooms|seat|seats|slot|slots|table|time|staff|doctor|doctors|team|rail|calendar|appointment|user|users|driver|drivers|vehicle|item|items|ticket|bed|parking|court|venue|resource|their|his|her|my|your|its|check|show|shows|display|set|update|updates|real[\s-]time|domain|name|username)\s+$/iu,
    notBefore: /^\s*(?:table|calendar|status|check|checks|slots?|of\s+(?:rooms?|seats?|products?|items?|staff|drivers?|beds?|stock|slots?|appointments?|the\s+(?:product|item|room|seat|slot)))\b/iu,
  },
  recovery: { notAfter: /\b(?:password|account|key|seed|pin|access|debt|payment|cost)\s+$/iu },
  backup: { notBefore: /^\s*(?:codes?|email|e-mail|phone|contacts?|singer|dancers?|plan\s+for\s+lunch)\b/iu },
  backups: { notBefore: /^\s*(?:codes?)\b/iu },
  fallback: { notBefore: /^\s*(?:fonts?|images?|texts?|languages?|locales?|values?|icons?|colou?rs?|pages?|ui)\b/iu },
  injection: { notAfter: /\b(?:dependency|constructor|property|code)\s+$/iu },
  license: { notBefore: /^\s*(?:plates?|numbers?\s+plates?)\b/iu, notAfter: /\b(?:driver'?s|driving|drivers|fishing|hunting|marriage|business)\s+$/iu },
  licence: { notBefore: /^\s*(?:plates?)\b/iu, notAfter: /\b(?:driver'?s|driving|drivers|fishing|hunting|marriage|business)\s+$/iu },
  // "remains responsive" is speed, not a responsive layout.
  responsive: { notAfter: /\b(?:non|un)[\s-]*$|\b(?:remains?|remained|remaining|stays?|stayed|staying)\s+$/iu },
  // The Retry-After header belongs to rate limiting.
  retry: { notBefore: /^\s*(?:buttons?|links?|options?)\b|^-after\b/iu },
  'build time': { notAfter: /\bat\s+$/iu },
  // "SLA monitoring", "SLO metrics", "SLO breach alerts": what is watched, not the level kept.
  sla: { notBefore: /^s?[\s-]*(?:monitoring|metrics?|dashboards?|alerts?|alerting|reporting|tracking|measurements?|breach\s+alerts?)\b/iu },
  slo: { notBefore: /^s?[\s-]*(?:monitoring|metrics?|dashboards?|alerts?|alerting|reporting|tracking|measurements?|breach\s+alerts?)\b/iu },
  // "24/7 support" is people on duty, not the system's availability.
  '24/7': { notBefore: /^\s*(?:customer\s+|technical\s+|phone\s+|live\s+)?(?:support|help\s*desk|service\s+desk|hotline|staff|staffing|on[\s-]call|chat|assistance)\b/iu },
  '24x7': { notBefore: /^\s*(?:customer\s+|technical\s+|phone\s+|live\s+)?(?:support|help\s*desk|service\s+desk|hotline|staff|staffing|on[\s-]call|chat|assistance)\b/iu },
  permission: { notAfter: /\b(?:parental|written|planning|your|ask|asks|asking|request|requests|get|gets)\s+$/iu },
  permissions: { notAfter: /\b(?:app|camera|microphone|location|notification)\s+$/iu },
  consent: { notAfter: /\b(?:parental|informed)\s+$/iu },
  coverage: { needs: /\d\s?%/u },
  'test coverage': { needs: /\d\s?%/u },
  'code coverage': { needs: /\d\s?%/u },
  authorization: { notAfter: /\b(?:separate|prior|written|explicit|formal|manager'?s?|management|parental|payment|card)\s+$/iu },
  authorisation: { notAfter: /\b(?:separate|prior|written|explicit|formal|manager'?s?|management|parental|payment|card)\s+$/iu },
  monitoring: { notAfter: /\b(?:patient|patients|vital|vitals|baby|health|heart|glucose|price|prices|stock|weather|crop|soil)\s+$/iu },
  dashboards: { needs: /\b(?:grafana|datadog|metrics|latency|errors?|alerts?|slo)\b/iu },
  https: { notBefore: /^:\/\//u },
  secret: { notBefore: /^\s*(?:santa|recipe|menu|level|room|door)\b/iu },
};

/** Whether the occurrence of `word` at `index` in `text` is in the sense its category means. */
export function inSense(word: string, text: string, index: number): boolean {
  const sense = SENSES[word.toLowerCase().replace(/\s+/gu, ' ')];
  if (sense === undefined) return true;
  const before = text.slice(Math.max(0, index - 60), index);
  const after = text.slice(index + word.length, index + word.length + 60);
  if (sense.notAfter?.test(before) === true) return false;
  if (sense.notBefore?.test(after) === true) return false;
  if (sense.needsBefore !== undefined && !sense.needsBefore.test(before)) return false;
  if (sense.needs !== undefined && !holds(sense.needs, text)) return false;
  return true;
}

/**
 * Whether the whole text holds a pattern, remembered for the last text asked about:
 * every occurrence of a word in one text asks the same question, and answering it anew
 * each time would read a text with thousands of occurrences thousands of times.
 */
let heldText: string | undefined;
const held = new Map<RegExp, boolean>();

function holds(pattern: RegExp, text: string): boolean {
  if (text !== heldText) {
    heldText = text;
    held.clear();
  }
  let answer = held.get(pattern);
  if (answer === undefined) {
    answer = pattern.test(text);
    held.set(pattern, answer);
  }
  return answer;
}
