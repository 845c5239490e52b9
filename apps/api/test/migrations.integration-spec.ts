import { migrate } from '../src/database/migrate';
import { MIGRATIONS } from '../src/database/migrations';
import { createTestDatabase } from './support/test-database';

describe('migrations', () => {
  it('are applied exactly once when several replicas start together on an empty database', async () => {
    const database = await createTestDatabase({ empty: true });
    try {
      const runs = await Promise.all([migrate(database.url), migrate(database.url), migrate(database.url)]);
      expect(runs.flat().sort()).toEqual(MIGRATIONS.map((migration) => migration.name).sort());
      expect(await migrate(database.url)).toEqual([]);
    } finally {
      await database.drop();
    }
  });
});
