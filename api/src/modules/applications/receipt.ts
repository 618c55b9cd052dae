import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../common/localized-text';
import { DateScalar } from '../../common/scalars';
import { OpeningHours } from '../directory/office.entity';
import { PresentedDocument } from './application.entity';

export enum ReceiptKind {
  ACCEPTANCE = 'ACCEPTANCE',
  REFUSAL = 'REFUSAL',
}
registerEnumType(ReceiptKind, {
  name: 'ReceiptKind',
  valuesConfig: {
    ACCEPTANCE: { description: 'The receipt for accepted documents (para 14).' },
    REFUSAL: { description: 'The receipt refusing acceptance, listing the missing documents (para 16).' },
  },
});

@ObjectType({ description: 'Where and when the result is handed out.' })
export class ReceiptPlace {
  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true })
  address?: LocalizedText | null;

  @Field(() => [OpeningHours], { description: 'Its opening hours (the centre office, or the body per the standard, para 9).' })
  hours!: OpeningHours[];
}

/**
 * The receipt as given to the applicant at acceptance, kept as issued: a later change of the due date (a hand-over, an
 * extension) shows on the application, not on a document already in the applicant's hands.
 */
@ObjectType({ description: 'The receipt given at acceptance: the six items of para 14, or the refusal of para 16.' })
export class Receipt {
  @Field(() => ReceiptKind)
  kind!: ReceiptKind;

  @Field({ description: 'Item 1: the number…' })
  number!: string;

  @Field(() => Date, { description: '…and the date (and time) of acceptance.' })
  acceptedAt!: Date;

  @Field({ description: 'Item 2: the service requested (its code).' })
  serviceCode!: string;

  @Field(() => LocalizedText)
  serviceTitle!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true, description: "The applicant's case, where the standard has cases." })
  caseTitle?: LocalizedText | null;

  @Field(() => Int, { description: 'Item 3: the number of documents attached…' })
  documentCount!: number;

  @Field(() => [PresentedDocument], { description: '…and their names.' })
  documents!: PresentedDocument[];

  @Field(() => [PresentedDocument], { description: 'Para 16: the documents missing (refusal receipts).' })
  missingDocuments!: PresentedDocument[];

  @Field(() => DateScalar, { nullable: true, description: 'Item 4: the date of issue of the result.' })
  issueOn?: string | null;

  @Field({ description: 'True when the date of issue depends on a hand-over to the body not yet made (the next working day is assumed).' })
  issueOnProvisional!: boolean;

  @Field(() => ReceiptPlace, { description: 'Item 4: the place (and hours) of issue.' })
  issuePlace!: ReceiptPlace;

  @Field({ description: 'Item 5: the employee who accepted the application.' })
  employeeName!: string;

  @Field({ description: "Item 6: the applicant's surname, name and patronymic…" })
  applicantName!: string;

  @Field({ description: '…and contact phone.' })
  applicantPhone!: string;

  @Field({ description: 'The paragraph of the standard the receipt follows, e.g. "S3 §14".' })
  cite!: string;
}
