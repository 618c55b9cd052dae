import { Fragment } from 'react';
import { Alert, Box, Chip, Link, Stack, Tooltip, Typography } from '@mui/material';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import CloudSyncOutlined from '@mui/icons-material/CloudSyncOutlined';
import PhotoCameraOutlined from '@mui/icons-material/PhotoCameraOutlined';
import RemoveOutlined from '@mui/icons-material/RemoveOutlined';
import { useRecordContext, useTranslate } from 'react-admin';
import { Cite } from '../common/Cite';
import { L } from '../common/L';
import { useLocalizedText } from '../common/localizedText';
import { shortDay, useActReference } from '../common/dates';
import { formatDays } from '../common/weekdays';
import type { Deadline, ServiceDetail } from '../dataProvider/serviceDetail';
import { Block, Empty, EnumChip, Passage, PassageList, SimpleTable, TableCell, TableRow } from './parts';

type Channel = 'BODY' | 'CENTRE';
const CHANNELS: readonly Channel[] = ['BODY', 'CENTRE'];

const useService = () => useRecordContext<ServiceDetail & { id: string }>();

/** The channel's name as the standard words it (para 2), else the console's. */
const useChannelName = () => {
  const record = useService();
  const translate = useTranslate();
  const localized = useLocalizedText();
  return (channel: string) => {
    const named = record?.sections?.channels.find((c) => c.channel === channel);
    return named ? localized(named.name) : translate(`app.channel.${channel}`, { _: channel });
  };
};

/** Para 1–5: provider, channels, the form of the service, legal basis, where information is published. */
export const GeneralSection = () => {
  const record = useService();
  const translate = useTranslate();
  const localized = useLocalizedText();
  const reference = useActReference();
  const s = record?.sections;
  if (!s) return <Empty />;
  return (
    <>
      <Block title="app.services.blocks.provider" source={s.provider.source}>
        <Passage text={s.provider.text} />
        <EnumChip value={s.provider.bodyLevel} prefix="app.body_level" color="primary" />
        {s.provider.mobileCentresSentence && <EnumChip value="mobile" prefix="app.services.flags" color="info" />}
      </Block>
      <Block title="app.services.blocks.channels">
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '220px 1fr' }, columnGap: 2, rowGap: 1, alignItems: 'baseline' }}>
          {s.channels.map((c) => (
            <Fragment key={c.channel}>
              <Box>
                <EnumChip value={c.channel} prefix="app.channel" color="primary" />
              </Box>
              <Typography variant="body2" component="div">
                <L value={c.name} />
                <Cite source={c.source} />
              </Typography>
            </Fragment>
          ))}
        </Box>
      </Block>
      <Block title="app.services.blocks.form" source={s.form.source}>
        <Box sx={{ mb: 0.5 }}>
          <EnumChip value={s.form.kind} prefix="app.service_form" color="secondary" variant="filled" />
        </Box>
        <Passage text={s.form.text} />
      </Block>
      <Block title="app.services.blocks.legal_bases" testId="legal-bases">
        <Box component="ol" sx={{ m: 0, pl: 3 }}>
          {s.legalBases.map((b, i) => {
            const where = [
              b.article && translate('app.services.article', { value: b.article }),
              b.paragraph && translate('app.services.paragraph', { value: b.paragraph }),
              b.subparagraph && translate('app.services.subparagraph', { value: b.subparagraph }),
            ].filter(Boolean);
            return (
              <Typography component="li" variant="body2" key={i} sx={{ mb: 1, lineHeight: 1.6 }}>
                {b.act ? (
                  <>
                    <Box component="span" sx={{ fontWeight: 500 }}>
                      <L value={b.act.title} />
                    </Box>{' '}
                    <Box component="span" sx={{ color: 'text.secondary' }}>
                      ({reference(b.act)})
                    </Box>
                  </>
                ) : (
                  <L value={b.text} />
                )}
                {where.length > 0 && (
                  <Box component="span" sx={{ color: 'text.secondary' }}>
                    {' — '}
                    {where.join(', ')}
                  </Box>
                )}
                {b.rulesParagraphs.length > 0 && (
                  <Box component="span" sx={{ color: 'text.secondary' }}>
                    {'; '}
                    {translate('app.services.rules_paragraphs', { value: b.rulesParagraphs.join(', ') })}
                  </Box>
                )}
                <Cite source={b.source} />
                {b.act && (
                  <Typography variant="caption" component="div" color="text.secondary">
                    <L value={b.text} />
                  </Typography>
                )}
              </Typography>
            );
          })}
        </Box>
      </Block>
      <Block title="app.services.blocks.information">
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '220px 1fr' }, columnGap: 2, rowGap: 1, alignItems: 'baseline' }}>
          {s.information.map((place, i) => (
            <Fragment key={i}>
              <Box>
                <EnumChip value={place.kind} prefix="app.information_kind" />
              </Box>
              <Typography variant="body2" component="div">
                <L value={place.text} />
                {place.value && !localized(place.text).includes(place.value) && (
                  <>
                    {' '}
                    {/^https?:\/\/|^www\./.test(place.value) ? (
                      <Link href={place.value.startsWith('www.') ? `http://${place.value}` : place.value} target="_blank" rel="noreferrer">
                        {place.value}
                      </Link>
                    ) : (
                      <Box component="span" sx={{ fontWeight: 500 }}>
                        {place.value}
                      </Box>
                    )}
                  </>
                )}
                <Cite source={place.source} />
              </Typography>
            </Fragment>
          ))}
        </Box>
      </Block>
    </>
  );
};

