#!/usr/bin/env node
// Deterministic generator of a realistic Salesforce-style leads export and opportunities export.
//
//   node sample-data/generate.mjs [--leads N] [--seed S] [--out DIR] [--as-of YYYY-MM-DD]
//
// Defaults write sample-data/leads.csv and sample-data/deals.csv, byte-identical on every run.
// Node built-ins only. Rows are streamed in ~1 MB chunks through fs WriteStreams that honour
// backpressure, so any size can be written (1M leads ≈ 190 MB).
//
// All timestamps are wall-clock times without a zone. Internally they are minutes since
// 1970-01-01 00:00 (treated as UTC only for the calendar arithmetic).

import { createWriteStream, mkdirSync, realpathSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

export const DEFAULTS = Object.freeze({
  leads: 3000,
  seed: 20261031,
  out: HERE,
  asOf: '2026-10-31',
});

export const LEAD_HEADERS = [
  'Lead ID',
  'Created Date',
  'Lead Source',
  'Campaign',
  'Lead Owner',
  'Lead Status',
  'First Call Date Time',
  'Number of times contacted',
  'Last Activity',
  'SQL Date',
  'Converted',
  'Email',
  'Company',
  'Industry',
  'Country',
];

export const DEAL_HEADERS = [
  'Opportunity ID',
  'Lead ID',
  'Opportunity Name',
  'Account Name',
  'Email',
  'Opportunity Owner',
  'Lead Source',
  'Created Date',
  'Close Date',
  'Stage',
  'Amount',
  'Closed Lost Reason',
];

const MIN_PER_HOUR = 60;
const MIN_PER_DAY = 1440;
const HISTORY_DAYS = 548; // ~18 months of leads before the as-of date
const CHUNK_CHARS = 1 << 20;

// ---------------------------------------------------------------------------------------------
// Random numbers

/** mulberry32: small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed) {
  const rnd = mulberry32(seed);
  let spare = null;
  const normal = () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = rnd();
    const v = rnd();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  return {
    next: rnd,
    int: (n) => Math.floor(rnd() * n),
    pick: (arr) => arr[Math.floor(rnd() * arr.length)],
    chance: (p) => rnd() < p,
    normal,
    /** log-normal with the given median and sigma (of the underlying normal) */
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
    /** geometric-ish count >= 0 with the given mean */
    count: (mean) => Math.floor(-Math.log(1 - rnd()) * mean),
  };
}

