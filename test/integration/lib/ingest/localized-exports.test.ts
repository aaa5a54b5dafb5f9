/**
 * Exports in the user's language (headers/localized.ts): a CRM names its columns as its interface
 * does, so a German or Brazilian Pipedrive deals file mapped nothing but its id and e-mail: no
 * stage, no amount, every deal won. Headers as the sources in localized.ts write them; the won, lost
 * and open counts and won amounts counted by hand.
 */
import { describe, expect, it } from 'vitest';
import { dealOutcomes, freshDb, loadText } from '../../../support/db';

async function loaded(kind: 'leads' | 'deals', name: string, lines: string[]) {
  const db = await freshDb();
  const { prepared } = await loadText(db, kind, name, `${lines.join('\n')}\n`);
  const mapped = (field: string) => prepared.sniffed.headers[prepared.mapping[field] ?? -1] ?? null;
  return { db, prepared, mapped };
}

describe('exports in the user’s language', () => {
  it('Pipedrive deals in German', async () => {
    const { db, mapped } = await loaded('deals', 'deals-de.csv', [
      'Deal - ID,Deal - Titel,Deal - Wert,Deal - Status,Deal - Besitzer,Deal - Organisation,Deal - Deal erstellt,Deal - Verlustgrund,Person - E-Mail-Adresse - Büro',
      '11,Acme Rahmenvertrag,"1.200,00",Gewonnen,Anna,Acme GmbH,2024-03-01 10:00:00,,anna@acme.de',
      '12,Beta Pilot,"500,00",Verloren,Ben,Beta AG,2024-03-02 11:00:00,Preis,ben@beta.de',
      '13,Gamma,"300,00",Offen,Anna,Gamma KG,2024-03-03 12:00:00,,c@gamma.de',
    ]);
    expect(
      ['amount', 'outcome', 'owner', 'company', 'created_at', 'loss_reason', 'email'].map(mapped),
    ).toEqual([
      'Deal - Wert',
      'Deal - Status',
      'Deal - Besitzer',
      'Deal - Organisation',
      'Deal - Deal erstellt',
      'Deal - Verlustgrund',
      'Person - E-Mail-Adresse - Büro',
    ]);
    expect(await dealOutcomes(db)).toEqual({ won: 1, lost: 1, open: 1, won_amount: 1200 });
  });

  it('Pipedrive deals in Portuguese (Brazil)', async () => {
    const { db, mapped } = await loaded('deals', 'negocios.csv', [
      'Negócio - ID,Negócio - Título,Negócio - Valor,Negócio - Moeda de Valor,Negócio - Status,Negócio - Proprietário,Negócio - Ganho em,Pessoa - E-mail',
      '21,Acme,"2.500,00",BRL,Ganho,Ana,2024-03-05 09:00:00,ana@acme.com.br',
      '22,Beta,"900,00",BRL,Perdido,Bia,,bia@beta.com.br',
      '23,Gama,"400,00",BRL,Aberto,Ana,,gil@gama.com.br',
    ]);
    expect(['deal_id', 'amount', 'currency', 'outcome', 'owner', 'closed_at', 'email'].map(mapped)).toEqual([
      'Negócio - ID',
      'Negócio - Valor',
      'Negócio - Moeda de Valor',
      'Negócio - Status',
      'Negócio - Proprietário',
      'Negócio - Ganho em',
      'Pessoa - E-mail',
    ]);
    expect(await dealOutcomes(db)).toEqual({ won: 1, lost: 1, open: 1, won_amount: 2500 });
  });

  it('Zoho CRM leads in Spanish', async () => {
    const { db, mapped } = await loaded('leads', 'Posibles_clientes.csv', [
      'ID de registro,Propietario de Posible Cliente,Empresa,Nombre,Correo electrónico,Estado de Posible Cliente,Hora de creación',
      'zcrm_1,Lucía,Acme,Ana,ana@acme.es,Contactado,2024-03-01 10:00:00',
      'zcrm_2,Lucía,Beta,Bruno,bruno@beta.es,No contactado,2024-03-02 11:00:00',
    ]);
    expect(['lead_id', 'owner', 'email', 'status', 'created_at'].map(mapped)).toEqual([
      'ID de registro',
      'Propietario de Posible Cliente',
      'Correo electrónico',
      'Estado de Posible Cliente',
      'Hora de creación',
    ]);
    const rows = await db.query<{ at: string }>(
      `SELECT strftime(created_at, '%Y-%m-%d %H:%M') AS at FROM leads ORDER BY _key`,
    );
    expect(rows.map((r) => r.at)).toEqual(['2024-03-01 10:00', '2024-03-02 11:00']);
  });
});
