import type { EntityModel } from '@psb/contracts';
import { SearchBox, useWindowedList } from '@psb/contracts/windowing';
import { useId, useMemo, useState } from 'react';
import { FieldRow } from './FieldRow.js';
import { nameMatches } from './selectors.js';

/** A field row's first guess of height (name, type, required, moves); each row is measured once drawn. */
const FIELD_HEIGHT = 76;
/** Fewer fields than this need no search box. */
const SEARCH_FROM = 8;

/**
 * A model's fields, windowed in their own scroll area: a model with 200 fields draws the dozen in view (and the
 * focused one, so that a draft being typed survives scrolling). Long lists get a search by name.
 */
export function FieldList({ model }: { model: EntityModel }) {
  const [query, setQuery] = useState('');
  const fields = useMemo(
    () => (query === '' ? model.fields : model.fields.filter((field) => nameMatches(field.name, query))),
    [model.fields, query],
  );
  const listId = useId();
  const ids = useMemo(() => fields.map((field) => field.id), [fields]);
  const list = useWindowedList({ ids, rowHeight: FIELD_HEIGHT, overscan: 2 });
  const focusFirst = () => list.focusRow(0, 'input');
  return (
    <>
      {model.fields.length >= SEARCH_FROM && (
        <SearchBox
          label={`Search fields of ${model.name}`}
          query={query}
          shown={fields.length}
          total={model.fields.length}
          noun="fields"
          listId={listId}
          onQuery={setQuery}
          onEnterResults={focusFirst}
        />
      )}
      {fields.length === 0 && query !== '' && <p className="psb-muted">No field is named like “{query}”.</p>}
      <div ref={list.scrollerRef} className="psb-models-fields-scroller">
        <ol
          id={listId}
          aria-label={`Fields of ${model.name}`}
          className="psb-list psb-models-fields psb-window"
          style={{ height: list.totalSize }}
          onFocus={list.onFocus}
        >
          {list.rows.map((row) => {
            const field = fields[row.index];
            if (!field) return null;
            return (
              <FieldRow
                key={field.id}
                modelId={model.id}
                fieldId={field.id}
                index={model.fields.indexOf(field)}
                isLast={model.fields.at(-1) === field}
                position={row.index + 1}
                setSize={fields.length}
                top={row.start}
                measure={list.measure}
                drawIndex={row.index}
              />
            );
          })}
        </ol>
      </div>
    </>
  );
}
