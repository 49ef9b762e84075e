import { ginWithoutPendingListSql, type Migration } from '@egov/db';

// Constraints are named `<short>_<column>_<kind>` so a refusal names the field it guards.
export const newsMigrations: Migration[] = [
  {
    id: 'news/001-articles',
    sql: `
      create table news_articles (
        id uuid primary key default gen_random_uuid(),
        slug text not null,
        title text not null,
        summary text not null,
        body_html text not null,
        state text not null,
        author_name text not null,
        author_unit_code text not null,
        author_person_id text,
        event_date date,
        first_published_at timestamptz,
        published_at timestamptz,
        change_note text,
        withdrawal_reason text,
        reports_period text,
        topics jsonb not null default '[]'::jsonb,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint article_slug_key unique (slug),
        constraint article_slug_check check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        constraint article_title_check check (length(btrim(title)) between 1 and 300),
        constraint article_state_check check (state in ('draft', 'published', 'withdrawn')),
        constraint article_published_at_check check (state = 'draft' or (published_at is not null and first_published_at is not null)),
        constraint article_body_html_check check (body_html !~* '<script|<[^>]*\\son[a-z]+\\s*='),
        constraint article_reports_period_check check (reports_period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'),
        constraint article_topics_check check (jsonb_typeof(topics) = 'array'),
        constraint article_author_unit_code_fkey foreign key (author_unit_code) references units (code),
        constraint article_author_person_id_fkey foreign key (author_person_id) references people (id)
      );
      create index news_articles_public_idx on news_articles (state, published_at desc, id desc);

      create table news_article_images (
        article_id uuid not null references news_articles (id) on delete cascade,
        position integer not null,
        file_name text not null,
        caption_vi text not null,
        alt_vi text not null,
        primary key (article_id, position),
        constraint image_position_check check (position >= 1),
        constraint image_file_name_check check (file_name ~ '^[A-Za-z0-9_.-]+$')
      );

      create table news_article_units (
        article_id uuid not null references news_articles (id) on delete cascade,
        unit_code text not null,
        -- The order the editor listed the units in.
        position integer not null,
        primary key (article_id, unit_code),
        constraint related_unit_code_fkey foreign key (unit_code) references units (code)
      );
      create index news_article_units_unit_idx on news_article_units (unit_code);
    `,
  },
  {
    id: 'news/002-search',
    // An article's search document (see search-document.ts), folded in JavaScript when the article is
    // written, with a copy of its state and publication time, so ranking many matches reads this
    // table alone. Its own table, so the audit trail and the lists (select *) never carry it.
    // Articles written before this migration get theirs from the repository on its first search.
    sql: `
      create table news_article_search (
        article_id uuid primary key references news_articles (id) on delete cascade,
        state text not null,
        published_at timestamptz,
        -- Every folded word of title (A), summary (B), topics (C) and body (D), with positions.
        document tsvector not null,
        -- Title, summary and topics alone: small, kept in the row (the document, larger, is stored
        -- apart), so ranking the many matches of a common word reads little.
        head tsvector not null
      );
      create index news_article_search_document_idx on news_article_search using gin (document);
    `,
  },
  {
    id: 'news/003-work-list',
    // The editors' work list (what the public does not see, last saved first) reads its drafts and
    // withdrawn articles from this index in order; its scheduled articles, the few published ones
    // whose time has not come, from news_articles_public_idx.
    sql: `
      create index news_articles_work_list_idx on news_articles (updated_at desc, id desc) where state <> 'published';
    `,
  },
  {
    id: 'news/004-visible-count',
    // The public list's total without counting its rows: the published articles, counted by a
    // statement-level trigger on every write, less those scheduled for later (few, read from
    // news_articles_public_idx at the time of the question). One row, so a writer that changes the
    // count holds it until its commit: concurrent publications wait for each other, none is lost.
    sql: `
      create table news_published_count (
        single boolean primary key default true,
        articles bigint not null,
        constraint published_count_single_check check (single)
      );
      insert into news_published_count (articles) select count(*) from news_articles where state = 'published';
      create function news_published_count_apply() returns trigger language plpgsql as $$
        declare
          delta bigint := 0;
        begin
          if tg_op = 'TRUNCATE' then
            update news_published_count set articles = 0;
            return null;
          end if;
          if tg_op in ('UPDATE', 'DELETE') then
            select delta - count(*) into delta from old_rows where state = 'published';
          end if;
          if tg_op in ('INSERT', 'UPDATE') then
            select delta + count(*) into delta from new_rows where state = 'published';
          end if;
          if delta <> 0 then
            update news_published_count set articles = articles + delta;
          end if;
          return null;
        end
      $$;
      create trigger news_published_count_insert after insert on news_articles
        referencing new table as new_rows for each statement execute function news_published_count_apply();
      create trigger news_published_count_update after update on news_articles
        referencing old table as old_rows new table as new_rows for each statement execute function news_published_count_apply();
      create trigger news_published_count_delete after delete on news_articles
        referencing old table as old_rows for each statement execute function news_published_count_apply();
      create trigger news_published_count_truncate after truncate on news_articles
        for each statement execute function news_published_count_apply();
    `,
  },
  {
    id: 'news/005-body-html-check',
    // The first check was a blocklist over the text: it refused safe bodies (a link titled
    // "… online=true", a quoted `" onmouseover=…"`) and missed unquoted handlers. This one knows the
    // shape the sanitiser writes (every tag `<name attr="value">`, values without quotes or angle
    // brackets) and refuses, in that shape, elements that run or embed, handler attributes and links
    // to other schemes. It backs up the sanitiser; the article page and the feed sanitise again.
    // NOT VALID: rows already stored are not judged again at upgrade (a start must not fail on one).
    sql: `
      alter table news_articles drop constraint article_body_html_check;
      alter table news_articles add constraint article_body_html_check check (
        body_html !~* '<(?!/?[a-z][a-z0-9]*(\\s+[a-z][a-z0-9-]*="[^"<>]*")*\\s*/?>)'
        and body_html !~* '<(script|style|iframe|frame|frameset|object|embed|applet|svg|math|template|base|link|meta|form|input|button|textarea|select|img|video|audio|source|noscript)[\\s/>]'
        and body_html !~* '<[a-z][a-z0-9]*(\\s+[a-z][a-z0-9-]*="[^"]*")*\\s+on[a-z0-9-]*='
        and body_html !~* '<[a-z][a-z0-9]*(\\s+[a-z][a-z0-9-]*="[^"]*")*\\s+(href|src)="(?![a-z0-9+.-]*[/?#"]|https?:|mailto:)'
      ) not valid;
    `,
  },
  {
    id: 'news/006-search-head-first',
    // A page of a common word is ranked from the articles whose title, summary or topics hold every
    // word, when no other match can reach it (see head-first-ranking.ts): found newest first (the
    // search order's second column), or all of them through a GIN index on the head.
    sql: `
      create index news_article_search_head_idx on news_article_search using gin (head);
      create index news_article_search_recent_idx on news_article_search ((coalesce(published_at, '-infinity'::timestamptz)) desc, article_id desc);
    `,
  },
  {
    id: 'news/007-published-days',
    // A numbered page of the public list without skipping its rows one by one: the published
    // articles counted per UTC day and per UTC month of their publication, kept by statement-level
    // triggers in the transaction of every write (as news/004 keeps the total). A page at offset N
    // walks the months newest first (twelve rows a year), then the days of its month, to the day
    // holding its first article, and reads from that day's end by news_articles_public_idx,
    // skipping less than a day's articles. Emptied days and months keep a row of 0, so a writer
    // never deletes a row another is about to add to; rows are written months first, each in
    // order, so two writers never wait on each other crosswise.
    sql: `
      -- No check (>= 0) on the counts: a withdrawal inserts its day's negative count, which a check
      -- would refuse before on conflict adds it to the day's row. Integers: their running sum is a
      -- bigint, where a bigint's would be a slower numeric.
      create table news_published_months (
        month date primary key,
        articles integer not null
      );
      create table news_published_days (
        day date primary key,
        articles integer not null
      );
      insert into news_published_days (day, articles)
        select (published_at at time zone 'UTC')::date, count(*) from news_articles where state = 'published' group by 1;
      insert into news_published_months (month, articles)
        select date_trunc('month', day)::date, sum(articles) from news_published_days group by 1;
      create function news_published_days_apply() returns trigger language plpgsql as $$
        declare
          days date[];
          counts integer[];
        begin
          if tg_op = 'TRUNCATE' then
            delete from news_published_days;
            delete from news_published_months;
            return null;
          end if;
          -- The change of each day's count, from the transition tables this operation has.
          if tg_op = 'INSERT' then
            select array_agg(day order by day), array_agg(n order by day) into days, counts from (
              select (published_at at time zone 'UTC')::date as day, count(*)::integer as n from new_rows where state = 'published' group by 1
            ) as changes;
          elsif tg_op = 'DELETE' then
            select array_agg(day order by day), array_agg(n order by day) into days, counts from (
              select (published_at at time zone 'UTC')::date as day, -count(*)::integer as n from old_rows where state = 'published' group by 1
            ) as changes;
          else
            select array_agg(day order by day), array_agg(n order by day) into days, counts from (
              select day, sum(n)::integer as n from (
                select (published_at at time zone 'UTC')::date as day, -count(*) as n from old_rows where state = 'published' group by 1
                union all
                select (published_at at time zone 'UTC')::date, count(*) from new_rows where state = 'published' group by 1
              ) as each_side
              group by day having sum(n) <> 0
            ) as changes;
          end if;
          if days is null then
            return null;
          end if;
          insert into news_published_months (month, articles)
            select date_trunc('month', day)::date, sum(n) from unnest(days, counts) as c (day, n) group by 1 having sum(n) <> 0 order by 1
            on conflict (month) do update set articles = news_published_months.articles + excluded.articles;
          insert into news_published_days (day, articles)
            select day, n from unnest(days, counts) as c (day, n) order by 1
            on conflict (day) do update set articles = news_published_days.articles + excluded.articles;
          return null;
        end
      $$;
      create trigger news_published_days_insert after insert on news_articles
        referencing new table as new_rows for each statement execute function news_published_days_apply();
      create trigger news_published_days_update after update on news_articles
        referencing old table as old_rows new table as new_rows for each statement execute function news_published_days_apply();
      create trigger news_published_days_delete after delete on news_articles
        referencing old table as old_rows for each statement execute function news_published_days_apply();
      create trigger news_published_days_truncate after truncate on news_articles
        for each statement execute function news_published_days_apply();
    `,
  },
  {
    // Every search looked through the index's pending list: up to 300 pages a word until a vacuum.
    id: 'news/008-search-indexes-without-pending-list',
    sql: ginWithoutPendingListSql(['news_article_search_document_idx', 'news_article_search_head_idx']),
  },
];
