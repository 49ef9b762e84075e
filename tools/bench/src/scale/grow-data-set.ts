/**
 * Grows the first data set into years of a department's records with SQL alone (generate_series):
 * seconds for the full set on PostgreSQL, no row crosses into JavaScript. One function per domain,
 * each filling what its migrations require (libs/<domain>/server/src/migrations.ts); a column a
 * later migration adds with a default needs nothing here, one without a default needs a line in
 * its domain's function. Rows are deterministic: the same counts give the same data set.
 */
import type { Executor } from '@egov/db';
import { foldExistingAwards } from '@egov/awards-server';
import { foldExistingLicences } from '@egov/licences-server';

/** How many records of each kind the grown set adds to the first data set. */
export interface GrowthCounts {
  articles: number;
  dossiers: number;
  inspections: number;
  sanctionDecisions: number;
  licences: number;
  awards: number;
}

/** The full grown set: a large province's decade (dossiers bring 1.7 history rows each: 340,000). */
export const FULL_GROWTH: GrowthCounts = {
  articles: 100_000,
  dossiers: 200_000,
  inspections: 50_000,
  sanctionDecisions: 50_000,
  licences: 20_000,
  awards: 10_000,
};

export function scaledGrowth(factor: number): GrowthCounts {
  const scale = (count: number) => Math.max(1, Math.round(count * factor));
  return {
    articles: scale(FULL_GROWTH.articles),
    dossiers: scale(FULL_GROWTH.dossiers),
    inspections: scale(FULL_GROWTH.inspections),
    sanctionDecisions: scale(FULL_GROWTH.sanctionDecisions),
    licences: scale(FULL_GROWTH.licences),
    awards: scale(FULL_GROWTH.awards),
  };
}

/**
 * A word only a few articles hold (one in 25,000, at least one): the search for it must find them
 * among all the others. Searched without its diacritics, as a reader types it.
 */
export const RARE_WORD = 'quýt';
export const RARE_WORD_QUERY = 'quyt';
/** Words in a tenth of the titles and most bodies. */
export const COMMON_WORDS_QUERY = 'chuyen doi so';

/** A SQL array literal of Vietnamese phrases (quotes doubled). */
const words = (list: readonly string[]) => `array[${list.map((word) => `'${word.replaceAll("'", "''")}'`).join(', ')}]`;
/** The `i`-th pick (spread by a prime step) from a SQL array expression. */
const pick = (array: string, i: string, step: number) => `(${array})[1 + ((${i}) * ${step}) % cardinality(${array})]`;

const EVENTS = words(['Hội nghị', 'Tập huấn', 'Triển khai', 'Kiểm tra', 'Tổng kết', 'Hội thảo', 'Sơ kết', 'Hướng dẫn', 'Phát động', 'Tuyên truyền']);
const SUBJECTS = words([
  'chuyển đổi số cấp xã',
  'an toàn thông tin mạng',
  'dịch vụ công trực tuyến toàn trình',
  'phát triển hạ tầng viễn thông',
  'hoạt động báo chí và xuất bản',
  'thông tin cơ sở ở vùng cao',
  'quản lý điểm trò chơi điện tử công cộng',
  'bưu chính công ích',
  'sử dụng chữ ký số cho cán bộ, công chức',
  'đài truyền thanh cấp xã',
]);
const PLACES = words([
  'thành phố Lạng Sơn',
  'huyện Cao Lộc',
  'huyện Văn Quan',
  'huyện Đình Lập',
  'huyện Bắc Sơn',
  'huyện Hữu Lũng',
  'huyện Chi Lăng',
  'huyện Lộc Bình',
  'huyện Tràng Định',
  'huyện Bình Gia',
  'huyện Văn Lãng',
]);
const SURNAMES = words(['Nguyễn', 'Hoàng', 'Lương', 'Vi', 'Nông', 'Lâm', 'Đinh', 'Triệu', 'Phạm', 'Lý']);
const MIDDLE_NAMES = words(['Văn', 'Thị', 'Đức', 'Thu', 'Minh', 'Quang', 'Thanh', 'Ngọc']);
const GIVEN_NAMES = words(['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hùng', 'Lan', 'Mai', 'Nam', 'Phương', 'Quế', 'Sơn', 'Tâm', 'Yến']);
const COMPANIES = words([
  'Công ty TNHH Viễn thông Kỳ Lừa',
  'Công ty cổ phần Truyền thông Đồng Đăng',
  'Doanh nghiệp tư nhân Internet Mẫu Sơn',
  'Công ty TNHH Dịch vụ trò chơi Tam Thanh',
  'Hộ kinh doanh Điểm truy cập Chi Lăng',
  'Công ty cổ phần Bưu chính Tân Thanh',
  'Công ty TNHH In ấn Hữu Nghị',
]);

