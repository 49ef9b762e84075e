/**
 * The first data set of the news domain: the article the whole data set comes from (FACTS.md
 * F60–F64), published on 30/06/2020 15:54 by the Centre for IT and Communications.
 * Texts are the source's words; its non-breaking spaces are written as plain spaces.
 */
import type { AuditContext } from '@egov/db';
import { articleSlug, type ArticleImageInput, type ArticleInput } from '@egov/news-model';
import { paragraphsToHtml, type NewsRepository } from '@egov/news-server';

/** F60: the title, as the source gives it. */
const TITLE = 'Hội nghị sơ kết công tác Thông tin và Truyền thông 6 tháng đầu năm 2020';

/** F61: "Thứ ba, 30/06/2020 15:54", Asia/Ho_Chi_Minh (UTC+7). */
export const FIRST_ARTICLE_PUBLISHED_AT = '2020-06-30T15:54:00+07:00';

/** F62: "Ngày 26/6/2020, Sở Thông tin và Truyền thông ( TT&TT) Lạng Sơn đã tổ chức Hội nghị sơ kết…". */
const EVENT_DATE = '2020-06-26';

/**
 * The article's paragraphs, verbatim (source spelling and spacing kept). Left out: the title and
 * date lines (stored as fields), the image file-name lines and their captions (stored as images),
 * the author line (stored as the author) and the portal furniture after it.
 */
