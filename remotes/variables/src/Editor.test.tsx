import type { HostApi } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { configureStore } from '@reduxjs/toolkit';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Provider } from 'react-redux';
import { describe, expect, it } from 'vitest';
import { Editor } from './Editor.js';
import { hydrated, variablesSlice } from './slice.js';
import { UsesConfirmation } from './UsesConfirmation.js';
import { usageOf } from './usage.js';
import { VariableDetails } from './VariableDetails.js';

/*
 * No DOM here (the workspace has no jsdom), so these render to HTML once: enough to see that every control has
 * its label and the right kind of input. Interaction is covered by the reducers' tests and the browser tests.
 */
const snapshot = richSnapshot();
const host: HostApi = {
  selectSection: (_state, key) => (snapshot as unknown as Record<string, unknown>)[key],
  services: {},
};

function render(node: ReactNode): string {
  const store = configureStore({ reducer: { variables: variablesSlice.reducer } });
  store.dispatch(hydrated(richSnapshot().variables));
  return renderToStaticMarkup(<Provider store={store}>{node}</Provider>);
}

/** The opening tag of the control a `<label for>` with this text points at. */
function controlLabelled(html: string, label: string): string | undefined {
  const id = new RegExp(`<label for="([^"]+)">${label}</label>`).exec(html)?.[1];
  return id === undefined ? undefined : new RegExp(`<(input|select|textarea)[^>]*id="${id}"[^>]*>`).exec(html)?.[0];
}

const details = (id: string) => {
  const variable = richSnapshot().variables.entities[id];
  if (!variable) throw new Error(id);
  return render(<VariableDetails variable={variable} host={host} focusName={false} onDelete={() => {}} />);
};

describe('Editor', () => {
  it('lists the variables with their type and default, and offers to add one', () => {
    const html = render(<Editor host={host} />);
    expect(html).toContain('>Add variable</button>');
    expect(html).toContain('role="listbox" aria-label="Variables"');
    expect(html).toContain('aria-label="userName, string, default &quot;Ada&quot;"');
    expect(html).toContain('aria-label="profile, object, default {&quot;tier&quot;:&quot;gold&quot;}"');
    expect(html.match(/role="option"/g)).toHaveLength(5);
  });
});

describe('VariableDetails', () => {
  it('labels the name, type and default of a string variable', () => {
    const html = details('v-name');
    expect(controlLabelled(html, 'Name')).toMatch(/^<input[^>]*value="userName"/);
    expect(controlLabelled(html, 'Type')).toMatch(/^<select/);
    expect(controlLabelled(html, 'Default value')).toMatch(/^<input[^>]*value="Ada"/);
    expect(html).toContain('>Set current value</button>');
    expect(html).toContain('>Delete</button>');
  });

  it('edits a number with a number box, and shows its current value with a way back to the default', () => {
    const html = details('v-count');
    expect(controlLabelled(html, 'Default value')).toMatch(/type="number"/);
    expect(controlLabelled(html, 'Current value')).toMatch(/type="number"[^>]*value="3"/);
    expect(html).toContain('>Use default</button>');
  });

  it('edits a boolean with a checkbox, and objects and arrays as JSON text', () => {
    expect(controlLabelled(details('v-admin'), 'Default value')).toMatch(/type="checkbox"/);
    expect(controlLabelled(details('v-profile'), 'Default value')).toMatch(/^<textarea/);
    expect(details('v-tags')).toContain('[\n  &quot;a&quot;,\n  &quot;b&quot;\n]</textarea>');
  });
});

describe('UsesConfirmation', () => {
  const usage = usageOf({ id: 'v-name', name: 'userName' }, snapshot);

  it('names every use before a delete, with the two answers', () => {
    const html = renderToStaticMarkup(
      <UsesConfirmation
        variableName="userName"
        change={{ kind: 'delete' }}
        usage={usage}
        onConfirm={() => {}}
        onCancel={() => {}}
      />,
    );
    expect(html).toContain('role="alertdialog"');
    expect(html).toContain('Delete “userName”? It is used in 2 places:');
    for (const use of usage.uses) expect(html).toContain(`<li>${use.description}</li>`);
    expect(html).toContain('>Delete anyway</button>');
    expect(html).toContain('>Cancel</button>');
  });

  it('asks before a rename, and says when some uses could not be checked', () => {
    const unchecked = usageOf({ id: 'v-tags', name: 'tags' }, { componentTree: undefined, actionFlows: undefined });
    const html = renderToStaticMarkup(
      <UsesConfirmation
        variableName="tags"
        change={{ kind: 'rename', name: 'labels' }}
        usage={unchecked}
        onConfirm={() => {}}
        onCancel={() => {}}
      />,
    );
    expect(html).toContain('Rename “tags” to “labels”?');
    expect(html).toContain('Uses in the component tree and the action flows could not be checked');
    expect(html).toContain('>Rename anyway</button>');
  });
});
