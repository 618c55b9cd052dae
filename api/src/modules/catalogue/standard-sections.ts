import { Field, Int, ObjectType } from 'type-graphql';
import { Citation } from '../../common/cited';
import { LocalizedText } from '../../common/localized-text';
import { Channel } from './rules.entity';
import { LegalAct } from './legal-act.entity';

// The text sections of a standard as typed GraphQL objects. Each carries `source`: the paragraph and lines it comes from.

@ObjectType({ description: 'A cited passage of a standard.' })
export class CitedText {
  @Field(() => LocalizedText) text!: LocalizedText;
  @Field(() => Citation) source!: Citation;
}

@ObjectType()
export class ProviderSection extends CitedText {
  @Field({ description: 'LOCAL_MILITARY_ADMINISTRATION, or DISTRICT_AND_CITY_OF_OBLAST_SIGNIFICANCE (S3).' }) bodyLevel!: string;
  @Field({ description: 'Whether para 1 says the service is also given through mobile centres.' }) mobileCentresSentence!: boolean;
}

@ObjectType()
export class ChannelSection {
  @Field(() => Channel) channel!: Channel;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => Citation) source!: Citation;
}

@ObjectType()
export class ServiceFormSection extends CitedText {
  @Field({ description: 'AUTOMATED, PARTLY_AUTOMATED or NON_AUTOMATED.' }) kind!: string;
}

@ObjectType()
export class LegalBasis extends CitedText {
  @Field(() => LegalAct, { nullable: true }) act?: LegalAct | null;
  @Field() actKey!: string;
  @Field(() => String, { nullable: true }) article?: string | null;
  @Field(() => String, { nullable: true }) paragraph?: string | null;
  @Field(() => String, { nullable: true }) subparagraph?: string | null;
  @Field(() => [String]) rulesParagraphs!: string[];
}

@ObjectType()
export class InformationPlace extends CitedText {
  @Field({ description: 'WEBSITE, STANDS, PORTAL or CALL_CENTRE.' }) kind!: string;
  @Field(() => String, { nullable: true }) value?: string | null;
}

@ObjectType()
export class ServiceResult extends CitedText {
  @Field(() => LocalizedText) document!: LocalizedText;
  @Field({ description: 'Whether the standard allows a reasoned refusal instead of the document.' }) reasonedRefusalPossible!: boolean;
}

@ObjectType()
export class Recipients {
  @Field(() => LocalizedText) eligible!: LocalizedText;
  @Field(() => [CitedText]) exclusions!: CitedText[];
  @Field(() => Citation) source!: Citation;
}

@ObjectType()
export class FeeSection extends CitedText {
  @Field() free!: boolean;
}

@ObjectType()
export class ElectronicQueueSection extends CitedText {
  @Field() expeditedService!: boolean;
}

@ObjectType()
export class MobileCentresSection extends CitedText {
  @Field() scheduleApprovedBy!: string;
  @Field(() => Int) minHoursPerSettlement!: number;
}

@ObjectType()
export class ChannelText extends CitedText {
  @Field(() => Channel) channel!: Channel;
}

@ObjectType()
export class StateSystemDataSection extends CitedText {
  @Field(() => [LocalizedText]) items!: LocalizedText[];
}

@ObjectType()
export class SubmissionSection extends CitedText {
  @Field({ description: "Where the responsible person's data is published." }) responsiblePersonDataOn!: string;
}

@ObjectType()
export class ReceiptSection extends CitedText {
  @Field(() => [CitedText], { description: 'The six items the receipt shows (para 14).' }) items!: CitedText[];
}

@ObjectType()
export class UncollectedRule extends CitedText {
  @Field(() => Int) keepMonths!: number;
  @Field(() => Channel) thenTransferTo!: Channel;
}

@ObjectType()
export class HandoverSection {
  @Field(() => [ChannelText]) channels!: ChannelText[];
  @Field(() => UncollectedRule) uncollected!: UncollectedRule;
}

@ObjectType()
export class RefusalSection {
  @Field(() => [CitedText]) grounds!: CitedText[];
  @Field(() => CitedText) afterObstaclesRemoved!: CitedText;
  @Field(() => CitedText) refusalReceipt!: CitedText;
}

