/** The practice's booking link as the result and plan show it, or null where the practice has no booking page. */
import type { Describer } from '../i18n/describe';
import { practice } from './practice';

export function booking({ t }: Pick<Describer, 't'>) {
  return practice.bookingLink === null
    ? null
    : {
        href: practice.bookingLink,
        label: practice.name === null ? t('booking.label') : t('booking.labelAt', { practice: practice.name }),
        note: t('booking.note'),
      };
}
