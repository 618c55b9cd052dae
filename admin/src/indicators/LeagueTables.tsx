import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import {
  Box,
  Button,
  Link,
  Paper,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Tooltip,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { useLocalizedText } from '../common/localizedText';
import type { LeagueRow } from '../dataProvider/indicators';
import { STATUS_COLORS, useNumberFormat } from './format';
import { ValueBar } from './KpiTile';
import { codeKey, MEASURED_CODES, type MeasuredCode } from './period';

const SHOWN = 10;

/** Worst first, as the API ranks them; each name a link that narrows the dashboard to it. */
const League = ({ title, rows, linkOf, testId, showRegion }: { title: string; rows?: LeagueRow[]; linkOf: (row: LeagueRow) => string; testId: string; showRegion?: (code: string | null | undefined) => string }) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const { percent, count } = useNumberFormat();
  const [all, setAll] = useState(false);
  const shown = rows ? (all ? rows : rows.slice(0, SHOWN)) : [];
  return (
    <Paper variant="outlined" sx={{ borderColor: 'grey.200', minWidth: 0, overflow: 'hidden' }} data-testid={testId}>
      <Box sx={{ display: 'flex', alignItems: 'center', px: 2, py: 1.25, borderBottom: 1, borderColor: 'grey.200', bgcolor: '#f8fafc' }}>
        <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600, color: 'primary.dark', flex: 1 }}>
          {title}
        </Typography>
        {rows && (
          <Typography variant="caption" color="text.secondary">
            {translate('app.dashboard.league.count', { smart_count: rows.length })}
          </Typography>
        )}
      </Box>
      {!rows ? (
        <Box sx={{ p: 2 }}>
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} height={32} />
          ))}
        </Box>
      ) : rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
          {translate('app.dashboard.league.empty')}
        </Typography>
      ) : (
        <Table size="small" sx={{ '& td, & th': { px: 1 }, '& td:first-of-type, & th:first-of-type': { pl: 2 } }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 32 }}>#</TableCell>
              <TableCell>{translate('app.dashboard.league.name')}</TableCell>
              <TableCell sx={{ width: '28%' }}>{translate('app.kpi.value')}</TableCell>
              <TableCell align="right" sx={{ width: 70 }}>
                {translate('app.dashboard.league.target')}
              </TableCell>
              <TableCell align="right" sx={{ width: 90 }}>
                {translate('app.dashboard.league.cases')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((row, i) => {
              const colors = STATUS_COLORS[row.status];
              return (
                <TableRow key={row.key} data-testid="league-row" data-key={row.key} data-status={row.status} sx={{ '&:last-child td': { borderBottom: 0 } }}>
                  <TableCell sx={{ color: 'text.secondary' }}>{i + 1}</TableCell>
                  <TableCell sx={{ minWidth: 0 }}>
                    <Link component={RouterLink} to={linkOf(row)} underline="hover" sx={{ fontWeight: 500 }} data-testid="league-link">
                      {localized(row.name)}
                    </Link>
                    {showRegion && row.regionCode && (
                      <Typography variant="caption" color="text.secondary" component="div" sx={{ lineHeight: 1.2 }}>
                        {showRegion(row.regionCode)}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    <Tooltip title={translate(`app.kpi.status.${row.status}`)} placement="top">
                      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                        <Typography variant="body2" sx={{ fontWeight: 700, color: colors.text, width: 56, flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
                          {percent(row.value)}
                        </Typography>
                        <Box sx={{ flex: 1 }}>
                          <ValueBar value={row.value} target={row.target} color={colors.main} height={6} />
                        </Box>
                      </Box>
                    </Tooltip>
                  </TableCell>
                  <TableCell align="right" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
                    {percent(row.target)}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                    {count(row.numerator)} / {count(row.denominator)}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {rows && rows.length > SHOWN && (
        <Box sx={{ px: 1, py: 0.5, borderTop: 1, borderColor: 'grey.200' }}>
          <Button size="small" onClick={() => setAll(!all)}>
            {translate(all ? 'app.dashboard.league.show_fewer' : 'app.dashboard.league.show_all', { smart_count: rows.length })}
          </Button>
        </Box>
      )}
    </Paper>
  );
};

export interface LeagueTablesProps {
  code: MeasuredCode;
  onCode: (code: MeasuredCode) => void;
  regions?: LeagueRow[];
  offices?: LeagueRow[];
  regionLink: (row: LeagueRow) => string;
  officeLink: (row: LeagueRow) => string;
  regionName: (code: string | null | undefined) => string;
}

/** Regions and centre offices ranked on one indicator, worst first; the ones below the minimum sample last. */
export const LeagueTables = ({ code, onCode, regions, offices, regionLink, officeLink, regionName }: LeagueTablesProps) => {
  const translate = useTranslate();
  return (
    <Box>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={code}
        onChange={(_, next: MeasuredCode | null) => next && onCode(next)}
        aria-label={translate('app.dashboard.league.indicator')}
        sx={{ mb: 1.5, flexWrap: 'wrap', bgcolor: 'background.paper' }}
        data-testid="league-indicator"
      >
        {MEASURED_CODES.map((c) => (
          <ToggleButton key={c} value={c} sx={{ textTransform: 'none', px: 1.5 }}>
            <b>{c}</b>&nbsp;{translate(`app.kpi.label.${codeKey(c)}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2, alignItems: 'start' }}>
        <League title={translate('app.dashboard.league.regions', { code })} rows={regions} linkOf={regionLink} testId="league-regions" />
        <League title={translate('app.dashboard.league.offices', { code })} rows={offices} linkOf={officeLink} testId="league-offices" showRegion={regionName} />
      </Box>
    </Box>
  );
};
