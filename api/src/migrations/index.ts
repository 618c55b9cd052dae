import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124210604_initial } from './Migration20261124210604_initial';

/** Every committed migration, in order. `npm run migration:create -- <name>` writes a new file; add it here. */
export const migrationsList: MigrationObject[] = [{ name: 'Migration20261124210604_initial', class: Migration20261124210604_initial }];