/** Para 6 and 8: the result of the service, who receives it and who does not. */
export const ResultSection = () => {
  const s = useService()?.sections;
  if (!s) return <Empty />;
  return (
    <>
      <Block title="app.services.blocks.results">
        {s.results.map((r, i) => (
          <Box key={i} sx={{ mb: 1.5 }}>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              <L value={r.document} />
              <Cite source={r.source} />
            </Typography>
            <Passage text={r.text} sx={{ color: 'text.secondary' }} />
            {r.reasonedRefusalPossible && <EnumChip value="reasoned_refusal" prefix="app.services.flags" color="warning" />}
          </Box>
        ))}
      </Block>
      <Block title="app.services.blocks.recipients" source={s.recipients.source}>
        <Passage text={s.recipients.eligible} />
      </Block>
      <Block title="app.services.blocks.exclusions">
        <PassageList items={s.recipients.exclusions} />
      </Block>
    </>
  );
};

const DeadlineTerm = ({ rule }: { rule: Deadline }) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const amount = translate(`app.deadline_unit.${rule.unit}`, { smart_count: rule.value });
  return (
    <Tooltip title={localized(rule.text)} placement="top-start">
      <Box component="span" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
        {rule.upTo ? translate('app.deadlines.up_to_value', { value: amount }) : amount}
      </Box>
    </Tooltip>
  );
};

