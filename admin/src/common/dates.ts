import { useCallback } from 'react';
import { useTranslate } from 'react-admin';

/**
 * A calendar date (YYYY-MM-DD) written out in the interface language, from the catalogue's month names
 * (browsers' Intl data for Kazakh is often missing: "2009 M12 29").
 */
export const useFormatDay = () => {
  const translate = useTranslate();
  return useCallback(
    (day: string | null | undefined) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
      if (!match) return day ?? '';
      const months = translate('app.date.months').split('|');
      return translate('app.date.long', { year: match[1], month: months[Number(match[2]) - 1] ?? match[2], day: Number(match[3]) });
    },
    [translate],
  );
};

/** DD.MM.YYYY, as Kazakh and Russian legal texts write dates. */
export const shortDay = (day: string | null | undefined) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  return match ? `${match[3]}.${match[2]}.${match[1]}` : (day ?? '');
};

export interface ActReference {
  kind: string;
  number?: string | null;
  adoptedOn: string;
}

/** "Government Decree … No 2223 of 29 December 2009", in the interface language. */
export const useActReference = () => {
  const translate = useTranslate();
  const formatDay = useFormatDay();
  return useCallback(
    (act: ActReference) =>
      translate(act.number ? 'app.legal_act.reference' : 'app.legal_act.reference_unnumbered', {
        kind: translate(`app.act_kind.${act.kind}`, { _: act.kind }),
        number: act.number ?? '',
        date: formatDay(act.adoptedOn),
      }),
    [translate, formatDay],
  );
};
