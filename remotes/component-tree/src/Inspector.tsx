import {
  componentSpec,
  type DomainEditorProps,
  type DraftReading,
  isTemplateProp,
  nodeOf,
  type PropSchema,
  propProblem,
  propsWithDefaults,
  templateWarning,
  useLiveDraft,
  type VariablesSection,
} from '@psb/contracts';
import { useId } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { selectSelectedId, selectTree, type TreeRootState } from './selection.js';
import { nodeRenamed, propChanged, type TreeDispatch } from './slice.js';

/** The domain's second place, beside the canvas: the properties of the node selected in the tree or on the canvas. */
export function Inspector({ host }: DomainEditorProps) {
  const selectedId = useSelector(selectSelectedId);
  if (!selectedId) return <p className="psb-inspector-empty">Select a component on the canvas or in the tree to edit it.</p>;
  return <NodeInspector key={selectedId} id={selectedId} host={host} />;
}

/** One node's name and props, as a form generated from its type's schema in the catalogue. */
function NodeInspector({ id, host }: { id: string } & DomainEditorProps) {
  const node = useSelector((state: TreeRootState) => nodeOf(selectTree(state).nodes, id));
  const variables = useSelector((state: unknown) => host.selectSection(state, 'variables') as VariablesSection | undefined);
  const dispatch = useDispatch<TreeDispatch>();
  const spec = node && componentSpec(node.type);
  if (!node || !spec) return null;
  const values = propsWithDefaults(node.type, node.props);
  const names = new Set(Object.values(variables?.entities ?? {}).map((v) => v.name));

  return (
    <form className="psb-inspector" aria-label={`Properties of ${node.name ?? node.type}`} onSubmit={(e) => e.preventDefault()}>
      <h3>{node.type}</h3>
      <TextField
        label="Name"
        value={node.name ?? ''}
        placeholder={node.type}
        onChange={(name) => dispatch(nodeRenamed({ id, name }))}
      />
      {Object.entries(spec.props.properties).map(([prop, schema]) => (
        <PropField
          key={prop}
          schema={schema}
          value={values[prop]}
          variables={variables}
          knownNames={names}
          onChange={(value) => dispatch(propChanged({ id, prop, value }))}
          problemOf={(value) => propProblem(node.type, prop, value)}
        />
      ))}
    </form>
  );
}

interface PropFieldProps {
  schema: PropSchema;
  value: unknown;
  variables: VariablesSection | undefined;
  knownNames: Set<string>;
  onChange: (value: unknown) => void;
  problemOf: (value: unknown) => string | undefined;
}

function PropField({ schema, value, variables, knownNames, onChange, problemOf }: PropFieldProps) {
  const label = schema.title;
  const options = schema.anyOf?.map((o) => o.const);
  if (options)
    return <SelectField label={label} value={String(value ?? '')} options={options.map((o) => [o, o])} onChange={onChange} />;
  if (schema['x-ref'] === 'variable') {
    const wanted = schema['x-variable-type'];
    const choices = (variables?.ids ?? []).flatMap((vid) => {
      const v = variables?.entities[vid];
      return v && (!wanted || v.type === wanted) ? [[vid, v.name] as [string, string]] : [];
    });
    // An id no variable has (pasted from another project, say) stays selected and says so, rather than read "(none)".
    const missing = typeof value === 'string' && value !== '' && variables && !Object.hasOwn(variables.entities, value);
    return (
      <SelectField
        label={label}
        value={String(value ?? '')}
        options={[['', '(none)'], ...(missing ? [[String(value), '⚠ missing variable'] as [string, string]] : []), ...choices]}
        warning={missing ? 'Its variable does not exist in this project.' : undefined}
        onChange={(v) => onChange(v || undefined)}
      />
    );
  }
  if (schema.type === 'integer') {
    return <NumberField label={label} value={Number(value ?? 0)} problemOf={problemOf} onChange={onChange} />;
  }
  const text = String(value ?? '');
  const warning = isTemplateProp(schema) ? templateWarning(text, (name) => knownNames.has(name)) : undefined;
  return <TextField label={label} value={text} onChange={onChange} warning={warning} />;
}

function TextField(props: {
  label: string;
  value: string;
  placeholder?: string;
  warning?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="psb-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        value={props.value}
        placeholder={props.placeholder}
        aria-describedby={props.warning ? `${id}-warning` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.warning && (
        <p id={`${id}-warning`} className="psb-warning" role="alert">
          {props.warning}
        </p>
      )}
    </div>
  );
}

function SelectField(props: {
  label: string;
  value: string;
  options: [string, string][];
  warning?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="psb-field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-describedby={props.warning ? `${id}-warning` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {props.warning && (
        <p id={`${id}-warning`} className="psb-warning" role="alert">
          {props.warning}
        </p>
      )}
    </div>
  );
}

/** A number box that keeps what is typed, and dispatches only values the schema accepts. */
function NumberField(props: {
  label: string;
  value: number;
  problemOf: (value: unknown) => string | undefined;
  onChange: (value: number) => void;
}) {
  const id = useId();
  const { problem, inputProps } = useLiveDraft({
    value: props.value,
    text: String,
    read: (text): DraftReading<number> => {
      const value = text.trim() === '' ? Number.NaN : Number(text);
      if (Number.isNaN(value)) return { problem: 'Enter a number.' };
      const problem = props.problemOf(value);
      return problem === undefined ? { value } : { problem };
    },
    onChange: props.onChange,
  });
  return (
    <div className="psb-field">
      <label htmlFor={id}>{props.label}</label>
      <input id={id} type="number" inputMode="numeric" {...inputProps} />
      {problem && (
        <p className="psb-warning" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