const personName = (i: string) => `${pick(SURNAMES, i, 7)} || ' ' || ${pick(MIDDLE_NAMES, i, 3)} || ' ' || ${pick(GIVEN_NAMES, i, 11)}`;

/** Runs each domain's generator in one transaction and analyses the tables, as autovacuum would by then. */
export async function growDataSet(db: Executor, counts: GrowthCounts): Promise<void> {
  await db.transaction(async (tx) => {
    await growNews(tx, counts.articles);
    await growDossiers(tx, counts.dossiers);
    await growInspections(tx, counts.inspections, counts.sanctionDecisions);
    await growLicences(tx, counts.licences);
    await growAwards(tx, counts.awards);
  });
  await db.exec('analyze');
}

/** Published articles, one every few hours back from now, each about a unit; a few hold {@link RARE_WORD}. */
export async function growNews(db: Executor, count: number): Promise<void> {
  const event = pick(EVENTS, 'i', 7);
  const subject = pick(SUBJECTS, 'i', 3);
  const place = pick(PLACES, 'i', 5);
  const rare = `(i % 25000 = 7)`;
  await db.query(
    `with generated as (
       select i, published_at,
         ${event} || ' ' || ${subject} || ' tại ' || ${place} || ' năm ' || extract(year from published_at) as title,
         'Ngày ' || (1 + i % 28) || '/' || (1 + i % 12) || ', Sở Thông tin và Truyền thông phối hợp với UBND ' || ${place}
           || ' tổ chức ' || lower(${event}) || ' về ' || ${subject}
           || case when ${rare} then ', giới thiệu đặc sản ${RARE_WORD} Tràng Định trên sàn thương mại điện tử.' else '.' end as summary
       -- One article an hour back from now: 100,000 reach eleven years back.
       from (select i, now() - make_interval(hours => i) as published_at from generate_series(1, $1::int) as i) as hours
     ),
     articles as (
       insert into news_articles (slug, title, summary, body_html, state, author_name, author_unit_code,
         event_date, first_published_at, published_at, topics)
       select 'bai-viet-' || i, title, summary,
         '<p>' || summary || '</p><p>Tham dự có đại diện lãnh đạo các phòng, đơn vị trực thuộc Sở và cán bộ phụ trách '
           || ${pick(SUBJECTS, 'i', 7)} || ' của các xã, phường, thị trấn. Các đại biểu đã trao đổi kinh nghiệm, '
           || 'thảo luận những khó khăn, vướng mắc trong quá trình chuyển đổi số và đề xuất giải pháp trong thời gian tới.</p>'
           || '<p>Phát biểu kết luận, lãnh đạo Sở đề nghị các đơn vị tiếp tục đẩy mạnh ứng dụng công nghệ thông tin, '
           || 'nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn ' || ${place} || '.</p>',
         'published', ${personName('i')}, 'so-tttt',
         (published_at at time zone 'Asia/Ho_Chi_Minh')::date, published_at, published_at,
         jsonb_build_array(${subject})
       from generated
       returning id, slug
     )
     insert into news_article_units (article_id, unit_code, position)
     select id, 'phong-ttbcxb', 1 from articles`,
    [count],
  );
}

/**
 * Dossiers, 200 a day back from 2015, in the ten paths they take through the state machine
 * (one per final sequence digit); each move of a path is a history row: 1.7 rows a dossier.
 */
