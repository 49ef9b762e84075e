import type { AuditContext } from '@egov/db';
import { describePeriod, type IndicatorInput, type ObservationInput } from '@egov/kpis-model';
import type { KpisRepository } from '@egov/kpis-server';

/** Every figure of the report is about the first half of 2020 in Lạng Sơn province (GSO 20). */
const PERIOD = '2020-H1';
const PROVINCE = '20';

const DEPARTMENT = 'so-tttt';
const PRESS_DIVISION = 'phong-ttbcxb';
const IT_CENTRE = 'trung-tam-cntt-tt';
const INSPECTORATE = 'thanh-tra-so';

const RESOLUTION_17 = 'Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ';
const CIRCULAR_03 = 'Thông tư số 03/2014/TT-BTTTT của Bộ TT&TT';

type IndicatorDraft = Omit<IndicatorInput, 'legalBasis' | 'baseIndicatorCode' | 'direction'> &
  Partial<Pick<IndicatorInput, 'legalBasis' | 'baseIndicatorCode' | 'direction'>>;

const indicator = (draft: IndicatorDraft): IndicatorInput => ({ legalBasis: null, baseIndicatorCode: null, direction: 'neutral', ...draft });

/**
 * The indicators the report gives figures for, bases before the rates computed on them.
 * Activity counts are `neutral`: more licences or inspections is neither better nor worse.
 */
