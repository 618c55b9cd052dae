import type { ReactNode } from 'react';
import CheckOutlined from '@mui/icons-material/CheckOutlined';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useFormState } from 'react-hook-form';
import { Form, HttpError, SaveButton, useNotify, useTranslate, type RaRecord } from 'react-admin';

/** The form's server problem that is about none of its inputs (a stale version, a step no longer possible). */
const RootError = () => {
  const { errors } = useFormState();
  const translate = useTranslate();
  const root = (errors.root as { serverError?: { message?: string } } | undefined)?.serverError?.message;
  if (!root || root === 'ra.message.invalid_form') return null;
  return (
    <Alert severity="error" sx={{ mt: 1 }} data-testid="dialog-error">
      {translate(root, { _: root })}
    </Alert>
  );
};

const EMPTY: RaRecord = { id: '' };

export interface FormDialogProps {
  open: boolean;
  title: string;
  titleOptions?: Record<string, unknown>;
  confirmLabel?: string;
  onClose: () => void;
  /** Resolves when done; rejects with the dataProvider's HttpError, whose `body.errors` land on the inputs. */
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  defaultValues?: Record<string, unknown>;
  children?: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
  testId?: string;
}

/**
 * A dialog holding a small react-admin form (a step of an application, a survey, a complaint's outcome): the server's
 * userErrors land on the dialog's inputs in the user's language, the others above its buttons.
 */
export const FormDialog = ({ open, title, titleOptions, confirmLabel = 'ra.action.confirm', onClose, onSubmit, defaultValues, children, maxWidth = 'sm', testId }: FormDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const submit = async (values: Record<string, unknown>) => {
    try {
      await onSubmit(values);
      onClose();
      return undefined;
    } catch (error) {
      const errors = error instanceof HttpError ? (error.body as { errors?: Record<string, unknown> } | undefined)?.errors : undefined;
      if (errors) return errors;
      notify(error instanceof Error && error.message ? error.message : 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
  };
  return (
    <Dialog open={open} onClose={onClose} maxWidth={maxWidth} fullWidth aria-labelledby={testId ? `${testId}-title` : undefined} data-testid={testId}>
      {open && (
        <Form onSubmit={submit} defaultValues={defaultValues} record={EMPTY} sanitizeEmptyValues={false} noValidate>
          <DialogTitle id={testId ? `${testId}-title` : undefined}>{translate(title, titleOptions)}</DialogTitle>
          <DialogContent>
            {children}
            <RootError />
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
            <SaveButton label={confirmLabel} icon={<CheckOutlined />} alwaysEnable variant="contained" />
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
};
