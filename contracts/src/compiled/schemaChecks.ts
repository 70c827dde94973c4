// Generated from the TypeBox schemas by `npm run checks -w contracts` (scripts/schemaChecks.ts): do not edit.
// The checks checkSnapshot runs first; TypeBox explains a value only when one of them fails.
// biome-ignore-all lint: generated code
// biome-ignore-all format: generated code
import { isIsoDateTime } from '../primitives.js';

/** Whether a value is valid for one schema: exactly what TypeBox `Check` answers for it. */
export type Check = (value: unknown) => boolean;

export const isSnapshotEnvelope: Check = check4;
export const isSnapshotDraftEnvelope: Check = check6;
export const sectionChecks: Readonly<Record<"componentTree" | "variables" | "entityModels" | "actionFlows", Check>> = {
  "componentTree": check10,
  "variables": check13,
  "entityModels": check21,
  "actionFlows": check33,
};
export const nodePropsChecks: Readonly<Record<"Container" | "Text" | "Button" | "Input" | "Image" | "List", Check>> = {
  "Container": check34,
  "Text": check35,
  "Button": check36,
  "Input": check37,
  "Image": check38,
  "List": check39,
};

const PATTERN_0 = new RegExp("^[A-Za-z0-9_-]{1,64}$");
const PATTERN_1 = new RegExp("\\S");
const PATTERN_2 = new RegExp("^[A-Za-z_$][A-Za-z0-9_$]{0,63}$");

function check0(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_name = o.name;
  if (!(typeof p_name === 'string' && p_name.length >= 1 && p_name.length <= 200 && PATTERN_1.test(p_name))) return false;
  const p_description = o.description;
  if (p_description !== undefined && !(typeof p_description === 'string' && p_description.length <= 2000)) return false;
  const p_createdAt = o.createdAt;
  if (!(typeof p_createdAt === 'string' && isIsoDateTime(p_createdAt))) return false;
  const p_updatedAt = o.updatedAt;
  if (!(typeof p_updatedAt === 'string' && isIsoDateTime(p_updatedAt))) return false;
  const keys = Object.getOwnPropertyNames(o);
  for (const key of keys) if (key !== "id" && key !== "name" && key !== "description" && key !== "createdAt" && key !== "updatedAt") return false;
  return true;
}

function check1(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {
    return false;
  }
  return true;
}

function check2(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_selectedNodeId = o.selectedNodeId;
  if (p_selectedNodeId !== undefined && !(typeof p_selectedNodeId === 'string' && PATTERN_0.test(p_selectedNodeId))) return false;
  const p_panels = o.panels;
  if (p_panels !== undefined && !(check1(p_panels))) return false;
  const keys = Object.getOwnPropertyNames(o);
  for (const key of keys) if (key !== "selectedNodeId" && key !== "panels") return false;
  return true;
}

function check3(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {
    return false;
  }
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (!(typeof item === 'number' && Number.isInteger(item) && item >= 1) && PATTERN_2.test(key)) return false;
  }
  return true;
}

function check4(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_schemaVersion = o.schemaVersion;
  if (!(p_schemaVersion === 1)) return false;
  const p_meta = o.meta;
  if (!(check0(p_meta))) return false;
  const p_componentTree = o.componentTree;
  if (!(check1(p_componentTree))) return false;
  const p_variables = o.variables;
  if (!(check1(p_variables))) return false;
  const p_entityModels = o.entityModels;
  if (!(check1(p_entityModels))) return false;
  const p_actionFlows = o.actionFlows;
  if (!(check1(p_actionFlows))) return false;
  const p_ui = o.ui;
  if (p_ui !== undefined && !(check2(p_ui))) return false;
  const p_domainVersions = o.domainVersions;
  if (p_domainVersions !== undefined && !(check3(p_domainVersions))) return false;
  return true;
}

