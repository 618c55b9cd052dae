import { z } from 'zod';

/** The shape of every file in seeds/: the loader and the tests refuse anything else. */
export const localizedText = z.object({ kk: z.string().min(1), ru: z.string().min(1).nullish(), en: z.string().min(1).nullish() }).strict();

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

export const servicesFile = z
  .object({
    source: z.string(),
    services: z
      .array(
        z
          .object({
            code: z.string().regex(/^[SR]\d+$/),
            act: z.string().min(1),
            decreeItem: z.string(),
            status: z.enum(['IN_FORCE', 'REPEALED']),
            title: localizedText,
            sortOrder: z.number().int().positive(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const legalActsFile = z
  .object({
    source: z.string(),
    acts: z
      .array(
        z
          .object({
            number: z.string().min(1),
            adoptedOn: isoDate,
            kind: localizedText,
            title: localizedText,
            signatory: z.string().optional(),
            status: z.enum(['IN_FORCE', 'REPEALED']),
            repealedOn: isoDate.optional(),
            repealedBy: localizedText.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type RegionsFile = z.infer<typeof regionsFile>;
export type ServicesFile = z.infer<typeof servicesFile>;
