import type { UnitFields } from './unit';

export interface UnitTreeNode<U extends UnitFields = UnitFields> {
  unit: U;
  children: UnitTreeNode<U>[];
}

/**
 * Arranges units as a forest under their parents, children by name (Vietnamese order).
 * A unit whose parent is not in the list is a root, so a partial list still forms a tree.
 */
export function buildUnitTree<U extends UnitFields>(units: readonly U[]): UnitTreeNode<U>[] {
  const nodes = new Map(units.map((unit) => [unit.code, { unit, children: [] as UnitTreeNode<U>[] }]));
  const roots: UnitTreeNode<U>[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentCode ? nodes.get(node.unit.parentCode) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const byName = (a: UnitTreeNode<U>, b: UnitTreeNode<U>) => a.unit.nameVi.localeCompare(b.unit.nameVi, 'vi');
  const sortDeep = (list: UnitTreeNode<U>[]) => {
    list.sort(byName);
    list.forEach((node) => sortDeep(node.children));
  };
  sortDeep(roots);
  return roots;
}

/**
 * The chain of parents of a unit, nearest first. Throws when the chain loops back on itself,
 * which would make the tree unprintable.
 */
export function ancestorsOf(code: string, parentOf: (code: string) => string | null | undefined): string[] {
  const chain: string[] = [];
  const seen = new Set([code]);
  for (let parent = parentOf(code); parent; parent = parentOf(parent)) {
    if (seen.has(parent)) throw new Error(`Unit "${code}" is its own ancestor through "${parent}"`);
    seen.add(parent);
    chain.push(parent);
  }
  return chain;
}