/** Para 7: the terms, one table per channel, a row per case and kind. */
export const DeadlinesSection = () => {
  const record = useService();
  const translate = useTranslate();
  const channelName = useChannelName();
  if (!record) return null;
  if (!record.deadlines.length) return <Empty />;
  return (
    <>
      {CHANNELS.map((channel) => {
        const rules = record.deadlines.filter((d) => d.channel === channel);
        if (!rules.length) return null;
        return (
          <Block key={channel} title={translate('app.deadlines.channel', { channel: channelName(channel) })}>
            <SimpleTable
              testId={`deadlines-${channel}`}
              minWidth={1000}
              fixed
              columns={[
                { label: 'app.deadlines.case', width: '24%' },
                { label: 'app.deadlines.kind', width: 130 },
                { label: 'app.deadlines.value', width: 160 },
                { label: 'app.deadlines.up_to', width: 64, align: 'center' },
                { label: 'app.deadlines.starts_from', width: 170 },
                'app.deadlines.condition',
                { label: 'app.deadlines.excludes_days', width: 130, align: 'center' },
                { label: 'app.source.column', width: 110 },
              ]}
            >
              {rules.map((rule) => (
                <TableRow key={rule.id} hover>
                  <TableCell>
                    {rule.case ? (
                      <>
                        {rule.case.number && (
                          <Box component="span" sx={{ color: 'text.secondary', mr: 0.5 }}>
                            {rule.case.number}
                          </Box>
                        )}
                        <L value={rule.case.title} />
                      </>
                    ) : (
                      <Box component="span" sx={{ color: 'text.secondary' }}>
                        {translate('app.deadlines.all_cases')}
                      </Box>
                    )}
                  </TableCell>
                  <TableCell>{translate(`app.deadline_kind.${rule.kind}`, { _: rule.kind })}</TableCell>
                  <TableCell>
                    <DeadlineTerm rule={rule} />
                  </TableCell>
                  <TableCell align="center">{rule.upTo ? <CheckCircleOutline fontSize="small" color="action" titleAccess={translate('app.deadlines.up_to')} /> : null}</TableCell>
                  <TableCell>{rule.startsFrom ? translate(`app.deadline_start.${rule.startsFrom}`, { _: rule.startsFrom }) : '—'}</TableCell>
                  <TableCell>
                    {rule.condition ? <L value={rule.condition} /> : <Box component="span" sx={{ color: 'text.disabled' }}>—</Box>}
                  </TableCell>
                  <TableCell align="center">
                    {rule.excludesAcceptanceAndIssueDays ? (
                      <CheckCircleOutline fontSize="small" color="success" titleAccess={translate('app.deadlines.excludes_days_hint')} />
                    ) : (
                      <RemoveOutlined fontSize="small" sx={{ color: 'text.disabled' }} />
                    )}
                  </TableCell>
                  <TableCell>
                    <Cite source={rule.source} />
                  </TableCell>
                </TableRow>
              ))}
            </SimpleTable>
          </Block>
        );
      })}
      <Typography variant="caption" color="text.secondary">
        {translate('app.deadlines.hint')}
      </Typography>
    </>
  );
};

/** Para 8–10: the fee, the hours of each channel, the electronic queue, mobile centres and premises. */
export const FeeScheduleSection = () => {
  const record = useService();
  const translate = useTranslate();
  const channelName = useChannelName();
  const s = record?.sections;
  if (!record) return null;
  return (
    <>
      {s && (
        <Block title="app.services.blocks.fee" source={s.fee.source}>
          <Box sx={{ mb: 0.5 }}>
            <EnumChip value={s.fee.free ? 'free' : 'paid'} prefix="app.services.flags" color={s.fee.free ? 'success' : 'warning'} variant="filled" />
          </Box>
          <Passage text={s.fee.text} />
        </Block>
      )}
      <Block title="app.services.blocks.schedules">
        {record.schedules.length ? (
          <SimpleTable
            testId="schedules"
            columns={[
              { label: 'app.schedule.channel', width: '22%' },
              { label: 'app.schedule.days', width: 120 },
              { label: 'app.schedule.hours', width: 110 },
              { label: 'app.schedule.lunch', width: 110 },
              { label: 'app.schedule.closed', width: '20%' },
              'app.schedule.text',
            ]}
          >
            {record.schedules.map((row) => (
              <TableRow key={row.id}>
                <TableCell>{channelName(row.channel)}</TableCell>
                <TableCell>{formatDays(row.days, translate)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {row.opens}–{row.closes}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.lunchFrom && row.lunchTo ? `${row.lunchFrom}–${row.lunchTo}` : translate('app.schedule.no_lunch')}</TableCell>
                <TableCell>{translate(`app.closed_days.${row.closedOn}`, { _: row.closedOn })}</TableCell>
                <TableCell>
                  <Typography variant="caption" color="text.secondary" component="span">
                    <L value={row.text} />
                  </Typography>
                  <Cite source={row.source} />
                </TableCell>
              </TableRow>
            ))}
          </SimpleTable>
        ) : (
          <Empty />
        )}
      </Block>
      {s && (
        <>
          <Block title="app.services.blocks.electronic_queue" source={s.electronicQueue.source}>
            <Passage text={s.electronicQueue.text} />
            {s.electronicQueue.expeditedService && <EnumChip value="expedited" prefix="app.services.flags" color="info" />}
          </Block>
          <Block title="app.services.blocks.mobile_centres" source={s.mobileCentres.source}>
            <Passage text={s.mobileCentres.text} />
            <Typography variant="caption" color="text.secondary">
              {translate('app.services.mobile_hours', {
                smart_count: s.mobileCentres.minHoursPerSettlement,
                by: translate(`app.schedule_approved_by.${s.mobileCentres.scheduleApprovedBy}`, { _: s.mobileCentres.scheduleApprovedBy }),
              })}
            </Typography>
          </Block>
          <Block title="app.services.blocks.premises">
            {s.premises.map((p, i) => (
              <Box key={i} sx={{ mb: 1 }}>
                <EnumChip value={p.channel} prefix="app.channel" color="primary" />
                <Passage text={p.text} source={p.source} sx={{ mt: 0.5 }} />
              </Box>
            ))}
          </Block>
        </>
      )}
    </>
  );
};

