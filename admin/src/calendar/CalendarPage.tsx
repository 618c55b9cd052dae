import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Box, Card, CardContent, Chip, CircularProgress, IconButton, MenuItem, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { Title, useCanAccess, useStore, useTranslate } from 'react-admin';
import type { CalendarDayKind } from '../../../schema/generated/graphql';
import { useLocalizedText } from '../common/localizedText';
import { useFormatDay } from '../common/dates';
import {
  CALENDAR_FIRST_YEAR,
  CALENDAR_KINDS,
  CALENDAR_LAST_YEAR,
  loadWorkingCalendar,
  type CalendarDayValue,
  type WorkingCalendarValue,
} from '../dataProvider/calendar';
import { WEEKDAYS } from '../offices/rules';
import { KIND_COLORS } from './colors';
import { DayDialog } from './DayDialog';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m + 1)}-${pad(d)}`;
const clampYear = (year: number) => Math.min(CALENDAR_LAST_YEAR, Math.max(CALENDAR_FIRST_YEAR, year));

interface MonthProps {
  year: number;
  month: number;
  days: Map<string, CalendarDayValue>;
  editable: boolean;
  onPick: (date: string) => void;
}

/** One month, Monday first: ordinary weekends greyed, marked dates in their kind's colour. */
const Month = ({ year, month, days, editable, onPick }: MonthProps) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const formatDay = useFormatDay();
  const first = new Date(Date.UTC(year, month, 1));
  const lead = (first.getUTCDay() + 6) % 7;
  const count = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells: (number | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: count }, (_, i) => i + 1)];
  const monthName = translate('app.calendar.months').split('|')[month];
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid={`month-${month + 1}`}>
      <Typography variant="subtitle2" sx={{ fontWeight: 600, mb: 1, textAlign: 'center' }}>
        {monthName}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: '3px' }}>
        {WEEKDAYS.map((d, i) => (
          <Typography key={d} variant="caption" sx={{ textAlign: 'center', color: i >= 5 ? 'text.disabled' : 'text.secondary', fontSize: 10.5 }}>
            {translate(`app.weekdays_min.${d}`)}
          </Typography>
        ))}
        {cells.map((day, i) => {
          if (day == null) return <Box key={`e${i}`} />;
          const date = iso(year, month, day);
          const entry = days.get(date);
          const weekend = i % 7 >= 5;
          const colors = entry ? KIND_COLORS[entry.kind] : weekend ? KIND_COLORS.WEEKEND : null;
          const kindName = entry ? translate(`app.calendar_kind.${entry.kind}`) : translate(weekend ? 'app.calendar.weekend' : 'app.calendar.working');
          const label = `${formatDay(date)}: ${kindName}${entry ? ` — ${localized(entry.name)}` : ''}`;
          return (
            <Tooltip key={date} title={label} disableInteractive enterDelay={300}>
              <Box
                component={editable ? 'button' : 'div'}
                type={editable ? 'button' : undefined}
                onClick={editable ? () => onPick(date) : undefined}
                aria-label={label}
                data-date={date}
                data-kind={entry?.kind ?? (weekend ? 'WEEKEND' : 'ORDINARY')}
                sx={{
                  all: 'unset',
                  boxSizing: 'border-box',
                  textAlign: 'center',
                  fontSize: 12.5,
                  lineHeight: '26px',
                  height: 28,
                  borderRadius: 1,
                  border: '1px solid',
                  borderColor: colors?.border ?? 'transparent',
                  bgcolor: colors?.bg ?? 'transparent',
                  color: colors?.fg ?? 'text.primary',
                  fontWeight: entry ? 600 : 400,
                  cursor: editable ? 'pointer' : 'default',
                  '&:hover': editable ? { outline: '2px solid', outlineColor: 'primary.main' } : undefined,
                  '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
                }}
              >
                {day}
              </Box>
            </Tooltip>
          );
        })}
      </Box>
    </Paper>
  );
};

const Legend = () => {
  const translate = useTranslate();
  const items: (CalendarDayKind | 'WEEKEND')[] = [...CALENDAR_KINDS, 'WEEKEND'];
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="calendar-legend">
      {items.map((kind) => (
        <Box key={kind} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          <Box sx={{ width: 16, height: 16, borderRadius: 0.5, bgcolor: KIND_COLORS[kind].bg, border: '1px solid', borderColor: KIND_COLORS[kind].border === 'transparent' ? 'grey.300' : KIND_COLORS[kind].border }} />
          <Typography variant="caption">{translate(kind === 'WEEKEND' ? 'app.calendar.weekend' : `app.calendar_kind.${kind}`)}</Typography>
        </Box>
      ))}
    </Stack>
  );
};

/** The marked dates of the year as a list: date, kind, name, note. */
const Entries = ({ days }: { days: CalendarDayValue[] }) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const formatDay = useFormatDay();
  if (!days.length) return null;
  return (
    <Box component="ul" sx={{ columns: { xs: 1, md: 2 }, m: 0, pl: 2.5 }}>
      {days.map((d) => (
        <Typography key={d.date} component="li" variant="body2" sx={{ breakInside: 'avoid', mb: 0.5 }}>
          <Box component="span" sx={{ fontWeight: 500 }}>
            {formatDay(d.date)}
          </Box>{' '}
          <Chip size="small" label={translate(`app.calendar_kind.${d.kind}`)} sx={{ height: 18, fontSize: 11, bgcolor: KIND_COLORS[d.kind].bg, color: KIND_COLORS[d.kind].fg }} /> {localized(d.name)}
          {d.note && (
            <Typography component="span" variant="caption" color="text.secondary">
              {' '}
              ({d.note})
            </Typography>
          )}
        </Typography>
      ))}
    </Box>
  );
};

/**
 * The working calendar of a year: twelve month grids, the days that differ from the Monday–Friday week coloured
 * by kind, and the year's counts. A directory administrator sets a date's kind by clicking it.
 */
export const CalendarPage = () => {
  const translate = useTranslate();
  const [storedYear, setYear] = useStore<number>('calendar.year', new Date().getFullYear());
  const year = clampYear(storedYear);
  const { canAccess: editable } = useCanAccess({ resource: 'calendar', action: 'edit' });
  const [data, setData] = useState<WorkingCalendarValue | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);

  const load = useCallback(() => {
    let cancelled = false;
    setError(null);
    loadWorkingCalendar(year)
      .then((value) => !cancelled && setData(value))
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : 'ra.notification.http_error'));
    return () => {
      cancelled = true;
    };
  }, [year]);
  useEffect(load, [load]);

  const days = useMemo(() => new Map((data?.year === year ? data.days : []).map((d) => [d.date, d])), [data, year]);
  const years = Array.from({ length: CALENDAR_LAST_YEAR - CALENDAR_FIRST_YEAR + 1 }, (_, i) => CALENDAR_FIRST_YEAR + i);
  const loading = !data || data.year !== year;

  return (
    <Card sx={{ mt: 1 }}>
      <Title title={translate('resources.calendar.name', { smart_count: 2 })} />
      <CardContent>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between', mb: 2 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <IconButton aria-label={translate('app.calendar.previous_year')} onClick={() => setYear(clampYear(year - 1))} disabled={year <= CALENDAR_FIRST_YEAR}>
              <ChevronLeft />
            </IconButton>
            <TextField
              select
              size="small"
              value={year}
              onChange={(e) => setYear(clampYear(Number(e.target.value)))}
              label={translate('app.calendar.year')}
              sx={{ width: 120 }}
              slotProps={{ select: { inputProps: { 'data-testid': 'calendar-year' } } }}
            >
              {years.map((y) => (
                <MenuItem key={y} value={y}>
                  {y}
                </MenuItem>
              ))}
            </TextField>
            <IconButton aria-label={translate('app.calendar.next_year')} onClick={() => setYear(clampYear(year + 1))} disabled={year >= CALENDAR_LAST_YEAR}>
              <ChevronRight />
            </IconButton>
            {loading && !error && <CircularProgress size={18} />}
          </Stack>
          {data && !loading && (
            <Stack direction="row" spacing={1}>
              <Chip color="primary" variant="outlined" label={translate('app.calendar.working_days', { smart_count: data.workingDays })} data-testid="working-days" />
              <Chip variant="outlined" label={translate('app.calendar.days_off', { smart_count: data.daysOff })} data-testid="days-off" />
            </Stack>
          )}
        </Stack>
        <Box sx={{ mb: 2 }}>
          <Legend />
        </Box>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {translate(error, { _: error })}
          </Alert>
        )}
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>
          {translate(editable ? 'app.calendar.edit_hint' : 'app.calendar.read_only')}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(3, 1fr)', xl: 'repeat(4, 1fr)' }, gap: 1.5, opacity: loading ? 0.5 : 1 }} data-testid="calendar-grid" data-year={loading ? '' : year}>
          {Array.from({ length: 12 }, (_, month) => (
            <Month key={month} year={year} month={month} days={days} editable={!!editable && !loading} onPick={setPicked} />
          ))}
        </Box>
        {data && !loading && (
          <Box sx={{ mt: 3 }}>
            <Typography variant="subtitle2" sx={{ fontWeight: 600, mb: 1 }}>
              {translate('app.calendar.entries')}
            </Typography>
            <Entries days={data.days} />
          </Box>
        )}
      </CardContent>
      {picked && (
        <DayDialog
          date={picked}
          entry={days.get(picked)}
          onClose={() => setPicked(null)}
          onSaved={() => {
            setPicked(null);
            load();
          }}
        />
      )}
    </Card>
  );
};
