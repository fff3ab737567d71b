/**
 * The advisory rollout help: the config change the audit recommends, from today's
 * figures. The rule of thumb is to require first what most items already do, and to
 * enforce only once most items pass:
 *
 * - `mode: enforce` once at least {@link ENFORCE_AT} of the items pass every rule today,
 *   else `advisory` (the comment shows, nothing is blocked);
 * - `rules.business-value.measurable: require` once at least {@link MOST} of the
 *   items state a measurable business value, else `warn`;
 * - `rules.nfr-criteria.required`: the categories at least {@link MOST} of the items
 *   address (a criterion or a waiver with a reason), most addressed first; when none
 *   does, the most addressed one alone (start with one); the others that appear are
 *   the next ones (the YAML names the first two);
 * - `rules.nfr-criteria.min-categories`: the most categories that at least
 *   {@link MOST} of the items address.
 *
 * The YAML is a fragment to merge into `.github/alignment.yml`: each line carries the
 * figure behind it, and what the config says today.
 */
import type { Config } from '../../config/schema.js';
import type { AuditCategory, Recommendation } from './model.js';

/** Enforce from this share of items passing every rule. */
export const ENFORCE_AT = 0.8;
/** "Most items already do it": require from this share. */
export const MOST = 0.5;

export interface RecommendationInput {
  readonly repo: string;
  readonly firstDay: string;
  readonly lastDay: string;
  readonly audited: number;
  readonly passingShare: number | null;
  readonly measurableShare: number | null;
  /** Every category, most addressed first. */
  readonly categories: readonly AuditCategory[];
  /** [k]: items addressing at least k categories. */
  readonly atLeast: readonly number[];
  readonly config: Config;
}

/** A share for a YAML comment: whole percent, never "0 %" for a non-zero share. */
const pct = (share: number | null): string => {
  if (share === null) return 'n/a';
  const p = share * 100;
  if (p > 0 && p < 1) return '< 1 %';
  if (p < 100 && p > 99) return '> 99 %';
  return `${Math.round(p)} %`;
};

export function recommend(input: RecommendationInput): Recommendation {
  const { config, audited } = input;
  const nfr = config.rules['nfr-criteria'];
  const current = {
    mode: config.mode,
    businessValueMeasurable: config.rules['business-value'].measurable,
    required: [...nfr.required],
    minCategories: nfr['min-categories'],
  };
  const addressed = (c: AuditCategory): number => c.addressed ?? 0;
  const present = input.categories.filter((c) => addressed(c) > 0);
  let required = present.filter((c) => addressed(c) >= MOST).map((c) => c.id);
  if (required.length === 0 && present[0] !== undefined) required = [present[0].id];
  const next = present.filter((c) => !required.includes(c.id)).map((c) => c.id);
  let minCategories = 0;
  for (let k = 1; k < input.atLeast.length; k += 1) {
    if (audited > 0 && (input.atLeast[k] ?? 0) / audited >= MOST) minCategories = k;
  }
  const mode = input.passingShare !== null && input.passingShare >= ENFORCE_AT ? 'enforce' : 'advisory';
  const businessValueMeasurable = input.measurableShare !== null && input.measurableShare >= MOST ? 'require' : 'warn';

  const share = (id: string): string => pct(input.categories.find((c) => c.id === id)?.addressed ?? 0);
  const now = (value: string): string => `now: ${value}`;
  const flow = (ids: readonly string[]): string => `[${ids.join(', ')}]`;
  const requiredWhy =
    required.length === 0
      ? 'no category appears yet'
      : `addressed by ${required.map((id) => `${id} ${share(id)}`).join(', ')}${next.length > 0 ? `; next: ${next.slice(0, 2).map((id) => `${id} ${share(id)}`).join(', ')}` : ''}`;
  const atLeastShare = (k: number): string => pct(audited === 0 ? null : (input.atLeast[k] ?? 0) / audited);
  const minCategoriesWhy = minCategories === 0 ? `${atLeastShare(1)} address even 1` : `${atLeastShare(minCategories)} address at least ${minCategories}`;
  const lines = [
    `# Recommended by alignment-check audit of ${input.repo}, ${input.firstDay} – ${input.lastDay} (${audited} item${audited === 1 ? '' : 's'})`,
    `mode: ${mode}  # ${pct(input.passingShare)} pass every rule today; enforce from ${pct(ENFORCE_AT)} (${now(current.mode)})`,
    'rules:',
    '  business-value:',
    `    measurable: ${businessValueMeasurable}  # ${pct(input.measurableShare)} state a measurable value; require from ${pct(MOST)} (${now(current.businessValueMeasurable)})`,
    '  nfr-criteria:',
    `    required: ${flow(required)}  # ${requiredWhy} (${now(flow(current.required))})`,
    `    min-categories: ${minCategories}  # ${minCategoriesWhy} (${now(String(current.minCategories))})`,
  ];
  return { mode, businessValueMeasurable, required, next, minCategories, current, yaml: `${lines.join('\n')}\n` };
}