const DocumentFlags = ({ item }: { item: ServiceDetail['documents'][number]['items'][number] }) => {
  const translate = useTranslate();
  const photo = item.photoCount != null || item.photoWidthCm != null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <EnumChip value={item.kind} prefix="app.document_kind" color={item.kind === 'FORM' ? 'primary' : 'default'} />
      {item.fromStateSystem && (
        <Tooltip title={translate('app.documents.from_state_system_hint')}>
          <Chip size="small" color="info" variant="outlined" icon={<CloudSyncOutlined />} label={translate('app.documents.from_state_system')} />
        </Tooltip>
      )}
      {photo && (
        <Tooltip title={translate(item.photoInUniform ? 'app.documents.photo_uniform' : 'app.documents.photo_hint')}>
          <Chip
            size="small"
            variant="outlined"
            color="secondary"
            icon={<PhotoCameraOutlined />}
            label={[
              item.photoWidthCm && item.photoHeightCm ? translate('app.documents.photo_size', { width: item.photoWidthCm, height: item.photoHeightCm }) : null,
              item.photoCount ? translate('app.documents.photo_count', { smart_count: item.photoCount }) : null,
            ]
              .filter(Boolean)
              .join(', ')}
          />
        </Tooltip>
      )}
    </Stack>
  );
};

