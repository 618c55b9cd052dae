import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../common/context';
import { Language, LocalizedText, pickText } from '../../common/localized-text';

@Resolver(() => LocalizedText)
export class LocalizedTextResolver {
  @FieldResolver(() => String, {
    description: "The text in `lang`, else in the caller's Accept-Language, falling back to Kazakh.",
  })
  text(@Root() text: LocalizedText, @Ctx() ctx: GraphQLContext, @Arg('lang', () => Language, { nullable: true }) lang?: Language): string {
    return pickText(text, lang ?? ctx.lang) ?? '';
  }
}