const PARAGRAPHS: readonly string[] = [
  'Ngày 26/6/2020, Sở Thông tin và Truyền thông ( TT&TT) Lạng Sơn đã tổ chức Hội nghị sơ kết công tác TT&TT 06 tháng đầu năm và phương hướng, nhiệm vụ 06 tháng cuối năm 2020.',
  'Dự Hội nghị có lãnh đạo Sở TT&TT; trưởng, phó các phòng, đơn vị trực thuộc Sở TT&TT; đại diện lãnh đạo Đài Phát thanh và Truyền hình tỉnh; Báo Lạng Sơn; Tạp chí Văn học nghệ thuật tỉnh; đại diện lãnh đạo UBND, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thể thao và Truyền thông các huyện, thành phố; đại diện lãnh đạo các tổ chức, doanh nghiệp hoạt động trong lĩnh vực TT&TT trên địa bàn tỉnh. Đồng chí Nguyễn Quang Huy, Bí thư Chi bộ, Giám đốc Sở TT&TT chủ trì Hội nghị.',
  'Trong 6 tháng đầu năm 2020, tập thể Lãnh đạo Sở luôn bám sát Kế hoạch công tác đề ra, tập trung chỉ đạo, điều hành, phát động thi đua và động viên toàn thể cán bộ, công chức, viên chức, người lao động trong cơ quan tích cực triển khai thực hiện nhiệm vụ. Qua đó đã đạt được những kết quả nổi bật như sau:',
  'Đối với lĩnh vực Thông tin - Báo chí - Xuất bản: Sở đã cấp 03 giấy phép xuất bản bản tin, 66 bản tin điện tử tổng hợp thông tin về tỉnh Lạng Sơn trên báo chí Trung ương; Thẩm định cấp 59 giấy phép xuất bản tài liệu không kinh doanh cho các cơ quan, đơn vị; Nhận và đọc 29 xuất bản phẩm lưu chiểu của các cơ quan, đơn vị. Trong hoạt động tuyên truyền phòng chống bệnh dịch Covid19, cán bộ của Sở đã trực tiếp tham gia sản xuất 04 videoclip để tuyên truyền trên hệ thống truyền hình, internet; 16,2% dân số toàn tỉnh thực hiện khai báo y tế, nằm trong tốp 20 tỉnh có tỷ lệ người khai báo y tế cao trên toàn quốc.',
  'Về lĩnh vực Công nghệ thông tin: Triển khai cung cấp dịch vụ công trực tuyến mức độ 3, 4 trên môi trường mạng. Lạng Sơn là 1 trong 7 tỉnh, thành phố đầu tiên hoàn thành chỉ tiêu 30% dịch vụ công trực tuyến mức độ 4 theo Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019 - 2020, định hướng đến 2025 (đạt 32,4%); Hoàn thành xây dựng nền tảng chia sẻ, dữ liệu cấp tỉnh; Thực hiện chuyển đổi hệ thống Văn phòng điện tử tại 100% cơ quan hành chính nhà nước từ cấp tỉnh, huyện, xã với 10.641 tài khoản người dùng được thực hiện liên thông 4 cấp. Sở đã đề nghị Cục Chứng thực số và Bảo mật Thông tin cấp mới 538 chứng thư số cá nhân, 193 chứng thư số cho tổ chức; cấp mới 139 SIM PKI; Triển khai hiệu quả Đề án Chính quyền điện tử tỉnh Lạng Sơn, giai đoạn 2019 - 2025 theo lộ trình đã phê duyệt.',
  'Lĩnh vực Bưu chính, Viễn thông, Internet: Tiếp tục có những bước phát triển mạnh mẽ: Hạ tầng mạng lưới bưu chính rộng khắp, ổn định với tổng số 238 điểm phục vụ tại 100% địa bàn cấp xã, bình quân đạt 3.555 dân/điểm phục vụ; tổng số xã, phường, thị trấn có báo đến trong ngày phát hành là 187/200 xã, đạt tỷ lệ 94%; có 987 hồ sơ nhận qua dịch vụ bưu chính công ích, và 2.700 hồ sơ trả qua Bưu chính công ích. Riêng đối với các thủ tục hành chính thuộc thẩm quyền giải quyết của Sở, từ nay đến hết năm 2020, toàn bộ hồ sơ trả kết quả sẽ được chuyển trả qua Bưu điện. Sở đã chỉ đạo các doanh nghiệp hoàn thiện mạng truyền số liệu chuyên dùng, phục vụ riêng cho các cơ quan Đảng, Nhà nước -  sẵn sàng cung cấp các dịch vụ truyền số liệu và ứng dụng công nghệ thông tin đảm bảo an toàn, an ninh khi sử dụng hạ tầng dùng riêng. Các doanh nghiệp đã chú trọng đầu tư vào chất lượng dịch vụ. Tổng số máy điện thoại hiện đang duy trì hoạt động trên mạng là 819.000 thuê bao (TB), mật độ khoảng 105 TB/100 dân. Thuê bao Internet đạt khoảng 91.000 TB với mật độ khoảng 12 TB/100 dân.',
  'Trong 6 tháng đầu năm, Thanh tra Sở đã chủ trì và phối hợp với các cơ quan, đơn vị liên quan thực hiện thanh tra 02 cuộc/04 đơn vị, 06 cuộc/07 đối tượng về việc chấp hành các quy định về cung cấp dịch vụ internet và truyền hình trả tiền; các trạm điện thoại di động mặt đất công cộng; kiểm tra các lĩnh vực Bưu chính. Ban hành 05 quyết định xử phạt vi phạm hành chính, nộp ngân sách nhà nước số tiền là 60.000.000đ. Đối với công tác phòng chống Covid -19, Thanh tra Sở đã phối hợp với các cơ quan liên quan kịp thời phát hiện và xử lý 02 đối tượng đưa tin sai sự thật trên mạng xã hội.',
  'Trung tâm Công nghệ thông tin và Truyền thông tiếp tục quản lý, vận hành hoạt động ổn định Trung tâm tích hợp dữ liệu của tỉnh; Triển khai lắp, cài đặt 200 bộ máy tính, máy quét để thực hiện giải quyết thủ tục hành chính tại bộ phận tiếp nhận và trả kết quả cấp xã; Cài đặt phần mềm diệt virus bản quyền CMC Antivirus cho các đơn vị trong tỉnh; Phối hợp tổ chức thi và cấp chứng chỉ ứng dụng Công nghệ thông tin cơ bản theo Thông tư số 03/2014/TT-BTTTT của Bộ TT&TT cho 67 học viên của 16 cơ quan, đơn vị đảm bảo an toàn đúng quy định.',
  'Tại Hội nghị, các đại biểu đã thảo luận giải quyết các kiến nghị liên quan đến các vấn đề như: quy định về chế độ phí, lệ phí thẩm định, đánh giá điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng; hỗ trợ thiết lập xây dựng Trang thông tin điện tử thành phần cấp xã trên Trang thông tin điện tử của huyện theo Quyết định số 933/QĐ-UBND ngày 22/5/2018; tổ chức lớp tập huấn về công tác xử lý vi phạm hành chính thuộc ngành TT&TT; đầu tư xây dựng Trạm truyền thanh cấp xã; hướng dẫn thực hiện việc sử dụng chứng thư số, chữ ký số cho công chức văn thư vào sổ công văn, gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính Nhà nước...',
  'Để hoàn thành các nhiệm vụ trọng tâm 6 tháng cuối năm 2020 theo kế hoạch, đồng chí Nguyễn Quang Huy, Giám đốc Sở đề nghị: lãnh đạo UBND các huyện, thành phố tiếp tục quan tâm, chỉ đạo và tạo điều kiện cho ngành TT&TT tại địa phương. Phòng Văn hóa – Thông tin,Trung tâm Văn hóa, Thể thao và Truyền thông bám sát các định hướng tuyên truyền của cấp có thẩm quyền làm tốt công tác tuyên truyền, phản ánh đúng tình hình kinh tế - xã hội địa phương, tuyên truyền tốt công tác Đại hội Đảng các cấp. Các doanh nghiệp TT&TT cần chủ động trong kinh doanh, sản xuất, thực hiện nghiêm túc các quy định của pháp luật, thi đua lập thành tích nhằm đẩy mạnh kinh doanh, sản xuất, phấn đấu hoàn thành các chỉ tiêu đề ra. Đồng thời, đồng chí cũng chỉ đạo các phòng chuyên môn và đơn vị trực thuộc Sở, công chức, viên chức, người lao động ngành TT&TT đoàn kết, ra sức thi đua, phấn đấu hoàn thành tốt các nhiệm vụ được giao.',
  'Tại Hội nghị, thừa ủy quyền của Chủ tịch UBND tỉnh, đồng chí Giám đốc Sở đã trao Bằng khen của Chủ tịch UBND tỉnh cho Trung tâm Công nghệ thông tin và Truyền thông vì đã đạt 02 năm liên tục hoàn thành xuất sắc nhiệm vụ và Phòng Thông tin - Báo chí - Xuất bản vì đã có thành tích xuất sắc trong phong trào thi đua thực hiện kế hoạch và nhiện vụ công tác năm 2019. Đồng chí cũng tặng Giấy khen cho 06 tập thể và 13 cá nhân điển hình tiên tiến ngành TT&TT giai đoạn 2016 -2020.',
];

