/** SQL quoting for identifiers and literals built from user files (headers, file names, values). */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function rawColumn(index: number): string {
  return `c${index}`;
}
