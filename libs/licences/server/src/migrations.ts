import { ginWithoutPendingListSql, type Migration } from '@egov/db';

/**
 * Folds the searched fields of the licences already stored, as `normalizeVietnamese` folds
 * Vietnamese (decomposed, marks dropped, đ as d, lower case, anything but a-z and 0-9 a space), the
 * type's name included; the repository folds every later write itself. Loaders that insert rows
 * with SQL alone (the scale benchmark) run it too.
 */
export const foldExistingLicences = `update licences set search_folded = concat_ws(' | ',
        btrim(regexp_replace(lower(translate(regexp_replace(normalize(holder_name, NFKD), '[\\u0300-\\u036f]', '', 'g'), 'Đđ', 'dd')), '[^a-z0-9]+', ' ', 'g')),
        btrim(regexp_replace(lower(translate(regexp_replace(normalize(number, NFKD), '[\\u0300-\\u036f]', '', 'g'), 'Đđ', 'dd')), '[^a-z0-9]+', ' ', 'g')),
        btrim(regexp_replace(lower(translate(regexp_replace(normalize(subject_vi, NFKD), '[\\u0300-\\u036f]', '', 'g'), 'Đđ', 'dd')), '[^a-z0-9]+', ' ', 'g')),
        case type
          when 'bulletin_publishing' then 'giay phep xuat ban ban tin'
          when 'non_commercial_publication' then 'giay phep xuat ban tai lieu khong kinh doanh'
          else 'giay chung nhan du dieu kien hoat dong diem cung cap dich vu tro choi dien tu cong cong'
        end);`;

