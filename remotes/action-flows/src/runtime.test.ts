import { once } from 'node:events';
import { createServer } from 'node:http';
import type { Flow, FlowContext, FlowStep, VariablesSection } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coerce, flowRuntime } from './runtime.js';

/** A context over the fixture's variables that records what a flow does. */
function context(variables: VariablesSection = richSnapshot().variables) {
  const values = new Map(Object.values(variables.entities).map((v) => [v.id, v.defaultValue]));
  const toasts: string[] = [];
  const visits: string[] = [];
  const ctx: FlowContext = {
    variables,
    get: (id) => values.get(id),
    set: (id, value) => values.set(id, value),
    toast: (message) => toasts.push(message),
    navigate: (url) => visits.push(url),
    request: async (method, url, body) => {
      const response = await fetch(url, { method, ...(body === undefined ? {} : { body }) });
      if (!response.ok) throw new Error(`answered ${response.status}`);
      return response.json();
    },
  };
  return { ctx, values, toasts, visits };
}
const flow = (...steps: FlowStep[]): Flow => ({ id: 'f', name: 'Test', steps });

let server: ReturnType<typeof createServer>;
let base = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.url === '/fail') return response.writeHead(500).end();
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ method: request.method, url: request.url, received: body ? JSON.parse(body) : null }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => server.close());

describe('the flow runtime', () => {
  it('sets a variable from an expression, keeping its type', async () => {
    const { ctx, values } = context();
    const run = await flowRuntime.run(
      flow({ id: 's1', kind: 'setVariable', variableId: 'v-count', value: '{{count + 1}}' }),
      ctx,
    );
    expect(run).toEqual({ ok: true });
    expect(values.get('v-count')).toBe(1);
    await flowRuntime.run(flow({ id: 's1', kind: 'setVariable', variableId: 'v-count', value: '41' }), ctx);
    expect(values.get('v-count')).toBe(41);
    await flowRuntime.run(flow({ id: 's1', kind: 'setVariable', variableId: 'v-name', value: 'Hi {{userName}}' }), ctx);
    expect(values.get('v-name')).toBe('Hi Ada');
  });

  it('shows toasts and navigates with rendered text', async () => {
    const { ctx, toasts, visits } = context();
    await flowRuntime.run(
      flow(
        { id: 's1', kind: 'showToast', message: 'Hello {{userName}}, {{count}}' },
        { id: 's2', kind: 'navigate', url: '/users/{{userName}}' },
      ),
      ctx,
    );
    expect(toasts).toEqual(['Hello Ada, 0']);
    expect(visits).toEqual(['/users/Ada']);
  });

  it('runs nested if steps on comparisons', async () => {
    const { ctx, toasts } = context();
    const nested = (value: string) =>
      flow({
        id: 'outer',
        kind: 'if',
        variableId: 'v-count',
        comparison: '>=',
        value,
        thenSteps: [
          {
            id: 'inner',
            kind: 'if',
            variableId: 'v-name',
            comparison: '==',
            value: 'Ada',
            thenSteps: [{ id: 't', kind: 'showToast', message: 'both' }],
            elseSteps: [],
          },
        ],
        elseSteps: [{ id: 'e', kind: 'showToast', message: 'neither' }],
      });
    await flowRuntime.run(nested('0'), ctx);
    await flowRuntime.run(nested('{{count + 1}}'), ctx);
    expect(toasts).toEqual(['both', 'neither']);
  });

  it('sends a request to a server and stores the answer', async () => {
    const { ctx, values } = context();
    const run = await flowRuntime.run(
      flow({
        id: 's1',
        kind: 'request',
        method: 'POST',
        url: `${base}/greet/{{userName}}`,
        body: '{"n": {{count}}}',
        resultVariableId: 'v-profile',
      }),
      ctx,
    );
    expect(run).toEqual({ ok: true });
    expect(values.get('v-profile')).toEqual({ method: 'POST', url: '/greet/Ada', received: { n: 0 } });
  });

  it('stops at a failing step and says which and why, without throwing', async () => {
    const { ctx, toasts } = context();
    expect(
      await flowRuntime.run(
        flow(
          { id: 'bad', kind: 'setVariable', variableId: 'v-count', value: '{{count / 0}}' },
          { id: 'after', kind: 'showToast', message: 'x' },
        ),
        ctx,
      ),
    ).toMatchObject({
      ok: false,
      stepId: 'bad',
    });
    expect(toasts).toEqual([]);
    expect(await flowRuntime.run(flow({ id: 'req', kind: 'request', method: 'GET', url: `${base}/fail` }), ctx)).toEqual({
      ok: false,
      stepId: 'req',
      message: `GET ${base}/fail failed: answered 500`,
    });
    expect(await flowRuntime.run(flow({ id: 'gone', kind: 'setVariable', variableId: 'v-deleted', value: '1' }), ctx)).toEqual({
      ok: false,
      stepId: 'gone',
      message: 'The variable it uses no longer exists (v-deleted).',
    });
    expect(await flowRuntime.run(flow({ id: 'typed', kind: 'setVariable', variableId: 'v-count', value: 'many' }), ctx)).toEqual({
      ok: false,
      stepId: 'typed',
      message: 'count is a number: "many" is not a number.',
    });
    expect(await flowRuntime.run(flow({ id: 'unknown', kind: 'showToast', message: '{{nobody}}' }), ctx)).toMatchObject({
      ok: false,
      stepId: 'unknown',
    });
  });
});

describe('coerce', () => {
  it('reads text as the variable type asks, and refuses what does not fit', () => {
    expect(coerce('number', '2.5')).toEqual({ ok: true, value: 2.5 });
    expect(coerce('boolean', 'true')).toEqual({ ok: true, value: true });
    expect(coerce('array', '[1,2]')).toEqual({ ok: true, value: [1, 2] });
    expect(coerce('object', '[1]')).toMatchObject({ ok: false });
    expect(coerce('string', { a: 1 })).toEqual({ ok: true, value: '{"a":1}' });
    expect(coerce('number', '')).toMatchObject({ ok: false });
  });
});