@ObjectType()
export class IndicatorsPublication extends CitedText {
  @Field(() => [String]) sites!: string[];
  @Field(() => LocalizedText) targetsApprovedBy!: LocalizedText;
}

@ObjectType()
export class ComplaintParagraph extends CitedText {
  @Field(() => Int) paragraph!: number;
}

@ObjectType()
export class ComplaintAddressee extends CitedText {
  @Field() kind!: string;
}

@ObjectType()
export class ComplaintsSection {
  @Field(() => [ComplaintParagraph]) paragraphs!: ComplaintParagraph[];
  @Field(() => [ComplaintAddressee]) addressees!: ComplaintAddressee[];
  @Field(() => [String], { description: 'ORAL, WRITTEN, ELECTRONIC.' }) forms!: string[];
  @Field({ description: 'Key of the law on considering applications that sets the terms.' }) appealsLaw!: string;
  @Field() callCentre!: string;
}

@ObjectType()
export class ContactSection extends CitedText {
  @Field(() => LocalizedText) organisation!: LocalizedText;
  @Field(() => LocalizedText, { nullable: true }) address?: LocalizedText | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
}

@ObjectType()
export class SourceAnomaly {
  @Field() text!: string;
  @Field(() => Citation) source!: Citation;
}

@ObjectType({ description: 'The sections of a standard, as the decree words them.' })
export class StandardSections {
  @Field(() => ProviderSection) provider!: ProviderSection;
  @Field(() => [ChannelSection]) channels!: ChannelSection[];
  @Field(() => ServiceFormSection) form!: ServiceFormSection;
  @Field(() => [LegalBasis]) legalBases!: LegalBasis[];
  @Field(() => [InformationPlace]) information!: InformationPlace[];
  @Field(() => [ServiceResult]) results!: ServiceResult[];
  @Field(() => Recipients) recipients!: Recipients;
  @Field(() => FeeSection) fee!: FeeSection;
  @Field(() => ElectronicQueueSection) electronicQueue!: ElectronicQueueSection;
  @Field(() => MobileCentresSection) mobileCentres!: MobileCentresSection;
  @Field(() => [ChannelText]) premises!: ChannelText[];
  @Field(() => StateSystemDataSection) stateSystemData!: StateSystemDataSection;
  @Field(() => CitedText) originals!: CitedText;
  @Field(() => CitedText) formAvailability!: CitedText;
  @Field(() => SubmissionSection) submission!: SubmissionSection;
  @Field(() => ReceiptSection) receipt!: ReceiptSection;
  @Field(() => HandoverSection) handover!: HandoverSection;
  @Field(() => RefusalSection) refusal!: RefusalSection;
  @Field(() => [CitedText]) principles!: CitedText[];
  @Field(() => IndicatorsPublication) indicatorsPublication!: IndicatorsPublication;
  @Field(() => ComplaintsSection) complaints!: ComplaintsSection;
  @Field(() => [ContactSection]) contacts!: ContactSection[];
  @Field(() => [SourceAnomaly], { description: 'Oddities of the printed text, kept as printed.' }) anomalies!: SourceAnomaly[];
}

/** Replaces every `{ cite, lines }` pair with `source: { cite, lines }`, and `act` keys of legal bases with `actKey`. */
export function toSections(details: unknown, acts: Map<string, LegalAct>): StandardSections {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const o = { ...(v as Record<string, unknown>) };
      if (typeof o.cite === 'string') {
        o.source = { cite: o.cite, lines: o.lines ?? '' };
        delete o.cite;
        delete o.lines;
      }
      for (const k of Object.keys(o)) if (k !== 'source') o[k] = walk(o[k]);
      return o;
    }
    return v;
  };
  const sections = walk(details) as StandardSections & { legalBases: (LegalBasis & { act: unknown })[] };
  sections.legalBases = sections.legalBases.map((b) => ({ ...b, actKey: b.act as unknown as string, act: acts.get(b.act as unknown as string) ?? null }));
  return sections;
}
