import type { ComplaintAddressedTo, ComplaintForm, ComplaintOutcome, ComplaintStatus } from '../../../schema/generated/graphql';

export const COMPLAINT_STATUSES: readonly ComplaintStatus[] = ['REGISTERED', 'RESOLVED'];
export const COMPLAINT_FORMS: readonly ComplaintForm[] = ['WRITTEN', 'ORAL', 'ELECTRONIC'];
export const COMPLAINT_ADDRESSEES: readonly ComplaintAddressedTo[] = ['BODY_HEAD', 'CENTRE_HEAD', 'CENTRE_ENTERPRISE_HEAD', 'MINISTRY'];
export const COMPLAINT_OUTCOMES: readonly ComplaintOutcome[] = ['UPHELD', 'PARTLY_UPHELD', 'REJECTED'];

/** Operators register complaints to the heads of their own place; the ministry and the centres' enterprise register theirs (supervisors). */
export const OPERATOR_ADDRESSEES: readonly ComplaintAddressedTo[] = ['BODY_HEAD', 'CENTRE_HEAD'];
