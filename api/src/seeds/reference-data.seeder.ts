import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { loadSeeds, type SeedCounts } from './loader';

/**
 * The MikroORM seeder `npm start` runs: loads seeds/ idempotently by stable keys (see loader.ts), never overwriting rows
 * administrators have edited. Set-based upserts rather than entities, so a start with nothing to do costs a few statements.
 */
export class ReferenceDataSeeder extends Seeder {
  counts: Record<string, SeedCounts> = {};

  constructor(private readonly dir: string) {
    super();
  }

  async run(em: EntityManager): Promise<void> {
    this.counts = await loadSeeds(em as SqlEntityManager, this.dir);
  }
}
