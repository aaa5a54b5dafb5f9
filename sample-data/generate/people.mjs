import { makeCompany } from './companies.mjs';
import { makeSlugCache } from './format.mjs';

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

/** The person behind each lead: a name, an e-mail and a company out of a pool sized to the leads. */
export function makePeople(R, seed, nLeads) {
  const companyPool = Math.max(40, Math.round(nLeads * 0.65));
  const cachedSlug = makeSlugCache();
  const company = makeCompany(seed, cachedSlug);

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

  /** The next lead's person: mostly new, ~2% someone who enquired before. */
  return () => {
    let p;
    if (recentPeople.length > 50 && R.chance(0.02)) p = recentPeople[R.int(recentPeople.length)];
    else {
      p = person();
      if (recentPeople.length < 2000) recentPeople.push(p);
      else recentPeople[R.int(2000)] = p;
    }
    return p;
  };
}
