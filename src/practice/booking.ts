/** The practice's booking link as the result and plan show it, or null where the practice has no booking page. */
import { resultWords } from '../i18n/english-result';
import { practice } from './practice';

const { t } = resultWords;

export const booking =
  practice.bookingLink === null
    ? null
    : {
        href: practice.bookingLink,
        label: practice.name === null ? t('booking.label') : t('booking.labelAt', { practice: practice.name }),
        note: t('booking.note'),
      };
