import { Box, Divider, Stack, Typography } from '@mui/material';
import { Labeled, Show, SimpleShowLayout, TextField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { EnumChipField } from '../common/EnumChipField';
import { pickLocalized, type LocalizedTextValue } from '../common/localizedText';
import { LocaleDateField } from '../common/LocaleDateField';
import { LocalizedTextField } from '../common/LocalizedTextField';
import { LOCALES } from '../i18n';
import { ServiceStatusField } from './ServiceStatusField';

/** The title in each language, Kazakh first (the source text). */
const Translations = () => {
  const record = useRecordContext<{ title: LocalizedTextValue }>();
  if (!record) return null;
  return (
    <Stack spacing={1} divider={<Divider flexItem />}>
      {LOCALES.map(({ locale, name }) => (
        <Box key={locale} sx={{ display: 'flex', gap: 2 }}>
          <Typography variant="caption" color="text.secondary" sx={{ width: 88, flexShrink: 0, pt: 0.25 }}>
            {name}
          </Typography>
          <Typography variant="body2" lang={locale} color={record.title[locale] ? 'text.primary' : 'text.disabled'}>
            {record.title[locale] || '—'}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
};

interface ActReference {
  kind: string;
  number?: string | null;
  adoptedOn: string;
}

interface ActValue extends ActReference {
  status?: string | null;
  repealedOn?: string | null;
  title: LocalizedTextValue;
}

/**
 * A calendar date (YYYY-MM-DD) written out in the interface language, from the catalogue's month names
 * (browsers' Intl data for Kazakh is often missing: "2009 M12 29").
 */
const useFormatDay = () => {
  const translate = useTranslate();
  return (day: string | null | undefined) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
    if (!match) return day ?? '';
    const months = translate('app.date.months').split('|');
    return translate('app.date.long', { year: match[1], month: months[Number(match[2]) - 1] ?? match[2], day: Number(match[3]) });
  };
};

/** "Government Decree … No 2223 of 29 December 2009", in the interface language. */
const useActReference = () => {
  const translate = useTranslate();
  const formatDay = useFormatDay();
  return (act: ActReference) =>
    translate(act.number ? 'app.legal_act.reference' : 'app.legal_act.reference_unnumbered', {
      kind: translate(`app.act_kind.${act.kind}`, { _: act.kind }),
      number: act.number ?? '',
      date: formatDay(act.adoptedOn),
    });
};

/** The act that approved the standard: reference, title, and whether it is still in force. */
const ApprovingAct = () => {
  const record = useRecordContext<{ act?: ActValue }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const reference = useActReference();
  const formatDay = useFormatDay();
  const act = record?.act;
  if (!act) return null;
  const title = pickLocalized(act.title, locale);
  return (
    <Box sx={{ borderLeft: 3, borderColor: act.status === 'REPEALED' ? 'grey.400' : 'success.main', pl: 2, py: 0.5 }}>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {reference(act)}
      </Typography>
      <Typography variant="body2" lang={title.lang} sx={{ mt: 0.5 }}>
        {title.text}
      </Typography>
      {act.status && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1, flexWrap: 'wrap' }}>
          <EnumChipField source="act.status" prefix="app.act_status" colors={{ IN_FORCE: 'success' }} variants={{ REPEALED: 'outlined' }} />
          {act.status === 'REPEALED' && act.repealedOn && (
            <Typography variant="caption" color="text.secondary">
              {translate('app.legal_act.repealed', { date: formatDay(act.repealedOn) })}
            </Typography>
          )}
        </Box>
      )}
    </Box>
  );
};

const ServiceTitle = () => {
  const record = useRecordContext<{ code: string }>();
  const translate = useTranslate();
  return record ? <>{`${translate('resources.services.name', { smart_count: 1 })} ${record.code}`}</> : null;
};

export const ServiceShow = () => (
  <Show title={<ServiceTitle />}>
    <SimpleShowLayout>
      <LocalizedTextField source="title" label={false} variant="h6" />
      <Stack direction="row" spacing={6} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Labeled>
          <TextField source="code" />
        </Labeled>
        <Labeled>
          <TextField source="decreeItem" emptyText="—" />
        </Labeled>
        <Labeled>
          <ServiceStatusField source="status" />
        </Labeled>
        <Labeled>
          <LocaleDateField source="updatedAt" showTime />
        </Labeled>
      </Stack>
      <Labeled label="app.services.title_languages" fullWidth>
        <Translations />
      </Labeled>
      <Labeled source="act" fullWidth>
        <ApprovingAct />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
