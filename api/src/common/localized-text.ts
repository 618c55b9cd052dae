import { Field, ObjectType, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

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

@InputType()
export class LocalizedTextInput implements Partial<LocalizedText> {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  kk!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  ru?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  en?: string | null;
}

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
