import {
  type ActionFlowsSection,
  type ComponentTreeSection,
  propsWithDefaults,
  renderTemplate,
  type VariablesSection,
} from '@psb/contracts';
import { memo } from 'react';
import { type RuntimeValues, scopeOf } from './runtimeValues.js';

export interface PreviewContext {
  tree: ComponentTreeSection;
  variables: VariablesSection;
  flows: ActionFlowsSection;
  values: RuntimeValues;
  /** Runs the flows bound to a node's event. */
  emit(nodeId: string, event: string): void;
  /** Bumps on every run-time value change, so memoized nodes re-render with new values. */
  version: number;
}

/** Only addresses that cannot run code: http(s), paths, and images inline. */
const SAFE_SRC = /^(?:https?:\/\/|\/|\.{0,2}\/|data:image\/(?:png|gif|jpe?g|webp);)/i;

/**
 * One component of the page as a visitor would see it. Every piece of user text becomes a text node:
 * nothing is ever parsed as HTML, whatever the props hold.
 */
export const PreviewNode = memo(function PreviewNode({
  id,
  ctx,
  extra,
}: {
  id: string;
  ctx: PreviewContext;
  extra?: Record<string, unknown>;
}) {
  const node = ctx.tree.nodes[id];
  if (!node) return null;
  const props = propsWithDefaults(node.type, node.props);
  const scope = scopeOf(ctx.variables, ctx.values, extra);
  const text = (prop: string) => {
    const rendered = renderTemplate(String(props[prop] ?? ''), scope);
    return rendered.errors.length > 0 ? (
      <span title={rendered.errors.map((e) => e.message).join('\n')}>{rendered.text}</span>
    ) : (
      rendered.text
    );
  };
  const children = node.children.map((child) => <PreviewNode key={child} id={child} ctx={ctx} extra={extra} />);

  switch (node.type) {
    case 'Container':
      return (
        <div
          className="preview-container"
          style={{
            flexDirection: props.direction === 'row' ? 'row' : 'column',
            gap: Number(props.gap),
            padding: Number(props.padding),
          }}
        >
          {children}
        </div>
      );
    case 'Text': {
      const Tag = props.variant === 'heading' ? 'h3' : props.variant === 'subheading' ? 'h4' : 'p';
      return <Tag className="preview-text">{text('content')}</Tag>;
    }
    case 'Button':
      return (
        <button type="button" className={`preview-button preview-${String(props.variant)}`} onClick={() => ctx.emit(id, 'click')}>
          {text('label')}
        </button>
      );
    case 'Input': {
      const variableId = typeof props.variable === 'string' ? props.variable : undefined;
      const value = variableId ? ctx.values.get(ctx.variables, variableId) : undefined;
      return (
        <label className="preview-input">
          {text('label')}
          <input
            value={value === undefined || value === null ? '' : String(value)}
            placeholder={String(props.placeholder ?? '')}
            onChange={(event) => {
              if (variableId) {
                const type = ctx.variables.entities[variableId]?.type;
                const raw = event.target.value;
                ctx.values.set(
                  variableId,
                  type === 'number' && raw.trim() !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw,
                );
              }
              ctx.emit(id, 'change');
            }}
          />
        </label>
      );
    }
    case 'Image': {
      const src = String(props.src ?? '');
      if (!SAFE_SRC.test(src)) return <span className="preview-muted">[image]</span>;
      // An image a flow can be bound to is clicked as a button, so keyboards reach it too.
      return (
        <button type="button" className="preview-image-button" onClick={() => ctx.emit(id, 'click')}>
          <img className="preview-image" src={src} alt={String(text('alt'))} />
        </button>
      );
    }
    case 'List': {
      const items = typeof props.items === 'string' ? ctx.values.get(ctx.variables, props.items) : undefined;
      const template = node.children[0];
      if (!Array.isArray(items) || !template) return <div className="preview-muted">[list]</div>;
      return (
        <ul className="preview-list">
          {items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items are plain values without identity
            <li key={index}>
              <PreviewNode id={template} ctx={ctx} extra={{ ...extra, item, index }} />
            </li>
          ))}
        </ul>
      );
    }
    default:
      return <div className="preview-muted">[{node.type}]</div>;
  }
});