function check5(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (p_id !== undefined && !(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_name = o.name;
  if (!(typeof p_name === 'string' && p_name.length >= 1 && p_name.length <= 200 && PATTERN_1.test(p_name))) return false;
  const p_description = o.description;
  if (p_description !== undefined && !(typeof p_description === 'string' && p_description.length <= 2000)) return false;
  const p_createdAt = o.createdAt;
  if (p_createdAt !== undefined && !(typeof p_createdAt === 'string' && isIsoDateTime(p_createdAt))) return false;
  const p_updatedAt = o.updatedAt;
  if (p_updatedAt !== undefined && !(typeof p_updatedAt === 'string' && isIsoDateTime(p_updatedAt))) return false;
  const keys = Object.getOwnPropertyNames(o);
  for (const key of keys) if (key !== "id" && key !== "name" && key !== "description" && key !== "createdAt" && key !== "updatedAt") return false;
  return true;
}

function check6(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_schemaVersion = o.schemaVersion;
  if (!(p_schemaVersion === 1)) return false;
  const p_meta = o.meta;
  if (!(check5(p_meta))) return false;
  const p_componentTree = o.componentTree;
  if (!(check1(p_componentTree))) return false;
  const p_variables = o.variables;
  if (!(check1(p_variables))) return false;
  const p_entityModels = o.entityModels;
  if (!(check1(p_entityModels))) return false;
  const p_actionFlows = o.actionFlows;
  if (!(check1(p_actionFlows))) return false;
  const p_ui = o.ui;
  if (p_ui !== undefined && !(check2(p_ui))) return false;
  const p_domainVersions = o.domainVersions;
  if (p_domainVersions !== undefined && !(check3(p_domainVersions))) return false;
  return true;
}

function check7(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!(typeof item === 'string' && PATTERN_0.test(item))) return false;
  return true;
}

function check8(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_type = o.type;
  if (!(typeof p_type === 'string' && PATTERN_2.test(p_type))) return false;
  const p_name = o.name;
  if (p_name !== undefined && !(typeof p_name === 'string' && p_name.length >= 1 && p_name.length <= 200 && PATTERN_1.test(p_name))) return false;
  const p_props = o.props;
  if (!(check1(p_props))) return false;
  const p_children = o.children;
  if (!(check7(p_children))) return false;
  const p_parentId = o.parentId;
  if (!((typeof p_parentId === 'string' && PATTERN_0.test(p_parentId) || p_parentId === null))) return false;
  const keys = Object.getOwnPropertyNames(o);
  for (const key of keys) if (key !== "id" && key !== "type" && key !== "name" && key !== "props" && key !== "children" && key !== "parentId") return false;
  return true;
}

function check9(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {
    return false;
  }
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (!(check8(item)) && PATTERN_0.test(key)) return false;
  }
  for (const key of Object.getOwnPropertyNames(value)) if (!PATTERN_0.test(key)) return false;
  return true;
}

function check10(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_nodes = o.nodes;
  if (!(check9(p_nodes))) return false;
  const p_rootIds = o.rootIds;
  if (!(check7(p_rootIds))) return false;
  const keys = Object.getOwnPropertyNames(o);
  if (keys.length === 2) return true;
  for (const key of keys) if (key !== "nodes" && key !== "rootIds") return false;
  return true;
}

function check11(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_name = o.name;
  if (!(typeof p_name === 'string' && PATTERN_2.test(p_name))) return false;
  const p_type = o.type;
  if (!((p_type === "string" || p_type === "number" || p_type === "boolean" || p_type === "object" || p_type === "array"))) return false;
  if (!("defaultValue" in o)) return false;
  const p_description = o.description;
  if (p_description !== undefined && !(typeof p_description === 'string' && p_description.length <= 2000)) return false;
  const keys = Object.getOwnPropertyNames(o);
  for (const key of keys) if (key !== "id" && key !== "name" && key !== "type" && key !== "defaultValue" && key !== "description") return false;
  return true;
}

