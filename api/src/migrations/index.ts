import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124213313_initial } from './Migration20261124213313_initial';

/** Every committed migration, in order. `npm run migration:create -- <name>` writes a new file; add it here. */
export const migrationsList: MigrationObject[] = [{ name: 'Migration20261124213313_initial', class: Migration20261124213313_initial }];
