import type { HostApi } from '../domainModule.js';
import { snapshotForEditor } from '../editorSnapshot.js';
import type { Snapshot } from '../snapshot.js';

/**
 * A host for an editor under test: the other sections are those of `snapshot` (none without one) as the host
 * hands them over, in their editors' form; no services.
 */
export function hostOver(snapshot?: Snapshot): HostApi {
  const sections = snapshot && (snapshotForEditor(snapshot) as unknown as Readonly<Record<string, unknown>>);
  return { selectSection: (_state, key) => sections?.[key], services: {} };
}

/**
 * A small but complete project touching every kind of record: a nested tree,
 * variables of each type with run-time values, models with each field kind, and flows with nested steps.
 */
export function richSnapshot(): Snapshot {
  return {
    schemaVersion: 1,
    meta: {
      id: 'proj-1',
      name: 'Customer portal',
      description: 'Landing page with a greeting',
      createdAt: '2026-01-02T10:00:00.000Z',
      updatedAt: '2026-01-03T11:30:00.000Z',
    },
    componentTree: {
      rootIds: ['page', 'footer'],
      nodes: {
        page: {
          id: 'page',
          type: 'Container',
          props: { direction: 'column', gap: 8 },
          children: ['title', 'greet'],
          parentId: null,
        },
        title: {
          id: 'title',
          type: 'Text',
          props: { content: 'Hello {{userName}}', variant: 'heading' },
          children: [],
          parentId: 'page',
        },
        greet: { id: 'greet', type: 'Button', props: { label: 'Greet', variant: 'primary' }, children: [], parentId: 'page' },
        footer: { id: 'footer', type: 'Text', props: { content: '© 2026' }, children: [], parentId: null },
      },
    },
    variables: {
      ids: ['v-name', 'v-count', 'v-admin', 'v-profile', 'v-tags'],
      entities: {
        'v-name': { id: 'v-name', name: 'userName', type: 'string', defaultValue: 'Ada' },
        'v-count': { id: 'v-count', name: 'count', type: 'number', defaultValue: 0, description: 'Clicks so far' },
        'v-admin': { id: 'v-admin', name: 'isAdmin', type: 'boolean', defaultValue: false },
        'v-profile': { id: 'v-profile', name: 'profile', type: 'object', defaultValue: { tier: 'gold' } },
        'v-tags': { id: 'v-tags', name: 'tags', type: 'array', defaultValue: ['a', 'b'] },
      },
      values: { 'v-count': 3 },
    },
    entityModels: {
      ids: ['m-customer', 'm-order'],
      entities: {
        'm-customer': {
          id: 'm-customer',
          name: 'Customer',
          fields: [
            { id: 'f-name', name: 'name', type: 'string', required: true },
            { id: 'f-tier', name: 'tier', type: 'enum', values: ['gold', 'silver'], required: false },
          ],
        },
        'm-order': {
          id: 'm-order',
          name: 'Order',
          fields: [
            { id: 'f-customer', name: 'customer', type: 'reference', modelId: 'm-customer', required: true },
            { id: 'f-placed', name: 'placedAt', type: 'date', required: true },
          ],
        },
      },
    },
    actionFlows: {
      flows: {
        'flow-greet': {
          id: 'flow-greet',
          name: 'Greet',
          steps: [
            { id: 's1', kind: 'setVariable', variableId: 'v-count', value: '{{count + 1}}' },
            {
              id: 's2',
              kind: 'if',
              variableId: 'v-count',
              comparison: '>',
              value: '2',
              thenSteps: [{ id: 's3', kind: 'showToast', message: 'Hello again, {{userName}}' }],
              elseSteps: [
                {
                  id: 's4',
                  kind: 'request',
                  method: 'POST',
                  url: '/api/greetings',
                  body: '{"n": {{count}}}',
                  resultVariableId: 'v-profile',
                },
              ],
            },
            { id: 's5', kind: 'navigate', url: '/thanks' },
          ],
        },
      },
      bindings: [{ id: 'b1', nodeId: 'greet', event: 'click', flowId: 'flow-greet' }],
    },
    ui: { selectedNodeId: 'title', panels: { variables: { collapsed: false } } },
    domainVersions: { componentTree: 1, variables: 1, entityModels: 1, actionFlows: 1 },
  };
}