function check12(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {
    return false;
  }
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (!(check11(item)) && PATTERN_0.test(key)) return false;
  }
  for (const key of Object.getOwnPropertyNames(value)) if (!PATTERN_0.test(key)) return false;
  return true;
}

function check13(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_entities = o.entities;
  if (!(check12(p_entities))) return false;
  const p_ids = o.ids;
  if (!(check7(p_ids))) return false;
  const p_values = o.values;
  if (p_values !== undefined && !(check1(p_values))) return false;
  const keys = Object.getOwnPropertyNames(o);
  for (const key of keys) if (key !== "entities" && key !== "ids" && key !== "values") return false;
  return true;
}

function check14(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_name = o.name;
  if (!(typeof p_name === 'string' && PATTERN_2.test(p_name))) return false;
  const p_required = o.required;
  if (!(typeof p_required === 'boolean')) return false;
  const p_type = o.type;
  if (!((p_type === "string" || p_type === "number" || p_type === "boolean" || p_type === "date"))) return false;
  const keys = Object.getOwnPropertyNames(o);
  if (keys.length === 4) return true;
  for (const key of keys) if (key !== "id" && key !== "name" && key !== "required" && key !== "type") return false;
  return true;
}

function check15(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  if (value.length < 1) return false;
  for (const item of value) if (!(typeof item === 'string' && item.length >= 1)) return false;
  return true;
}

function check16(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_name = o.name;
  if (!(typeof p_name === 'string' && PATTERN_2.test(p_name))) return false;
  const p_required = o.required;
  if (!(typeof p_required === 'boolean')) return false;
  const p_type = o.type;
  if (!(p_type === "enum")) return false;
  const p_values = o.values;
  if (!(check15(p_values))) return false;
  const keys = Object.getOwnPropertyNames(o);
  if (keys.length === 5) return true;
  for (const key of keys) if (key !== "id" && key !== "name" && key !== "required" && key !== "type" && key !== "values") return false;
  return true;
}

function check17(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_name = o.name;
  if (!(typeof p_name === 'string' && PATTERN_2.test(p_name))) return false;
  const p_required = o.required;
  if (!(typeof p_required === 'boolean')) return false;
  const p_type = o.type;
  if (!(p_type === "reference")) return false;
  const p_modelId = o.modelId;
  if (!(typeof p_modelId === 'string' && PATTERN_0.test(p_modelId))) return false;
  const keys = Object.getOwnPropertyNames(o);
  if (keys.length === 5) return true;
  for (const key of keys) if (key !== "id" && key !== "name" && key !== "required" && key !== "type" && key !== "modelId") return false;
  return true;
}

function check18(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!((check14(item) || check16(item) || check17(item)))) return false;
  return true;
}

function check19(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_name = o.name;
  if (!(typeof p_name === 'string' && PATTERN_2.test(p_name))) return false;
  const p_fields = o.fields;
  if (!(check18(p_fields))) return false;
  const keys = Object.getOwnPropertyNames(o);
  if (keys.length === 3) return true;
  for (const key of keys) if (key !== "id" && key !== "name" && key !== "fields") return false;
  return true;
}

function check20(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {
    return false;
  }
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (!(check19(item)) && PATTERN_0.test(key)) return false;
  }
  for (const key of Object.getOwnPropertyNames(value)) if (!PATTERN_0.test(key)) return false;
  return true;
}

function check21(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_entities = o.entities;
  if (!(check20(p_entities))) return false;
  const p_ids = o.ids;
  if (!(check7(p_ids))) return false;
  const keys = Object.getOwnPropertyNames(o);
  if (keys.length === 2) return true;
  for (const key of keys) if (key !== "entities" && key !== "ids") return false;
  return true;
}

function check23(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_kind = o.kind;
  if (!(p_kind === "setVariable")) return false;
  const p_variableId = o.variableId;
  if (!(typeof p_variableId === 'string' && PATTERN_0.test(p_variableId))) return false;
  const p_value = o.value;
  if (!(typeof p_value === 'string' && p_value.length <= 10000)) return false;
  const keys = Object.getOwnPropertyNames(o);
  if (keys.length === 4) return true;
  for (const key of keys) if (key !== "id" && key !== "kind" && key !== "variableId" && key !== "value") return false;
  return true;
}

