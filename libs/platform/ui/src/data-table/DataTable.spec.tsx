// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../internal/axe';
import { DataTable, type DataTableColumn } from './DataTable';

afterEach(cleanup);

interface District {
  id: string;
  name: string;
  population: number;
}

const districts: District[] = [
  { id: 'cl', name: 'Cao Lộc', population: 82_000 },
  { id: 'bs', name: 'Bắc Sơn', population: 73_000 },
  { id: 'ls', name: 'Thành phố Lạng Sơn', population: 103_000 },
  { id: 'as', name: 'An Sơn', population: 5_000 },
];

const columns: DataTableColumn<District>[] = [
  { key: 'name', header: 'Huyện', cell: (district) => district.name, rowHeader: true, sortValue: (district) => district.name },
  {
    key: 'population',
    header: 'Dân số',
    cell: (district) => district.population.toLocaleString('vi-VN'),
    numeric: true,
    sortValue: (district) => district.population,
  },
  { key: 'id', header: 'Mã', cell: (district) => district.id },
];

function firstColumn(): string[] {
  return screen.getAllByRole('rowheader').map((cell) => cell.textContent ?? '');
}

describe('DataTable', () => {
  it('is named by its caption and heads its columns and rows', () => {
    render(<DataTable caption="Dân số theo huyện" columns={columns} rows={districts} rowKey={(row) => row.id} />);
    const table = screen.getByRole('table', { name: 'Dân số theo huyện' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(['Huyện⇅', 'Dân số⇅', 'Mã']);
    expect(headers.every((header) => header.getAttribute('scope') === 'col')).toBe(true);
    expect(firstColumn()).toEqual(['Cao Lộc', 'Bắc Sơn', 'Thành phố Lạng Sơn', 'An Sơn']);
    expect(screen.getAllByRole('rowheader').every((cell) => cell.getAttribute('scope') === 'row')).toBe(true);
    // The scrolling wrapper is a named region a keyboard user can reach to scroll it.
    expect(screen.getByRole('region', { name: 'Dân số theo huyện' }).tabIndex).toBe(0);
  });

  it('marks numeric columns, headers included, to align right', () => {
    render(<DataTable caption="Dân số" columns={columns} rows={districts} rowKey={(row) => row.id} />);
    const populationHeader = screen.getByRole('columnheader', { name: /Dân số/ });
    const populationCell = screen.getByRole('cell', { name: '82.000' });
    const codeCell = screen.getByRole('cell', { name: 'cl' });
    expect(populationHeader.className).toBe(populationCell.className);
    expect(populationCell.className).not.toBe('');
    expect(codeCell.className).toBe('');
  });

  it('sorts by a column, ascending then descending, in Vietnamese order, with aria-sort on that column only', () => {
    render(<DataTable caption="Dân số" columns={columns} rows={districts} rowKey={(row) => row.id} />);
    const nameButton = screen.getByRole('button', { name: 'Huyện' });
    expect(screen.queryAllByRole('columnheader').filter((header) => header.hasAttribute('aria-sort'))).toEqual([]);

    fireEvent.click(nameButton);
    expect(screen.getByRole('columnheader', { name: 'Huyện' }).getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn()).toEqual(['An Sơn', 'Bắc Sơn', 'Cao Lộc', 'Thành phố Lạng Sơn']);

    fireEvent.click(nameButton);
    expect(screen.getByRole('columnheader', { name: 'Huyện' }).getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn()).toEqual(['Thành phố Lạng Sơn', 'Cao Lộc', 'Bắc Sơn', 'An Sơn']);

    fireEvent.click(screen.getByRole('button', { name: 'Dân số' }));
    expect(screen.getByRole('columnheader', { name: 'Huyện' }).hasAttribute('aria-sort')).toBe(false);
    expect(screen.getByRole('columnheader', { name: 'Dân số' }).getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn()).toEqual(['An Sơn', 'Bắc Sơn', 'Cao Lộc', 'Thành phố Lạng Sơn']);
    // Columns that cannot be sorted have no button.
    expect(screen.queryByRole('button', { name: 'Mã' })).toBeNull();
  });

  it('leaves sorting to the page when the page owns the sort (rows sorted by the server)', () => {
    const onSortChange = vi.fn();
    const serverColumns: DataTableColumn<District>[] = [
      { key: 'name', header: 'Huyện', cell: (district) => district.name, rowHeader: true, sortable: true },
    ];
    render(
      <DataTable
        caption="Dân số"
        columns={serverColumns}
        rows={districts}
        rowKey={(row) => row.id}
        sort={{ columnKey: 'name', direction: 'descending' }}
        onSortChange={onSortChange}
      />,
    );
    expect(screen.getByRole('columnheader', { name: 'Huyện' }).getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn()).toEqual(['Cao Lộc', 'Bắc Sơn', 'Thành phố Lạng Sơn', 'An Sơn']);
    fireEvent.click(screen.getByRole('button', { name: 'Huyện' }));
    expect(onSortChange).toHaveBeenCalledWith({ columnKey: 'name', direction: 'ascending' });
  });

  it('shows the given text across all columns when there are no rows', () => {
    render(<DataTable caption="Dân số" columns={columns} rows={[]} rowKey={(row) => row.id} emptyText="No data" />);
    const cell = screen.getByRole('cell', { name: 'No data' });
    expect(cell.getAttribute('colspan')).toBe('3');
  });

  it('has no axe violations, with rows, sorted, and empty', async () => {
    const { container } = render(
      <div>
        <DataTable
          caption="Dân số"
          columns={columns}
          rows={districts}
          rowKey={(row) => row.id}
          defaultSort={{ columnKey: 'population', direction: 'descending' }}
        />
        <DataTable caption="Trống" columns={columns} rows={[]} rowKey={(row) => row.id} />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
