import { hash32, weighted } from './random.mjs';

const COUNTRIES = [
  {
    name: 'United States',
    weight: 45,
    tld: 'com',
    suffixes: ['Inc.', ', Inc.', 'LLC', 'Corp.', 'Corporation', 'Co.', 'Group'],
  },
  {
    name: 'United Kingdom',
    weight: 14,
    tld: 'co.uk',
    suffixes: ['Ltd', 'Limited', 'PLC', 'Group'],
  },
  { name: 'Germany', weight: 10, tld: 'de', suffixes: ['GmbH', 'AG', 'GmbH & Co. KG'] },
  { name: 'Canada', weight: 8, tld: 'ca', suffixes: ['Inc.', 'Ltd.', 'Corp.'] },
  { name: 'France', weight: 6, tld: 'fr', suffixes: ['SAS', 'S.A.', 'SARL'] },
  { name: 'Netherlands', weight: 5, tld: 'nl', suffixes: ['B.V.', 'N.V.'] },
  { name: 'Australia', weight: 5, tld: 'com.au', suffixes: ['Pty Ltd', 'Pty. Ltd.'] },
  { name: 'Spain', weight: 3, tld: 'es', suffixes: ['S.L.', 'S.A.'] },
  { name: 'Sweden', weight: 3, tld: 'se', suffixes: ['AB'] },
  { name: '', weight: 1, tld: 'com', suffixes: ['Inc.', 'Ltd'] },
];

const INDUSTRIES = [
  'Software',
  'Manufacturing',
  'Financial Services',
  'Healthcare',
  'Retail',
  'Logistics',
  'Professional Services',
  'Education',
  'Telecommunications',
  'Energy',
  'Media',
  'Construction',
];

const COMPANY_A = [
  'Acme',
  'Apex',
  'Blue',
  'Bright',
  'Cedar',
  'Clear',
  'Coastal',
  'Crown',
  'Delta',
  'Eagle',
  'Evergreen',
  'First',
  'Golden',
  'Granite',
  'Green',
  'Harbor',
  'Highland',
  'Horizon',
  'Iron',
  'Keystone',
  'Lake',
  'Liberty',
  'Lime',
  'Lunar',
  'Maple',
  'Meridian',
  'Metro',
  'Nova',
  'Oak',
  'Omega',
  'Orbit',
  'Pacific',
  'Peak',
  'Pine',
  'Pioneer',
  'Prime',
  'Quantum',
  'Red',
  'River',
  'Rock',
  'Sierra',
  'Silver',
  'Sky',
  'Smart',
  'Solar',
  'Stone',
  'Summit',
  'Swift',
  'Titan',
  'True',
  'Union',
  'United',
  'Urban',
  'Vertex',
  'Vista',
  'West',
  'Wild',
  'Zen',
  'Alpine',
  'Atlas',
];
const COMPANY_B = [
  'Analytics',
  'Bank',
  'Bio',
  'Brands',
  'Capital',
  'Cloud',
  'Consulting',
  'Data',
  'Dynamics',
  'Energy',
  'Engineering',
  'Foods',
  'Freight',
  'Health',
  'Holdings',
  'Industries',
  'Insights',
  'Labs',
  'Logistics',
  'Manufacturing',
  'Media',
  'Medical',
  'Metrics',
  'Mobility',
  'Networks',
  'Partners',
  'Pharma',
  'Robotics',
  'Security',
  'Software',
  'Solutions',
  'Supply',
  'Systems',
  'Technologies',
  'Telecom',
  'Ventures',
  'Works',
  'Digital',
  'Retail',
  'Insurance',
];
// Used only for the deals that match no lead, so those companies never appear in the leads.
export const UNMATCHED_A = [
  'Northwind',
  'Contoso',
  'Fabrikam',
  'Tailspin',
  'Wingtip',
  'Litware',
  'Proseware',
];
export const UNMATCHED_B = ['Traders', 'Toys', 'Outfitters', 'Airlines', 'Brewing', 'Publishing', 'Yachts'];
// German-flavoured names for German companies (non-ASCII in UTF-8).
const GERMAN_A = ['Müller', 'Schäfer', 'Böhm', 'Weiß', 'Nordlicht', 'Brückner', 'Köhler', 'Sonnen'];

const pickCountry = weighted(COUNTRIES);

/**
 * Companies are derived from an index (hashed, not drawn from the stream) so that the same index
 * always means the same company, and picking one costs no random numbers.
 */
export function makeCompany(seed, cachedSlug) {
  return (idx) => {
    const h1 = hash32(idx * 2654435761 + seed);
    const h2 = hash32(h1 ^ 0x5bd1e995);
    const country = pickCountry((h1 % 100000) / 100000);
    const a =
      country.name === 'Germany' && h2 % 3 === 0
        ? GERMAN_A[(h1 >>> 8) % GERMAN_A.length]
        : COMPANY_A[(h1 >>> 8) % COMPANY_A.length];
    const b = COMPANY_B[(h2 >>> 4) % COMPANY_B.length];
    const suffix = country.suffixes[(h2 >>> 12) % country.suffixes.length];
    return {
      name: suffix.startsWith(',') ? `${a} ${b}${suffix}` : `${a} ${b} ${suffix}`,
      domain: `${cachedSlug(a + b)}.${country.tld}`,
      country: country.name,
      industry: h2 % 50 === 0 ? '' : INDUSTRIES[(h2 >>> 20) % INDUSTRIES.length],
    };
  };
}
