import { type ProjectMeta, SnapshotDraft } from '@psb/contracts';
import { Type } from '@sinclair/typebox';
import { errorCodes, type FastifyInstance } from 'fastify';
import { HttpError, invalidPart } from '../errors.js';
import type { SnapshotFile } from '../store/ProjectStore.js';
import type { DraftReader } from './DraftReader.js';
import { type DraftReading, fillMetaSlot, type MetaSlot } from './readDraft.js';

/** A valid snapshot draft as received: its meta, and its bytes ready to be stored with the server's meta. */
export class ReceivedDraft {
  readonly #json: Uint8Array;
  readonly #slot: MetaSlot;

  constructor(
    readonly meta: SnapshotDraft['meta'],
    json: Uint8Array,
    slot: MetaSlot,
  ) {
    this.#json = json;
    this.#slot = slot;
  }

  /** The file to store: the draft as sent, with `meta` in place of the client's. */
  file(meta: ProjectMeta): SnapshotFile {
    return { meta, bytes: fillMetaSlot(this.#json, this.#slot, meta) };
  }
}

/** A route's body schema for a snapshot draft: documented as SnapshotDraft, received as a ReceivedDraft. */
export const DraftBody = Type.Unsafe<ReceivedDraft>(SnapshotDraft);

/**
 * JSON bodies in the routes of `app` are snapshot drafts, read (parsed, checked and located) by `reader` off the
 * main thread. A body that is not a valid draft is refused here, with the same errors Fastify's parser and
 * validation give; a valid one reaches the route as a ReceivedDraft.
 */
export function registerDraftBody(app: FastifyInstance, reader: DraftReader) {
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, async (_request: unknown, bytes: Buffer) =>
    received(bytes, await reader.read(bytes)),
  );
}

function received(bytes: Buffer, reading: DraftReading): ReceivedDraft {
  switch (reading.kind) {
    case 'empty':
      throw new errorCodes.FST_ERR_CTP_EMPTY_JSON_BODY();
    case 'notJson':
      throw new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY();
    case 'notUtf8':
      throw new HttpError(400, 'The body is not valid UTF-8.');
    case 'invalid':
      throw invalidPart('body', reading.problems);
    case 'valid':
      return new ReceivedDraft(reading.meta, reading.json ?? bytes, reading.slot);
  }
}