const indicators: IndicatorInput[] = [
  // Thông tin - Báo chí - Xuất bản
  indicator({
    code: 'PRESS_BULLETIN_LICENCES_ISSUED',
    field: 'publishing',
    nameVi: 'Giấy phép xuất bản bản tin được cấp',
    nameEn: 'Bulletin publishing licences issued',
    unitVi: 'giấy phép',
    unitEn: 'licences',
    measure: 'count',
    definitionVi: 'Số giấy phép xuất bản bản tin Sở cấp trong kỳ.',
    definitionEn: 'Licences to publish a bulletin issued by the department in the period.',
  }),
  indicator({
    code: 'PRESS_CENTRAL_NEWS_E_BULLETINS',
    field: 'publishing',
    nameVi: 'Bản tin điện tử tổng hợp thông tin về tỉnh trên báo chí Trung ương',
    nameEn: 'E-bulletins compiling central-press news about the province',
    unitVi: 'bản tin',
    unitEn: 'bulletins',
    measure: 'count',
    definitionVi: 'Số bản tin điện tử tổng hợp thông tin về tỉnh Lạng Sơn đăng trên báo chí Trung ương, thực hiện trong kỳ.',
    definitionEn: 'Electronic bulletins compiled in the period from what the central press published about Lạng Sơn.',
  }),
  indicator({
    code: 'PUBLISHING_NONCOMMERCIAL_LICENCES_ISSUED',
    field: 'publishing',
    nameVi: 'Giấy phép xuất bản tài liệu không kinh doanh được thẩm định, cấp',
    nameEn: 'Non-commercial publication licences appraised and issued',
    unitVi: 'giấy phép',
    unitEn: 'licences',
    measure: 'count',
    definitionVi: 'Số giấy phép xuất bản tài liệu không kinh doanh Sở thẩm định và cấp cho các cơ quan, đơn vị trong kỳ.',
    definitionEn: 'Licences to publish non-commercial documents appraised and issued to agencies and units in the period.',
  }),
  indicator({
    code: 'PUBLISHING_LEGAL_DEPOSITS_READ',
    field: 'publishing',
    nameVi: 'Xuất bản phẩm lưu chiểu được nhận và đọc',
    nameEn: 'Legal-deposit publications received and read',
    unitVi: 'xuất bản phẩm',
    unitEn: 'publications',
    measure: 'count',
    definitionVi: 'Số xuất bản phẩm nộp lưu chiểu của các cơ quan, đơn vị được Sở nhận và đọc trong kỳ.',
    definitionEn: 'Publications deposited by agencies and units that the department received and read in the period.',
  }),
  indicator({
    code: 'PRESS_COVID_VIDEO_CLIPS_PRODUCED',
    field: 'publishing',
    nameVi: 'Video clip tuyên truyền phòng chống dịch Covid-19 được sản xuất',
    nameEn: 'Covid-19 awareness video clips produced',
    unitVi: 'video clip',
    unitEn: 'clips',
    measure: 'count',
    definitionVi: 'Số video clip cán bộ của Sở trực tiếp tham gia sản xuất để tuyên truyền phòng chống Covid-19 trên truyền hình, internet.',
    definitionEn: 'Video clips that department staff helped produce to promote Covid-19 prevention on television and the internet.',
  }),
  indicator({
    code: 'HEALTH_DECLARATION_POPULATION_RATE',
    field: 'publishing',
    nameVi: 'Tỷ lệ dân số thực hiện khai báo y tế',
    nameEn: 'Population that made an online health declaration',
    unitVi: '% dân số',
    unitEn: '% of population',
    measure: 'percent',
    direction: 'higher_is_better',
    definitionVi: 'Tỷ lệ phần trăm dân số toàn tỉnh đã thực hiện khai báo y tế.',
    definitionEn: 'Share of the province’s population that made a health declaration.',
  }),
  // Công nghệ thông tin
  indicator({
    code: 'IT_ONLINE_SERVICES_LEVEL4_RATE',
    field: 'it',
    nameVi: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
    nameEn: 'Level-4 online public services rate',
    unitVi: '% dịch vụ công',
    unitEn: '% of public services',
    measure: 'percent',
    direction: 'higher_is_better',
    definitionVi: 'Tỷ lệ phần trăm dịch vụ công được cung cấp trực tuyến ở mức độ 4 (toàn trình trên môi trường mạng).',
    definitionEn: 'Share of public services offered online at level 4 (the whole procedure done online).',
    legalBasis: RESOLUTION_17,
  }),
  indicator({
    code: 'IT_E_OFFICE_AGENCY_COVERAGE_RATE',
    field: 'it',
    nameVi: 'Tỷ lệ cơ quan hành chính nhà nước sử dụng Văn phòng điện tử',
    nameEn: 'E-office coverage of state administrative agencies',
    unitVi: '% cơ quan',
    unitEn: '% of agencies',
    measure: 'percent',
    direction: 'higher_is_better',
    definitionVi: 'Tỷ lệ phần trăm cơ quan hành chính nhà nước cấp tỉnh, huyện, xã đã chuyển đổi sang hệ thống Văn phòng điện tử.',
    definitionEn: 'Share of state administrative agencies at province, district and commune level moved to the e-office system.',
  }),
  indicator({
    code: 'IT_E_OFFICE_USER_ACCOUNTS',
    field: 'it',
    nameVi: 'Tài khoản người dùng Văn phòng điện tử liên thông 4 cấp',
    nameEn: 'E-office user accounts with 4-level interconnection',
    unitVi: 'tài khoản',
    unitEn: 'accounts',
    measure: 'count',
    direction: 'higher_is_better',
    definitionVi: 'Số tài khoản người dùng của hệ thống Văn phòng điện tử được thực hiện liên thông 4 cấp.',
    definitionEn: 'User accounts of the e-office system interconnected across the 4 levels of government.',
  }),
  indicator({
    code: 'IT_PERSONAL_DIGITAL_CERTIFICATES',
    field: 'it',
    nameVi: 'Chứng thư số cá nhân được cấp mới',
    nameEn: 'Personal digital certificates newly issued',
    unitVi: 'chứng thư số',
    unitEn: 'certificates',
    measure: 'count',
    definitionVi: 'Số chứng thư số cá nhân cấp mới theo đề nghị của Sở trong kỳ.',
    definitionEn: 'Personal digital certificates newly issued at the department’s request in the period.',
  }),
  indicator({
    code: 'IT_ORGANISATION_DIGITAL_CERTIFICATES',
    field: 'it',
    nameVi: 'Chứng thư số tổ chức được cấp mới',
    nameEn: 'Organisational digital certificates newly issued',
    unitVi: 'chứng thư số',
    unitEn: 'certificates',
    measure: 'count',
    definitionVi: 'Số chứng thư số cho tổ chức cấp mới theo đề nghị của Sở trong kỳ.',
    definitionEn: 'Digital certificates for organisations newly issued at the department’s request in the period.',
  }),
  indicator({
    code: 'IT_PKI_SIMS_ISSUED',
    field: 'it',
    nameVi: 'SIM PKI được cấp mới',
    nameEn: 'PKI SIMs newly issued',
    unitVi: 'SIM',
    unitEn: 'SIMs',
    measure: 'count',
    definitionVi: 'Số SIM PKI (SIM chứa chứng thư số) cấp mới theo đề nghị của Sở trong kỳ.',
    definitionEn: 'PKI SIM cards (SIMs holding a digital certificate) newly issued at the department’s request in the period.',
  }),
  indicator({
    code: 'IT_COMMUNE_ONE_STOP_COMPUTER_SETS',
    field: 'it',
    nameVi: 'Bộ máy tính, máy quét lắp đặt tại bộ phận tiếp nhận và trả kết quả cấp xã',
    nameEn: 'Computer and scanner sets installed at commune one-stop desks',
    unitVi: 'bộ',
    unitEn: 'sets',
    measure: 'count',
    direction: 'higher_is_better',
    definitionVi: 'Số bộ máy tính, máy quét được lắp, cài đặt để giải quyết thủ tục hành chính tại bộ phận tiếp nhận và trả kết quả cấp xã.',
    definitionEn: 'Computer and scanner sets installed to handle administrative procedures at the communes’ reception and results desks.',
  }),
  indicator({
    code: 'IT_BASIC_SKILLS_CERTIFIED_TRAINEES',
    field: 'it',
    nameVi: 'Học viên được cấp chứng chỉ ứng dụng công nghệ thông tin cơ bản',
    nameEn: 'Trainees certified in basic IT skills',
    unitVi: 'học viên',
    unitEn: 'trainees',
    measure: 'count',
    direction: 'higher_is_better',
    definitionVi: 'Số học viên dự thi và được cấp chứng chỉ ứng dụng công nghệ thông tin cơ bản trong kỳ.',
    definitionEn: 'Trainees examined and certified in basic information technology skills in the period.',
    legalBasis: CIRCULAR_03,
  }),
  indicator({
    code: 'IT_BASIC_SKILLS_TRAINEE_UNITS',
    field: 'it',
    nameVi: 'Cơ quan, đơn vị có học viên được cấp chứng chỉ ứng dụng công nghệ thông tin cơ bản',
    nameEn: 'Agencies and units whose staff were certified in basic IT skills',
    unitVi: 'cơ quan, đơn vị',
    unitEn: 'agencies and units',
    measure: 'count',
    definitionVi: 'Số cơ quan, đơn vị có học viên được cấp chứng chỉ ứng dụng công nghệ thông tin cơ bản trong kỳ.',
    definitionEn: 'Agencies and units that sent the trainees certified in basic IT skills in the period.',
    legalBasis: CIRCULAR_03,
  }),
  // Bưu chính
  indicator({
    code: 'POST_SERVICE_POINTS',
    field: 'post',
    nameVi: 'Điểm phục vụ bưu chính',
    nameEn: 'Postal service points',
    unitVi: 'điểm phục vụ',
    unitEn: 'service points',
    measure: 'count',
    direction: 'higher_is_better',
    definitionVi: 'Tổng số điểm phục vụ bưu chính trên địa bàn.',
    definitionEn: 'Postal service points in the area.',
  }),
  indicator({
    code: 'POST_COMMUNE_COVERAGE_RATE',
    field: 'post',
    nameVi: 'Tỷ lệ xã có điểm phục vụ bưu chính',
    nameEn: 'Communes with a postal service point',
    unitVi: '% xã',
    unitEn: '% of communes',
    measure: 'percent',
    direction: 'higher_is_better',
    definitionVi: 'Tỷ lệ phần trăm đơn vị hành chính cấp xã có điểm phục vụ bưu chính.',
    definitionEn: 'Share of commune-level units with a postal service point.',
  }),
  indicator({
    code: 'POST_INHABITANTS_PER_POINT',
    field: 'post',
    nameVi: 'Số dân bình quân được phục vụ trên một điểm phục vụ bưu chính',
    nameEn: 'Inhabitants served per postal service point',
    unitVi: 'dân/điểm phục vụ',
    unitEn: 'inhabitants per service point',
    measure: 'inhabitants_per_point',
    direction: 'lower_is_better',
    definitionVi: 'Dân số chia cho số điểm phục vụ bưu chính: càng thấp, mạng lưới càng dày.',
    definitionEn: 'Population divided by the postal service points: the lower, the denser the network.',
    baseIndicatorCode: 'POST_SERVICE_POINTS',
  }),
  indicator({
    code: 'POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE',
    field: 'post',
    nameVi: 'Tỷ lệ xã, phường, thị trấn có báo đến trong ngày phát hành',
    nameEn: 'Communes receiving newspapers on the day of issue',
    unitVi: '% xã',
    unitEn: '% of communes',
    measure: 'percent',
    direction: 'higher_is_better',
    definitionVi: 'Số xã, phường, thị trấn có báo đến trong ngày phát hành chia cho tổng số xã, phường, thị trấn, tính theo phần trăm.',
    definitionEn: 'Communes, wards and towns where newspapers arrive on their day of issue, as a percentage of all of them.',
  }),
  indicator({
    code: 'POST_PUBLIC_DOSSIERS_RECEIVED',
    field: 'post',
    nameVi: 'Hồ sơ thủ tục hành chính nhận qua dịch vụ bưu chính công ích',
    nameEn: 'Administrative dossiers received through the public postal service',
    unitVi: 'hồ sơ',
    unitEn: 'dossiers',
    measure: 'count',
    definitionVi: 'Số hồ sơ thủ tục hành chính được tiếp nhận qua dịch vụ bưu chính công ích trong kỳ.',
    definitionEn: 'Administrative procedure dossiers received through the public postal service in the period.',
  }),
  indicator({
    code: 'POST_PUBLIC_RESULTS_RETURNED',
    field: 'post',
    nameVi: 'Hồ sơ trả kết quả qua dịch vụ bưu chính công ích',
    nameEn: 'Dossier results returned through the public postal service',
    unitVi: 'hồ sơ',
    unitEn: 'dossiers',
    measure: 'count',
    definitionVi: 'Số hồ sơ thủ tục hành chính được trả kết quả qua dịch vụ bưu chính công ích trong kỳ.',
    definitionEn: 'Administrative procedure results returned through the public postal service in the period.',
  }),
  // Viễn thông, Internet
  indicator({
    code: 'TELECOM_PHONE_SUBSCRIBERS',
    field: 'telecom',
    nameVi: 'Thuê bao điện thoại đang hoạt động',
    nameEn: 'Telephone subscribers in service',
    unitVi: 'thuê bao',
    unitEn: 'subscribers',
    measure: 'count',
    direction: 'higher_is_better',
    definitionVi: 'Tổng số máy điện thoại (cố định và di động) đang duy trì hoạt động trên mạng.',
    definitionEn: 'Telephone lines, fixed and mobile, kept in service on the networks.',
  }),
  indicator({
    code: 'TELECOM_PHONE_DENSITY',
    field: 'telecom',
    nameVi: 'Mật độ thuê bao điện thoại',
    nameEn: 'Telephone density',
    unitVi: 'thuê bao/100 dân',
    unitEn: 'subscribers per 100 inhabitants',
    measure: 'per_100_inhabitants',
    direction: 'higher_is_better',
    definitionVi: 'Số thuê bao điện thoại trên 100 dân.',
    definitionEn: 'Telephone subscribers per 100 inhabitants.',
    baseIndicatorCode: 'TELECOM_PHONE_SUBSCRIBERS',
  }),
  indicator({
    code: 'TELECOM_INTERNET_SUBSCRIBERS',
    field: 'telecom',
    nameVi: 'Thuê bao Internet',
    nameEn: 'Internet subscribers',
    unitVi: 'thuê bao',
    unitEn: 'subscribers',
    measure: 'count',
    direction: 'higher_is_better',
    definitionVi: 'Tổng số thuê bao Internet trên địa bàn.',
    definitionEn: 'Internet subscriptions in the area.',
  }),
  indicator({
    code: 'TELECOM_INTERNET_DENSITY',
    field: 'telecom',
    nameVi: 'Mật độ thuê bao Internet',
    nameEn: 'Internet density',
    unitVi: 'thuê bao/100 dân',
    unitEn: 'subscribers per 100 inhabitants',
    measure: 'per_100_inhabitants',
    direction: 'higher_is_better',
    definitionVi: 'Số thuê bao Internet trên 100 dân.',
    definitionEn: 'Internet subscribers per 100 inhabitants.',
    baseIndicatorCode: 'TELECOM_INTERNET_SUBSCRIBERS',
  }),
  // Thanh tra
  indicator({
    code: 'INSPECTION_INSPECTIONS',
    field: 'inspection',
    nameVi: 'Cuộc thanh tra',
    nameEn: 'Inspections',
    unitVi: 'cuộc',
    unitEn: 'inspections',
    measure: 'count',
    definitionVi: 'Số cuộc thanh tra Thanh tra Sở chủ trì hoặc phối hợp thực hiện trong kỳ.',
    definitionEn: 'Inspections led or joined by the department inspectorate in the period.',
  }),
  indicator({
    code: 'INSPECTION_INSPECTED_UNITS',
    field: 'inspection',
    nameVi: 'Đơn vị được thanh tra',
    nameEn: 'Units inspected',
    unitVi: 'đơn vị',
    unitEn: 'units',
    measure: 'count',
    definitionVi: 'Số đơn vị là đối tượng của các cuộc thanh tra trong kỳ.',
    definitionEn: 'Units that the inspections of the period covered.',
  }),
  indicator({
    code: 'INSPECTION_CHECKS',
    field: 'inspection',
    nameVi: 'Cuộc kiểm tra',
    nameEn: 'Checks',
    unitVi: 'cuộc',
    unitEn: 'checks',
    measure: 'count',
    definitionVi: 'Số cuộc kiểm tra việc chấp hành quy định về dịch vụ internet, truyền hình trả tiền, trạm điện thoại di động mặt đất công cộng và bưu chính trong kỳ.',
    definitionEn: 'Checks on compliance with the rules on internet and pay-TV services, public land mobile stations and postal services in the period.',
  }),
  indicator({
    code: 'INSPECTION_CHECKED_SUBJECTS',
    field: 'inspection',
    nameVi: 'Đối tượng được kiểm tra',
    nameEn: 'Subjects checked',
    unitVi: 'đối tượng',
    unitEn: 'subjects',
    measure: 'count',
    definitionVi: 'Số đối tượng là tổ chức, cá nhân được kiểm tra trong kỳ.',
    definitionEn: 'Organisations and individuals checked in the period.',
  }),
  indicator({
    code: 'INSPECTION_SANCTION_DECISIONS',
    field: 'inspection',
    nameVi: 'Quyết định xử phạt vi phạm hành chính',
    nameEn: 'Administrative sanction decisions',
    unitVi: 'quyết định',
    unitEn: 'decisions',
    measure: 'count',
    definitionVi: 'Số quyết định xử phạt vi phạm hành chính ban hành trong kỳ.',
    definitionEn: 'Decisions imposing administrative sanctions issued in the period.',
  }),
  indicator({
    code: 'INSPECTION_FINES_PAID',
    field: 'inspection',
    nameVi: 'Tiền xử phạt nộp ngân sách nhà nước',
    nameEn: 'Fines paid to the state budget',
    unitVi: 'đồng',
    unitEn: 'VND',
    measure: 'amount_vnd',
    definitionVi: 'Số tiền xử phạt vi phạm hành chính đã nộp ngân sách nhà nước trong kỳ.',
    definitionEn: 'Administrative fines paid into the state budget in the period.',
  }),
  indicator({
    code: 'INSPECTION_FALSE_INFORMATION_SUBJECTS',
    field: 'inspection',
    nameVi: 'Đối tượng đưa tin sai sự thật trên mạng xã hội bị phát hiện, xử lý',
    nameEn: 'People found and dealt with for spreading false information on social networks',
    unitVi: 'đối tượng',
    unitEn: 'subjects',
    measure: 'count',
    definitionVi: 'Số đối tượng đưa tin sai sự thật trên mạng xã hội được phát hiện và xử lý trong kỳ.',
    definitionEn: 'People found spreading false information on social networks and dealt with in the period.',
  }),
];

