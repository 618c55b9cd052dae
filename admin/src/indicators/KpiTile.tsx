import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Box, Chip, IconButton, Link, Paper, Tooltip, Typography } from '@mui/material';
import ArrowDownwardRounded from '@mui/icons-material/ArrowDownwardRounded';
import ArrowForwardRounded from '@mui/icons-material/ArrowForwardRounded';
import ArrowUpwardRounded from '@mui/icons-material/ArrowUpwardRounded';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import ListAltOutlined from '@mui/icons-material/ListAltOutlined';
import { useTranslate } from 'react-admin';
import { shortDay } from '../common/dates';
import { useLocalizedText } from '../common/localizedText';
import { drillDownOf, type IndicatorValue } from '../dataProvider/indicators';
import { drillDownPath } from './drillDown';
import { STATUS_COLORS, useNumberFormat } from './format';
import { codeKey } from './period';

/** A 0–100 bar: the value filled in the status colour, the target as a tick. */
export const ValueBar = ({ value, target, color, height = 8 }: { value: number | null; target: number; color: string; height?: number }) => (
  <Box sx={{ position: 'relative', height, borderRadius: height / 2, bgcolor: 'rgba(16, 38, 64, 0.08)' }} aria-hidden>
    {value != null && (
      <Box sx={{ position: 'absolute', left: 0, top: 0, bottom: 0, width: `${Math.max(0, Math.min(100, value))}%`, borderRadius: height / 2, bgcolor: color }} />
    )}
    <Box sx={{ position: 'absolute', top: -3, bottom: -3, left: `calc(${Math.max(0, Math.min(100, target))}% - 1px)`, width: 2, bgcolor: '#263238', borderRadius: 1 }} />
  </Box>
);

const Fact = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <Box sx={{ minWidth: 0 }}>
    <Typography variant="caption" color="text.secondary" component="div" sx={{ lineHeight: 1.3 }}>
      {label}
    </Typography>
    <Typography variant="body2" component="div" sx={{ fontWeight: 500, lineHeight: 1.4 }} data-testid={testId}>
      {children}
    </Typography>
  </Box>
);

/** The change since the previous period: an arrow up (better) or down (worse), in percentage points. */
const Change = ({ value, previousLabel }: { value: IndicatorValue; previousLabel: string }) => {
  const translate = useTranslate();
  const { number, percent } = useNumberFormat();
  // Without a figure now there is nothing to compare (the tile's hint says why).
  if (value.value == null) return null;
  if (value.change == null) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="kpi-change">
        {translate('app.dashboard.tile.no_change', { period: previousLabel })}
      </Typography>
    );
  }
  const up = value.change > 0;
  const flat = value.change === 0;
  const color = flat ? 'text.secondary' : up ? STATUS_COLORS.MET.text : STATUS_COLORS.BREACHED.text;
  const Icon = flat ? ArrowForwardRounded : up ? ArrowUpwardRounded : ArrowDownwardRounded;
  return (
    <Tooltip title={translate('app.dashboard.tile.previous', { period: previousLabel, value: percent(value.previous.value), numerator: value.previous.numerator, denominator: value.previous.denominator })}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.25, color }} data-testid="kpi-change" data-change={value.change}>
        <Icon sx={{ fontSize: 20 }} />
        <Typography variant="body2" component="span" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
          {`${up ? '+' : ''}${number(value.change)} ${translate('app.kpi.pp')}`}
        </Typography>
        <Typography variant="caption" component="span" sx={{ color: 'text.secondary', ml: 0.5, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {translate('app.dashboard.tile.vs', { period: previousLabel })}
        </Typography>
      </Box>
    </Tooltip>
  );
};

/** Where the target comes from: the service's order, the general order, or Appendix 3's normative value. */
export const useTargetSourceText = () => {
  const translate = useTranslate();
  return (value: Pick<IndicatorValue, 'targetSource' | 'targetOrder'>) =>
    value.targetSource === 'NORMATIVE' || !value.targetOrder
      ? translate('app.kpi.target_source.NORMATIVE')
      : translate(`app.kpi.target_source.${value.targetSource}`, { number: value.targetOrder.orderNumber, date: shortDay(value.targetOrder.orderDate) });
};

/**
 * One indicator over the period: its value in the colour of its status, against the target (and where the target
 * comes from) and the normative value; the cases it counts, each count a link to the list behind it; the change since
 * the previous period; and why a figure is not judged.
 */