function check24(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_kind = o.kind;
  if (!(p_kind === "showToast")) return false;
  const p_message = o.message;
  if (!(typeof p_message === 'string' && p_message.length <= 10000)) return false;
  const keys = Object.getOwnPropertyNames(o);
  if (keys.length === 3) return true;
  for (const key of keys) if (key !== "id" && key !== "kind" && key !== "message") return false;
  return true;
}

function check25(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_kind = o.kind;
  if (!(p_kind === "navigate")) return false;
  const p_url = o.url;
  if (!(typeof p_url === 'string' && p_url.length <= 10000)) return false;
  const keys = Object.getOwnPropertyNames(o);
  if (keys.length === 3) return true;
  for (const key of keys) if (key !== "id" && key !== "kind" && key !== "url") return false;
  return true;
}

function check26(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_kind = o.kind;
  if (!(p_kind === "request")) return false;
  const p_method = o.method;
  if (!((p_method === "GET" || p_method === "POST" || p_method === "PUT" || p_method === "PATCH" || p_method === "DELETE"))) return false;
  const p_url = o.url;
  if (!(typeof p_url === 'string' && p_url.length <= 10000)) return false;
  const p_body = o.body;
  if (p_body !== undefined && !(typeof p_body === 'string' && p_body.length <= 10000)) return false;
  const p_resultVariableId = o.resultVariableId;
  if (p_resultVariableId !== undefined && !(typeof p_resultVariableId === 'string' && PATTERN_0.test(p_resultVariableId))) return false;
  const keys = Object.getOwnPropertyNames(o);
  for (const key of keys) if (key !== "id" && key !== "kind" && key !== "method" && key !== "url" && key !== "body" && key !== "resultVariableId") return false;
  return true;
}

function check27(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!(check22(item))) return false;
  return true;
}

function check28(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_kind = o.kind;
  if (!(p_kind === "if")) return false;
  const p_variableId = o.variableId;
  if (!(typeof p_variableId === 'string' && PATTERN_0.test(p_variableId))) return false;
  const p_comparison = o.comparison;
  if (!((p_comparison === "==" || p_comparison === "!=" || p_comparison === "<" || p_comparison === "<=" || p_comparison === ">" || p_comparison === ">="))) return false;
  const p_value = o.value;
  if (!(typeof p_value === 'string' && p_value.length <= 10000)) return false;
  const p_thenSteps = o.thenSteps;
  if (!(check27(p_thenSteps))) return false;
  const p_elseSteps = o.elseSteps;
  if (!(check27(p_elseSteps))) return false;
  const keys = Object.getOwnPropertyNames(o);
  if (keys.length === 7) return true;
  for (const key of keys) if (key !== "id" && key !== "kind" && key !== "variableId" && key !== "comparison" && key !== "value" && key !== "thenSteps" && key !== "elseSteps") return false;
  return true;
}

function check22(value: unknown): boolean {
  return (check23(value) || check24(value) || check25(value) || check26(value) || check28(value));
}

function check29(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_name = o.name;
  if (!(typeof p_name === 'string' && p_name.length >= 1 && p_name.length <= 200 && PATTERN_1.test(p_name))) return false;
  const p_steps = o.steps;
  if (!(check27(p_steps))) return false;
  const keys = Object.getOwnPropertyNames(o);
  if (keys.length === 3) return true;
  for (const key of keys) if (key !== "id" && key !== "name" && key !== "steps") return false;
  return true;
}

function check30(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {
    return false;
  }
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (!(check29(item)) && PATTERN_0.test(key)) return false;
  }
  for (const key of Object.getOwnPropertyNames(value)) if (!PATTERN_0.test(key)) return false;
  return true;
}