/** Para 11–13: the documents of each case, then what the body takes from state systems, originals and the form. */
export const DocumentsSection = () => {
  const record = useService();
  const translate = useTranslate();
  const s = record?.sections;
  if (!record) return null;
  return (
    <>
      {record.documents.length === 0 && <Empty />}
      {record.documents.map((group, g) => (
        <Block key={group.case?.id ?? g} testId="document-group">
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, color: 'primary.dark' }}>
            {group.case ? (
              <>
                {group.case.number && <Box component="span" sx={{ mr: 1 }}>{group.case.number}</Box>}
                <L value={group.case.title} />
              </>
            ) : (
              translate('app.documents.all_cases')
            )}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>
            {translate('app.documents.submitted_by')}: <L value={group.submittedBy} />
          </Typography>
          <SimpleTable fixed columns={[{ label: 'app.documents.number', width: 40 }, 'app.documents.name', { label: 'app.documents.kind', width: '34%' }, { label: 'app.source.column', width: 130 }]}>
            {group.items.map((item, i) => (
              <TableRow key={item.id} hover>
                <TableCell sx={{ color: 'text.secondary' }}>{i + 1}</TableCell>
                <TableCell>
                  <L value={item.name} />
                  {item.condition && (
                    <Typography variant="caption" component="div" color="text.secondary" sx={{ fontStyle: 'italic' }}>
                      <L value={item.condition} />
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <DocumentFlags item={item} />
                </TableCell>
                <TableCell>
                  <Cite source={item.source} />
                </TableCell>
              </TableRow>
            ))}
          </SimpleTable>
        </Block>
      ))}
      {s && (
        <>
          <Block title="app.services.blocks.state_system_data" source={s.stateSystemData.source}>
            <Passage text={s.stateSystemData.text} />
            <PassageList items={s.stateSystemData.items.map((text) => ({ text }))} />
          </Block>
          <Block title="app.services.blocks.originals">
            <Passage text={s.originals.text} source={s.originals.source} />
          </Block>
          <Block title="app.services.blocks.form_availability">
            <Passage text={s.formAvailability.text} source={s.formAvailability.source} />
          </Block>
          <Block title="app.services.blocks.submission" source={s.submission.source}>
            <Passage text={s.submission.text} />
          </Block>
        </>
      )}
    </>
  );
};

/** Para 14–15: the receipt given on submission, and how the result is handed over (the one-month rule). */
export const ReceiptHandoverSection = () => {
  const s = useService()?.sections;
  const translate = useTranslate();
  const channelName = useChannelName();
  if (!s) return <Empty />;
  const rule = s.handover.uncollected;
  return (
    <>
      <Block title="app.services.blocks.receipt" source={s.receipt.source}>
        <Passage text={s.receipt.text} />
        <PassageList items={s.receipt.items} ordered />
      </Block>
      <Block title="app.services.blocks.handover">
        {s.handover.channels.map((c, i) => (
          <Box key={i} sx={{ mb: 1 }}>
            <EnumChip value={c.channel} prefix="app.channel" color="primary" />
            <Passage text={c.text} source={c.source} sx={{ mt: 0.5 }} />
          </Box>
        ))}
        <Alert severity="info" variant="outlined" sx={{ mt: 1 }} data-testid="uncollected-rule">
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            {translate('app.services.uncollected', { smart_count: rule.keepMonths, channel: channelName(rule.thenTransferTo) })}
          </Typography>
          <Passage text={rule.text} source={rule.source} sx={{ mt: 0.5, mb: 0 }} />
        </Alert>
      </Block>
    </>
  );
};

/** Para 16: grounds for refusal. */
export const RefusalSection = () => {
  const s = useService()?.sections;
  if (!s) return <Empty />;
  return (
    <>
      <Block title="app.services.blocks.refusal_grounds">
        <PassageList items={s.refusal.grounds} ordered />
      </Block>
      <Block title="app.services.blocks.after_obstacles">
        <Passage text={s.refusal.afterObstaclesRemoved.text} source={s.refusal.afterObstaclesRemoved.source} />
      </Block>
      <Block title="app.services.blocks.refusal_receipt">
        <Passage text={s.refusal.refusalReceipt.text} source={s.refusal.refusalReceipt.source} />
      </Block>
    </>
  );
};

