import type { Migration } from '@egov/db';

export const kpisMigrations: Migration[] = [
  {
    id: 'kpis/001-periods-indicators-observations',
    sql: `
      create table periods (
        code text primary key check (code ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'),
        starts_on date not null,
        ends_on date not null,
        label_vi text not null,
        label_en text not null,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (starts_on <= ends_on)
      );

      create table indicators (
        code text primary key check (code ~ '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$'),
        name_vi text not null,
        name_en text not null,
        field text not null check (field in ('publishing', 'it', 'post', 'telecom', 'inspection')),
        unit_vi text not null,
        unit_en text not null,
        measure text not null check (measure in ('count', 'percent', 'per_100_inhabitants', 'inhabitants_per_point', 'amount_vnd')),
        direction text not null check (direction in ('higher_is_better', 'lower_is_better', 'neutral')),
        definition_vi text not null,
        definition_en text not null,
        legal_basis text,
        base_indicator_code text references indicators (code),
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (base_indicator_code is null or base_indicator_code <> code),
        check (base_indicator_code is null or measure in ('per_100_inhabitants', 'inhabitants_per_point'))
      );
      create index indicators_field_idx on indicators (field);

      create table observations (
        id integer generated always as identity primary key,
        indicator_code text not null references indicators (code),
        period text not null references periods (code),
        area_code text not null references administrative_areas (code),
        value numeric not null check (value >= 0),
        numerator numeric check (numerator >= 0 and numerator = trunc(numerator)),
        denominator numeric check (denominator > 0 and denominator = trunc(denominator)),
        target numeric check (target >= 0),
        status text not null check (status in ('provisional', 'final')),
        source_quote text not null,
        fact_id text check (fact_id ~ '^F[0-9]{2,3}$'),
        owner_unit_code text references units (code),
        note_vi text,
        note_en text,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (indicator_code, period, area_code),
        check ((numerator is null) = (denominator is null)),
        check (numerator is null or numerator <= denominator)
      );
      create index observations_period_area_idx on observations (period, area_code);
      create index observations_owner_idx on observations (owner_unit_code);
    `,
  },
  {
    id: 'kpis/002-observation-order-index',
    sql: `
      -- Figures are read page by page in this order (period, area, source fact, id): the index lets a
      -- page read its own rows; it also serves what observations_period_area_idx served.
      create index observations_page_order_idx on observations (period, area_code, (fact_id is null), (coalesce(fact_id, '')), id);
      drop index observations_period_area_idx;
    `,
  },
  {
    id: 'kpis/003-period-publication',
    sql: `
      -- A period is opened (figures may be recorded for it) and published (the public sees it and
      -- it may become the default of the public pages) as two separate acts of a statistician.
      alter table periods
        add column published_at timestamptz,
        add column published_by text,
        add check ((published_at is null) = (published_by is null));

      -- Periods that already hold figures were public until now and stay so; the dossier register's
      -- own counts (which open a half year by themselves) do not make a period public.
      update periods p
         set published_at = now(), published_by = 'migration'
       where exists (
         select 1 from observations o
          where o.period = p.code
            and not (o.fact_id is null and o.source_quote = 'Đếm từ sổ hồ sơ thủ tục hành chính của Cổng: mỗi hồ sơ được ghi nhận qua dịch vụ bưu chính công ích cộng vào kỳ báo cáo của ngày ghi nhận.')
       );
    `,
  },
];
