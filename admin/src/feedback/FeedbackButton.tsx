import { useState } from 'react';
import { Alert, Typography } from '@mui/material';
import RateReviewOutlined from '@mui/icons-material/RateReviewOutlined';
import { useWatch } from 'react-hook-form';
import { BooleanInput, Button, TextInput, maxLength, required, useCreate, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import { ScoreInput } from '../common/ScoreInput';
import type { ApplicationRecord } from '../dataProvider/applications';

const validateScore = required('app.feedback.score_required');
const validateComment = maxLength(2000);

/** 4.1 rates the complaint procedure: only when the applicant complained about this application. */
const ComplaintScore = () => {
  const complained = useWatch({ name: 'complained' });
  return complained ? <ScoreInput source="complaintScore" code="4.1" label="app.feedback.indicators.complaint" validate={validateScore} /> : null;
};

/**
 * "Record survey": the applicant's answers to the satisfaction survey (indicators 2.1, 3.1, 4.1, 5.1), one per
 * application; the API checks the receipt number against the applicant's IIN, which the operator sees.
 */
export const FeedbackButton = () => {
  const record = useRecordContext<ApplicationRecord>();
  const [open, setOpen] = useState(false);
  const [create] = useCreate();
  const notify = useNotify();
  const translate = useTranslate();
  if (!record || record.applicant.masked || record.status === 'REFUSED_AT_ACCEPTANCE') return null;
  const onSubmit = async (values: Record<string, unknown>) => {
    await create(
      'feedback',
      {
        data: {
          ...values,
          complaintScore: values.complained ? values.complaintScore : null,
          applicationNumber: record.number,
          applicantIin: record.applicant.iin,
        },
      },
      { returnPromise: true },
    );
    notify('app.feedback.recorded', { type: 'success', messageArgs: { number: record.number } });
  };
  return (
    <>
      <Button label="app.feedback.record" onClick={() => setOpen(true)} data-testid="record-survey">
        <RateReviewOutlined />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title="app.feedback.dialog_title"
        titleOptions={{ number: record.number }}
        confirmLabel="ra.action.save"
        onSubmit={onSubmit}
        defaultValues={{ complained: false }}
        testId="dialog-feedback"
      >
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('app.feedback.intro')}
        </Typography>
        <ScoreInput source="processScore" code="2.1" label="app.feedback.indicators.process" validate={validateScore} />
        <ScoreInput source="informationScore" code="3.1" label="app.feedback.indicators.information" validate={validateScore} />
        <ScoreInput source="courtesyScore" code="5.1" label="app.feedback.indicators.courtesy" validate={validateScore} />
        <BooleanInput source="complained" label="app.feedback.complained" helperText={false} />
        <ComplaintScore />
        <TextInput source="comment" label="app.feedback.comment" multiline minRows={2} fullWidth validate={validateComment} />
        <Alert severity="info" variant="outlined" sx={{ mt: 1, py: 0 }}>
          {translate('app.feedback.one_per_application')}
        </Alert>
      </FormDialog>
    </>
  );
};
