import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UnitFields } from './unit';
import { ancestorsOf, buildUnitTree, type UnitTreeNode } from './unit-tree';

const unit = (code: string, nameVi: string, parentCode: string | null): UnitFields => ({
  code,
  kind: 'division',
  nameVi,
  nameEn: nameVi,
  parentCode,
  areaCode: null,
  descriptionVi: null,
  website: null,
  sourceQuote: null,
});

const flatten = (nodes: UnitTreeNode[], parent: string | null = null): Array<[string, string | null]> =>
  nodes.flatMap((node) => [[node.unit.code, parent] as [string, string | null], ...flatten(node.children, node.unit.code)]);

describe('buildUnitTree', () => {
  it('puts divisions under the department, by Vietnamese name', () => {
    const tree = buildUnitTree([
      unit('ttr', 'Thanh tra Sở', 'so'),
      unit('so', 'Sở Thông tin và Truyền thông', null),
      unit('phong', 'Phòng Thông tin - Báo chí - Xuất bản', 'so'),
      unit('cuc', 'Cục Chứng thực số và Bảo mật Thông tin', null),
    ]);
    expect(tree.map((n) => n.unit.code)).toEqual(['cuc', 'so']);
    expect(tree[1]?.children.map((n) => n.unit.nameVi)).toEqual(['Phòng Thông tin - Báo chí - Xuất bản', 'Thanh tra Sở']);
  });

  it('places every unit once, under its parent when the parent is listed', () => {
    const forest = fc
      .array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 30 })
      // Unit i may only have a parent with a smaller index, so the input has no loops.
      .map((parents) => parents.map((p, i) => unit(`u${i}`, `Đơn vị ${i}`, i === 0 || p >= i ? null : `u${p}`)));
    fc.assert(
      fc.property(forest, fc.boolean(), (units, dropSome) => {
        const listed = dropSome ? units.filter((_, i) => i % 3 !== 1) : units;
        const placed = flatten(buildUnitTree(listed));
        expect(placed.map(([code]) => code).sort()).toEqual(listed.map((u) => u.code).sort());
        const codes = new Set(listed.map((u) => u.code));
        for (const [code, parent] of placed) {
          const declared = listed.find((u) => u.code === code)!.parentCode;
          expect(parent).toBe(declared && codes.has(declared) ? declared : null);
        }
      }),
    );
  });
});

describe('ancestorsOf', () => {
  const parents: Record<string, string | null> = { ttr: 'so', so: null, a: 'b', b: 'a' };
  it('lists parents nearest first', () => {
    expect(ancestorsOf('ttr', (code) => parents[code])).toEqual(['so']);
    expect(ancestorsOf('so', (code) => parents[code])).toEqual([]);
  });
  it('refuses a loop', () => {
    expect(() => ancestorsOf('a', (code) => parents[code])).toThrow(/own ancestor/);
  });
});
