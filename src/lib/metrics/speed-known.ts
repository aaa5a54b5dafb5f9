/**
 * The rules every revenue figure follows, applied to speed to lead, for the views and the JSON alike:
 * with no deal linked to the leads in view, won figures by band are unknown and the value of speed
 * rests on qualification (linked.ts); with deals in several currencies, money by band and the value in
 * money are unknown (currencies.ts). Pure.
 */
import { UNLINKED_FIGURES, withoutRevenue } from './linked';
import type { SpeedToLead } from './speed-to-lead';
import { valueOfSpeed } from './speed-value';

export function speedAsKnown(
  speed: SpeedToLead | null,
  withinMinutes: number,
  { unlinked, mixed }: { unlinked: boolean; mixed: boolean },
): SpeedToLead | null {
  if (speed === null || (!unlinked && !mixed)) return speed;
  const unknown = unlinked ? UNLINKED_FIGURES.speedBand : (['revenuePerLead'] as const);
  const bands = speed.bands.map((band) => withoutRevenue(band, true, unknown));
  return { ...speed, bands, valueOfSpeed: valueOfSpeed(bands, withinMinutes, null) };
}