function check31(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_nodeId = o.nodeId;
  if (!(typeof p_nodeId === 'string' && PATTERN_0.test(p_nodeId))) return false;
  const p_event = o.event;
  if (!(typeof p_event === 'string' && PATTERN_2.test(p_event))) return false;
  const p_flowId = o.flowId;
  if (!(typeof p_flowId === 'string' && PATTERN_0.test(p_flowId))) return false;
  const keys = Object.getOwnPropertyNames(o);
  if (keys.length === 4) return true;
  for (const key of keys) if (key !== "id" && key !== "nodeId" && key !== "event" && key !== "flowId") return false;
  return true;
}

function check32(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!(check31(item))) return false;
  return true;
}

function check33(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_flows = o.flows;
  if (!(check30(p_flows))) return false;
  const p_bindings = o.bindings;
  if (!(check32(p_bindings))) return false;
  const keys = Object.getOwnPropertyNames(o);
  if (keys.length === 2) return true;
  for (const key of keys) if (key !== "flows" && key !== "bindings") return false;
  return true;
}

function check34(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_direction = o.direction;
  if (p_direction !== undefined && !((p_direction === "column" || p_direction === "row"))) return false;
  const p_gap = o.gap;
  if (p_gap !== undefined && !(typeof p_gap === 'number' && Number.isInteger(p_gap) && p_gap >= 0 && p_gap <= 200)) return false;
  const p_padding = o.padding;
  if (p_padding !== undefined && !(typeof p_padding === 'number' && Number.isInteger(p_padding) && p_padding >= 0 && p_padding <= 200)) return false;
  const keys = Object.getOwnPropertyNames(o);
  for (const key of keys) if (key !== "direction" && key !== "gap" && key !== "padding") return false;
  return true;
}

function check35(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_content = o.content;
  if (p_content !== undefined && !(typeof p_content === 'string' && p_content.length <= 10000)) return false;
  const p_variant = o.variant;
  if (p_variant !== undefined && !((p_variant === "heading" || p_variant === "subheading" || p_variant === "body"))) return false;
  const keys = Object.getOwnPropertyNames(o);
  for (const key of keys) if (key !== "content" && key !== "variant") return false;
  return true;
}

function check36(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_label = o.label;
  if (p_label !== undefined && !(typeof p_label === 'string' && p_label.length <= 10000)) return false;
  const p_variant = o.variant;
  if (p_variant !== undefined && !((p_variant === "primary" || p_variant === "secondary" || p_variant === "link"))) return false;
  const keys = Object.getOwnPropertyNames(o);
  for (const key of keys) if (key !== "label" && key !== "variant") return false;
  return true;
}

function check37(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_label = o.label;
  if (p_label !== undefined && !(typeof p_label === 'string' && p_label.length <= 10000)) return false;
  const p_placeholder = o.placeholder;
  if (p_placeholder !== undefined && !(typeof p_placeholder === 'string' && p_placeholder.length <= 500)) return false;
  const p_variable = o.variable;
  if (p_variable !== undefined && !(typeof p_variable === 'string' && PATTERN_0.test(p_variable))) return false;
  const keys = Object.getOwnPropertyNames(o);
  for (const key of keys) if (key !== "label" && key !== "placeholder" && key !== "variable") return false;
  return true;
}

function check38(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_src = o.src;
  if (p_src !== undefined && !(typeof p_src === 'string' && p_src.length <= 2000)) return false;
  const p_alt = o.alt;
  if (p_alt !== undefined && !(typeof p_alt === 'string' && p_alt.length <= 10000)) return false;
  const keys = Object.getOwnPropertyNames(o);
  for (const key of keys) if (key !== "src" && key !== "alt") return false;
  return true;
}

function check39(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const p_items = o.items;
  if (p_items !== undefined && !(typeof p_items === 'string' && PATTERN_0.test(p_items))) return false;
  const keys = Object.getOwnPropertyNames(o);
  for (const key of keys) if (key !== "items") return false;
  return true;
}