export const KpiTile = ({ value, previousLabel, minimumSample }: { value: IndicatorValue; previousLabel: string; minimumSample: number }) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const { percent, count } = useNumberFormat();
  const targetSource = useTargetSourceText();
  const colors = STATUS_COLORS[value.status];
  const drill = drillDownOf(value);
  const census = value.code === '3.2';
  const countLink = (n: number, part: 'numerator' | 'denominator') =>
    drill ? (
      <Link component={RouterLink} to={drillDownPath(drill, part)} data-testid={`drill-${part}`} underline="hover" sx={{ fontWeight: 600 }}>
        {count(n)}
      </Link>
    ) : (
      <b>{count(n)}</b>
    );
  return (
    <Paper
      component="article"
      variant="outlined"
      data-testid={`kpi-${value.code}`}
      data-status={value.status}
      data-numerator={value.numerator}
      data-denominator={value.denominator}
      data-value={value.value ?? ''}
      data-target={value.target}
      aria-label={`${value.code} ${localized(value.groupName)}: ${percent(value.value)}, ${translate(`app.kpi.status.${value.status}`)}`}
      sx={{
        position: 'relative',
        display: 'flex',
        flexDirection: 'column',
        gap: 1.25,
        p: 2,
        pl: 2.5,
        height: '100%',
        borderColor: 'grey.200',
        overflow: 'hidden',
        '&::before': { content: '""', position: 'absolute', left: 0, top: 0, bottom: 0, width: 6, bgcolor: colors.main },
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="overline" component="div" sx={{ lineHeight: 1.4, color: 'primary.dark', fontWeight: 700, letterSpacing: 0.6 }}>
            {value.code} · {localized(value.groupName)}
          </Typography>
          <Tooltip title={localized(value.wording)} placement="top-start">
            <Typography
              variant="body2"
              color="text.secondary"
              sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', minHeight: '2.86em', lineHeight: 1.43 }}
            >
              {translate(`app.kpi.short.${codeKey(value.code)}`)}
            </Typography>
          </Tooltip>
        </Box>
        <Chip
          size="small"
          label={translate(`app.kpi.status.${value.status}`)}
          data-testid="kpi-status"
          sx={{ bgcolor: colors.light, color: colors.text, fontWeight: 600, border: 1, borderColor: colors.main, flexShrink: 0 }}
        />
      </Box>

      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography component="div" sx={{ fontSize: 44, lineHeight: 1, fontWeight: 700, color: value.value == null ? 'text.disabled' : colors.text, fontVariantNumeric: 'tabular-nums' }} data-testid="kpi-value">
          {percent(value.value)}
        </Typography>
        {!census && <Change value={value} previousLabel={previousLabel} />}
      </Box>

      <ValueBar value={value.value} target={value.target} color={colors.main} />

      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2, rowGap: 1 }}>
        <Fact label={translate('app.kpi.target')} testId="kpi-target">
          {percent(value.target)}
          <Typography component="div" variant="caption" color="text.secondary" sx={{ lineHeight: 1.3 }} data-testid="kpi-target-source">
            {targetSource(value)}
          </Typography>
        </Fact>
        <Fact label={translate('app.kpi.normative')} testId="kpi-normative">
          {percent(value.normativeValue)}
          <Typography component="div" variant="caption" color="text.secondary" sx={{ lineHeight: 1.3 }}>
            {translate('app.kpi.appendix3_short')}
          </Typography>
        </Fact>
      </Box>

      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 'auto', pt: 1, borderTop: 1, borderColor: 'grey.100' }}>
        <Typography variant="body2" sx={{ flex: 1 }} data-testid="kpi-cases">
          {census
            ? translate('app.dashboard.tile.census', { numerator: value.numerator, denominator: value.denominator })
            : value.denominator === 0
              ? translate('app.dashboard.tile.no_cases')
              : (
                  <>
                    {countLink(value.numerator, 'numerator')} {translate('app.dashboard.tile.of')} {countLink(value.denominator, 'denominator')}{' '}
                    <Box component="span" sx={{ color: 'text.secondary' }}>
                      {translate(value.source === 'APPLICATIONS' ? 'app.dashboard.tile.applications' : 'app.dashboard.tile.surveys', { smart_count: value.denominator })}
                    </Box>
                  </>
                )}
        </Typography>
        {census && value.evidence && (
          <Tooltip title={value.evidence.map((e) => `${e.serviceCode}: ${e.websites.join(', ') || '—'}`).join(' · ')}>
            <InfoOutlined fontSize="small" sx={{ color: 'text.secondary' }} />
          </Tooltip>
        )}
        {drill && value.denominator > 0 && (
          <Tooltip title={translate('app.dashboard.tile.open_list')}>
            <IconButton component={RouterLink} to={drillDownPath(drill, 'denominator')} size="small" aria-label={translate('app.dashboard.tile.open_list')} data-testid="drill-open">
              <ListAltOutlined fontSize="small" />
            </IconButton>
          </Tooltip>
        )}
      </Box>
      {(value.status === 'INSUFFICIENT_DATA' || value.status === 'NO_DATA') && (
        <Typography variant="caption" sx={{ color: colors.text, bgcolor: colors.light, px: 1, py: 0.5, borderRadius: 1, lineHeight: 1.4 }} data-testid="kpi-hint">
          {value.status === 'NO_DATA'
            ? translate('app.dashboard.tile.no_data_hint')
            : translate('app.dashboard.tile.insufficient_hint', { smart_count: value.denominator, minimum: minimumSample })}
        </Typography>
      )}
    </Paper>
  );
};