export const licencesMigrations: Migration[] = [
  {
    id: 'licences/001-licences',
    sql: `
      create table licences (
        id uuid primary key default gen_random_uuid(),
        type text not null check (type in ('bulletin_publishing', 'non_commercial_publication', 'game_service_point_certificate')),
        number text not null check (number <> ''),
        holder_name text not null,
        holder_address text,
        subject_vi text not null,
        issued_on date not null,
        valid_from date not null,
        valid_until date,
        revoked_on date,
        revocation_reason text,
        issuer_unit_code text not null references units (code),
        is_sample boolean not null default false,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint licences_type_number_key unique (type, number),
        constraint licences_valid_from_check check (valid_from >= issued_on),
        constraint licences_valid_until_check check (valid_until is null or valid_until >= valid_from),
        constraint licences_revoked_on_check check (revoked_on is null or revoked_on >= issued_on),
        constraint licences_revocation_reason_check check ((revoked_on is null) = (revocation_reason is null))
      );
      create index licences_issued_idx on licences (type, issued_on);
      create index licences_issuer_idx on licences (issuer_unit_code);
    `,
  },
  {
    // Pages of the register read only their rows: one index per order the list offers (latest
    // issued first, within a type, real or sample records), each ending in number and type.
    // A holder search reads the GIN index of the folded words the repository stores with each
    // licence; the rows already there are folded here as normalizeVietnamese folds Vietnamese
    // (decomposed, marks dropped, đ as d, lower case, anything but a-z and 0-9 a space), the
    // type's name included.
    id: 'licences/002-register-pages',
    sql: `
      create index licences_newest_idx on licences (issued_on, number, type);
      create index licences_type_newest_idx on licences (type, issued_on, number);
      create index licences_sample_newest_idx on licences (is_sample, issued_on, number, type);
      drop index licences_issued_idx;

      alter table licences add column search_folded text;
      ${foldExistingLicences}
      alter table licences alter column search_folded set not null;
      create index licences_search_idx on licences using gin (to_tsvector('simple', search_folded));
    `,
  },
  {
    // A search ranks its matches by what each query word is in each field (a whole word or a
    // word's start) and by the fields holding the whole phrase. The fields' words are stored once
    // as a tsvector: each word as it is, which the matches are found by (every query word starts
    // one), and again named by its field (_h holder, _n number, _s subject, _t type; no word starts
    // with "_") at its position, so the score asks a few tsquery questions of each match and the
    // GIN index says at once whether any licence has a word in a field (what the best score of a
    // query can be). Built from the folded words themselves, not by a text parser, so its lexemes
    // are exactly the words of @egov/text. It replaces the index of the parsed folded text.
    id: 'licences/003-search-words',
    sql: `
      create function licence_search_words(folded text) returns tsvector language sql immutable parallel safe as $fn$
        select coalesce(string_agg(format('%L %L:%s', word, label || word, position), ' ' order by position), '')::tsvector
        from (
          select word, (array['_h', '_n', '_s', '_t'])[field.n] as label,
            row_number() over (order by field.n, words.n) as position
          from unnest(string_to_array(folded, ' | ')) with ordinality as field (text, n),
            unnest(string_to_array(field.text, ' ')) with ordinality as words (word, n)
          where word <> ''
        ) as placed
      $fn$;
      alter table licences add column search_words tsvector generated always as (licence_search_words(search_folded)) stored;
      create index licences_search_words_idx on licences using gin (search_words);
      drop index licences_search_idx;
    `,
  },
  {
    // The register's counts and change marks without reading it: per type and sample flag, how
    // many licences, the sum of their versions and the latest write, kept by statement-level
    // triggers in the writer's transaction (rows locked in key order: writers wait, never
    // deadlock). The register's total, a type's or the samples' sum a few rows; the open-data
    // download's change stamp (KeptMarks of @egov/db) too. The latest write only grows: a licence
    // is never deleted, and a deletion still changes the count.
    id: 'licences/004-register-counts',
    sql: `
      create table licence_counts (
        type text not null,
        is_sample boolean not null,
        row_count bigint not null,
        version_sum bigint not null,
        last_change timestamptz,
        primary key (type, is_sample)
      );
      insert into licence_counts select type, is_sample, count(*), sum(version), max(updated_at) from licences group by type, is_sample;
      -- Adds changes (rows of licence_counts, row_count +1 or -1) to the counts, in key order.
      create function licence_counts_add(changes licence_counts[]) returns void language sql as $$
        insert into licence_counts as c
          select type, is_sample, sum(row_count), sum(version_sum), max(last_change)
          from unnest(changes) group by type, is_sample order by type, is_sample
        on conflict (type, is_sample) do update set row_count = c.row_count + excluded.row_count,
          version_sum = c.version_sum + excluded.version_sum,
          last_change = greatest(c.last_change, excluded.last_change)
      $$;
      create function licence_counts_apply() returns trigger language plpgsql as $$
        declare
          changes licence_counts[] := '{}';
        begin
          if tg_op = 'TRUNCATE' then
            update licence_counts set row_count = 0, version_sum = 0;
            return null;
          end if;
          -- A transition table exists only for the operations that have it. One call with both
          -- sides of an update, so its rows are locked in one key order.
          if tg_op in ('UPDATE', 'DELETE') then
            changes := changes || array(select row(type, is_sample, -1, -version, null)::licence_counts from old_rows);
          end if;
          if tg_op in ('INSERT', 'UPDATE') then
            changes := changes || array(select row(type, is_sample, 1, version, updated_at)::licence_counts from new_rows);
          end if;
          perform licence_counts_add(changes);
          return null;
        end
      $$;
      create trigger licence_counts_insert after insert on licences
        referencing new table as new_rows for each statement execute function licence_counts_apply();
      create trigger licence_counts_update after update on licences
        referencing old table as old_rows new table as new_rows for each statement execute function licence_counts_apply();
      create trigger licence_counts_delete after delete on licences
        referencing old table as old_rows for each statement execute function licence_counts_apply();
      create trigger licence_counts_truncate after truncate on licences
        for each statement execute function licence_counts_apply();
    `,
  },
  {
    // Every search looked through the index's pending list: up to 300 pages a word until a vacuum.
    id: 'licences/005-search-index-without-pending-list',
    sql: ginWithoutPendingListSql(['licences_search_words_idx']),
  },
];
