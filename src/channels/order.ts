/**
 * The order channels are listed in: by service, then name, then ID, in code
 * unit order (the same on every machine and locale). The ID settles two
 * channels of one service with the same name.
 */
import { compareCodeUnits } from '../text/compare.js';
export function byServiceThenName(
  a: { service: string; name: string; id: string },
  b: { service: string; name: string; id: string },
): number {
  return compareCodeUnits(a.service, b.service) || compareCodeUnits(a.name, b.name) || compareCodeUnits(a.id, b.id);
}
