import { Alert, Box, Checkbox, Chip, FormControlLabel, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import CloudDoneOutlined from '@mui/icons-material/CloudDoneOutlined';
import { useWatch } from 'react-hook-form';
import { useInput, useTranslate } from 'react-admin';
import { Cite } from '../common/Cite';
import { L } from '../common/L';
import type { ServiceDetail } from '../dataProvider/serviceDetail';

type Service = Pick<ServiceDetail, 'cases' | 'documents'>;
type Requirement = ServiceDetail['documents'][number]['items'][number];

/** Cases that group documents (para 11): the applicant is in one of them. */
export const documentCasesOf = (service: Service) =>
  service.cases.filter((c) => c.kind !== 'DEADLINE' && service.documents.some((g) => g.case?.key === c.key));

/** Cases that set a term (para 7). */
export const termCasesOf = (service: Service) => service.cases.filter((c) => c.kind !== 'DOCUMENTS');

/** The documents of the chosen case, or of the whole standard when it has no cases. */
export const requirementsOf = (service: Service, caseKey: string | null | undefined): Requirement[] | null => {
  const hasCases = documentCasesOf(service).length > 0;
  if (hasCases && !caseKey) return null;
  const group = service.documents.find((g) => (g.case?.key ?? null) === (hasCases ? caseKey : null));
  return group ? [...group.items].sort((a, b) => a.position - b.position) : [];
};

/** What the applicant must bring, as the API decides it: not the form itself, not what state systems give, conditional ones when they apply. */
export const isNeeded = (d: Requirement, applies: readonly string[]) => d.kind !== 'FORM' && !d.fromStateSystem && (!d.condition || applies.includes(d.id));

const toggle = (list: readonly string[], id: string, on: boolean) => (on ? [...new Set([...list, id])] : list.filter((x) => x !== id));

/**
 * The checklist of documents of the chosen case (requirement ids): ticked when presented. A conditional requirement
 * has a second box, "applies to this applicant"; those taken from state information systems are marked and need
 * not be brought. Required documents left unticked make the submission a refusal at acceptance (para 16).
 */
export const DocumentChecklist = ({ service }: { service: Service }) => {
  const translate = useTranslate();
  const caseKey = useWatch({ name: 'caseKey' }) as string | undefined;
  const { field: documents } = useInput({ source: 'documents', defaultValue: [] });
  const { field: applies } = useInput({ source: 'conditionalDocumentsApply', defaultValue: [] });
  const items = requirementsOf(service, caseKey);
  if (items === null) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.applications.create.choose_case_first')}
      </Typography>
    );
  }
  const presented: string[] = Array.isArray(documents.value) ? documents.value : [];
  const applying: string[] = Array.isArray(applies.value) ? applies.value : [];
  const missing = items.filter((d) => isNeeded(d, applying) && !presented.includes(d.id));
  return (
    <Box sx={{ width: '100%', mb: 2 }} data-testid="document-checklist">
      <Table size="small" sx={{ '& td, & th': { verticalAlign: 'top' } }}>
        <TableHead>
          <TableRow sx={{ bgcolor: 'grey.50' }}>
            <TableCell sx={{ width: 64 }}>{translate('app.applications.create.presented')}</TableCell>
            <TableCell>{translate('app.documents.name')}</TableCell>
            <TableCell sx={{ width: 200 }}>{translate('app.documents.kind')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((d) => {
            const form = d.kind === 'FORM';
            const needed = isNeeded(d, applying);
            const ticked = form || presented.includes(d.id);
            return (
              <TableRow key={d.id} data-testid="document-row" sx={needed && !ticked ? { bgcolor: 'rgba(237, 108, 2, 0.06)' } : undefined}>
                <TableCell>
                  <Checkbox
                    checked={ticked}
                    disabled={form}
                    onChange={(e) => documents.onChange(toggle(presented, d.id, e.target.checked))}
                    slotProps={{ input: { 'aria-label': translate('app.applications.create.presented_aria', { name: d.name.kk }), name: `documents.${d.id}` } as object }}
                    size="small"
                  />
                </TableCell>
                <TableCell>
                  <Typography variant="body2">
                    <L value={d.name} />
                    <Cite source={d.source} />
                  </Typography>
                  {form && (
                    <Typography variant="caption" color="text.secondary" component="div">
                      {translate('app.applications.create.form_itself')}
                    </Typography>
                  )}
                  {d.condition && (
                    <Box sx={{ mt: 0.5 }}>
                      <Typography variant="caption" component="div" color="text.secondary" sx={{ fontStyle: 'italic' }}>
                        <L value={d.condition} />
                      </Typography>
                      <FormControlLabel
                        control={<Checkbox size="small" checked={applying.includes(d.id)} onChange={(e) => applies.onChange(toggle(applying, d.id, e.target.checked))} />}
                        label={<Typography variant="caption">{translate('app.applications.create.applies')}</Typography>}
                        data-testid="condition-applies"
                      />
                    </Box>
                  )}
                </TableCell>
                <TableCell>
                  <Typography variant="body2" component="div">
                    {translate(`app.document_kind.${d.kind}`)}
                  </Typography>
                  {d.fromStateSystem && (
                    <Tooltip title={translate('app.documents.from_state_system_hint')}>
                      <Chip size="small" variant="outlined" color="info" icon={<CloudDoneOutlined />} label={translate('app.documents.from_state_system')} sx={{ mt: 0.5 }} />
                    </Tooltip>
                  )}
                  {!d.fromStateSystem && !form && !needed && (
                    <Typography variant="caption" color="text.secondary">
                      {translate('app.applications.create.not_needed')}
                    </Typography>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {missing.length > 0 ? (
        <Alert severity="warning" sx={{ mt: 1.5 }} data-testid="missing-warning">
          {translate('app.applications.create.missing_warning', { smart_count: missing.length })}
        </Alert>
      ) : (
        <Alert severity="success" variant="outlined" sx={{ mt: 1.5, py: 0 }}>
          {translate('app.applications.create.all_present')}
        </Alert>
      )}
    </Box>
  );
};
