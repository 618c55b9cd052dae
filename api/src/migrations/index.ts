import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124213000_search_functions } from './Migration20261124213000_search_functions';
import { Migration20261124213559_initial } from './Migration20261124213559_initial';
import { Migration20261201000000_office_search_values } from './Migration20261201000000_office_search_values';
import { Migration20261201000711_applications } from './Migration20261201000711_applications';
import { Migration20261201001055_complaints_feedback } from './Migration20261201001055_complaints_feedback';
import { Migration20261201001828_indicators } from './Migration20261201001828_indicators';
import { Migration20261201002231_demo } from './Migration20261201002231_demo';
import { Migration20261201005128_lockout } from './Migration20261201005128_lockout';
import { Migration20261201005337_activity_log } from './Migration20261201005337_activity_log';
import { Migration20261201014201_application_list_indexes } from './Migration20261201014201_application_list_indexes';
import { Migration20261201030000_viewer_notifications } from './Migration20261201030000_viewer_notifications';
import { Migration20261201060000_activity_entity_uuids } from './Migration20261201060000_activity_entity_uuids';

/** Every committed migration, in order. `npm run migration:create -- <name>` writes a new file; add it here. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261124213000_search_functions', class: Migration20261124213000_search_functions },
  { name: 'Migration20261124213559_initial', class: Migration20261124213559_initial },
  { name: 'Migration20261201000000_office_search_values', class: Migration20261201000000_office_search_values },
  { name: 'Migration20261201000711_applications', class: Migration20261201000711_applications },
  { name: 'Migration20261201001055_complaints_feedback', class: Migration20261201001055_complaints_feedback },
  { name: 'Migration20261201001828_indicators', class: Migration20261201001828_indicators },
  { name: 'Migration20261201002231_demo', class: Migration20261201002231_demo },
  { name: 'Migration20261201005128_lockout', class: Migration20261201005128_lockout },
  { name: 'Migration20261201005337_activity_log', class: Migration20261201005337_activity_log },
  { name: 'Migration20261201014201_application_list_indexes', class: Migration20261201014201_application_list_indexes },
  { name: 'Migration20261201030000_viewer_notifications', class: Migration20261201030000_viewer_notifications },
  { name: 'Migration20261201060000_activity_entity_uuids', class: Migration20261201060000_activity_entity_uuids },
];
