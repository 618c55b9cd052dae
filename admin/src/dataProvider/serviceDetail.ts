import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../../schema/generated';

/** The three languages of a text: the console picks the interface language, falling back to Kazakh. */
export const TextFields = graphql(`
  fragment TextFields on LocalizedText {
    kk
    ru
    en
  }
`);

/** Where a value is stated in the decree: "S3 §7" and the lines of the Kazakh text. */
export const CitationFields = graphql(`
  fragment CitationFields on Citation {
    cite
    lines
  }
`);

export const CitedTextFields = graphql(`
  fragment CitedTextFields on CitedText {
    text {
      ...TextFields
    }
    source {
      ...CitationFields
    }
  }
`);

export const ChannelTextFields = graphql(`
  fragment ChannelTextFields on ChannelText {
    channel
    text {
      ...TextFields
    }
    source {
      ...CitationFields
    }
  }
`);

const ActRefFields = graphql(`
  fragment ActRefFields on LegalAct {
    id
    key
    kind
    number
    adoptedOn
    status
    repealedOn
    title {
      ...TextFields
    }
  }
`);

const CaseFields = graphql(`
  fragment CaseFields on ServiceCase {
    id
    key
    number
    kind
    parentKey
    position
    deadlineCaseKey
    title {
      ...TextFields
    }
    source {
      ...CitationFields
    }
  }
`);

/** Everything a standard states, for its show page: one request. */
export const ServiceDetailQuery = graphql(`
  query ServiceDetail($code: String!) {
    service(code: $code) {
      id
      code
      decreeItem
      sortOrder
      status
      createdAt
      updatedAt
      version
      title {
        ...TextFields
      }
      act {
        ...ActRefFields
        repealedBy {
          ...ActRefFields
        }
      }
      cases {
        ...CaseFields
      }
      deadlines {
        id
        channel
        kind
        value
        unit
        upTo
        startsFrom
        excludesAcceptanceAndIssueDays
        position
        version
        condition {
          ...TextFields
        }
        text {
          ...TextFields
        }
        case {
          id
          key
          number
          title {
            ...TextFields
          }
        }
        source {
          ...CitationFields
        }
      }
      documents {
        case {
          id
          key
          number
          title {
            ...TextFields
          }
        }
        submittedBy {
          ...TextFields
        }
        items {
          id
          kind
          fromStateSystem
          photoWidthCm
          photoHeightCm
          photoCount
          photoInUniform
          position
          name {
            ...TextFields
          }
          condition {
            ...TextFields
          }
          source {
            ...CitationFields
          }
        }
      }
      schedules {
        id
        channel
        days
        opens
        closes
        lunchFrom
        lunchTo
        closedOn
        text {
          ...TextFields
        }
        source {
          ...CitationFields
        }
      }
      indicators {
        id
        code
        groupCode
        normativeValue
        groupName {
          ...TextFields
        }
        wording {
          ...TextFields
        }
        source {
          ...CitationFields
        }
      }
      history {
        id
        change
        act {
          ...ActRefFields
        }
        source {
          ...CitationFields
        }
      }
      form {
        id
        code
        lines
        observations
        title {
          ...TextFields
        }
        notes {
          ...TextFields
        }
        attachments {
          ...TextFields
        }
        fields {
          id
          key
          type
          required
          position
          lines
          label {
            ...TextFields
          }
          choices {
            value
            label {
              ...TextFields
            }
          }
        }
      }
      formNote {
        ...TextFields
      }
      sections {
        provider {
          bodyLevel
          mobileCentresSentence
          text {
            ...TextFields
          }
          source {
            ...CitationFields
          }
        }
        channels {
          channel
          name {
            ...TextFields
          }
          source {
            ...CitationFields
          }
        }
        form {
          kind
          text {
            ...TextFields
          }
          source {
            ...CitationFields
          }
        }
        legalBases {
          actKey
          article
          paragraph
          subparagraph
          rulesParagraphs
          act {
            ...ActRefFields
          }
          text {
            ...TextFields
          }
          source {
            ...CitationFields
          }
        }
        information {
          kind
          value
          text {
            ...TextFields
          }
          source {
            ...CitationFields
          }
        }
        results {
          reasonedRefusalPossible
          document {
            ...TextFields
          }
          text {
            ...TextFields
          }
          source {
            ...CitationFields
          }
        }
        recipients {
          eligible {
            ...TextFields
          }
          exclusions {
            ...CitedTextFields
          }
          source {
            ...CitationFields
          }
        }
        fee {
          free
          text {
            ...TextFields
          }
          source {
            ...CitationFields
          }
        }
        electronicQueue {
          expeditedService
          text {
            ...TextFields
          }
          source {
            ...CitationFields
          }
        }
        mobileCentres {
          minHoursPerSettlement
          scheduleApprovedBy
          text {
            ...TextFields
          }
          source {
            ...CitationFields
          }
        }
        premises {
          ...ChannelTextFields
        }
        stateSystemData {
          items {
            ...TextFields
          }
          text {
            ...TextFields
          }
          source {
            ...CitationFields
          }
        }
        originals {
          ...CitedTextFields
        }
        formAvailability {
          ...CitedTextFields
        }
        submission {
          responsiblePersonDataOn
          text {
            ...TextFields
          }
          source {
            ...CitationFields
          }
        }
        receipt {
          items {
            ...CitedTextFields
          }
          text {
            ...TextFields
          }
          source {
            ...CitationFields
          }
        }
        handover {
          channels {
            ...ChannelTextFields
          }
          uncollected {
            keepMonths
            thenTransferTo
            text {
              ...TextFields
            }
            source {
              ...CitationFields
            }
          }
        }
        refusal {
          grounds {
            ...CitedTextFields
          }
          afterObstaclesRemoved {
            ...CitedTextFields
          }
          refusalReceipt {
            ...CitedTextFields
          }
        }
        principles {
          ...CitedTextFields
        }
        indicatorsPublication {
          sites
          targetsApprovedBy {
            ...TextFields
          }
          text {
            ...TextFields
          }
          source {
            ...CitationFields
          }
        }
        complaints {
          appealsLaw
          callCentre
          forms
          paragraphs {
            paragraph
            text {
              ...TextFields
            }
            source {
              ...CitationFields
            }
          }
          addressees {
            kind
            text {
              ...TextFields
            }
            source {
              ...CitationFields
            }
          }
        }
        contacts {
          phone
          website
          organisation {
            ...TextFields
          }
          address {
            ...TextFields
          }
          text {
            ...TextFields
          }
          source {
            ...CitationFields
          }
        }
        anomalies {
          text
          source {
            ...CitationFields
          }
        }
      }
    }
  }
`);

export type ServiceDetail = NonNullable<ResultOf<typeof ServiceDetailQuery>['service']>;
export type Sections = NonNullable<ServiceDetail['sections']>;
export type Deadline = ServiceDetail['deadlines'][number];
export type DocumentGroupValue = ServiceDetail['documents'][number];
export type ActRef = ResultOf<typeof ActRefFields>;
export type CitationValue = ResultOf<typeof CitationFields>;
export type CaseValue = ResultOf<typeof CaseFields>;
export type CitedTextValue = ResultOf<typeof CitedTextFields>;
