import { Box, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { Cite } from '../common/Cite';
import { EnumChipField } from '../common/EnumChipField';
import { shortDay, useFormatDay } from '../common/dates';
import { useLocalizedText } from '../common/localizedText';
import type { AppliedTerm, ApplicationListRecord } from '../dataProvider/applications';
import { STATUS_COLORS, STATUS_VARIANTS, TIMELINESS_COLORS } from './enums';

export const StatusField = ({ source = 'status', ...props }: Partial<FieldProps>) => (
  <EnumChipField {...props} source={source} prefix="app.application_status" colors={STATUS_COLORS} variants={STATUS_VARIANTS} />
);

export const TimelinessField = ({ source = 'timeliness', ...props }: Partial<FieldProps>) => (
  <EnumChipField {...props} source={source} prefix="app.timeliness" colors={TIMELINESS_COLORS} variants={{ OPEN: 'outlined', NOT_COUNTED: 'outlined' }} />
);

/** "3 working days left", "due today", "2 working days overdue"; nothing once completed. */
export const useRemainingText = () => {
  const translate = useTranslate();
  return (days: number | null | undefined) => {
    if (days == null) return '';
    if (days > 0) return translate('app.applications.remaining', { smart_count: days });
    if (days === 0) return translate('app.applications.due_today');
    return translate('app.applications.overdue_by', { smart_count: -days });
  };
};

/** The working days left as a number (negative once overdue), the words on hover: a narrow column. */
export const RemainingDaysField = (_: { label?: string }) => {
  const record = useRecordContext<ApplicationListRecord>();
  const remaining = useRemainingText();
  if (!record || record.remainingWorkingDays == null) return <Typography variant="body2" color="text.disabled">—</Typography>;
  const days = record.remainingWorkingDays;
  return (
    <Tooltip title={remaining(days)}>
      <Typography
        variant="body2"
        component="span"
        aria-label={remaining(days)}
        data-testid="remaining-days"
        sx={{ color: days < 0 ? 'error.main' : days <= 2 ? 'warning.dark' : 'text.primary', fontWeight: days <= 2 ? 700 : 400, whiteSpace: 'nowrap', cursor: 'help' }}
      >
        {days < 0 ? `−${-days}` : days}
      </Typography>
    </Tooltip>
  );
};

/** The due date (DD.MM.YYYY), marked when it still assumes the hand-over. */
export const DueDateField = (_: { label?: string }) => {
  const record = useRecordContext<ApplicationListRecord>();
  const translate = useTranslate();
  if (!record?.dueOn) return <Typography variant="body2" color="text.disabled">—</Typography>;
  return (
    <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
      <Typography variant="body2" component="span">
        {shortDay(record.dueOn)}
      </Typography>
      {record.dueProvisional && (
        <Tooltip title={translate('app.applications.provisional_hint')}>
          <Typography component="span" variant="body2" color="warning.dark" sx={{ ml: 0.5, cursor: 'help' }} aria-label={translate('app.applications.provisional')}>
            *
          </Typography>
        </Tooltip>
      )}
    </Box>
  );
};

/** "1 working day, counted from the arrival of the documents at the body" with the term's citation. */
export const TermText = ({ term, withText = true }: { term: AppliedTerm; withText?: boolean }) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const amount = translate(`app.deadline_unit.${term.unit}`, { smart_count: term.value });
  return (
    <Box>
      <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
        {term.upTo ? translate('app.deadlines.up_to_value', { value: amount }) : amount}
      </Typography>
      {term.startsFrom && (
        <Typography variant="body2" component="span" color="text.secondary">
          {' · '}
          {translate('app.applications.counted_from', { event: translate(`app.deadline_start.${term.startsFrom}`).toLocaleLowerCase() })}
        </Typography>
      )}
      {term.excludesAcceptanceAndIssueDays && (
        <Typography variant="body2" component="span" color="text.secondary">
          {' · '}
          {translate('app.deadlines.excludes_days_hint').toLocaleLowerCase()}
        </Typography>
      )}
      {term.cite && <Cite source={{ cite: term.cite, lines: term.lines }} />}
      {withText && (
        <Typography variant="caption" component="div" color="text.secondary" sx={{ mt: 0.5, fontStyle: 'italic' }}>
          {localized(term.text)}
        </Typography>
      )}
    </Box>
  );
};

/** A date written out in the interface language ("2 March 2026"). */
export const Day = ({ value, empty = '—' }: { value?: string | null; empty?: string }) => {
  const formatDay = useFormatDay();
  return (
    <Typography variant="body2" component="span" color={value ? 'text.primary' : 'text.disabled'}>
      {value ? formatDay(value) : empty}
    </Typography>
  );
};
