import { weighted } from './random.mjs';

// Reps: share of leads, follow-up probability, response time (log-normal hours).
// Tom Becker is the overloaded rep: the most leads, and his follow-up rate falls as volume grows.
export const REPS = [
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
export const SOURCES = [
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

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const LOST_REASONS = weighted([
  { value: 'Price', weight: 24 },
  { value: 'Timing', weight: 20 },
  { value: 'Competitor', weight: 26 },
  { value: 'No Decision', weight: 20 },
  { value: 'Lost to No Follow-up', weight: 10 },
]);
export const PRODUCTS = [
  'Platform Subscription',
  'Annual License',
  'Pilot',
  'Enterprise Upgrade',
  'Starter Plan',
];
