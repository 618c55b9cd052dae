import type { ChipProps } from '@mui/material';
import type { ApplicationStatus, Channel, NotificationMethod, Timeliness } from '../../../schema/generated/graphql';

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'ACCEPTED',
  'IN_PROGRESS',
  'READY',
  'ISSUED',
  'REFUSED',
  'TRANSFERRED_TO_BODY',
  'REFUSED_AT_ACCEPTANCE',
];

export const TIMELINESS: readonly Timeliness[] = ['OPEN', 'OVERDUE', 'ON_TIME', 'LATE', 'NOT_COUNTED'];

export const CHANNELS: readonly Channel[] = ['CENTRE', 'BODY'];

export const NOTIFICATION_METHODS: readonly NotificationMethod[] = ['PHONE', 'SMS', 'EMAIL', 'POST', 'IN_PERSON'];

export const STATUS_COLORS: Record<ApplicationStatus, ChipProps['color']> = {
  ACCEPTED: 'info',
  IN_PROGRESS: 'primary',
  READY: 'secondary',
  ISSUED: 'success',
  REFUSED: 'error',
  TRANSFERRED_TO_BODY: 'default',
  REFUSED_AT_ACCEPTANCE: 'error',
};

export const STATUS_VARIANTS: Partial<Record<ApplicationStatus, ChipProps['variant']>> = {
  REFUSED_AT_ACCEPTANCE: 'outlined',
  TRANSFERRED_TO_BODY: 'outlined',
};

export const TIMELINESS_COLORS: Record<Timeliness, ChipProps['color']> = {
  OPEN: 'info',
  OVERDUE: 'error',
  ON_TIME: 'success',
  LATE: 'warning',
  NOT_COUNTED: 'default',
};
