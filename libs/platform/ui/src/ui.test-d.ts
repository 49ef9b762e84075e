import { describe, expectTypeOf, it } from 'vitest';
import type {
  ButtonProps,
  DataTableColumn,
  DataTableProps,
  FieldControlProps,
  FormFieldProps,
  PaginationProps,
  TableSort,
} from './index';

interface Licence {
  id: string;
  holder: string;
  issuedAt: Date;
}

describe('the types a remote writes against', () => {
  it('hands each column the row type of the table', () => {
    expectTypeOf<Parameters<DataTableColumn<Licence>['cell']>[0]>().toEqualTypeOf<Licence>();
    const byDate: DataTableColumn<Licence> = {
      key: 'issuedAt',
      header: 'Ngày cấp',
      cell: (row) => row.issuedAt.getFullYear(),
      sortValue: (row) => row.issuedAt,
    };

    // @ts-expect-error a column cannot read a field the row does not have
    const wrong: DataTableColumn<Licence> = { key: 'x', header: 'X', cell: (row) => row.number };
    // @ts-expect-error rows sort by text, numbers or dates, not by objects
    const unsortable: DataTableColumn<Licence> = { key: 'x', header: 'X', cell: () => '', sortValue: (row) => ({ row }) };
    void [byDate, wrong, unsortable];
  });

  it('requires a caption, and a sort that names a direction aria-sort knows', () => {
    // @ts-expect-error a table without a caption has no name
    const noCaption: DataTableProps<Licence> = { columns: [], rows: [], rowKey: (row) => row.id };
    // @ts-expect-error aria-sort speaks of ascending and descending
    const badSort: TableSort = { columnKey: 'holder', direction: 'asc' };
    void [noCaption, badSort];
  });

  it('gives a form field control the wiring it spreads on its input', () => {
    expectTypeOf<Parameters<FormFieldProps['children']>[0]>().toEqualTypeOf<FieldControlProps>();
    expectTypeOf<FieldControlProps['aria-invalid']>().toEqualTypeOf<true | undefined>();
  });

  it('builds pagination hrefs from page numbers', () => {
    expectTypeOf<PaginationProps['hrefForPage']>().toEqualTypeOf<(page: number) => string>();
  });

  it('knows the three button variants only', () => {
    expectTypeOf<NonNullable<ButtonProps['variant']>>().toEqualTypeOf<'primary' | 'secondary' | 'danger'>();
    // @ts-expect-error there is no link-styled button: use Link
    const linkButton: ButtonProps = { variant: 'link' };
    void linkButton;
  });
});
