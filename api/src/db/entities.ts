import { ActAmendment, LegalAct } from '../modules/catalogue/legal-act.entity';
import { Region } from '../modules/catalogue/region.entity';
import { Service, ServiceEvent } from '../modules/catalogue/service.entity';
import { DeadlineRule, DocumentRequirement, ServiceCase, ServiceIndicator, ServiceSchedule } from '../modules/catalogue/rules.entity';
import { ApplicationForm, FormField } from '../modules/catalogue/form.entity';
import { Department, Office, PscBranch } from '../modules/directory/office.entity';
import { CalendarDay } from '../modules/calendar/calendar-day.entity';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { User } from '../modules/users/user.entity';
import { Session } from '../modules/auth/session.entity';
import { ApiKey } from '../modules/auth/api-key.entity';
import { Application, ApplicationEvent } from '../modules/applications/application.entity';
import { Complaint, ComplaintRule } from '../modules/complaints/complaint.entity';
import { Feedback } from '../modules/feedback/feedback';
import { IndicatorTarget, KpiMonth } from '../modules/indicators/indicator.entity';
import { AppSetting } from '../modules/demo/setting.entity';
import { ActivityEntry } from '../modules/activity/activity';

/** Listed explicitly: no folder scanning, so the compiled server and the Jest run see the same set. */
export const entities = [
  LegalAct,
  ActAmendment,
  Region,
  Service,
  ServiceEvent,
  ServiceCase,
  DeadlineRule,
  DocumentRequirement,
  ServiceSchedule,
  ServiceIndicator,
  ApplicationForm,
  FormField,
  Department,
  PscBranch,
  Office,
  User,
  Session,
  ApiKey,
  CalendarDay,
  AuditEntry,
  Application,
  ApplicationEvent,
  ComplaintRule,
  Complaint,
  Feedback,
  KpiMonth,
  IndicatorTarget,
  AppSetting,
  ActivityEntry,
];
