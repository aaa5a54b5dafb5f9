/**
 * Salesforce writes a record id two ways: its reports 15 characters ("00Q5g00000AbCdE", where case
 * tells ids apart), its API and Data Loader 18, the same id with a checksum of the 15's capitals
 * ("00Q5g00000AbCdEEAV"), which lower-casing keeps apart. A deal's id in one form finds the lead's
 * in the other.
 */

/**
 * Over rows `r` of (`_key`, `since`, `v`): the other form of each Salesforce-shaped id, as (`_key`,
 * `since`, `k`, `exact`). A 15-character id gives its 18-character form; with `fifteen` (some leads
 * hold 15-character ids), an 18-character id whose checksum holds gives its 15 characters, which
 * the lead's must equal exactly.
 */
export function salesforceForms(r: string, fifteen: boolean): string {
  const longer = `SELECT _key, since, lower(v || ${checksum('v')}) AS k, NULL AS exact FROM ${r} WHERE ${shaped(15)}`;
  if (!fifteen) return longer;
  return `SELECT _key, since, lower(left(v, 15)) AS k, left(v, 15) AS exact FROM ${r}
      WHERE ${shaped(18)} AND right(v, 3) = ${checksum('v')}
    UNION ALL ${longer}`;
}

/** The three characters Salesforce appends: per 5 characters, the capitals' positions as bits. */
function checksum(value: string): string {
  const chunk = (c: number) => {
    const bits = [0, 1, 2, 3, 4].map(
      (i) => `(substr(${value}, ${c * 5 + i + 1}, 1) BETWEEN 'A' AND 'Z')::INTEGER * ${2 ** i}`,
    );
    return `substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', ${bits.join(' + ')} + 1, 1)`;
  };
  return `(${chunk(0)} || ${chunk(1)} || ${chunk(2)})`;
}

/** SQL: `v` is `n` letters and digits, as a Salesforce id is. */
export const shaped = (n: number, v = 'v') =>
  `length(${v}) = ${n} AND regexp_full_match(${v}, '[0-9A-Za-z]{${n}}')`;
