import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Box, GlobalStyles, Paper, Typography } from '@mui/material';
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Button, Loading, Title, TopToolbar, useGetOne, useTranslate } from 'react-admin';
import { L } from '../common/L';
import { shortDay, useFormatDay } from '../common/dates';
import { formatInstant } from '../common/time';
import { formatDays } from '../common/weekdays';
import type { ApplicationRecord, PresentedDocument } from '../dataProvider/applications';

/** On paper: only the receipt, black on white, no console around it. */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        '@page': { size: 'A4', margin: '15mm' },
        'body, #root': { background: '#fff !important' },
        '.RaAppBar-appBar, header.MuiAppBar-root, .RaSidebar-root, .MuiDrawer-root, .no-print, .RaLayout-appFrame > .MuiToolbar-root': { display: 'none !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content': { padding: '0 !important', background: '#fff !important' },
        '.receipt-sheet': { boxShadow: 'none !important', border: 'none !important', margin: '0 !important', padding: '0 !important', maxWidth: 'none !important' },
      },
    }}
  />
);

const Item = ({ n, label, children }: { n: number; label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="li" sx={{ display: 'grid', gridTemplateColumns: '28px minmax(180px, 34%) 1fr', columnGap: 1.5, py: 1.25, borderBottom: 1, borderColor: 'grey.300', breakInside: 'avoid' }} data-testid={`receipt-item-${n}`}>
      <Typography variant="body2" sx={{ fontWeight: 700 }}>
        {n}.
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(label)}
      </Typography>
      <Box sx={{ typography: 'body2', minWidth: 0 }}>{children}</Box>
    </Box>
  );
};

const Documents = ({ items, testId }: { items: readonly PresentedDocument[]; testId: string }) => (
  <Box component="ol" sx={{ m: 0, pl: 2.5 }} data-testid={testId}>
    {items.map((d) => (
      <li key={d.requirementId}>
        <L value={d.name} />
      </li>
    ))}
  </Box>
);

