import { describe, expect, it } from 'vitest';
import { DASHBOARD_VIEWS, SNAPSHOT_VIEWS, VIEW_IDS, viewInfo } from '../../../src/lib/views';
import { SHARED_VIEWS } from '../../../src/lib/share/view-section';

describe('the list of views', () => {
  it('keeps the URL hash ids that shared links carry', () => {
    expect(SHARED_VIEWS).toEqual([
      'data',
      'overview',
      'funnel',
      'follow-up',
      'reps',
      'sources',
      'report',
      'calculator',
    ]);
    expect(VIEW_IDS).toEqual(SHARED_VIEWS);
  });

  it('derives the dashboard and snapshot views', () => {
    expect(DASHBOARD_VIEWS).toEqual(['overview', 'funnel', 'follow-up', 'reps', 'sources', 'report']);
    expect(SNAPSHOT_VIEWS).toEqual([
      'overview',
      'funnel',
      'follow-up',
      'reps',
      'sources',
      'report',
      'calculator',
    ]);
  });

  it('names each view in the rail and the top bar', () => {
    expect(VIEW_IDS.map((id) => viewInfo(id).label)).toEqual([
      'Data',
      'Overview',
      'Funnel',
      'Follow-up',
      'Reps',
      'Sources',
      'Report',
      'Calculator',
    ]);
    expect(viewInfo('sources').title).toBe('Sources and campaigns');
  });
});
