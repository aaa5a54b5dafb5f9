import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { outcomeExpr } from '../../../../src/lib/ingest/outcome';
import { freshDb } from '../../../support/db';

// The stage words of real CRMs, each with the outcome a sales team means by it.
const CASES: [string | null, string | null][] = [
  ['Closed Won', 'won'],
  ['closedwon', 'won'],
  ['Won', 'won'],
  ['true', 'won'],
  ['Closed Lost', 'lost'],
  ['closedlost', 'lost'],
  ['false', 'lost'],
  ['Abandoned', 'lost'], // Copper
  ['Canceled', 'lost'], // Dynamics 365 status reason
  ['Cancelled', 'lost'],
  ['Out-Sold', 'lost'], // Dynamics 365 status reason
  ['deleted', 'lost'],
  // Bitrix24's deal stages (crm_status.php), in English and in Russian
  ['Deal won', 'won'],
  ['Deal lost', 'lost'],
  ['Analyze failure', 'lost'],
  ['Сделка успешна', 'won'],
  ['Сделка провалена', 'lost'],
  ['Анализ причины провала', 'lost'],
  ['Подготовка документов', 'open'],
  // amoCRM / Kommo's closing stages in Russian: "not realised" is the lost one
  ['Успешно реализовано', 'won'],
  ['Закрыто и не реализовано', 'lost'],
  ['Closed Unsuccessful', 'lost'],
  ['Wygrana', 'won'],
  ['Przegrana', 'lost'],
  ['受注', 'won'],
  ['失注', 'lost'], // Pipedrive's "Deal - Status": a deleted deal is no sale and no longer open
  ['Negotiation/Review', 'open'],
  ['Appointment Scheduled', 'open'],
  ['In Progress', 'open'],
  // Localised CRMs and trackers (the language's own words; a tick box).
  ['Gagnée', 'won'],
  ['Fermée gagnée', 'won'],
  ['Perdue', 'lost'],
  ['Cerrado ganado', 'won'],
  ['Ganada', 'won'],
  ['Cerrado perdido', 'lost'],
  ['Gewonnen', 'won'],
  ['Verloren', 'lost'],
  ['Chiusa vinta', 'won'],
  ['Chiusa persa', 'lost'],
  ['Fechado ganho', 'won'],
  ['Perdido', 'lost'],
  ['✓', 'won'],
  ['✔', 'won'],
  ['✗', 'lost'],
  ['x', 'won'],
  ['checked', 'won'], // Airtable's checkbox
  ['unchecked', 'lost'],
  ['En cours', 'open'],
  ['Personal meeting', 'open'], // "perso" only ends a key
  ['Proposta inviata', 'open'],
  [null, null],
];

describe('outcomeExpr', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
  });

  it.each(CASES)('%j → %j', async (stage, outcome) => {
    const value = stage === null ? 'CAST(NULL AS VARCHAR)' : `'${stage}'`;
    const [row] = await db.query<{ o: string | null }>(`SELECT ${outcomeExpr(value)} AS o`);
    expect(row?.o).toBe(outcome);
  });
});
