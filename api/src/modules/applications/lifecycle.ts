import { Channel } from '../catalogue/rules.entity';
import { ApplicationAction, ApplicationStatus as S } from './application.entity';

/** What a transition needs to know of an application to decide whether it may happen. */
export interface LifecycleFacts {
  status: S;
  channel: Channel;
  handedOverOn?: string | null;
  extended: boolean;
  dueProvisional: boolean;
  reasonedRefusalPossible: boolean;
}

/** From which statuses each step may be taken, and to which status it leads (a step that keeps the status maps to null). */
export const STEPS: Record<Exclude<ApplicationAction, 'SUBMIT' | 'REFUSE_AT_ACCEPTANCE'>, { from: S[]; to: S | null }> = {
  [ApplicationAction.HAND_OVER]: { from: [S.ACCEPTED], to: null },
  [ApplicationAction.START]: { from: [S.ACCEPTED], to: S.IN_PROGRESS },
  [ApplicationAction.EXTEND]: { from: [S.ACCEPTED, S.IN_PROGRESS], to: null },
  [ApplicationAction.READY]: { from: [S.IN_PROGRESS], to: S.READY },
  [ApplicationAction.ISSUE]: { from: [S.IN_PROGRESS, S.READY, S.TRANSFERRED_TO_BODY], to: S.ISSUED },
  [ApplicationAction.REFUSE]: { from: [S.ACCEPTED, S.IN_PROGRESS], to: S.REFUSED },
  [ApplicationAction.TRANSFER_UNCOLLECTED]: { from: [S.READY], to: S.TRANSFERRED_TO_BODY },
};

export type Step = keyof typeof STEPS;

/** Why a step may not be taken now, or null when it may (the date rules are checked by the step itself). */
export function stepRefusal(step: Step, facts: LifecycleFacts): string | null {
  const rule = STEPS[step];
  if (!rule.from.includes(facts.status)) {
    return `"${step}" is not possible from ${facts.status} (only from ${rule.from.join(' or ')}).`;
  }
  switch (step) {
    case ApplicationAction.HAND_OVER:
      if (facts.channel !== Channel.CENTRE) return 'Only applications filed at a centre are handed over to the authorized body.';
      if (facts.handedOverOn) return 'The documents were already handed over.';
      return null;
    case ApplicationAction.START:
      if (facts.channel === Channel.CENTRE && !facts.handedOverOn) return 'The documents have not reached the authorized body yet: record the hand-over first.';
      return null;
    case ApplicationAction.EXTEND:
      if (facts.extended) return 'The term has already been extended once.';
      if (facts.dueProvisional) return 'The term is not fixed until the hand-over to the authorized body is recorded.';
      return null;
    case ApplicationAction.REFUSE:
      if (!facts.reasonedRefusalPossible) return 'This standard does not provide for a reasoned refusal: the result must be issued.';
      return null;
    case ApplicationAction.TRANSFER_UNCOLLECTED:
      if (facts.channel !== Channel.CENTRE) return 'Only results waiting at a centre are transferred to the authorized body.';
      return null;
    default:
      return null;
  }
}

/** The steps the status and facts allow now (the console shows these as buttons). */
export const allowedSteps = (facts: LifecycleFacts): Step[] => (Object.keys(STEPS) as Step[]).filter((s) => stepRefusal(s, facts) === null);
