/** Today on the device, as the engine takes it: the person's local calendar date, never shifted to UTC. */
import { parseIsoDate, type IsoDate } from '../domain/iso-date';

export function todayOnDevice(now: Date = new Date()): IsoDate {
  const text = `${String(now.getFullYear()).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return parseIsoDate(text) ?? ('1970-01-01' as IsoDate);
}