/** F63: the three images in the order they appear; the files themselves are not available. */
const IMAGES: ArticleImageInput[] = [
  { fileName: '20200630-Nam-6.jpg', captionVi: 'Đồng chí Nguyễn Quang Huy, Bí thư Chi bộ, Giám đốc Sở TT&TT phát biểu khai mạc Hội nghị.', position: 1 },
  { fileName: '20200630-Nam-8.jpg', captionVi: 'Lãnh đạo Sở TT&TT trao Giấy khen cho các tập thể và cá nhân điển hình tiên tiến ngành TT&TT giai đoạn 2016-2020.', position: 2 },
  { fileName: '20200630-Nam-7.jpg', captionVi: 'Lãnh đạo Sở TT&TT trao Giấy khen cho các tập thể và cá nhân điển hình tiên tiến ngành TT&TT giai đoạn 2016-2020.', position: 3 },
];

/** F64: the matters delegates raised, in the source's words ("các kiến nghị liên quan đến các vấn đề như: …"). */
const TOPICS: string[] = [
  'quy định về chế độ phí, lệ phí thẩm định, đánh giá điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
  'hỗ trợ thiết lập xây dựng Trang thông tin điện tử thành phần cấp xã trên Trang thông tin điện tử của huyện theo Quyết định số 933/QĐ-UBND ngày 22/5/2018',
  'tổ chức lớp tập huấn về công tác xử lý vi phạm hành chính thuộc ngành TT&TT',
  'đầu tư xây dựng Trạm truyền thanh cấp xã',
  'hướng dẫn thực hiện việc sử dụng chứng thư số, chữ ký số cho công chức văn thư vào sổ công văn, gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính Nhà nước',
];

/** F58: "Nguyễn Như Trang ( Trung tâm CNTT và Truyền thông Lạng Sơn)". */
const AUTHOR = { name: 'Nguyễn Như Trang', personId: 'nguyen-nhu-trang', unitCode: 'trung-tam-cntt-tt' };

/** F50–F54: the department, its division, inspectorate and centre, and the provincial press bodies present. */
const RELATED_UNITS = [
  'so-tttt',
  'phong-ttbcxb',
  'thanh-tra-so',
  'trung-tam-cntt-tt',
  'dai-ptth-lang-son',
  'bao-lang-son',
  'tap-chi-vhnt-lang-son',
];

/** The source article as an editor would enter it (F60–F64); its summary is derived from the body. */
export const firstArticle: ArticleInput = {
  title: TITLE,
  bodyHtml: paragraphsToHtml(PARAGRAPHS),
  authorName: AUTHOR.name,
  authorUnitCode: AUTHOR.unitCode,
  authorPersonId: AUTHOR.personId,
  relatedUnitCodes: RELATED_UNITS,
  eventDate: EVENT_DATE,
  reportsPeriod: '2020-H1',
  topics: TOPICS,
  images: IMAGES,
};

/**
 * Creates the source article and publishes it at its original time (F61). An article already at
 * its slug is left as it is, except that a draft left by an interrupted run is published.
 * Returns how many articles it inserted.
 */
export async function seedNews(repos: { news: NewsRepository }, context: AuditContext): Promise<number> {
  const existing = await repos.news.getBySlug(articleSlug(TITLE), { includeUnpublished: true });
  if (existing && existing.state !== 'draft') return 0;
  const draft = existing ?? (await repos.news.createDraft(firstArticle, context));
  await repos.news.publish(draft.id, draft.version, { at: FIRST_ARTICLE_PUBLISHED_AT }, context);
  return existing ? 0 : 1;
}
