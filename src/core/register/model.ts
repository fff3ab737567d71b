/**
 * The register board's data: what `computeRegisterBoard` returns, what `alignment-check
 * register --format json` prints, and what the renderers turn into the comment or
 * terminal text. The zod schema is the contract; the types are inferred from it.
 */
import * as z from 'zod';

export const REGISTER_BOARD_VERSION = 1;

export const costKindSchema = z.enum(['time', 'money', 'incidents', 'delay']);

export const figureSchema = z.strictObject({
  kind: costKindSchema,
  amount: z.number().describe('As stated, in `unit`.'),
  unit: z.string().describe('h (engineer-hours), a currency code, incidents, or days (of delivery delay).'),
  period: z.string().nullable().describe('day, week, sprint, month, quarter, year, or "6 months" (in the last 6 months); null: none stated (counted once a year).'),
  perMonth: z.number(),
  text: z.string().describe('The words it was read from.'),
});
export type Figure = z.infer<typeof figureSchema>;

export const boardItemSchema = z.strictObject({
  ref: z.string().describe('owner/repo#123'),
  title: z.string().optional(),
  url: z.string().optional(),
  labels: z.array(z.string()),
  createdAt: z.string().optional(),
  ageDays: z.int().nullable().describe('Whole days since it was opened; null without a creation date.'),
  entered: z.strictObject({ key: z.string(), title: z.string() }).nullable().describe('The sprint whose window holds its creation date.'),
  prs: z.array(z.string()).describe('The PRs that referenced it or are linked to it (owner/repo#123).'),
  impact: z.string().nullable().describe('Its Business Impact text; null when it states none.'),
  figures: z.array(figureSchema).describe('Every figure read from the impact.'),
  counted: z.array(figureSchema).describe('The figure that counts per kind: the largest per month.'),
  costPerMonth: z.number().nullable().describe('In the board\'s currency, to the cent; null when no figure could be costed.'),
  uncosted: z.array(z.string()).describe('Currencies stated without a rate in register.rates (listed, not costed).'),
  rank: z.int().nullable().describe('1 for the costliest; null for an item that states no cost.'),
});
export type BoardItem = z.infer<typeof boardItemSchema>;

export const registerBoardSchema = z.strictObject({
  version: z.literal(REGISTER_BOARD_VERSION),
  repo: z.string(),
  at: z.string().describe('The instant the board was computed at: ages count to it.'),
  currency: z.string(),
  costs: z.strictObject({ engineerHour: z.number(), incident: z.number(), delayDay: z.number() }),
  rates: z.record(z.string(), z.number()),
  sprintDays: z.number().describe('The sprint length a "per sprint" figure was read with.'),
  totals: z.strictObject({
    items: z.int().describe('Open register items.'),
    quantified: z.int().describe('Items that state a figure the board reads.'),
    unquantified: z.int().describe('Items that state no cost (no Business Impact, or no figure the board reads).'),
    noImpact: z.int().describe('Items without a Business Impact at all.'),
    hoursPerMonth: z.number(),
    money: z.record(z.string(), z.number()).describe('Per currency as stated, per month.'),
    incidentsPerMonth: z.number(),
    delayDaysPerMonth: z.number(),
    costPerMonth: z.number().describe('All items, in the board\'s currency.'),
  }),
  items: z.array(boardItemSchema).describe('Ranked items first (costliest first), then the items that state no cost (oldest first).'),
});
export type RegisterBoard = z.infer<typeof registerBoardSchema>;