type FigureDraft = Pick<ObservationInput, 'indicatorCode' | 'value' | 'sourceQuote'> & { factId: string } & Partial<ObservationInput>;

/**
 * A figure of the report. All are `provisional`: the report was given on 26/06/2020, before the
 * half year ended, and several figures are estimates ("khoảng").
 */
const figure = (draft: FigureDraft): ObservationInput => ({
  period: PERIOD,
  areaCode: PROVINCE,
  numerator: null,
  denominator: null,
  target: null,
  status: 'provisional',
  ownerUnitCode: DEPARTMENT,
  noteVi: null,
  noteEn: null,
  ...draft,
});

const ISSUED_BY_CUC = {
  noteVi: 'Do Cục Chứng thực số và Bảo mật Thông tin cấp theo đề nghị của Sở.',
  noteEn: 'Issued by the Authority of Digital Certification and Information Security at the department’s request.',
};

const POSTAL_POINTS_QUOTE = 'tổng số 238 điểm phục vụ tại 100% địa bàn cấp xã';
const TRAINEES_QUOTE =
  'Phối hợp tổ chức thi và cấp chứng chỉ ứng dụng Công nghệ thông tin cơ bản theo Thông tư số 03/2014/TT-BTTTT của Bộ TT&TT cho 67 học viên của 16 cơ quan, đơn vị';
