import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { Form, HttpError, SaveButton, SelectInput, TextInput, maxLength, required, useNotify, useTranslate } from 'react-admin';
import { useFormatDay } from '../common/dates';
import { enumChoices } from '../common/EnumChipField';
import { CALENDAR_KINDS, setCalendarDay, type CalendarDayForm, type CalendarDayValue } from '../dataProvider/calendar';

const isWeekend = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
};

/** The API's rules, checked here first (a moved day off falls on a weekday; the Kazakh name is required). */
const validateKind = (date: string) => [
  required(),
  (value: unknown) => (value === 'MOVED_DAY_OFF' && isWeekend(date) ? 'app.calendar.errors.moved_on_weekend' : undefined),
];
const validateNameKk = [required('app.calendar.errors.kk_required'), maxLength(2000)];
const validateText = [maxLength(2000)];
const validateNote = [maxLength(500)];

export interface DayDialogProps {
  date: string;
  entry?: CalendarDayValue;
  onClose: () => void;
  onSaved: (day: CalendarDayValue) => void;
}

/** Sets a date's kind, name and note; sends the entry's version when there is one (a stale one is a CONFLICT). */
export const DayDialog = ({ date, entry, onClose, onSaved }: DayDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const formatDay = useFormatDay();
  const [serverError, setServerError] = useState<string | null>(null);
  const record: CalendarDayForm & { id: string } = {
    id: date,
    kind: entry?.kind ?? (isWeekend(date) ? 'WORKING_DAY' : 'HOLIDAY'),
    name: { kk: entry?.name.kk ?? '', ru: entry?.name.ru ?? '', en: entry?.name.en ?? '' },
    note: entry?.note ?? '',
  };
  const submit = async (values: Record<string, unknown>) => {
    setServerError(null);
    try {
      const day = await setCalendarDay(date, values as unknown as CalendarDayForm, entry?.version ?? null);
      if (day) {
        notify('app.calendar.saved', { type: 'info', messageArgs: { date: formatDay(date) } });
        onSaved(day);
      }
      return undefined;
    } catch (error) {
      const errors = error instanceof HttpError ? (error.body as { errors?: Record<string, unknown> })?.errors : undefined;
      const root = (errors?.root as { serverError?: string } | undefined)?.serverError;
      if (root && root !== 'ra.message.invalid_form') setServerError(root);
      if (!errors) setServerError(error instanceof Error ? error.message : 'ra.notification.http_error');
      return errors;
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="calendar-day-title">
      <Form record={record} onSubmit={submit} sanitizeEmptyValues={false}>
        <DialogTitle id="calendar-day-title">{translate('app.calendar.dialog_title', { date: formatDay(date) })}</DialogTitle>
        <DialogContent>
          {entry && (
            <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>
              {translate('app.calendar.has_entry', { version: entry.version })}
            </Typography>
          )}
          {serverError && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {translate(serverError, { _: serverError })}
            </Alert>
          )}
          <SelectInput source="kind" label="app.calendar.kind" choices={enumChoices(CALENDAR_KINDS, 'app.calendar_kind')} validate={validateKind(date)} fullWidth />
          <TextInput source="name.kk" label="app.calendar.name_kk" validate={validateNameKk} fullWidth />
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2 }}>
            <TextInput source="name.ru" label="app.calendar.name_ru" validate={validateText} />
            <TextInput source="name.en" label="app.calendar.name_en" validate={validateText} />
          </Box>
          <TextInput source="note" label="app.calendar.note" validate={validateNote} helperText="app.calendar.note_help" fullWidth multiline />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
