import { ginWithoutPendingListSql, type Migration } from '@egov/db';

/**
 * Folds the recipient names of stored awards as `normalizeVietnamese` folds Vietnamese (case,
 * diacritics and đ gone, words of letters and digits between single spaces); the repository folds
 * every later write in JavaScript. Exported for the scale benchmark, which writes awards in SQL.
 */
export const foldExistingAwards = `update awards set recipient_folded =
        btrim(regexp_replace(lower(translate(regexp_replace(normalize(coalesce(recipient_name, ''), NFKD), '[\\u0300-\\u036f]', '', 'g'), 'Đđ', 'dd')), '[^a-z0-9]+', ' ', 'g'));`;

export const awardsMigrations: Migration[] = [
  {
    id: 'awards/001-awards',
    sql: `
      create table awards (
        id uuid primary key default gen_random_uuid(),
        fact_id text unique check (fact_id ~ '^F[0-9]{2,3}$'),
        kind text not null check (kind in ('certificate_of_merit', 'commendation')),
        conferred_by text not null check (conferred_by in ('prime_minister', 'minister', 'provincial_chairman',
          'department_director', 'district_chairman', 'commune_chairman')),
        level text not null check (level in ('national', 'ministerial', 'provincial', 'department', 'district', 'commune')),
        recipient_kind text not null check (recipient_kind in ('collective', 'individual', 'group')),
        recipient_unit_code text references units (code),
        recipient_name text,
        collectives_count integer check (collectives_count >= 0),
        individuals_count integer check (individuals_count >= 0),
        reason_vi text not null,
        reason_en text,
        covered_from_year integer,
        covered_to_year integer,
        conferred_on date not null,
        period text not null check (period ~ '^[0-9]{4}(-(H[12]|Q[1-4]))?$'),
        source_quote text,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint awards_recipient_check check (case recipient_kind
          when 'group' then collectives_count is not null and individuals_count is not null
            and collectives_count + individuals_count > 0
          when 'individual' then recipient_name is not null and collectives_count is null and individuals_count is null
          else (recipient_unit_code is not null or recipient_name is not null)
            and collectives_count is null and individuals_count is null
        end),
        constraint awards_covered_to_year_check check (covered_from_year is null or covered_to_year is null
          or covered_from_year <= covered_to_year)
      );
      create index awards_recipient_unit_idx on awards (recipient_unit_code);
      create index awards_period_idx on awards (period, conferred_on);
    `,
  },
  {
    id: 'awards/002-list-order-indexes',
    sql: `
      -- Awards are read page by page, latest or oldest day first, ties in the list's own order
      -- (by source fact, then as recorded): an index on each order lets a page read only its rows.
      create index awards_latest_idx on awards (conferred_on desc, (fact_id is null), (coalesce(fact_id, '')), created_at, id);
      create index awards_oldest_idx on awards (conferred_on, (fact_id is null), (coalesce(fact_id, '')), created_at, id);
    `,
  },
  {
    id: 'awards/003-recipient-search',
    sql: `
      -- The recipient search: the folded name, whose words a GIN index finds by prefix. The unit's
      -- name is not copied here (a unit may be renamed): the search asks the few units whose names
      -- hold a query word, and reads their awards by awards_recipient_unit_idx.
      alter table awards add column recipient_folded text;
      ${foldExistingAwards}
      alter table awards alter column recipient_folded set not null;
      create index awards_recipient_search_idx on awards using gin (to_tsvector('simple', recipient_folded));
    `,
  },
  {
    id: 'awards/004-totals',
    // The register's totals without reading its awards: per period, kind and level (a few rows a
    // half-year), kept by statement-level triggers in the writer's transaction. A filter by those
    // columns sums a few rows; one by recipient unit still counts its awards. Rows are locked in
    // key order, so two writers moving awards between the same keys wait rather than deadlock.
    sql: `
      create table award_totals (
        period text not null,
        kind text not null,
        level text not null,
        awards bigint not null,
        collectives bigint not null,
        individuals bigint not null,
        primary key (period, kind, level)
      );
      -- As recipientsOf (@egov/awards-model) counts them: a collective or an individual is one, a group its counts.
      create function award_recipients(recipient_kind text, counted integer, single text) returns bigint
        language sql immutable parallel safe
        as $$ select case when recipient_kind = single then 1 when recipient_kind = 'group' then coalesce(counted, 0) else 0 end $$;
      insert into award_totals
        select period, kind, level, count(*), sum(award_recipients(recipient_kind, collectives_count, 'collective')),
          sum(award_recipients(recipient_kind, individuals_count, 'individual'))
        from awards group by period, kind, level;
      -- Adds changes (rows of award_totals, awards +1 or -1) to the totals, in key order.
      create function award_totals_add(changes award_totals[]) returns void language sql as $$
        insert into award_totals as t
          select period, kind, level, sum(awards), sum(collectives), sum(individuals)
          from unnest(changes) group by period, kind, level order by period, kind, level
        on conflict (period, kind, level) do update set awards = t.awards + excluded.awards,
          collectives = t.collectives + excluded.collectives, individuals = t.individuals + excluded.individuals
      $$;
      create function award_totals_apply() returns trigger language plpgsql as $$
        declare
          changes award_totals[] := '{}';
        begin
          if tg_op = 'TRUNCATE' then
            delete from award_totals;
            return null;
          end if;
          -- A transition table exists only for the operations that have it. One call with both
          -- sides of an update, so its rows are locked in one key order.
          if tg_op in ('UPDATE', 'DELETE') then
            changes := changes || array(select row(period, kind, level, -1,
              -award_recipients(recipient_kind, collectives_count, 'collective'), -award_recipients(recipient_kind, individuals_count, 'individual'))::award_totals
              from old_rows);
          end if;
          if tg_op in ('INSERT', 'UPDATE') then
            changes := changes || array(select row(period, kind, level, 1,
              award_recipients(recipient_kind, collectives_count, 'collective'), award_recipients(recipient_kind, individuals_count, 'individual'))::award_totals
              from new_rows);
          end if;
          perform award_totals_add(changes);
          return null;
        end
      $$;
      create trigger award_totals_insert after insert on awards
        referencing new table as new_rows for each statement execute function award_totals_apply();
      create trigger award_totals_update after update on awards
        referencing old table as old_rows new table as new_rows for each statement execute function award_totals_apply();
      create trigger award_totals_delete after delete on awards
        referencing old table as old_rows for each statement execute function award_totals_apply();
      create trigger award_totals_truncate after truncate on awards
        for each statement execute function award_totals_apply();
    `,
  },
  {
    // Every search looked through the index's pending list: up to 300 pages a word until a vacuum.
    id: 'awards/005-search-index-without-pending-list',
    sql: ginWithoutPendingListSql(['awards_recipient_search_idx']),
  },
];
