import { tempDir } from '../testing/tempStore.js';
import { describeStoreContract } from './contract/storeContract.js';
import { FileStore } from './FileStore.js';

describeStoreContract('FileStore', async () => {
  const { dir, remove } = await tempDir();
  return { open: (options) => FileStore.open(dir, options), remove };
});
