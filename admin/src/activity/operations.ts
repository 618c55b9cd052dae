/**
 * The root fields the activity log records (docs/authorization.md), each named in app.activity.operation: the reads
 * of personal data first, then the mutations by area. An operation the API adds later is shown by its own name.
 */
export const PERSONAL_DATA_READS = ['application', 'applications', 'complaint', 'complaints'] as const;

export const MUTATIONS = [
  'sessionCreate',
  'sessionRevoke',
  'passwordChange',
  'applicationSubmit',
  'applicationImport',
  'applicationHandOver',
  'applicationStart',
  'applicationExtend',
  'applicationReady',
  'applicationIssue',
  'applicationRefuse',
  'applicationTransferUncollected',
  'complaintRegister',
  'complaintExtend',
  'complaintResolve',
  'feedbackSubmit',
  'indicatorTargetSet',
  'officeCreate',
  'officeUpdate',
  'officeArchive',
  'serviceUpdate',
  'deadlineRuleUpdate',
  'scheduleUpdate',
  'calendarDaySet',
  'complaintRuleUpdate',
  'userCreate',
  'userUpdate',
  'apiKeyCreate',
  'apiKeyRevoke',
] as const;

export const OPERATIONS = [...PERSONAL_DATA_READS, ...MUTATIONS] as const;

export const OUTCOMES = ['OK', 'USER_ERRORS', 'ERROR'] as const;

/** How the caller was authenticated (ActivityEntry.via). */
export const VIA = ['session', 'apiKey', 'anonymous'] as const;

/**
 * The console page of a record the log names, by its type (ActivityEntry.entityType), and the resource whose rule
 * (authProvider.allowed) decides whether the viewer may open it. Other types are shown as ids only.
 */
export const RECORD_PAGES: Record<string, { resource: string; action: 'show' | 'edit'; path: (id: string) => string }> = {
  Application: { resource: 'applications', action: 'show', path: (id) => `/applications/${encodeURIComponent(id)}/show` },
  Complaint: { resource: 'complaints', action: 'show', path: (id) => `/complaints/${encodeURIComponent(id)}/show` },
  Office: { resource: 'offices', action: 'show', path: (id) => `/offices/${encodeURIComponent(id)}/show` },
  User: { resource: 'users', action: 'edit', path: (id) => `/users/${encodeURIComponent(id)}` },
};

/** The activity log filtered to one record: what "Who viewed this" opens. */
export const activityOfRecord = (id: string) => `/activity?${new URLSearchParams({ filter: JSON.stringify({ entityId: id }) }).toString()}`;