export async function growDossiers(db: Executor, count: number): Promise<void> {
  const perDay = 200;
  await db.query(
    `with plan(variant, channel, state, path) as (values
       (0, 'in_person', 'received', array['received']),
       (1, 'online', 'new', array['new']),
       (2, 'in_person', 'processing', array['received', 'processing']),
       (3, 'online', 'processing', array['new', 'received', 'processing']),
       (4, 'in_person', 'processed', array['received', 'processing', 'processed']),
       (5, 'in_person', 'returned', array['received', 'processing', 'processed', 'returned']),
       (6, 'postal', 'supplement_requested', array['received', 'processing', 'supplement_requested']),
       (7, 'online', 'returned', array['new', 'received', 'processing', 'processed', 'returned']),
       (8, 'online', 'not_accepted', array['new', 'not_accepted']),
       (9, 'in_person', 'stopped', array['received', 'processing', 'stopped'])
     ),
     procedure_codes as (select array_agg(code order by code) as codes from procedures),
     generated as (
       select i, plan.*, date '2015-01-01' + (i - 1) / ${perDay} as received_on,
         'LSN-' || to_char(date '2015-01-01' + (i - 1) / ${perDay}, 'YYMMDD') || '-' || lpad((1 + (i - 1) % ${perDay})::text, 4, '0') as code,
         -- 08:00 in Viet Nam (01:00 UTC) plus a minute per dossier of the day.
         (date '2015-01-01' + (i - 1) / ${perDay})::timestamp at time zone 'UTC' + interval '1 hour' + make_interval(mins => (i - 1) % ${perDay}) as received_at,
         (select codes from procedure_codes) as codes
       from generate_series(1, $1::int) as i
       join plan on plan.variant = (1 + (i - 1) % ${perDay}) % 10
     ),
     dossiers_added as (
       insert into dossiers (code, procedure_code, channel, return_channel, applicant, received_at, due_on, state, supplement)
       select code, codes[1 + i % cardinality(codes)], channel,
         case when state = 'returned' then channel end,
         jsonb_build_object(
           'fullName', ${personName('i')},
           'idNumber', '0200' || lpad((i % 100000000)::text, 8, '0'),
           'phone', '09' || lpad((i % 100000000)::text, 8, '0'),
           'email', case when i % 3 = 0 then 'nguoidan' || i || '@example.vn' end,
           'address', 'Số ' || (1 + i % 200) || ', ' || ${pick(PLACES, 'i', 5)} || ', tỉnh Lạng Sơn'),
         received_at, received_on + 15, state,
         case when state = 'supplement_requested'
           then jsonb_build_object('reason', 'Bổ sung bản sao giấy chứng nhận đăng ký doanh nghiệp.', 'deadline', (received_on + 10)::text) end
       from generated
       returning code
     )
     insert into dossier_history (dossier_code, from_state, to_state, at, actor, note, supplement)
     select code, path[step], path[step + 1], received_at + make_interval(days => step), 'Cán bộ bộ phận một cửa', null,
       case when path[step + 1] = 'supplement_requested'
         then jsonb_build_object('reason', 'Bổ sung bản sao giấy chứng nhận đăng ký doanh nghiệp.', 'deadline', (received_on + 10)::text) end
     from generated, generate_series(1, cardinality(path) - 1) as step`,
    [count],
  );
}

const INSPECTION_FIELDS = words(['press', 'publishing', 'post', 'telecom', 'internet', 'it', 'broadcasting', 'radio_frequency', 'electronic_information', 'information_security', 'other']);

/**
 * Inspections, one a few hours apart back from 2015, a third of each status; sanction decisions,
 * every other one following an inspection, the rest standing alone.
 */
export async function growInspections(db: Executor, inspections: number, decisions: number): Promise<void> {
  await db.query(
    `insert into inspections (decision_number, kind, activity, field, subjects, started_on, ended_on, status,
       conclusion_vi, concluded_on, lead_unit_code)
     select (1 + i % 999999) || '/QĐ-TTr', case when i % 4 = 0 then 'ad_hoc' else 'planned' end,
       case when i % 2 = 0 then 'check' else 'inspection' end, ${pick(INSPECTION_FIELDS, 'i', 7)},
       jsonb_build_array(jsonb_build_object('name', ${pick(COMPANIES, 'i', 3)}, 'kind', 'organisation')),
       started_on,
       case when status <> 'planned' then started_on + 10 end, status,
       case when status = 'concluded' then 'Đơn vị chấp hành cơ bản các quy định; yêu cầu khắc phục tồn tại trong 30 ngày.' end,
       case when status = 'concluded' then started_on + 20 end,
       'thanh-tra-so'
     from (
       select i, date '2015-01-01' + (i * 4000 / $1::int) as started_on,
         (array['planned', 'in_progress', 'concluded'])[1 + i % 3] as status
       from generate_series(1, $1::int) as i
     ) as generated`,
    [inspections],
  );
  await db.query(
    `with inspection_ids as (select array_agg(id order by started_on, id) as ids from inspections)
     insert into sanction_decisions (number, issued_on, inspection_id, standalone_reason, field, violator_name, violator_kind,
       violations, fine_vnd, extra_measures, enforcement_status)
     select (1 + i % 999999) || '/QĐ-XPVPHC', date '2015-01-01' + (i * 4000 / $1::int),
       case when i % 2 = 0 and cardinality(ids) > 0 then ids[1 + i % cardinality(ids)] end,
       case when i % 2 = 1 or coalesce(cardinality(ids), 0) = 0 then 'Phát hiện qua giám sát trên không gian mạng' end,
       ${pick(INSPECTION_FIELDS, 'i', 5)},
       case when i % 3 = 0 then ${personName('i')} else ${pick(COMPANIES, 'i', 3)} end,
       case when i % 3 = 0 then 'individual' else 'organisation' end,
       jsonb_build_array(jsonb_build_object(
         'descriptionVi', 'Cung cấp thông tin sai sự thật trên trang thông tin điện tử tổng hợp',
         'legalArticle', 'Điểm a khoản 1 Điều 101 Nghị định 15/2020/NĐ-CP')),
       (5 + i % 50) * 1000000,
       case when i % 5 = 0 then '["Buộc gỡ bỏ thông tin sai sự thật"]'::jsonb else '[]'::jsonb end,
       (array['pending', 'paid', 'enforced', 'appealed'])[1 + i % 4]
     from generate_series(1, $1::int) as i, inspection_ids`,
    [decisions],
  );
}