const INSPECTIONS_QUOTE = 'thanh tra 02 cuộc/04 đơn vị';
const CHECKS_QUOTE =
  '06 cuộc/07 đối tượng về việc chấp hành các quy định về cung cấp dịch vụ internet và truyền hình trả tiền; các trạm điện thoại di động mặt đất công cộng; kiểm tra các lĩnh vực Bưu chính';
const SANCTIONS_QUOTE = 'Ban hành 05 quyết định xử phạt vi phạm hành chính, nộp ngân sách nhà nước số tiền là 60.000.000đ';

/**
 * F01–F23 and F30–F33 of FACTS.md, each with the words of the article it stands on, character for
 * character: where the article has a no-break space the quote has one too (`\u00a0`).
 */
const figures: ObservationInput[] = [
  figure({ factId: 'F01', indicatorCode: 'PRESS_BULLETIN_LICENCES_ISSUED', value: 3, ownerUnitCode: PRESS_DIVISION, sourceQuote: 'Sở đã cấp 03 giấy phép xuất bản bản tin' }),
  figure({
    factId: 'F02',
    indicatorCode: 'PRESS_CENTRAL_NEWS_E_BULLETINS',
    value: 66,
    ownerUnitCode: PRESS_DIVISION,
    sourceQuote: '66 bản tin điện tử tổng hợp thông tin về tỉnh Lạng Sơn trên báo chí Trung ương',
  }),
  figure({
    factId: 'F03',
    indicatorCode: 'PUBLISHING_NONCOMMERCIAL_LICENCES_ISSUED',
    value: 59,
    ownerUnitCode: PRESS_DIVISION,
    sourceQuote: 'Thẩm định cấp 59 giấy phép xuất bản tài liệu không kinh doanh cho các cơ quan, đơn vị',
  }),
  figure({
    factId: 'F04',
    indicatorCode: 'PUBLISHING_LEGAL_DEPOSITS_READ',
    value: 29,
    ownerUnitCode: PRESS_DIVISION,
    sourceQuote: 'Nhận và đọc 29 xuất bản phẩm lưu chiểu của các cơ quan, đơn vị',
  }),
  figure({
    factId: 'F05',
    indicatorCode: 'PRESS_COVID_VIDEO_CLIPS_PRODUCED',
    value: 4,
    ownerUnitCode: PRESS_DIVISION,
    sourceQuote: 'cán bộ của Sở đã trực tiếp tham gia sản xuất 04 videoclip để tuyên truyền trên hệ thống truyền hình, internet',
  }),
  figure({
    factId: 'F06',
    indicatorCode: 'HEALTH_DECLARATION_POPULATION_RATE',
    value: 16.2,
    ownerUnitCode: PRESS_DIVISION,
    sourceQuote: '16,2% dân số toàn tỉnh thực hiện khai báo y tế, nằm trong tốp 20 tỉnh có tỷ lệ người khai báo y tế cao trên toàn quốc',
    noteVi: 'Nằm trong tốp 20 tỉnh có tỷ lệ người khai báo y tế cao trên toàn quốc.',
    noteEn: 'Among the top 20 provinces by share of people making a health declaration nationwide.',
  }),
  figure({
    factId: 'F07',
    indicatorCode: 'IT_ONLINE_SERVICES_LEVEL4_RATE',
    value: 32.4,
    target: 30,
    sourceQuote:
      'Lạng Sơn\u00a0là 1 trong 7 tỉnh, thành phố đầu tiên hoàn thành chỉ tiêu 30%\u00a0dịch vụ công trực tuyến mức độ 4 theo Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019 - 2020, định hướng đến 2025 (đạt 32,4%)',
    noteVi: 'Là 1 trong 7 tỉnh, thành phố đầu tiên hoàn thành chỉ tiêu.',
    noteEn: 'One of the first 7 provinces and cities to meet the target.',
  }),
  figure({
    factId: 'F08',
    indicatorCode: 'IT_E_OFFICE_AGENCY_COVERAGE_RATE',
    value: 100,
    sourceQuote: 'Thực hiện chuyển đổi hệ thống Văn phòng điện tử tại 100% cơ quan hành chính nhà nước từ cấp tỉnh, huyện, xã',
  }),
  figure({
    factId: 'F09',
    indicatorCode: 'IT_E_OFFICE_USER_ACCOUNTS',
    value: 10_641,
    sourceQuote: '10.641 tài khoản người dùng được thực hiện liên thông 4 cấp',
  }),
  figure({ factId: 'F10', indicatorCode: 'IT_PERSONAL_DIGITAL_CERTIFICATES', value: 538, sourceQuote: 'cấp mới 538 chứng thư số cá nhân', ...ISSUED_BY_CUC }),
  figure({ factId: 'F11', indicatorCode: 'IT_ORGANISATION_DIGITAL_CERTIFICATES', value: 193, sourceQuote: '193 chứng thư số cho tổ chức', ...ISSUED_BY_CUC }),
  figure({ factId: 'F12', indicatorCode: 'IT_PKI_SIMS_ISSUED', value: 139, sourceQuote: 'cấp mới 139 SIM PKI', ...ISSUED_BY_CUC }),
  figure({ factId: 'F13', indicatorCode: 'POST_SERVICE_POINTS', value: 238, sourceQuote: POSTAL_POINTS_QUOTE }),
  figure({ factId: 'F13', indicatorCode: 'POST_COMMUNE_COVERAGE_RATE', value: 100, sourceQuote: POSTAL_POINTS_QUOTE }),
  figure({ factId: 'F14', indicatorCode: 'POST_INHABITANTS_PER_POINT', value: 3_555, sourceQuote: 'bình quân đạt 3.555 dân/điểm phục vụ' }),
  figure({
    factId: 'F15',
    indicatorCode: 'POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE',
    value: 94,
    numerator: 187,
    denominator: 200,
    sourceQuote: 'tổng số xã, phường, thị trấn có báo đến trong ngày phát hành là 187/200 xã, đạt tỷ lệ 94%',
  }),
  figure({ factId: 'F16', indicatorCode: 'POST_PUBLIC_DOSSIERS_RECEIVED', value: 987, sourceQuote: '987 hồ sơ nhận qua dịch vụ bưu chính công ích' }),
  figure({ factId: 'F17', indicatorCode: 'POST_PUBLIC_RESULTS_RETURNED', value: 2_700, sourceQuote: '2.700 hồ sơ trả qua Bưu chính công ích' }),
  figure({
    factId: 'F18',
    indicatorCode: 'TELECOM_PHONE_SUBSCRIBERS',
    value: 819_000,
    sourceQuote: 'Tổng số máy điện thoại hiện đang duy trì hoạt động trên mạng là 819.000 thuê bao (TB)',
  }),
  figure({ factId: 'F19', indicatorCode: 'TELECOM_PHONE_DENSITY', value: 105, sourceQuote: 'mật độ khoảng 105 TB/100 dân' }),
  figure({ factId: 'F20', indicatorCode: 'TELECOM_INTERNET_SUBSCRIBERS', value: 91_000, sourceQuote: 'Thuê bao Internet đạt khoảng 91.000 TB' }),
  figure({ factId: 'F21', indicatorCode: 'TELECOM_INTERNET_DENSITY', value: 12, sourceQuote: 'mật độ khoảng 12 TB/100 dân' }),
  figure({
    factId: 'F22',
    indicatorCode: 'IT_COMMUNE_ONE_STOP_COMPUTER_SETS',
    value: 200,
    ownerUnitCode: IT_CENTRE,
    sourceQuote: 'Triển khai\u00a0lắp,\u00a0cài đặt 200 bộ máy tính, máy quét để thực hiện giải quyết\u00a0thủ tục hành chính tại bộ phận tiếp nhận và trả kết quả cấp xã',
  }),
  figure({ factId: 'F23', indicatorCode: 'IT_BASIC_SKILLS_CERTIFIED_TRAINEES', value: 67, ownerUnitCode: IT_CENTRE, sourceQuote: TRAINEES_QUOTE }),
  figure({ factId: 'F23', indicatorCode: 'IT_BASIC_SKILLS_TRAINEE_UNITS', value: 16, ownerUnitCode: IT_CENTRE, sourceQuote: TRAINEES_QUOTE }),
  figure({ factId: 'F30', indicatorCode: 'INSPECTION_INSPECTIONS', value: 2, ownerUnitCode: INSPECTORATE, sourceQuote: INSPECTIONS_QUOTE }),
  figure({ factId: 'F30', indicatorCode: 'INSPECTION_INSPECTED_UNITS', value: 4, ownerUnitCode: INSPECTORATE, sourceQuote: INSPECTIONS_QUOTE }),
  figure({ factId: 'F31', indicatorCode: 'INSPECTION_CHECKS', value: 6, ownerUnitCode: INSPECTORATE, sourceQuote: CHECKS_QUOTE }),
  figure({ factId: 'F31', indicatorCode: 'INSPECTION_CHECKED_SUBJECTS', value: 7, ownerUnitCode: INSPECTORATE, sourceQuote: CHECKS_QUOTE }),
  figure({ factId: 'F32', indicatorCode: 'INSPECTION_SANCTION_DECISIONS', value: 5, ownerUnitCode: INSPECTORATE, sourceQuote: SANCTIONS_QUOTE }),
  figure({ factId: 'F32', indicatorCode: 'INSPECTION_FINES_PAID', value: 60_000_000, ownerUnitCode: INSPECTORATE, sourceQuote: SANCTIONS_QUOTE }),
  figure({
    factId: 'F33',
    indicatorCode: 'INSPECTION_FALSE_INFORMATION_SUBJECTS',
    value: 2,
    ownerUnitCode: INSPECTORATE,
    sourceQuote: 'kịp thời phát hiện và xử lý 02 đối tượng đưa tin sai sự thật trên mạng xã hội',
  }),
];

