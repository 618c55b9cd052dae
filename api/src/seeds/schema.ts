import { z } from 'zod';

/**
 * The shape of every file in seeds/: the loader and the tests refuse anything else. Every record that states a fact of the
 * decree carries `cite` (standard and paragraph or appendix, e.g. "S3 §7", "S1 App.3", "App.2") and `lines` (line range in
 * the Kazakh source text, e.g. "L4588–4609"), so a supervisor can trace each value back to the decree.
 */
export const localizedText = z.object({ kk: z.string().min(1), ru: z.string().min(1).nullish(), en: z.string().min(1).nullish() }).strict();
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const cite = z.string().regex(/^(S[1-7]|R[1-3]|D)( §\d+(\.\d+)*( item \d+\))?| App\.[1-4]( №\d+)?)?$|^App\.[12]$/, 'cite must read like "S3 §7", "S1 App.3", "App.2" or "D §1"');
export const lines = z.string().regex(/^L\d+(–\d+)?(, L\d+(–\d+)?)*$/, 'lines must read like "L4588–4609" or "L12, L15–16"');
const cited = { cite, lines };
const text = localizedText;

// ---------------------------------------------------------------- regions, acts, services (the catalogue's spine)

export const regionsFile = z
  .object({
    source: z.string(),
    regions: z
      .array(
        z
          .object({
            code: z.string().regex(/^KZ-[A-Z]{3}$/),
            isoNumericCode: z.string().regex(/^KZ-\d{2}$/),
            kind: z.enum(['OBLAST', 'CITY']),
            name: localizedText,
            sortOrder: z.number().int().positive(),
            note: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const actKey = z.string().regex(/^[a-z0-9-]+$/, 'act keys are lower-case slugs, e.g. "gd-2223" or "law-2012-02-16-military-service"');

export const legalActsFile = z
  .object({
    source: z.string(),
    acts: z
      .array(
        z
          .object({
            key: actKey,
            kind: z.enum(['LAW', 'CODE', 'GOVERNMENT_DECREE', 'MINISTERIAL_ORDER']),
            number: z.string().min(1).nullable(),
            adoptedOn: isoDate,
            title: localizedText,
            note: localizedText.optional(),
            signatory: z.string().optional(),
            status: z.enum(['IN_FORCE', 'REPEALED']).nullable(),
            repealedOn: isoDate.optional(),
            repealedBy: actKey.optional(),
            approvesStandards: z.boolean().default(false),
            ...cited,
          })
          .strict(),
      )
      .min(1),
    amendments: z.array(
      z
        .object({
          act: actKey,
          amends: actKey,
          changes: z.array(localizedText).min(1),
          entryIntoForce: localizedText,
          ...cited,
        })
        .strict(),
    ),
  })
  .strict();

export const servicesFile = z
  .object({
    source: z.string(),
    services: z
      .array(
        z
          .object({
            code: z.string().regex(/^[SR]\d+$/),
            act: actKey,
            decreeItem: z.string(),
            status: z.enum(['IN_FORCE', 'REPEALED']),
            title: localizedText,
            sortOrder: z.number().int().positive(),
            history: z.array(z.object({ act: actKey, change: z.enum(['APPROVED', 'RESTATED', 'ADDED', 'REMOVED']), ...cited }).strict()).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

// ---------------------------------------------------------------- the directory (Appendices 1 and 2)

export const phone = z
  .object({
    printed: z.string().min(1),
    e164: z.string().regex(/^\+7\d{10}$/).nullable(),
    /** Why the printed number could not be normalised (or what is odd about it); required when e164 is null. */
    flag: z.string().min(1).nullable(),
  })
  .strict()
  .refine((p) => p.e164 !== null || p.flag !== null, { message: 'a phone is either normalised (e164) or flagged' });

const note = z
  .object({
    kind: z.enum(['CORRECTED_IN_LATER_COPIES', 'PRINTED_ERROR', 'ANOMALY']),
    text: z.string().min(1),
    lines: lines.optional(),
  })
  .strict();

export const directoryFile = z
  .object({
    source: z.string(),
    departments: z
      .array(
        z
          .object({
            key: z.string().regex(/^dept:KZ-[A-Z]{3}$/),
            region: z.string().regex(/^KZ-[A-Z]{3}$/),
            number: z.number().int().positive(),
            name: localizedText,
            postcode: z.string().regex(/^\d{6}$/),
            address: localizedText,
            phones: z.array(phone).min(1),
            notes: z.array(note),
            ...cited,
          })
          .strict(),
      )
      .length(16),
    branches: z
      .array(
        z
          .object({
            key: z.string().regex(/^psc:KZ-[A-Z]{3}$/),
            region: z.string().regex(/^KZ-[A-Z]{3}$/),
            name: localizedText,
            address: localizedText,
            phones: z.array(phone),
            notes: z.array(note),
            ...cited,
          })
          .strict(),
      )
      .length(16),
    offices: z.array(
      z
        .object({
          key: z.string().regex(/^office:KZ-[A-Z]{3}:\d{2}$/, 'office keys read office:<region>:<position in the section, 2 digits>'),
          region: z.string().regex(/^KZ-[A-Z]{3}$/),
          branch: z.string().regex(/^psc:KZ-[A-Z]{3}$/),
          position: z.number().int().positive(),
          printedNumber: z.string().regex(/^\d+$/).nullable(),
          kind: z.enum(['CITY_DEPARTMENT', 'DISTRICT_DEPARTMENT', 'SUB_DEPARTMENT', 'OTHER']),
          name: localizedText,
          address: localizedText,
          phones: z.array(phone),
          notes: z.array(note),
          ...cited,
        })
        .strict(),
    ),
  })
  .strict();

// ---------------------------------------------------------------- the standards S1–S7 (sections 4, 5 and 10 of the analysis)

export const channel = z.enum(['BODY', 'CENTRE']);
const caseKey = z.string().regex(/^[a-z0-9-]+$/, 'case keys are lower-case slugs, e.g. "lost-stolen"');
const para = z.object({ text, ...cited }).strict();

export const standardFile = z
  .object({
    code: z.string().regex(/^S[1-7]$/),
    provider: z
      .object({
        text,
        bodyLevel: z.enum(['LOCAL_MILITARY_ADMINISTRATION', 'DISTRICT_AND_CITY_OF_OBLAST_SIGNIFICANCE']),
        mobileCentresSentence: z.boolean(),
        ...cited,
      })
      .strict(),
    channels: z.array(z.object({ channel, name: text, ...cited }).strict()).min(1),
    form: z.object({ kind: z.enum(['AUTOMATED', 'PARTLY_AUTOMATED', 'NON_AUTOMATED']), text, ...cited }).strict(),
    legalBases: z
      .array(
        z
          .object({
            act: actKey,
            article: z.string().nullable(),
            paragraph: z.string().nullable(),
            subparagraph: z.string().nullable(),
            rulesParagraphs: z.array(z.string()),
            text,
            ...cited,
          })
          .strict(),
      )
      .min(1),
    information: z.array(z.object({ kind: z.enum(['WEBSITE', 'STANDS', 'PORTAL', 'CALL_CENTRE']), value: z.string().nullable(), text, ...cited }).strict()).min(1),
    results: z.array(z.object({ document: text, reasonedRefusalPossible: z.boolean(), text, ...cited }).strict()).min(1),
    recipients: z.object({ eligible: text, exclusions: z.array(para), ...cited }).strict(),
    /** The cases that decide deadlines and documents; empty when the standard has one implicit case. */
    cases: z.array(
      z
        .object({
          key: caseKey,
          parent: caseKey.nullable(),
          /** The printed number, e.g. "11.4" or "11.4 1)". */
          number: z.string().nullable(),
          /** DOCUMENTS: a para-11 group; DEADLINE: a para-7 term; BOTH: the same case in both lists. */
          kind: z.enum(['DOCUMENTS', 'DEADLINE', 'BOTH']),
          title: text,
          /** For a DOCUMENTS case: the DEADLINE case whose terms apply (our reading of the text, explained in `mapping`). */
          deadlineCase: caseKey.nullable(),
          mapping: z.string().nullable(),
          ...cited,
        })
        .strict(),
    ),
    deadlines: z
      .array(
        z
          .object({
            channel,
            case: caseKey.nullable(),
            kind: z.enum(['PROCESSING', 'EXTENSION', 'QUEUE_AT_SUBMISSION', 'WAIT_AT_RECEIPT', 'WAIT_BEFORE_SERVICE', 'SERVICE_ON_DAY']),
            value: z.number().int().positive(),
            unit: z.enum(['WORKING_DAYS', 'MONTHS', 'MINUTES']),
            upTo: z.boolean(),
            startsFrom: z.enum(['SUBMISSION', 'ARRIVAL_AT_BODY', 'REGISTRATION_OF_WRITTEN_APPLICATION', 'COMMISSION_DECISION_APPROVAL', 'APPLICATION']).nullable(),
            condition: text.nullable(),
            excludesAcceptanceAndIssueDays: z.boolean(),
            text,
            ...cited,
          })
          .strict(),
      )
      .min(1),
    fee: z.object({ free: z.boolean(), text, ...cited }).strict(),
    schedules: z
      .array(
        z
          .object({
            channel,
            days: z.array(z.enum(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'])).min(1),
            opens: z.string().regex(/^\d{2}:\d{2}$/),
            closes: z.string().regex(/^\d{2}:\d{2}$/),
            lunchBreak: z.object({ from: z.string().regex(/^\d{2}:\d{2}$/), to: z.string().regex(/^\d{2}:\d{2}$/) }).strict().nullable(),
            closedOn: z.enum(['SATURDAY_SUNDAY_AND_HOLIDAYS', 'SUNDAY_AND_HOLIDAYS', 'REST_DAYS_AND_HOLIDAYS']),
            text,
            ...cited,
          })
          .strict(),
      )
      .min(1),
    electronicQueue: z.object({ expeditedService: z.boolean(), text, ...cited }).strict(),
    mobileCentres: z
      .object({ scheduleApprovedBy: z.enum(['MIGRATION_POLICE_AND_LOCAL_EXECUTIVE_BODIES', 'CENTRE']), minHoursPerSettlement: z.number().int().positive(), text, ...cited })
      .strict(),
    premises: z.array(z.object({ channel, text, ...cited }).strict()).min(1),
    documents: z
      .array(
        z
          .object({
            case: caseKey.nullable(),
            submittedBy: text,
            items: z
              .array(
                z
                  .object({
                    name: text,
                    kind: z.enum(['ORIGINAL', 'COPY', 'NOTARISED_COPY', 'ORIGINAL_FOR_VERIFICATION', 'FORM']),
                    fromStateSystem: z.boolean(),
                    condition: text.nullable(),
                    photo: z.object({ widthCm: z.number(), heightCm: z.number(), count: z.number().int().positive().nullable(), inUniform: z.boolean() }).strict().nullable(),
                    ...cited,
                  })
                  .strict(),
              )
              .min(1),
            ...cited,
          })
          .strict(),
      )
      .min(1),
    stateSystemData: z.object({ items: z.array(text).min(1), text, ...cited }).strict(),
    originals: para,
    applicationForm: z.object({ form: z.enum(['F-A', 'F-B', 'F-C', 'F-D', 'F-E']), note: text.nullable(), ...cited }).strict(),
    formAvailability: para,
    submission: z.object({ responsiblePersonDataOn: z.string(), text, ...cited }).strict(),
    receipt: z.object({ items: z.array(para).length(6), text, ...cited }).strict(),
    handover: z
      .object({
        channels: z.array(z.object({ channel, text, ...cited }).strict()).min(1),
        uncollected: z.object({ keepMonths: z.number().int().positive(), thenTransferTo: channel, text, ...cited }).strict(),
      })
      .strict(),
    refusal: z.object({ grounds: z.array(para).min(1), afterObstaclesRemoved: para, refusalReceipt: para }).strict(),
    principles: z.array(para).length(6),
    indicatorsPublication: z.object({ sites: z.array(z.string()).min(1), targetsApprovedBy: text, text, ...cited }).strict(),
    indicators: z
      .array(
        z
          .object({
            code: z.enum(['1.1', '2.1', '3.1', '3.2', '4.1', '5.1']),
            group: z.object({ code: z.enum(['1', '2', '3', '4', '5']), name: text }).strict(),
            wording: text,
            normativeValue: z.number().min(0).max(100),
            ...cited,
          })
          .strict(),
      )
      .length(6),
    complaints: z
      .object({
        paragraphs: z.array(z.object({ paragraph: z.number().int().min(20).max(25), text, ...cited }).strict()).length(6),
        addressees: z.array(z.object({ kind: z.enum(['HEAD_OF_CENTRE', 'HEAD_OF_CENTRE_RSE', 'HEAD_OF_BODY', 'DISTRICT_BODY', 'MINISTRY', 'CENTRE_RSE', 'COURT']), text, ...cited }).strict()).min(1),
        forms: z.array(z.enum(['ORAL', 'WRITTEN', 'ELECTRONIC'])).min(1),
        appealsLaw: actKey,
        callCentre: z.string(),
      })
      .strict(),
    contacts: z
      .array(z.object({ organisation: text, address: text.nullable(), phone: z.string().nullable(), website: z.string().nullable(), text, ...cited }).strict())
      .min(1),
    anomalies: z.array(z.object({ text: z.string().min(1), ...cited }).strict()),
  })
  .strict();

// ---------------------------------------------------------------- Appendix 4: application forms

export const formsFile = z
  .object({
    source: z.string(),
    forms: z
      .array(
        z
          .object({
            code: z.enum(['F-A', 'F-B', 'F-C', 'F-D', 'F-E']),
            title: localizedText,
            usedBy: z.array(z.string().regex(/^S[1-7]$/)).min(1),
            fields: z
              .array(
                z
                  .object({
                    key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
                    label: localizedText,
                    type: z.enum(['TEXT', 'LONG_TEXT', 'DATE', 'YEAR', 'YEAR_MONTH', 'CHOICE', 'ADDRESSEE', 'SIGNATURE']),
                    required: z.boolean(),
                    choices: z.array(z.object({ value: z.string().regex(/^[A-Z0-9_]+$/), label: localizedText }).strict()).nullable(),
                    lines,
                  })
                  .strict(),
              )
              .min(1),
            attachments: z.array(localizedText),
            notes: z.array(localizedText),
            observations: z.array(z.string()),
            lines,
          })
          .strict(),
      )
      .length(5),
  })
  .strict();

// ---------------------------------------------------------------- the working calendar

export const calendarFile = z
  .object({
    source: z.string(),
    firstYear: z.number().int(),
    lastYear: z.number().int(),
    days: z
      .array(
        z
          .object({
            date: isoDate,
            kind: z.enum(['HOLIDAY', 'SUBSTITUTE_DAY_OFF', 'MOVED_DAY_OFF', 'WORKING_DAY']),
            name: localizedText,
            // For moves: the act that decided it and a source.
            note: z.string().min(1).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type RegionsFile = z.infer<typeof regionsFile>;
export type LegalActsFile = z.infer<typeof legalActsFile>;
export type ServicesFile = z.infer<typeof servicesFile>;
export type DirectoryFile = z.infer<typeof directoryFile>;
export type StandardFile = z.infer<typeof standardFile>;
export type FormsFile = z.infer<typeof formsFile>;
export type CalendarFile = z.infer<typeof calendarFile>;
