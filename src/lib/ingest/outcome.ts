/**
 * A deal's outcome (won, lost or open) read from its stage or won flag, in SQL: the words, endings,
 * keys and tick-box signs CRMs and trackers write for each.
 */
import { literal } from './sql';
import { oneOf } from './values';

/**
 * Won / lost / open from a stage name or a won flag. "Closed Won", "closedwon", "won", IsWon=true
 * are won; anything naming "lost" (and IsWon=false) is lost, as are the closing reasons CRMs use
 * for a deal that ended without a sale (Copper "Abandoned", Dynamics "Canceled" and "Out-Sold",
 * Pipedrive's "deleted" status, Bitrix24's "Analyze failure"); every other stage is still open.
 * Localised CRMs and trackers name them in their language ("Gagnée", "Cerrado perdido",
 * "Verloren", "Chiusa vinta", Bitrix24's "Сделка провалена", amoCRM's "Закрыто и не реализовано")
 * or tick a box ("✓", "x", Airtable's "checked"). Keys lose accents and signs (outcomeKeyExpr),
 * so "gagnée" is matched as "gagne".
 */
const LOST_WORDS = [
  ...['lost', 'abandoned', 'canceled', 'cancelled', 'outsold', 'deleted', 'fail', 'unsuccess', 'неуспешн'],
  ...[
    'perdu',
    'perdid',
    'verloren',
    'przegran',
    'kaybed',
    'провал',
    'проигр',
    'нереализ',
    '失注',
    '输单',
    '丢单',
  ],
];
const WON_WORDS = ['won', 'success', 'gagn', 'ganad', 'wygran', 'kazan', 'успешн', 'выигр', '受注', '赢单'];
/** Short words matched only at the end of the key ("chiusapersa"), never inside ("personal"). */
const LOST_ENDINGS = ['perso', 'persa'];
const WON_ENDINGS = ['vinto', 'vinta', 'ganho', 'ganha'];
const LOST_KEYS = ['false', 'no', '0', 'f', 'n', 'unchecked'];
const WON_KEYS = ['true', 'yes', '1', 't', 'y', 'x', 'checked'];
/** Tick-box signs, which have no key. */
const LOST_SIGNS = ['✗', '✘', '☒', '❌'];
const WON_SIGNS = ['✓', '✔', '☑', '✅'];

/**
 * Whether a column's stage names (with their keys) are a tick box's ticks only ("checked", "x",
 * "✓"): Airtable and sheets leave an unticked box blank, so there a blank is "not won".
 */
export function ticksOnly(known: readonly (readonly [string, string])[]): boolean {
  return known.length > 0 && known.every(([name, key]) => WON_KEYS.includes(key) || WON_SIGNS.includes(name));
}

/** A stage name as outcomeExpr compares it: lower case, letters (any script, no accents) and digits. */
export const outcomeKeyExpr = (v: string) =>
  `regexp_replace(strip_accents(lower(${v})), '[^\\p{L}\\p{N}]', '', 'g')`;

/**
 * outcomeKeyExpr, looked up for the stage names `known` lists with their keys (outcome-keys.ts):
 * the regexp runs only for the names they do not hold.
 */
export function outcomeKeyLookup(v: string, known: readonly (readonly [string, string])[] = []): string {
  if (known.length === 0) return outcomeKeyExpr(v);
  const cases = known.map(([name, key]) => `WHEN ${literal(name)} THEN ${literal(key)}`).join(' ');
  return `CASE ${v} ${cases} ELSE ${outcomeKeyExpr(v)} END`;
}

/** Whether a stage's key (`key`: outcomeKeyExpr) names one of these words, or ends in an ending. */
const inWords = (key: string, words: readonly string[], endings: readonly string[]) => [
  ...words.map((word) => `contains(${key}, '${word}')`),
  ...endings.map((e) => `suffix(${key}, '${e}')`),
];

/** `key`: a column holding outcomeKeyExpr(v), computed once per row (the regexp is most of the cost). */
export function outcomeExpr(v: string, key = outcomeKeyExpr(v)): string {
  const named = (words: string[], endings: string[], keys: string[], signs: string[]) =>
    [oneOf(key, keys), ...inWords(key, words, endings), oneOf(v, signs)].join(' OR ');
  return `CASE WHEN ${v} IS NULL THEN NULL
    WHEN ${named(LOST_WORDS, LOST_ENDINGS, LOST_KEYS, LOST_SIGNS)} THEN 'lost'
    WHEN ${named(WON_WORDS, WON_ENDINGS, WON_KEYS, WON_SIGNS)} THEN 'won'
    ELSE 'open' END`;
}

/**
 * 'won' or 'lost' when a value names a stage in words ("Closed Won", "Verloren"); NULL otherwise,
 * yes/no keys and ticks included: a column of 1/0 or Yes/No names no stage (stage-by-values.ts).
 */
export function stageWordExpr(v: string): string {
  const key = outcomeKeyExpr(v);
  const named = (words: string[], endings: string[]) => inWords(key, words, endings).join(' OR ');
  return `CASE WHEN ${named(LOST_WORDS, LOST_ENDINGS)} THEN 'lost' WHEN ${named(WON_WORDS, WON_ENDINGS)} THEN 'won' END`;
}