/** The indicators and figures of the first data set, for checks that compare them with the source. */
export const firstDataSetKpis = { period: PERIOD, areaCode: PROVINCE, indicators, figures } as const;

/**
 * Inserts the reporting period 2020-H1 (published), the indicators and the figures of the report that are
 * missing (each looked up by its natural key first, never overwritten), and returns how many
 * records it inserted. The areas and units they reference must be seeded before.
 */
export async function seedKpis(repos: { kpis: KpisRepository }, context: AuditContext): Promise<number> {
  const { kpis } = repos;
  let inserted = 0;
  if (!(await kpis.getPeriod(PERIOD))) {
    // The report of 2020-H1 is public: its period is opened and published (a period found open
    // is left as a statistician left it).
    await kpis.createPeriod(describePeriod(PERIOD), context);
    await kpis.publishPeriod(PERIOD, context);
    inserted++;
  }
  const known = await kpis.getIndicators(indicators.map((input) => input.code));
  for (const [index, input] of indicators.entries()) {
    if (known[index]) continue;
    await kpis.createIndicator(input, context);
    inserted++;
  }
  for (const input of figures) {
    const key = { indicatorCode: input.indicatorCode, period: input.period, areaCode: input.areaCode };
    if (await kpis.findObservation(key)) continue;
    await kpis.upsertObservation(input, {}, context);
    inserted++;
  }
  return inserted;
}
