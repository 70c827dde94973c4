import { afterAll, beforeAll } from 'vitest';
import { describeWithPostgres, type PgCluster, startCluster } from '../../testing/pgCluster.js';
import { describeStoreContract } from '../contract/storeContract.js';
import { PgStore } from './PgStore.js';

describeWithPostgres('PgStore', () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startCluster();
  }, 60_000);
  afterAll(async () => cluster?.destroy());

  describeStoreContract('PgStore', async () => {
    const url = await cluster.createDatabase();
    return { open: (options) => PgStore.open(url, options), remove: async () => {} };
  });
});