/** Para 17–18: principles, and where the indicators are published. */
export const PrinciplesSection = () => {
  const s = useService()?.sections;
  const translate = useTranslate();
  if (!s) return <Empty />;
  const pub = s.indicatorsPublication;
  return (
    <>
      <Block title="app.services.blocks.principles">
        <PassageList items={s.principles} />
      </Block>
      <Block title="app.services.blocks.indicators_publication" source={pub.source}>
        <Passage text={pub.text} />
        {pub.sites.length > 0 && (
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            {translate('app.services.sites')}: {pub.sites.join(', ')}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary" component="div">
          {translate('app.services.targets_approved_by')}: <L value={pub.targetsApprovedBy} />
        </Typography>
      </Block>
    </>
  );
};

/** Appendix 3: quality and accessibility indicators with their normative values. */
export const IndicatorsSection = () => {
  const record = useService();
  const translate = useTranslate();
  const localized = useLocalizedText();
  if (!record) return null;
  if (!record.indicators.length) return <Empty />;
  return (
    <SimpleTable
      testId="indicators"
      columns={[{ label: 'app.indicators.code', width: 60 }, { label: 'app.indicators.group', width: '28%' }, 'app.indicators.wording', { label: 'app.indicators.normative', width: 120, align: 'right' }, { label: 'app.source.column', width: 90 }]}
    >
      {record.indicators.map((ind, i) => {
        const first = i === 0 || record.indicators[i - 1].groupCode !== ind.groupCode;
        return (
          <TableRow key={ind.id} hover>
            <TableCell sx={{ fontWeight: 500 }}>{ind.code}</TableCell>
            <TableCell sx={{ color: first ? 'text.primary' : 'text.disabled' }}>{first ? localized(ind.groupName) : '〃'}</TableCell>
            <TableCell>
              <L value={ind.wording} />
            </TableCell>
            <TableCell align="right" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
              {translate('app.indicators.percent', { value: ind.normativeValue })}
            </TableCell>
            <TableCell>
              <Cite source={ind.source} />
            </TableCell>
          </TableRow>
        );
      })}
    </SimpleTable>
  );
};

/** Para 19–22: how to complain, to whom, in which forms. */
export const ComplaintsSection = () => {
  const s = useService()?.sections;
  const translate = useTranslate();
  if (!s) return <Empty />;
  const c = s.complaints;
  return (
    <>
      <Block title="app.services.blocks.complaint_procedure">
        {c.paragraphs.map((p) => (
          <Box key={p.paragraph} sx={{ display: 'flex', gap: 1 }}>
            <Typography variant="body2" color="text.secondary" sx={{ minWidth: 28 }}>
              {p.paragraph}.
            </Typography>
            <Passage text={p.text} source={p.source} />
          </Box>
        ))}
      </Block>
      <Block title="app.services.blocks.complaint_addressees">
        {c.addressees.map((a, i) => (
          <Box key={i} sx={{ display: 'flex', gap: 1, alignItems: 'baseline', mb: 0.5 }}>
            <EnumChip value={a.kind} prefix="app.addressee_kind" />
            <Passage text={a.text} source={a.source} />
          </Box>
        ))}
      </Block>
      <Block title="app.services.blocks.complaint_forms">
        <Box sx={{ mb: 1 }}>
          {c.forms.map((f) => (
            <EnumChip key={f} value={f} prefix="app.complaint_form" color="primary" />
          ))}
        </Box>
        <Typography variant="body2">
          {translate('app.services.call_centre')}: <b>{c.callCentre}</b>
        </Typography>
      </Block>
    </>
  );
};

/** Para 23: contacts of the body and the centres. */
export const ContactsSection = () => {
  const s = useService()?.sections;
  const translate = useTranslate();
  if (!s) return <Empty />;
  if (!s.contacts.length) return <Empty />;
  return (
    <Stack spacing={2}>
      {s.contacts.map((c, i) => (
        <Box key={i} sx={{ borderLeft: 3, borderColor: 'primary.light', pl: 2 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            <L value={c.organisation} />
            <Cite source={c.source} />
          </Typography>
          {c.address && (
            <Typography variant="body2">
              {translate('app.services.address')}: <L value={c.address} />
            </Typography>
          )}
          {c.phone && (
            <Typography variant="body2">
              {translate('app.services.phone')}: {c.phone}
            </Typography>
          )}
          {c.website && (
            <Typography variant="body2">
              {translate('app.services.website')}:{' '}
              <Link href={/^https?:/.test(c.website) ? c.website : `http://${c.website}`} target="_blank" rel="noreferrer">
                {c.website}
              </Link>
            </Typography>
          )}
          <Typography variant="caption" color="text.secondary" component="div">
            <L value={c.text} />
          </Typography>
        </Box>
      ))}
    </Stack>
  );
};

/** Appendix 4: the application form's fields, with the note on the printed form. */
export const FormSection = () => {
  const record = useService();
  const translate = useTranslate();
  const localized = useLocalizedText();
  if (!record) return null;
  const form = record.form;
  return (
    <>
      {record.formNote && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="form-note">
          <L value={record.formNote} />
        </Alert>
      )}
      {!form ? (
        <Empty />
      ) : (
        <>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
            <Chip size="small" label={form.code} sx={{ mr: 1 }} />
            <L value={form.title} />
            <Cite source={{ cite: translate('app.form.appendix'), lines: form.lines }} />
          </Typography>
          <SimpleTable columns={[{ label: 'app.form.number', width: 40 }, 'app.form.label', { label: 'app.form.type', width: 150 }, { label: 'app.form.required', width: 110, align: 'center' }]}>
            {form.fields.map((f, i) => (
              <TableRow key={f.id}>
                <TableCell sx={{ color: 'text.secondary' }}>{i + 1}</TableCell>
                <TableCell>
                  <L value={f.label} />
                  {f.choices && f.choices.length > 0 && (
                    <Typography variant="caption" component="div" color="text.secondary">
                      {f.choices.map((c) => localized(c.label)).join(' / ')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{translate(`app.form_field_type.${f.type}`, { _: f.type })}</TableCell>
                <TableCell align="center">{f.required ? <CheckCircleOutline fontSize="small" color="success" /> : null}</TableCell>
              </TableRow>
            ))}
          </SimpleTable>
          {form.notes.length > 0 && (
            <Block title="app.form.notes">
              <PassageList items={form.notes.map((text) => ({ text }))} />
            </Block>
          )}
          {form.attachments.length > 0 && (
            <Block title="app.form.attachments">
              <PassageList items={form.attachments.map((text) => ({ text }))} />
            </Block>
          )}
          {form.observations.length > 0 && (
            <Block title="app.form.observations">
              {form.observations.map((o, i) => (
                <Typography key={i} variant="body2" color="text.secondary" lang="en">
                  {o}
                </Typography>
              ))}
            </Block>
          )}
        </>
      )}
    </>
  );
};

/** The standard's life: approved, restated, added, removed, and by which act. */
export const HistorySection = () => {
  const record = useService();
  const reference = useActReference();
  if (!record) return null;
  if (!record.history.length) return <Empty />;
  return (
    <SimpleTable testId="history" columns={[{ label: 'app.history.date', width: 110 }, { label: 'app.history.change', width: 150 }, 'app.history.act', { label: 'app.source.column', width: 90 }]}>
      {record.history.map((event) => (
        <TableRow key={event.id}>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{shortDay(event.act.adoptedOn)}</TableCell>
          <TableCell>
            <EnumChip
              value={event.change}
              prefix="app.service_change"
              color={event.change === 'REMOVED' ? 'error' : event.change === 'APPROVED' ? 'success' : 'info'}
              variant="filled"
            />
          </TableCell>
          <TableCell>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {reference(event.act)}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              <L value={event.act.title} />
            </Typography>
          </TableCell>
          <TableCell>
            <Cite source={event.source} />
          </TableCell>
        </TableRow>
      ))}
    </SimpleTable>
  );
};

/** Oddities of the printed text, kept as printed (the notes are in English). */
export const AnomaliesSection = () => {
  const s = useService()?.sections;
  if (!s || !s.anomalies.length) return <Empty />;
  return (
    <Stack spacing={1}>
      {s.anomalies.map((a, i) => (
        <Fragment key={i}>
          <Alert severity="warning" variant="outlined" icon={false}>
            <Typography variant="body2" lang="en" component="span">
              {a.text}
            </Typography>
            <Cite source={a.source} />
          </Alert>
        </Fragment>
      ))}
    </Stack>
  );
};