/** Deterministic 32-bit integer hash (for attributes derived from an index, e.g. a company). */
function hash32(x) {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

function weighted(entries) {
  const total = entries.reduce((s, e) => s + e.weight, 0);
  let acc = 0;
  const cum = entries.map((e) => (acc += e.weight / total));
  return (u) => {
    for (let i = 0; i < cum.length; i++) if (u < cum[i]) return entries[i];
    return entries[entries.length - 1];
  };
}

// ---------------------------------------------------------------------------------------------
// Reference data

// Reps: share of leads, follow-up probability, response time (log-normal hours).
// Tom Becker is the overloaded rep: the most leads, and his follow-up rate falls as volume grows.
const REPS = [
  { name: 'Sarah Chen', weight: 13, followUp: 0.93, medianHours: 0.7, sigma: 1.1 },
  { name: 'Marcus Johnson', weight: 12, followUp: 0.89, medianHours: 1.8, sigma: 1.3 },
  { name: 'Priya Patel', weight: 11, followUp: 0.8, medianHours: 4, sigma: 1.4 },
  { name: 'José Ramírez', weight: 10, followUp: 0.72, medianHours: 9, sigma: 1.4 },
  { name: 'Emily Walsh', weight: 10, followUp: 0.64, medianHours: 18, sigma: 1.5 },
  { name: "Liam O'Connor", weight: 10, followUp: 0.56, medianHours: 30, sigma: 1.5 },
  { name: 'Olivia Brown', weight: 9, followUp: 0.5, medianHours: 40, sigma: 1.6 },
  {
    name: 'Tom Becker',
    weight: 25,
    followUp: 0.5,
    followUpEnd: 0.1,
    medianHours: 55,
    sigma: 1.7,
  },
];

// Sources: share, follow-up multiplier, base qualification probability, campaigns.
const SOURCES = [
  {
    name: 'Web',
    weight: 24,
    followUp: 1.05,
    qualify: 0.3,
    campaigns: ['Website Contact Form', 'Demo Request Page', 'Pricing Page Chat'],
  },
  {
    name: 'Paid Search',
    weight: 19,
    followUp: 1,
    qualify: 0.22,
    campaigns: ['Google Ads - Brand', 'Google Ads - Competitor', 'Bing Ads - Generic'],
  },
  {
    name: 'Content Download',
    weight: 15,
    followUp: 0.7,
    qualify: 0.1,
    campaigns: ['Ebook: The Lead Response Playbook', 'Whitepaper: Pipeline Leakage', 'Benchmark Report {Y}'],
  },
  {
    name: 'Webinar',
    weight: 10,
    followUp: 0.8,
    qualify: 0.18,
    campaigns: ['Webinar: Speed to Lead {M} {Y}', 'Webinar: Fixing the Handoff {M} {Y}'],
  },
  {
    name: 'Trade Show',
    weight: 10,
    followUp: 0.72,
    qualify: 0.16,
    campaigns: ['SaaStr Annual {Y}', 'Dreamforce {Y}', 'Web Summit {Y}', 'B2B Marketing Expo {Y}'],
  },
  {
    name: 'Partner',
    weight: 11,
    followUp: 1.1,
    qualify: 0.34,
    campaigns: ['Partner Referral - Resellers Q{Q} {Y}', 'Partner Referral - Agencies Q{Q} {Y}'],
  },
  {
    name: 'Referral',
    weight: 10,
    followUp: 1.25,
    qualify: 0.45,
    campaigns: ['Customer Referral Program', 'Customer Referral Program', ''],
  },
  { name: '', weight: 1, followUp: 0.6, qualify: 0.12, campaigns: [''] },
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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
const UNMATCHED_A = ['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Wingtip', 'Litware', 'Proseware'];
const UNMATCHED_B = ['Traders', 'Toys', 'Outfitters', 'Airlines', 'Brewing', 'Publishing', 'Yachts'];
// German-flavoured names for German companies (non-ASCII in UTF-8).
const GERMAN_A = ['Müller', 'Schäfer', 'Böhm', 'Weiß', 'Nordlicht', 'Brückner', 'Köhler', 'Sonnen'];

const FIRST_NAMES = [
  'James',
  'Mary',
  'John',
  'Patricia',
  'Robert',
  'Jennifer',
  'Michael',
  'Linda',
  'William',
  'Elizabeth',
  'David',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Charles',
  'Karen',
  'Daniel',
  'Nancy',
  'Matthew',
  'Lisa',
  'Anthony',
  'Betty',
  'Mark',
  'Sandra',
  'Steven',
  'Ashley',
  'Paul',
  'Emily',
  'Andrew',
  'Michelle',
  'Joshua',
  'Amanda',
  'Kevin',
  'Melissa',
  'Brian',
  'Stephanie',
  'George',
  'Rebecca',
  'Timothy',
  'Laura',
  'Ryan',
  'Sharon',
  'Jacob',
  'Cynthia',
  'Gary',
  'Kathleen',
  'Nicholas',
  'Amy',
  'Eric',
  'Angela',
  'Lukas',
  'Sophie',
  'Hugo',
  'Chloé',
  'Mateo',
  'Lucía',
  'Noah',
  'Emma',
  'Oliver',
  'Freya',
  'Aarav',
  'Ananya',
  'Wei',
  'Yuki',
];
const LAST_NAMES = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Sanchez',
  'Clark',
  'Ramirez',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Torres',
  'Nguyen',
  'Hill',
  'Flores',
  'Green',
  'Adams',
  'Nelson',
  'Baker',
  'Hall',
  'Rivera',
  'Campbell',
  'Mitchell',
  'Carter',
  'Roberts',
  "O'Brien",
  'Schmidt',
  'Fischer',
  'Dubois',
  'Jansen',
  'Nilsson',
  'Kowalski',
  'Rossi',
  'Tanaka',
  'Singh',
  'Murphy',
  'Kelly',
  'Novak',
  'Andersson',
  'Lefèvre',
  'Müller',
];
const FREE_MAIL = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com'];

const LOST_REASONS = weighted([
  { value: 'Price', weight: 24 },
  { value: 'Timing', weight: 20 },
  { value: 'Competitor', weight: 26 },
  { value: 'No Decision', weight: 20 },
  { value: 'Lost to No Follow-up', weight: 10 },
]);
const PRODUCTS = ['Platform Subscription', 'Annual License', 'Pilot', 'Enterprise Upgrade', 'Starter Plan'];

// ---------------------------------------------------------------------------------------------
// Formatting

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** An 18-character, case-insensitively unique Salesforce ID: prefix + 5 base62 digits + checksum. */
function salesforceId(prefix10, n) {
  let body = '';
  for (let i = 0; i < 5; i++) {
    body = B62[n % 62] + body;
    n = Math.floor(n / 62);
  }
  const id15 = prefix10 + body;
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += CHECKSUM[bits];
  }
  return id15 + suffix;
}

