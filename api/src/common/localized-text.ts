import { Field, ObjectType, InputType, registerEnumType } from 'type-graphql';
import { UserError, UserErrorCode, userError } from './errors';

export enum Language {
  KK = 'kk',
  RU = 'ru',
  EN = 'en',
}
registerEnumType(Language, { name: 'Language', description: 'A language of the interface and of the data: Kazakh (the source), Russian, English.' });

/** Text shown to people, in Kazakh (always, as the decree prints it) and optionally Russian and English. */
@ObjectType({ description: 'Text in Kazakh (always present: the source language), Russian and English.' })
export class LocalizedText {
  @Field()
  kk!: string;

  @Field(() => String, { nullable: true })
  ru?: string | null;

  @Field(() => String, { nullable: true })
  en?: string | null;
}

@InputType({ description: 'Text in Kazakh (required) and optionally Russian and English, as administrators enter it.' })
export class LocalizedTextValue implements Partial<LocalizedText> {
  @Field()
  kk!: string;

  @Field(() => String, { nullable: true })
  ru?: string | null;

  @Field(() => String, { nullable: true })
  en?: string | null;
}

/** Checks entered text: Kazakh required (it is the source language), each language at most 2000 characters. */
export function localizedTextErrors(value: LocalizedTextValue, field: string[]): UserError[] {
  const errors: UserError[] = [];
  if (!value.kk?.trim()) errors.push(userError(UserErrorCode.INVALID, 'The Kazakh text is required.', [...field, 'kk']));
  for (const lang of ['kk', 'ru', 'en'] as const) {
    if ((value[lang]?.length ?? 0) > 2000) errors.push(userError(UserErrorCode.INVALID, 'At most 2000 characters.', [...field, lang]));
  }
  return errors;
}

export const cleanText = (v: LocalizedTextValue): LocalizedText => ({ kk: v.kk.trim(), ru: v.ru?.trim() || null, en: v.en?.trim() || null });

/** The text in the wanted language, falling back to Kazakh (the source), then to whatever is there. */
export function pickText(text: LocalizedText | null | undefined, lang: Language): string | null {
  if (!text) return null;
  return text[lang] || text.kk || text.ru || text.en || null;
}

/** Parses an Accept-Language header into the first supported language (Kazakh when none matches). */
export function languageFromHeader(header: string | undefined): Language {
  if (!header) return Language.KK;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === 'kk' || tag === 'ru' || tag === 'en') return tag as Language;
  }
  return Language.KK;
}
