// The checklist form names its inputs by path ("plan.actions.0.description"); this turns the
// flat form values back into the nested input the schema expects. Numbered segments become
// arrays in index order (gaps are kept as empty rows, so error paths still match the inputs).

const isIndex = (segment: string) => /^\d+$/.test(segment);

export function unflattenFormValues(values: Record<string, string>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(values)) {
    const segments = path.split(".");
    if (segments.some((segment) => segment === "" || segment === "__proto__" || segment === "constructor" || segment === "prototype")) continue;
    let node: Record<string, unknown> | unknown[] = root;
    segments.forEach((segment, position) => {
      const last = position === segments.length - 1;
      const key: string | number = Array.isArray(node) ? Number(segment) : segment;
      if (Array.isArray(node) && !isIndex(segment)) return;
      const container = node as Record<string | number, unknown>;
      if (last) {
        container[key] = value;
        return;
      }
      const nextIsIndex = isIndex(segments[position + 1] ?? "");
      const existing = container[key];
      if (existing === undefined || typeof existing !== "object" || existing === null || Array.isArray(existing) !== nextIsIndex) {
        container[key] = nextIsIndex ? [] : {};
      }
      node = container[key] as Record<string, unknown> | unknown[];
    });
  }
  return fillGaps(root) as Record<string, unknown>;
}

// Sparse arrays (a row with no fields sent) get empty entries, so array indices stay stable.
function fillGaps(node: unknown): unknown {
  if (Array.isArray(node)) {
    const empty = node.some((entry) => typeof entry === "object") ? {} : "";
    return Array.from({ length: node.length }, (_, index) => (index in node ? fillGaps(node[index]) : empty));
  }
  if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, fillGaps(child)]));
  return node;
}
