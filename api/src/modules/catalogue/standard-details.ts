import type { StandardFile } from '../../seeds/schema';

/** The text sections of a standard kept as one cited document per service (the rules that drive behaviour have tables). */
export type StandardDetails = Omit<StandardFile, 'code' | 'cases' | 'deadlines' | 'documents' | 'schedules' | 'indicators' | 'applicationForm'>;