/** Quote a CSV field when it holds a comma, quote or line break (RFC 4180). */
function csv(s) {
  if (s === '') return s;
  if (/[",\r\n]/.test(s)) return '"' + s.replace(/"/g, '""') + '"';
  return s;
}

function slug(s) {
  return s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

function parseAsOf(asOf) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(asOf));
  if (!m) throw new Error(`--as-of must be YYYY-MM-DD, got ${asOf}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== asOf) throw new Error(`invalid date ${asOf}`);
  return ms / 60000 / MIN_PER_DAY; // day number
}

/** Caches "M/D/YYYY" per day number, plus weekday, year, month. */
function makeCalendar() {
  const cache = new Map();
  return function day(dayNo) {
    let d = cache.get(dayNo);
    if (d === undefined) {
      const dt = new Date(dayNo * 86400000);
      const y = dt.getUTCFullYear();
      const m = dt.getUTCMonth();
      d = {
        text: `${m + 1}/${dt.getUTCDate()}/${y}`,
        weekday: dt.getUTCDay(), // 0 = Sunday
        year: y,
        month: m,
      };
      cache.set(dayNo, d);
    }
    return d;
  };
}

// ---------------------------------------------------------------------------------------------
// Generator

/**
 * Write leads.csv and deals.csv into `out`.
 * @param {{leads?: number, seed?: number, out?: string, asOf?: string, quiet?: boolean}} [options]
 * @returns {Promise<{leads: {path: string, rows: number, bytes: number}, deals: {path: string, rows: number, bytes: number}, ms: number, stats: Record<string, number>}>}
 */
export async function generate(options = {}) {
  const started = performance.now();
  const nLeads = Math.floor(options.leads ?? DEFAULTS.leads);
  if (!(nLeads >= 1)) throw new Error(`--leads must be a positive number, got ${options.leads}`);
  const seed = Number(options.seed ?? DEFAULTS.seed) >>> 0;
  const out = resolve(options.out ?? DEFAULTS.out);
  const asOfDay = parseAsOf(options.asOf ?? DEFAULTS.asOf);

  const R = makeRandom(seed);
  const day = makeCalendar();

  // Time window: leads arrive from `startMin` up to the end of the as-of day (the export moment).
  const endMin = (asOfDay + 1) * MIN_PER_DAY - 1; // 23:59 on the as-of date
  const startMin = (asOfDay - HISTORY_DAYS) * MIN_PER_DAY;
  const span = endMin - startMin;
  const GROWTH = 2; // lead volume at the end is 1 + GROWTH times the volume at the start

  const dateText = (min) => day(Math.floor(min / MIN_PER_DAY)).text;
  const dateTimeText = (min) => {
    const m = Math.floor(min);
    const minuteOfDay = m - Math.floor(m / MIN_PER_DAY) * MIN_PER_DAY;
    const h = Math.floor(minuteOfDay / 60);
    const mm = minuteOfDay % 60;
    const h12 = h % 12 === 0 ? 12 : h % 12;
    return `${dateText(m)} ${h12}:${mm < 10 ? '0' : ''}${mm} ${h < 12 ? 'AM' : 'PM'}`;
  };
  const weekday = (min) => day(Math.floor(min / MIN_PER_DAY)).weekday;

  /** Move a sales activity into working hours (Mon–Fri, 8:00–18:00). */
  const workingHours = (min) => {
    let m = min;
    const mod = m - Math.floor(m / MIN_PER_DAY) * MIN_PER_DAY;
    if (mod < 8 * 60) m = m - mod + 8 * 60 + R.int(100);
    else if (mod >= 18 * 60) m = m - mod + MIN_PER_DAY + 8 * 60 + R.int(100);
    const wd = weekday(m);
    if (wd === 6) m += 2 * MIN_PER_DAY;
    else if (wd === 0) m += MIN_PER_DAY;
    return m;
  };

  const pickRep = weighted(REPS);
  const pickSource = weighted(SOURCES);
  const pickCountry = weighted(COUNTRIES);

  // Companies are derived from an index so that the same index always means the same company.
  const companyPool = Math.max(40, Math.round(nLeads * 0.65));
  const slugCache = new Map();
  const cachedSlug = (s) => {
    let v = slugCache.get(s);
    if (v === undefined) slugCache.set(s, (v = slug(s)));
    return v;
  };
  const company = (idx) => {
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

  const person = () => {
    const first = R.pick(FIRST_NAMES);
    const last = R.pick(LAST_NAMES);
    const co = company(R.int(companyPool));
    const f = cachedSlug(first);
    const l = cachedSlug(last);
    let local = R.chance(0.15) ? `${f[0]}${l}` : `${f}.${l}`;
    if (R.chance(0.05)) local += String(1 + R.int(99));
    let email = `${local}@${R.chance(0.07) ? R.pick(FREE_MAIL) : co.domain}`;
    // Some CRMs keep the capitalisation people typed; deal exports have it lower-cased.
    if (R.chance(0.05)) email = email[0].toUpperCase() + email.slice(1);
    return { email, company: co };
  };
  // Returning inquirers: the same person fills in a form again months later.
  const recentPeople = [];

  mkdirSync(out, { recursive: true });
  const leadsPath = join(out, 'leads.csv');
  const dealsPath = join(out, 'deals.csv');
  const leadsOut = createWriteStream(leadsPath);
  const dealsOut = createWriteStream(dealsPath);
  let leadsBuf = LEAD_HEADERS.map(csv).join(',') + '\n';
  let dealsBuf = DEAL_HEADERS.map(csv).join(',') + '\n';
  const flush = async (force) => {
    const waits = [];
    if (leadsBuf.length >= CHUNK_CHARS || (force && leadsBuf)) {
      if (!leadsOut.write(leadsBuf)) waits.push(once(leadsOut, 'drain'));
      leadsBuf = '';
    }
    if (dealsBuf.length >= CHUNK_CHARS || (force && dealsBuf)) {
      if (!dealsOut.write(dealsBuf)) waits.push(once(dealsOut, 'drain'));
      dealsBuf = '';
    }
    if (waits.length) await Promise.all(waits);
  };

  const stats = {
    leads: 0,
    followedUp: 0,
    neverFollowedUp: 0,
    followedUpWithoutFirstCall: 0,
    firstCallBeforeCreated: 0,
    qualified: 0,
    converted: 0,
    blankSource: 0,
    deals: 0,
    dealsByLeadId: 0,
    dealsByEmail: 0,
    dealsByCompany: 0,
    dealsUnmatched: 0,
    won: 0,
    lost: 0,
    open: 0,
    wonAmount: 0,
  };

  const leadIdStride = Math.max(1, Math.floor(800_000_000 / nLeads));
  const leadIdBase = 3_000_000 + R.int(1000);
  let dealSeq = 0;
  let matchedSinceUnmatched = 0;
  const dealIdStride = Math.max(1, Math.floor(800_000_000 / (nLeads * 0.2 + 10)));
  const dealIdBase = 1_500_000 + R.int(1000);
  const nextDealId = () =>
    salesforceId('0065e00000', dealIdBase + dealSeq++ * dealIdStride + R.int(dealIdStride));

  const amount = (source) => {
    let a = R.logNormal(source === 'Partner' || source === 'Trade Show' ? 16000 : 12000, 0.75);
    if (R.chance(0.015)) a *= 4 + R.next() * 12; // a few large deals
    a = Math.max(500, Math.round(a / 50) * 50);
    return a;
  };

  const writeDeal = (d) => {
    stats.deals++;
    if (d.stage === 'Closed Won') {
      stats.won++;
      stats.wonAmount += d.amount;
    } else if (d.stage === 'Closed Lost') stats.lost++;
    else stats.open++;
    dealsBuf +=
      `${d.id},${d.leadId},${csv(d.name)},${csv(d.account)},${d.email},${csv(d.owner)},` +
      `${d.source},${day(d.createdDay).text},${day(d.closeDay).text},${d.stage},` +
      `${d.amount.toFixed(2)},${d.lostReason}\n`;
  };

  /** Outcome of an opportunity opened on `createdDay`, as seen on the as-of date. */
  const dealOutcome = (createdDay, winBoost) => {
    const cycle = Math.max(3, Math.round(R.logNormal(38, 0.6)));
    const closeDay = createdDay + cycle;
    if (closeDay <= asOfDay) {
      const won = R.chance(Math.min(0.85, 0.36 * winBoost));
      return {
        closeDay,
        stage: won ? 'Closed Won' : 'Closed Lost',
        lostReason: won ? '' : LOST_REASONS(R.next()).value,
      };
    }
    // Open: Close Date is the expected close date, in the future.
    const progress = (asOfDay - createdDay) / cycle;
    const stage =
      progress < 0.25
        ? 'Prospecting'
        : progress < 0.5
          ? 'Qualification'
          : progress < 0.75
            ? 'Proposal/Price Quote'
            : 'Negotiation/Review';
    return { closeDay, stage, lostReason: '' };
  };

  const unmatchedDeal = () => {
    const createdDay = asOfDay - HISTORY_DAYS + 30 + R.int(HISTORY_DAYS - 30);
    const account = `${R.pick(UNMATCHED_A)} ${R.pick(UNMATCHED_B)} ${R.pick(['Inc.', 'Ltd', 'LLC'])}`;
    const o = dealOutcome(createdDay, 1);
    stats.dealsUnmatched++;
    writeDeal({
      id: nextDealId(),
      leadId: '',
      name: `${account} - ${R.pick(PRODUCTS)}`,
      account,
      email: R.chance(0.5) ? `buyer@${slug(account.split(' ')[0])}.example` : '',
      owner: R.pick(REPS).name,
      source: R.pick(['', 'Partner', 'Referral']),
      createdDay,
      amount: amount(''),
      ...o,
    });
  };

  for (let i = 0; i < nLeads; i++) {
    // Created: stratified over a linearly growing density, so rows come out in date order.
    const u = (i + R.next()) / nLeads;
    const t = (-1 + Math.sqrt(1 + 2 * GROWTH * u * (1 + GROWTH / 2))) / GROWTH;
    let created = startMin + t * span;
    let createdDay = Math.floor(created / MIN_PER_DAY);
    // Fewer inquiries at weekends: most weekend form fills are really Friday's or Monday's.
    const wd = day(createdDay).weekday;
    if ((wd === 0 || wd === 6) && R.chance(0.6)) {
      createdDay += wd === 6 ? -1 : 1;
      if (createdDay > asOfDay) createdDay -= 3;
    }
    // Time of day: mostly working hours.
    const minuteOfDay = R.chance(0.78)
      ? 8 * 60 + Math.floor(R.next() * 10 * 60)
      : Math.floor(R.next() * MIN_PER_DAY);
    created = createdDay * MIN_PER_DAY + minuteOfDay;
    if (created > endMin) created = endMin - R.int(120);
    createdDay = Math.floor(created / MIN_PER_DAY);
    const progress = (created - startMin) / span;

    const leadId = salesforceId('00Q5e00000', leadIdBase + i * leadIdStride + R.int(leadIdStride));
    const src = pickSource(R.next());
    const rep = pickRep(R.next());
    let p;
    if (recentPeople.length > 50 && R.chance(0.02)) p = recentPeople[R.int(recentPeople.length)];
    else {
      p = person();
      if (recentPeople.length < 2000) recentPeople.push(p);
      else recentPeople[R.int(2000)] = p;
    }
    const cd = day(createdDay);
    const campaign = R.pick(src.campaigns)
      .replace('{Y}', String(cd.year))
      .replace('{M}', MONTHS[cd.month])
      .replace('{Q}', String(1 + Math.floor(cd.month / 3)));

    // Follow-up
    const repFollowUp =
      rep.followUpEnd !== undefined
        ? rep.followUp + (rep.followUpEnd - rep.followUp) * progress
        : rep.followUp;
    const willFollowUp = R.chance(Math.min(0.98, repFollowUp * src.followUp));
    let firstCall = null; // minutes
    let responseHours = Infinity;
    let touched = false;
    let dataError = false;
    if (willFollowUp) {
      responseHours = R.logNormal(rep.medianHours, rep.sigma);
      const fc = workingHours(created + responseHours * MIN_PER_HOUR);
      if (fc <= endMin) {
        touched = true;
        firstCall = Math.floor(fc);
        responseHours = (firstCall - created) / MIN_PER_HOUR;
        if (R.chance(0.005)) {
          // Data error: first call logged before the lead was created (e.g. re-imported lead).
          firstCall = Math.floor(created - (30 + R.next() * 72 * 60));
          responseHours = 0.5;
          dataError = true;
        }
      }
    }

    let status;
    let touches = 0;
    let lastActivity = '';
    let sqlDate = '';
    let converted = false;
    let convertedDay = 0;
    if (!touched) {
      status = created > endMin - 3 * MIN_PER_DAY || R.chance(0.55) ? 'New' : 'Open - Not Contacted';
      stats.neverFollowedUp++;
    } else {
      stats.followedUp++;
      if (dataError) stats.firstCallBeforeCreated++;
      // Qualification is far likelier for leads called quickly.
      const speed = responseHours < 1 ? 2 : responseHours < 24 ? 1.25 : responseHours < 72 ? 0.85 : 0.5;
      const willQualify = R.chance(Math.min(0.9, src.qualify * speed));
      let sqlMin = null;
      if (willQualify) {
        sqlMin = firstCall + R.logNormal(4, 0.9) * MIN_PER_DAY;
        if (sqlMin > endMin) sqlMin = null;
      }
      touches = 1 + R.count(willQualify ? 3 : 1.2);
      let last = firstCall;
      for (let k = 1; k < touches; k++) last += R.logNormal(3, 0.8) * MIN_PER_DAY;
      if (sqlMin !== null && last < sqlMin) last = sqlMin + R.next() * MIN_PER_DAY;
      if (last > endMin) last = endMin - R.int(600);
      if (last < firstCall) last = firstCall;
      lastActivity = dateText(last);
      if (sqlMin !== null) {
        stats.qualified++;
        sqlDate = dateText(sqlMin);
        const convMin = sqlMin + R.next() * 8 * MIN_PER_DAY;
        if (R.chance(0.68) && convMin <= endMin) {
          converted = true;
          convertedDay = Math.max(createdDay + 1, Math.floor(convMin / MIN_PER_DAY));
          if (convertedDay > asOfDay) converted = false;
        }
        status = converted ? 'Closed - Converted' : 'Qualified';
      } else {
        const sinceCall = (endMin - firstCall) / MIN_PER_DAY;
        const r = R.next();
        status =
          sinceCall < 14 || r < 0.1
            ? 'Working - Contacted'
            : r < 0.45
              ? 'Nurturing'
              : r < 0.75
                ? 'Unqualified'
                : 'Closed - Not Converted';
      }
      // Some follow-up is logged as emails only: no call time, but touches and last activity.
      if (R.chance(0.04) && !dataError) {
        firstCall = null;
        stats.followedUpWithoutFirstCall++;
      }
    }
    if (converted) stats.converted++;
    if (src.name === '') stats.blankSource++;
    stats.leads++;

    leadsBuf +=
      `${leadId},${dateTimeText(created)},${src.name},${csv(campaign)},${csv(rep.name)},${status},` +
      `${firstCall === null ? '' : dateTimeText(firstCall)},${touches},${lastActivity},${sqlDate},` +
      `${converted ? 1 : 0},${p.email},${csv(p.company.name)},${p.company.industry},` +
      `${p.company.country}\n`;

    if (converted) {
      const winBoost =
        (responseHours < 1 ? 1.35 : responseHours < 24 ? 1.1 : 0.9) *
        (src.name === 'Referral' ? 1.3 : src.name === 'Partner' ? 1.15 : 1);
      const o = dealOutcome(convertedDay, winBoost);
      const r = R.next();
      const link = r < 0.93 ? 'id' : r < 0.98 ? 'email' : 'company';
      let account = p.company.name;
      if (link === 'company') {
        const c = R.next();
        if (c < 0.25) account = account.toUpperCase();
        else if (c < 0.5) account = account.toLowerCase();
        stats.dealsByCompany++;
      } else if (link === 'email') stats.dealsByEmail++;
      else stats.dealsByLeadId++;
      writeDeal({
        id: nextDealId(),
        leadId: link === 'id' ? leadId : '',
        name: `${p.company.name} - ${R.pick(PRODUCTS)}`,
        account,
        email: link === 'company' ? '' : p.email.toLowerCase(),
        owner: R.chance(0.06) ? R.pick(REPS).name : rep.name,
        source: src.name,
        createdDay: convertedDay,
        amount: amount(src.name),
        ...o,
      });
      // About 1% of deals match no lead at all (a company that never came in as a lead).
      if (++matchedSinceUnmatched >= 80 + R.int(40)) {
        matchedSinceUnmatched = 0;
        unmatchedDeal();
      }
    }

    if (leadsBuf.length >= CHUNK_CHARS || dealsBuf.length >= CHUNK_CHARS) await flush(false);
  }
  await flush(true);
  leadsOut.end();
  dealsOut.end();
  await Promise.all([once(leadsOut, 'finish'), once(dealsOut, 'finish')]);

  const result = {
    leads: { path: leadsPath, rows: stats.leads, bytes: statSync(leadsPath).size },
    deals: { path: dealsPath, rows: stats.deals, bytes: statSync(dealsPath).size },
    ms: Math.round(performance.now() - started),
    stats: { ...stats, wonAmount: Math.round(stats.wonAmount * 100) / 100 },
  };
  if (!options.quiet) {
    const mb = (b) => (b / 1048576).toFixed(1);
    console.log(
      `wrote ${result.leads.path}: ${result.leads.rows} rows, ${result.leads.bytes} bytes (${mb(result.leads.bytes)} MB)`,
    );
    console.log(
      `wrote ${result.deals.path}: ${result.deals.rows} rows, ${result.deals.bytes} bytes (${mb(result.deals.bytes)} MB)`,
    );
    console.log(`in ${result.ms} ms (seed ${seed}, as-of ${options.asOf ?? DEFAULTS.asOf})`);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// CLI

function parseCount(s) {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(String(s).replace(/_/g, ''));
  if (!m) throw new Error(`not a count: ${s}`);
  const mult = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[m[2]];
  return Math.round(Number(m[1]) * mult);
}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--leads':
        opts.leads = parseCount(value());
        break;
      case '--seed':
        opts.seed = Number(value());
        if (!Number.isInteger(opts.seed)) throw new Error('--seed must be an integer');
        break;
      case '--out':
        opts.out = value();
        break;
      case '--as-of':
        opts.asOf = value();
        break;
      case '--stats':
        opts.printStats = true;
        break;
      case '-h':
      case '--help':
        console.log(
          'usage: node sample-data/generate.mjs [--leads N] [--seed S] [--out DIR] [--as-of YYYY-MM-DD] [--stats]',
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  return opts;
}

function isMain() {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    const result = await generate(opts);
    if (opts.printStats) console.log(JSON.stringify(result.stats, null, 2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
