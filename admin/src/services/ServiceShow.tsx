import { useState, type ComponentType } from 'react';
import { Alert, Box, CardContent, Chip, Divider, LinearProgress, Stack, Tab, Tabs, Typography } from '@mui/material';
import { Labeled, Show, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { EnumChipField } from '../common/EnumChipField';
import { pickLocalized, type LocalizedTextValue } from '../common/localizedText';
import { useActReference, useFormatDay } from '../common/dates';
import { LOCALES } from '../i18n';
import type { ServiceDetail } from '../dataProvider/serviceDetail';
import { ServiceStatusField } from './ServiceStatusField';
import {
  AnomaliesSection,
  ComplaintsSection,
  ContactsSection,
  DeadlinesSection,
  DocumentsSection,
  FeeScheduleSection,
  FormSection,
  GeneralSection,
  HistorySection,
  IndicatorsSection,
  PrinciplesSection,
  ReceiptHandoverSection,
  RefusalSection,
  ResultSection,
} from './sections';

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

/** The act that approved the standard: reference, title, and whether (and by what) it was repealed. */
const ApprovingAct = () => {
  const record = useRecordContext<ServiceDetail>();
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
            <Typography variant="caption" color="text.secondary" data-testid="act-repealed">
              {act.repealedBy
                ? translate('app.legal_act.repealed_by', { date: formatDay(act.repealedOn), act: reference(act.repealedBy) })
                : translate('app.legal_act.repealed', { date: formatDay(act.repealedOn) })}
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

/** Code, title, status, the approving act and the title in the three languages. */
const Header = () => {
  const record = useRecordContext<ServiceDetail>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const title = pickLocalized(record.title, locale);
  return (
    <CardContent sx={{ pb: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }} useFlexGap>
        <Chip label={record.code} color="primary" sx={{ fontWeight: 600 }} />
        <ServiceStatusField source="status" />
        {record.decreeItem && (
          <Typography variant="caption" color="text.secondary">
            {translate('resources.services.fields.decreeItem')}: {record.decreeItem}
          </Typography>
        )}
      </Stack>
      <Typography variant="h6" component="h1" lang={title.lang} sx={{ lineHeight: 1.35, mb: 2 }}>
        {title.text}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 3 }}>
        <Labeled source="act" fullWidth>
          <ApprovingAct />
        </Labeled>
        <Labeled label="app.services.title_languages" fullWidth>
          <Translations />
        </Labeled>
      </Box>
    </CardContent>
  );
};

/** The sections in the decree's order; a repealed standard keeps only its history. */
const SECTIONS: { key: string; component: ComponentType; needsText?: boolean }[] = [
  { key: 'general', component: GeneralSection, needsText: true },
  { key: 'result', component: ResultSection, needsText: true },
  { key: 'deadlines', component: DeadlinesSection },
  { key: 'fee_schedule', component: FeeScheduleSection, needsText: true },
  { key: 'documents', component: DocumentsSection },
  { key: 'receipt_handover', component: ReceiptHandoverSection, needsText: true },
  { key: 'refusal', component: RefusalSection, needsText: true },
  { key: 'principles', component: PrinciplesSection, needsText: true },
  { key: 'indicators', component: IndicatorsSection },
  { key: 'complaints', component: ComplaintsSection, needsText: true },
  { key: 'contacts', component: ContactsSection, needsText: true },
  { key: 'form', component: FormSection },
  { key: 'history', component: HistorySection },
  { key: 'anomalies', component: AnomaliesSection, needsText: true },
];

const Sections = () => {
  const record = useRecordContext<ServiceDetail>();
  const translate = useTranslate();
  const [current, setCurrent] = useState<string | null>(null);
  if (!record) return null;
  // The list's record (without the contents) is shown first, until the standard itself arrives.
  if (!Array.isArray(record.deadlines)) return <LinearProgress sx={{ m: 2 }} />;
  const hasText = !!record.sections;
  const visible = SECTIONS.filter((s) => {
    if (s.needsText) return hasText;
    if (s.key === 'deadlines') return hasText || record.deadlines.length > 0;
    if (s.key === 'documents') return hasText || record.documents.length > 0;
    if (s.key === 'indicators') return record.indicators.length > 0;
    if (s.key === 'form') return !!record.form || !!record.formNote;
    return true;
  });
  const active = visible.find((s) => s.key === current) ?? visible[0];
  const Content = active.component;
  return (
    <>
      {!hasText && (
        <Alert severity="info" sx={{ mx: 2, mb: 1 }}>
          {translate(record.status === 'REPEALED' ? 'app.services.removed_no_text' : 'app.services.no_text')}
        </Alert>
      )}
      <Box sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}>
        <Tabs value={active.key} onChange={(_, key: string) => setCurrent(key)} variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile>
          {visible.map((s) => (
            <Tab key={s.key} value={s.key} label={translate(`app.services.sections.${s.key}`)} sx={{ textTransform: 'none', minWidth: 0, px: 1.5 }} />
          ))}
        </Tabs>
      </Box>
      <Box sx={{ p: 2 }} role="tabpanel" data-testid={`section-${active.key}`}>
        <Typography variant="h6" component="h2" sx={{ mb: 2, fontSize: 18 }}>
          {translate(`app.services.sections.${active.key}`)}
        </Typography>
        <Content />
      </Box>
    </>
  );
};

export const ServiceShow = () => (
  <Show title={<ServiceTitle />}>
    <Header />
    <Divider />
    <Sections />
  </Show>
);