const Signatures = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 6, mt: 6 }}>
      {['app.receipt.employee_signature', 'app.receipt.applicant_signature'].map((label) => (
        <Box key={label}>
          <Box sx={{ borderBottom: 1, borderColor: 'text.primary', height: 28 }} />
          <Typography variant="caption" color="text.secondary">
            {translate(label)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

const ReceiptSheet = ({ record }: { record: ApplicationRecord }) => {
  const translate = useTranslate();
  const formatDay = useFormatDay();
  const r = record.receipt;
  const refusal = r.kind === 'REFUSAL';
  const place = r.issuePlace;
  return (
    <Paper className="receipt-sheet" variant="outlined" sx={{ maxWidth: 820, mx: 'auto', my: 2, p: { xs: 2, md: 5 } }} data-testid="receipt">
      <Typography variant="h5" component="h1" align="center" sx={{ fontWeight: 700, textTransform: 'uppercase', letterSpacing: 0.5 }}>
        {translate(refusal ? 'app.receipt.refusal_title' : 'app.receipt.title')}
      </Typography>
      <Typography variant="body2" align="center" color="text.secondary" sx={{ mb: 3 }}>
        {translate(refusal ? 'app.receipt.refusal_subtitle' : 'app.receipt.subtitle', { cite: r.cite })}
      </Typography>
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, borderTop: 1, borderColor: 'grey.300' }}>
        <Item n={1} label="app.receipt.items.number">
          <Box component="span" sx={{ fontFamily: 'monospace', fontWeight: 700, fontSize: 16 }} data-testid="receipt-number">
            {r.number}
          </Box>
          <Box component="span" sx={{ ml: 1.5 }}>
            {formatInstant(r.acceptedAt)}
          </Box>
        </Item>
        <Item n={2} label="app.receipt.items.service">
          <b>{r.serviceCode}</b> <L value={r.serviceTitle} />
          {r.caseTitle && (
            <Typography variant="caption" component="div" color="text.secondary">
              {translate('app.applications.case')}: <L value={r.caseTitle} />
            </Typography>
          )}
        </Item>
        {refusal ? (
          <Item n={3} label="app.receipt.items.missing">
            <Typography variant="body2" sx={{ fontWeight: 600 }} color="error.main">
              {translate('app.receipt.missing_count', { smart_count: r.missingDocuments.length })}
            </Typography>
            <Documents items={r.missingDocuments} testId="receipt-missing" />
          </Item>
        ) : (
          <Item n={3} label="app.receipt.items.documents">
            <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="receipt-document-count">
              {translate('app.receipt.document_count', { smart_count: r.documentCount })}
            </Typography>
            <Documents items={r.documents} testId="receipt-documents" />
          </Item>
        )}
        {refusal ? (
          <Item n={4} label="app.receipt.items.presented">
            {r.documents.length ? <Documents items={r.documents} testId="receipt-documents" /> : '—'}
          </Item>
        ) : (
          <Item n={4} label="app.receipt.items.issue">
            <Box sx={{ fontWeight: 600 }} data-testid="receipt-issue-on">
              {r.issueOn ? formatDay(r.issueOn) : '—'}
              {r.issueOn && ` (${shortDay(r.issueOn)})`}
            </Box>
            {r.issueOnProvisional && (
              <Typography variant="caption" component="div" color="text.secondary">
                {translate('app.receipt.provisional')}
              </Typography>
            )}
            <Box sx={{ mt: 0.5 }}>
              <L value={place.name} />
            </Box>
            {place.address && (
              <Typography variant="body2" color="text.secondary">
                <L value={place.address} />
              </Typography>
            )}
            {place.hours.map((h, i) => (
              <Typography key={i} variant="body2" color="text.secondary">
                {formatDays(h.days, translate)} {h.opens}–{h.closes}
                {h.lunchFrom && h.lunchTo ? `, ${translate('app.schedule.lunch').toLocaleLowerCase()} ${h.lunchFrom}–${h.lunchTo}` : ''}
              </Typography>
            ))}
          </Item>
        )}
        <Item n={5} label="app.receipt.items.employee">
          <span data-testid="receipt-employee">{r.employeeName}</span>
        </Item>
        <Item n={6} label="app.receipt.items.applicant">
          <span data-testid="receipt-applicant">{r.applicantName}</span>
          <Box component="span" sx={{ ml: 1.5, color: 'text.secondary' }}>
            {r.applicantPhone}
          </Box>
        </Item>
      </Box>
      {refusal && (
        <Alert severity="info" variant="outlined" sx={{ mt: 2 }}>
          {translate('app.receipt.refusal_note')}
        </Alert>
      )}
      <Signatures />
    </Paper>
  );
};

/**
 * The receipt as printed for the applicant: para 14's six items for accepted documents, or para 16's refusal listing
 * what is missing. Headings follow the interface language; "Print" opens the browser's print dialog.
 */
export const ApplicationReceipt = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const { data: record, isPending, error } = useGetOne<ApplicationRecord>('applications', { id });
  // A record from the list (react-admin seeds this cache with it) has no receipt yet: the request for the whole one is under way.
  if (isPending || (record && !record.receipt)) return <Loading />;
  if (error || !record) return <Alert severity="error">{translate('ra.notification.item_doesnt_exist')}</Alert>;
  return (
    <Box>
      {printStyles}
      <Title title={`${translate('app.receipt.page_title')} ${record.number}`} />
      <TopToolbar className="no-print" sx={{ justifyContent: 'space-between' }}>
        <Button component={Link} to={`/applications/${encodeURIComponent(id)}/show`} label="app.receipt.back">
          <ArrowBackOutlined />
        </Button>
        <Button variant="contained" onClick={() => window.print()} label="app.receipt.print" data-testid="print-receipt">
          <PrintOutlined />
        </Button>
      </TopToolbar>
      <ReceiptSheet record={record} />
    </Box>
  );
};