/** Licences of the three kinds, a few a day back from 2015; a tenth revoked, most valid five years. */
export async function growLicences(db: Executor, count: number): Promise<void> {
  await db.query(
    `insert into licences (type, number, holder_name, holder_address, subject_vi, issued_on, valid_from, valid_until,
       revoked_on, revocation_reason, issuer_unit_code, search_folded)
     select type, i || '/GP-STTTT', ${pick(COMPANIES, 'i', 3)} || ' chi nhánh ' || ${pick(PLACES, 'i', 5)},
       'Số ' || (1 + i % 200) || ', ' || ${pick(PLACES, 'i', 7)}, subject, issued_on, issued_on,
       case when i % 4 <> 0 then (issued_on + interval '5 years')::date end,
       case when i % 10 = 3 then issued_on + 100 end,
       case when i % 10 = 3 then 'Đơn vị đề nghị thu hồi do ngừng hoạt động' end,
       'so-tttt', ''
     from (
       select i, date '2015-01-01' + (i * 4000 / $1::int) as issued_on,
         (array['bulletin_publishing', 'non_commercial_publication', 'game_service_point_certificate'])[1 + i % 3] as type,
         (array['Bản tin nội bộ', 'Tài liệu không kinh doanh', 'Điểm cung cấp dịch vụ trò chơi điện tử công cộng'])[1 + i % 3] as subject
       from generate_series(1, $1::int) as i
     ) as generated`,
    [count],
  );
  // The holder search reads the folded fields the repository writes with each licence.
  await db.query(`${foldExistingLicences.replace(/;\s*$/, '')} where search_folded = ''`);
}

/** Awards back from 2015 at every tier, to collectives (units), individuals and groups. */
export async function growAwards(db: Executor, count: number): Promise<void> {
  await db.query(
    `with tiers(tier, conferred_by, level) as (values
       (0, 'prime_minister', 'national'), (1, 'minister', 'ministerial'), (2, 'provincial_chairman', 'provincial'),
       (3, 'department_director', 'department'), (4, 'district_chairman', 'district'), (5, 'commune_chairman', 'commune')
     ),
     unit_codes as (select array_agg(code order by code) as codes from units)
     insert into awards (kind, conferred_by, level, recipient_kind, recipient_unit_code, recipient_name, recipient_folded,
       collectives_count, individuals_count, reason_vi, conferred_on, period)
     select case when i % 2 = 0 then 'certificate_of_merit' else 'commendation' end, conferred_by, level,
       recipient_kind,
       case when recipient_kind = 'collective' then codes[1 + i % cardinality(codes)] end,
       case when recipient_kind = 'individual' then ${personName('i')} end, '',
       case when recipient_kind = 'group' then 1 + i % 5 end,
       case when recipient_kind = 'group' then i % 20 end,
       'Thành tích xuất sắc trong phong trào thi đua ' || ${pick(SUBJECTS, 'i', 3)} || ' năm ' || extract(year from conferred_on),
       conferred_on,
       extract(year from conferred_on) || '-H' || case when extract(month from conferred_on) <= 6 then 1 else 2 end
     from (
       select i, date '2015-01-01' + (i * 3650 / $1::int) as conferred_on,
         (array['collective', 'individual', 'group'])[1 + i % 3] as recipient_kind
       from generate_series(1, $1::int) as i
     ) as generated
     join tiers on tier = i % 6, unit_codes`,
    [count],
  );
  // The recipient search reads the folded name the repository writes with each award.
  await db.query(`${foldExistingAwards.replace(/;\s*$/, '')} where recipient_folded = ''`);
}
