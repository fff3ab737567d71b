/**
 * Titles a reviewer reads as the business value, beyond the configured aliases: a
 * title that asks why ("Why is this needed?", "Why this matters", "Warum?"), a title
 * that leads with value ("Value proposition", "Value to users"), someone's value
 * ("Customer value"), and the same in other languages ("Geschäftswert", "Valor de
 * negocio", "ビジネス価値").
 *
 * Titles arrive normalised (lower case, no edge punctuation or emoji).
 */
import { wordRegExp } from '../text/letters.js';

const WHY = wordRegExp(String.raw`^(?:why|warum|wieso|weshalb|wozu|pourquoi|por\s+qu[eé]|porque|perch[eé]|waarom|dlaczego|почему|зачем|навіщо|чому|neden|なぜ|為什麼|为什么|为何|왜)(?![\p{L}\p{N}])`, 'u');
const LEADS_WITH_VALUE = wordRegExp(String.raw`^(?:value|values?\s+(?:to|for)|valor|valeur|wert|mehrwert|valore|waarde|wartość|ценность|цінність|değer)(?![\p{L}\p{N}])(?!\s+(?:of\s+(?:the\s+)?(?:field|variable|setting|option|parameter|property|key|attribute|column|input)|type|types|object|objects|set|sets|range|ranges|format|formats|field|fields|mapping))`, 'u');
/** "What is the value of this?", "What's the business value?" */
const ASKS_VALUE = wordRegExp(String.raw`^(?:what(?:'s|’s|\s+is)\s+(?:the\s+)?(?:business\s+|customer\s+|user\s+)?value|how\s+(?:will|does|would)\s+(?:this|it)\s+(?:help|benefit|improve))(?![\p{L}\p{N}])`, 'u');
const SOMEONES_VALUE = wordRegExp(String.raw`(?<![\p{L}\p{N}])(?:business|customer|customers|user|users|product|client|stakeholder|end\s+user|member|citizen|patient)s?'?\s+value(?![\p{L}\p{N}])`, 'u');
const OTHER_LANGUAGES =
  /(?:geschäftswert|geschäftsnutzen|mehrwert|valor\s+(?:de|para\s+el|do|para\s+o)\s+neg[oó]cio|valor\s+de\s+negocio|valeur\s+(?:métier|ajoutée|business)|valore\s+(?:di\s+business|per\s+il\s+business)|bedrijfswaarde|wartość\s+biznesowa|бизнес[\s-]ценность|бізнес[\s-]цінність|iş\s+değeri|ビジネス価値|業務価値|业务价值|商业价值|비즈니스\s*가치)/u;

/** Whether a normalised title (or one of its parts) reads as a business-value title. */
export function namesValue(normalized: string): boolean {
  return WHY.test(normalized) || ASKS_VALUE.test(normalized) || LEADS_WITH_VALUE.test(normalized) || SOMEONES_VALUE.test(normalized) || OTHER_LANGUAGES.test(normalized);
}
