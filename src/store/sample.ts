import dealsUrl from '../../sample-data/deals.csv?url';
import leadsUrl from '../../sample-data/leads.csv?url';

async function fetchFile(url: string, name: string): Promise<File> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The sample file ${name} could not be fetched (${response.status}).`);
  return new File([await response.blob()], name, { type: 'text/csv' });
}

export async function sampleFiles(): Promise<{ leads: File; deals: File }> {
  const [leads, deals] = await Promise.all([
    fetchFile(leadsUrl, 'sample-leads.csv'),
    fetchFile(dealsUrl, 'sample-deals.csv'),
  ]);
  return { leads, deals };
}
