import { Arg, Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { LegalAct } from './legal-act.entity';
import type { GraphQLContext } from '../../common/context';
import { LocalizedText } from '../../common/localized-text';
import { ApplicationForm, FormField } from './form.entity';
import { Channel, DeadlineRule, DocumentRequirement, ServiceCase, ServiceIndicator, ServiceSchedule } from './rules.entity';
import { CHILDREN, childrenOf, type LoadedService, type ServiceChildren } from './service-read-model';
import { Service, ServiceEvent } from './service.entity';
import { StandardSections, toSections } from './standard-sections';

@ObjectType({ description: 'The documents required for one case, as one group of para 11.' })
export class DocumentGroup {
  @Field(() => ServiceCase, { nullable: true, description: 'Null when the standard has a single case.' })
  case?: ServiceCase | null;

  @Field(() => LocalizedText)
  submittedBy!: LocalizedText;

  @Field(() => [DocumentRequirement])
  items!: DocumentRequirement[];
}

async function children(service: Service, ctx: GraphQLContext): Promise<ServiceChildren> {
  // Read with the service, or (a list without them, an application's service) batched: one statement per tick.
  return (service as LoadedService)[CHILDREN] ?? childrenOf(ctx.em, service.id);
}

/** The standard's structured content on `Service`; everything comes from the one statement that loaded the service. */
@Resolver(() => Service)
export class ServiceDetailResolver {
  @FieldResolver(() => StandardSections, { nullable: true, description: 'The sections of the standard (null for the repealed R1–R3).' })
  async sections(@Root() service: Service, @Ctx() ctx: GraphQLContext): Promise<StandardSections | null> {
    const all = await children(service, ctx);
    // A view read with an application leaves the text out (undefined): the children carry it.
    const details = service.details === undefined ? all.details : service.details;
    if (!details) return null;
    return toSections(details, all.basisActs);
  }

  @FieldResolver(() => [ServiceCase], { description: 'Cases: groups of documents (para 11) and terms (para 7).' })
  async cases(@Root() service: Service, @Ctx() ctx: GraphQLContext): Promise<ServiceCase[]> {
    return (await children(service, ctx)).cases;
  }

  @FieldResolver(() => [DeadlineRule], { description: 'Terms per channel and case (para 7).' })
  async deadlines(@Root() service: Service, @Ctx() ctx: GraphQLContext, @Arg('channel', () => Channel, { nullable: true }) channel?: Channel): Promise<DeadlineRule[]> {
    const all = (await children(service, ctx)).deadlines;
    return channel ? all.filter((d) => d.channel === channel) : all;
  }

  @FieldResolver(() => [DocumentGroup], { description: 'Required documents grouped by case (para 11).' })
  async documents(@Root() service: Service, @Ctx() ctx: GraphQLContext): Promise<DocumentGroup[]> {
    const groups: DocumentGroup[] = [];
    for (const doc of (await children(service, ctx)).documents) {
      const last = groups.at(-1);
      const position = Math.floor(doc.position / 100);
      if (last && Math.floor(last.items[0].position / 100) === position) last.items.push(doc);
      else groups.push({ case: doc.case ?? null, submittedBy: doc.submittedBy, items: [doc] });
    }
    return groups;
  }

  @FieldResolver(() => [ServiceSchedule], { description: 'Opening hours per channel (para 9).' })
  async schedules(@Root() service: Service, @Ctx() ctx: GraphQLContext): Promise<ServiceSchedule[]> {
    return (await children(service, ctx)).schedules;
  }

  @FieldResolver(() => [ServiceIndicator], { description: 'Quality and accessibility indicators (Appendix 3).' })
  async indicators(@Root() service: Service, @Ctx() ctx: GraphQLContext): Promise<ServiceIndicator[]> {
    return (await children(service, ctx)).indicators;
  }

  @FieldResolver(() => [ServiceEvent], { description: 'Approved, restated, added, removed: by which act.' })
  async history(@Root() service: Service, @Ctx() ctx: GraphQLContext): Promise<ServiceEvent[]> {
    return (await children(service, ctx)).history;
  }

  @FieldResolver(() => ApplicationForm, { nullable: true, description: 'The application form printed as Appendix 4.' })
  async form(@Root() service: Service, @Ctx() ctx: GraphQLContext): Promise<ApplicationForm | null> {
    return (await children(service, ctx)).form;
  }

  @FieldResolver(() => LocalizedText, { nullable: true, description: 'A note on the printed form (e.g. the apparent S2/S6 swap).' })
  formNote(@Root() service: Service): LocalizedText | null {
    return service.formNote ?? null;
  }
}

@Resolver(() => ApplicationForm)
export class ApplicationFormResolver {
  @FieldResolver(() => [FormField])
  fields(@Root() form: ApplicationForm): FormField[] {
    const fields = form.fields as unknown;
    return Array.isArray(fields) ? fields : form.fields.getItems();
  }
}

@Resolver(() => LegalAct)
export class LegalActResolver {
  @FieldResolver(() => LegalAct, { nullable: true, description: 'The act that repealed it.' })
  repealedBy(@Root() act: LegalAct, @Ctx() ctx: GraphQLContext): LegalAct | null {
    if (act.repealedBy !== undefined) return act.repealedBy;
    // Read as a JSON row: only the foreign key is there; the reference loading (common/load-references.ts) batches it.
    const id = (act as unknown as { repealedById?: string | null }).repealedById;
    return id ? ctx.em.getReference(LegalAct, id) : null;
  }
}
