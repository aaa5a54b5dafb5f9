import type { CrmHeaders } from './types';

/**
 * Exports written in the user's language: a CRM names its columns as its interface does. Found in
 * public code that reads such exports (each header as a real file writes it); Pipedrive keeps its
 * "<Entity> - <Field>" form in every language. The outcome words are outcome.ts's.
 */
export const localized: CrmHeaders = {
  crm: 'Exports in German, French, Spanish and Portuguese',
  sources: [
    'Pipedrive in German: public code importing a deals export ("Deal - Deal erstellt", "Deal - Wert", "Deal - Besitzer", "Deal - Verlustgrund", "Person - E-Mail-Adresse - Büro")',
    'Pipedrive in Portuguese (Brazil): an Apps Script listing the standard deal export headers ("Negócio - Valor", "Negócio - Ganho em", "Negócio - Proprietário")',
    'Pipedrive in French: code reading real exports ("Affaire - Valeur", "Affaire - Statut", "Affaire - Affaire créée")',
    'Pipedrive in Spanish: code matching "trato - valor", "trato - etapa" as Pipedrive exports them',
    'Zoho CRM in Spanish: Leads module exports in public repositories ("Hora de creación", "Estado de Posible Cliente")',
    'HubSpot in German: a test detecting a German contact export ("Datensatz-ID", "Firmenname")',
    'Salesforce in German: code accepting German report headers ("Lead-Inhaber", "Lead-Status", "Erstelldatum", "Schlusstermin")',
  ],
  leads: {
    lead_id: ['Datensatz-ID', 'ID de registro'],
    created_at: ['Erstelldatum', 'Erstellt am', 'Erstellungsdatum', 'Hora de creación'],
    owner: ['Lead-Inhaber', 'Propietario de Posible Cliente'],
    status: ['Lead-Status', 'Estado de Posible Cliente'],
    last_touch_at: ['Letzte Aktivität', 'Hora de la última actividad'],
    email: ['Person - E-Mail', 'Person - E-Mail-Adresse - Büro', 'Pessoa - E-mail', 'Correo electrónico'],
    company: ['Firmenname', 'Organização - Nome', 'Organización - Nombre'],
  },
  deals: {
    deal_id: ['Negócio - ID', 'Affaire - ID', 'Trato - ID'],
    lead_id: ['Negócio - Pessoa de contato (id)'],
    email: ['Person - E-Mail', 'Person - E-Mail-Adresse - Büro', 'Pessoa - E-mail'],
    company: [
      'Deal - Organisation',
      'Organização - Nome',
      'Negócio - Organização',
      'Affaire - Organisation',
      'Organización - Nombre',
    ],
    company_id: ['Organisation - ID'],
    created_at: [
      'Deal - Deal erstellt',
      'Negócio - Negócio criado em',
      'Affaire - Affaire créée',
      'Trato - Trato creado',
      'Erstelldatum',
    ],
    // As in English: the date won or lost deals closed, then the won date, and an expected close
    // date only when nothing else is there.
    closed_at: [
      'Deal - Deal abgeschlossen am',
      'Deal - Datum des gewonnenen Deals',
      'Negócio - Negócio fechado em',
      'Negócio - Ganho em',
      'Affaire - Date de gain',
      'Schlusstermin',
      'Abschlussdatum',
      'Negócio - Data de fechamento esperada',
      'Trato - Fecha de cierre prevista',
    ],
    outcome: ['Negócio - Status', 'Affaire - Statut', 'Trato - Estado', 'Opportunity-Phase', 'Phase'],
    amount: [
      'Deal - Wert',
      'Negócio - Valor',
      'Negócio - Valor do negócio',
      'Affaire - Valeur',
      'Trato - Valor',
    ],
    currency: ['Negócio - Moeda de Valor', 'Trato - Moneda'],
    owner: [
      'Deal - Besitzer',
      'Negócio - Proprietário',
      'Affaire - Propriétaire',
      'Trato - Propietario',
      'Opportunity-Inhaber',
    ],
    loss_reason: ['Deal - Verlustgrund', 'Negócio - Motivo da perda', 'Affaire - Raison de la perte'],
  },
};
