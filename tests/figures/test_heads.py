"""What a head noun gives (figures/heads.py): services with and without dossiers. Sentences written for these tests."""
from __future__ import annotations

import pytest

from figure_fixtures import facts


@pytest.mark.parametrize("text,expected", [
    ("Cả năm, 214 dịch vụ công trực tuyến không phát sinh hồ sơ nào.", [("services_no_dossiers", 214.0)]),
    ("Vẫn còn 58 dịch vụ mức độ 4 chưa có hồ sơ nào trong sáu tháng.", [("services_no_dossiers", 58.0)]),
    ("Trong 900 dịch vụ toàn trình, 377 dịch vụ chưa từng phát sinh một hồ sơ trực tuyến nào, chiếm 41,9%.",
     [("services_full_process", 900.0), ("services_no_dossiers", 377.0), ("services_no_dossiers_pct", 41.9)]),
    # without the negation: the services that had dossiers
    ("Có 523 dịch vụ công trực tuyến phát sinh hồ sơ trong năm.", [("services_with_dossiers", 523.0)]),
])
def test_services_without_dossiers_are_neither_a_level_nor_those_with_dossiers(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a part of them opening the clause after the count: whether dossiers came is said of that part
    ("Tỉnh có 415 dịch vụ công trực tuyến mức độ 3 và 37 dịch vụ mức độ 4, nhiều dịch vụ hầu như chưa phát sinh hồ sơ.",
     [("services_level3", 415.0), ("services_level4", 37.0)]),
    ("Hiện có 64 dịch vụ mức độ 4, một số dịch vụ cả năm không có hồ sơ nào.", [("services_level4", 64.0)]),
    ("Huyện cung cấp 58 dịch vụ mức độ 3, phần lớn chưa có hồ sơ.", [("services_level3", 58.0)]),
    ("Cổng đang có 233 dịch vụ mức độ 4; đa số vẫn chưa phát sinh hồ sơ trực tuyến.", [("services_level4", 233.0)]),
    # … but the predicate right after the count's comma, with no part named, is the count's
    ("Có 129 dịch vụ mức độ 4, không phát sinh hồ sơ nào trong năm.", [("services_no_dossiers", 129.0)]),
    ("Tỉnh có 45 dịch vụ mức độ 4, trong đó 9 dịch vụ chưa phát sinh hồ sơ.",
     [("services_level4", 45.0), ("services_no_dossiers", 9.0)]),
])
def test_a_part_of_the_services_opening_the_next_clause_is_not_the_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # services that take payment online are a subset of their own: no total of services
    ("Trong 1.210 dịch vụ công trực tuyến của tỉnh, 604 dịch vụ đã tích hợp thanh toán trực tuyến.",
     [("services_total", 1210.0), ("services_paid_online", 604.0)]),
    ("Hiện có 318 dịch vụ có thu phí, lệ phí được thanh toán qua Cổng.", [("services_paid_online", 318.0)]),
    # … also after a list of the total's parts, past a semicolon (no item of that list)
    ("Năm 2024, tỉnh cung cấp 1.516 dịch vụ công trực tuyến, trong đó 742 dịch vụ toàn trình và 774 dịch vụ một phần; "
     "386 dịch vụ đã tích hợp thanh toán trực tuyến.",
     [("services_total", 1516.0), ("services_full_process", 742.0), ("services_partial", 774.0),
      ("services_paid_online", 386.0)]),
    # … but a count naming no payment stays the total
    ("Tỉnh đang cung cấp 1.210 dịch vụ công trực tuyến.", [("services_total", 1210.0)]),
])
def test_services_that_take_payment_are_no_total_of_services(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # results handed back are no rate said before them: only their digitised share is a figure
    ("Năm 2025 phấn đấu tỷ lệ hồ sơ trực tuyến đạt 85% và 100% kết quả giải quyết được số hóa.",
     [("dossiers_online_pct", 85.0), ("dossiers_digitized_pct", 100.0)]),
    ("Tỷ lệ hồ sơ nộp trực tuyến đạt 64,2%, 100% kết quả giải quyết TTHC được trả kèm bản điện tử.",
     [("dossiers_online_pct", 64.2)]),
    # … also when they are named as results alone, the digitising right after them
    ("Mục tiêu năm 2024: tỷ lệ hồ sơ trực tuyến đạt 60% và 90% kết quả được số hóa.",
     [("dossiers_online_pct", 60.0), ("dossiers_digitized_pct", 90.0)]),
    ("Đến nay 80,5% hồ sơ được nộp qua mạng; 47% kết quả đã được số hóa.",
     [("dossiers_online_pct", 80.5), ("dossiers_digitized_pct", 47.0)]),
    ("Xã phấn đấu 75% hồ sơ được gửi trực tuyến, 100% kết quả được số hóa.",
     [("dossiers_online_pct", 75.0), ("dossiers_digitized_pct", 100.0)]),
    # digitised named before them, in the rate's own words or across a comma of one subject
    ("Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt 73,9%.", [("dossiers_digitized_pct", 73.9)]),
    ("Tỷ lệ số hóa hồ sơ, kết quả giải quyết của huyện đạt 58,3%.", [("dossiers_digitized_pct", 58.3)]),
    # results sent back by post are not the dossiers resolved, nor those received
    ("Bưu điện huyện đã nhận 812 hồ sơ tại nhà và chuyển trả 1.405 kết quả giải quyết cho người dân.",
     [("dossiers_postal", 812.0)]),
])
def test_results_handed_back_are_a_figure_only_when_digitised(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an agency's own work files are no citizens' dossiers: their shares continue no rate said before them
    ("Tỷ lệ văn bản điện tử đạt 97%. Hồ sơ công việc được xử lý trên môi trường mạng đạt 81,5%.",
     [("edocs_pct", 97.0)]),
    ("Năm 2022 phấn đấu tỷ lệ hồ sơ trực tuyến đạt 55%; 60% hồ sơ công việc cấp huyện được xử lý trên mạng.",
     [("dossiers_online_pct", 55.0)]),
    ("Tỷ lệ hồ sơ công việc xử lý trên mạng ở cấp tỉnh đạt 72%.", []),
])
def test_work_files_of_agencies_are_no_dossiers(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # lookups and questions are no requests for a procedure
    ("Tháng 5/2023, cổng ghi nhận 18.200 yêu cầu tra cứu tình trạng hồ sơ.", []),
    ("Năm 2023, tổng đài 1022 nhận 3.410 yêu cầu tư vấn về thủ tục hành chính.", []),
    # … a request for a paper or a service is one
    ("Năm 2023, Sở Tư pháp nhận 4.100 yêu cầu cấp phiếu lý lịch tư pháp.", [("dossiers_received", 4100.0)]),
])
def test_lookups_and_questions_are_no_requests_for_a_procedure(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # mailboxes of one type, or never used, are a part of the accounts, not their total
    ("Hệ thống có 9.200 hộp thư. Xét theo loại, có 1.150 hộp thư của cơ quan, đơn vị và 8.050 hộp thư cá nhân.",
     [("email_accounts", 9200.0)]),
    ("Ngoài ra còn 42 hộp thư dùng chung của các phòng.", []),
    ("Toàn tỉnh còn 1.730 hộp thư chưa từng được đăng nhập.", []),
    # … or denied any use, with their share of all
    ("Năm 2022 tỉnh có 9.800 hộp thư công vụ. Rà soát cho thấy 860 hộp thư không đăng nhập quá ba tháng, bằng 8,8% "
     "tổng số.", [("email_accounts", 9800.0)]),
    ("Năm 2022 tỉnh có 9.800 hộp thư công vụ; 412 hộp thư không được sử dụng trong năm.", [("email_accounts", 9800.0)]),
    ("Tỉnh đã cấp 7.420 hộp thư điện tử công vụ.", [("email_accounts", 7420.0)]),
])
def test_mailboxes_of_one_type_or_never_used_are_no_total(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a part of the accounts that is used counts the accounts in use, and the share after it is the usage share
    ("Hệ thống thư điện tử công vụ có 6.800 tài khoản, trong đó 5.105 tài khoản thường xuyên đăng nhập (chiếm 75,07%).",
     [("email_accounts", 6800.0), ("email_accounts_in_use", 5105.0), ("email_usage_pct", 75.07)]),
    ("Năm 2019 tỉnh đã cấp 3.000 hộp thư công vụ. Trong đó 2.310 hộp thư có đăng nhập hằng tuần, tương đương 77% số "
     "hộp thư đã cấp.",
     [("email_accounts", 3000.0), ("email_accounts_in_use", 2310.0), ("email_usage_pct", 77.0)]),
    # (… "hoạt động đều" says they are used too)
    ("Năm 2019 tỉnh đã cấp 2.400 hộp thư công vụ, trong đó 1.560 hộp thư có hoạt động đều, chiếm 65%.",
     [("email_accounts", 2400.0), ("email_accounts_in_use", 1560.0), ("email_usage_pct", 65.0)]),
    # … or right after the count of all the mailboxes, with no "trong đó"
    ("Năm 2020 huyện A có 412 hộp thư được cấp, 305 hộp thư dùng thường xuyên (tương đương 74%).",
     [("email_accounts", 412.0), ("email_accounts_in_use", 305.0), ("email_usage_pct", 74.0)]),
    # alone, the accounts in use are the accounts the article gives
    ("Toàn tỉnh đang có 12.400 tài khoản thư điện tử công vụ hoạt động thường xuyên.", [("email_accounts", 12400.0)]),
    # a part that says nothing of use stays accounts
    ("Hệ thống thư điện tử công vụ có 5.000 tài khoản, trong đó 1.200 tài khoản mới cấp trong năm.",
     [("email_accounts", 5000.0), ("email_accounts", 1200.0)]),
])
def test_a_part_of_the_accounts_in_use_counts_the_accounts_in_use_and_gives_the_usage_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the system named last before bare accounts owns them: the e-mail system named a sentence or paragraphs before
    ("Năm 2017, hệ thống thư công vụ của tỉnh phục vụ 180 cơ quan. Khối sở, ngành có 2.140 tài khoản; khối huyện có "
     "1.905 tài khoản.", [("email_agencies", 180.0), ("email_accounts", 2140.0), ("email_accounts", 1905.0)]),
    ("Hộp thư điện tử công vụ được triển khai từ năm 2012.\nĐến cuối năm 2016, toàn tỉnh có 6.050 tài khoản.",
     [("email_accounts", 6050.0)]),
    # in the headline, and a count with a use of its own counts the accounts in use
    ("Thư điện tử công vụ: bước tiến ở cấp xã\nNăm 2020, cấp xã có 1.720 tài khoản, 1.115 tài khoản đăng nhập mỗi tuần, "
     "bằng 64,83%.", [("email_accounts", 1720.0), ("email_accounts_in_use", 1115.0), ("email_usage_pct", 64.83)]),
    # another system named after the e-mail system owns the accounts after it, and so do the accounts' own words
    ("Tỉnh có 7.200 hộp thư công vụ. Cổng dịch vụ công của tỉnh có 31.400 tài khoản.", [("email_accounts", 7200.0)]),
    ("Tỉnh có 7.200 hộp thư công vụ. Đến nay đã có 52.000 tài khoản được tạo trên cổng.", [("email_accounts", 7200.0)]),
    ("Tỉnh có 7.200 hộp thư công vụ. Phần mềm quản lý văn bản có 3.100 tài khoản người dùng.",
     [("email_accounts", 7200.0)]),
    # no e-mail system named before: no e-mail accounts
    ("Năm 2021, toàn tỉnh có 4.300 tài khoản.", []),
    # x out of y accounts: y is the mailboxes, x a part of them (none of ours unless its words say it is used)
    ("Hộp thư công vụ ở cấp huyện: huyện A có 298 trong số 517 tài khoản, huyện B có 140 trong số 230 tài khoản.",
     [("email_accounts", 517.0), ("email_accounts", 230.0)]),
    ("Hộp thư công vụ ở cấp huyện: huyện A có 298 trên tổng số 517 tài khoản dùng hằng tuần.",
     [("email_accounts", 517.0)]),
])
def test_bare_accounts_belong_to_the_system_named_last_before_them(text, expected):
    assert facts(text, meta={"published": "2021-06-01"}) == expected


@pytest.mark.parametrize("text", [
    # something done to some of the accounts, or their own words naming a part of them: no stock of mailboxes
    "Hệ thống thư điện tử công vụ được nâng cấp. Sở đã khóa 96 tài khoản của người nghỉ hưu.",
    "Hệ thống thư điện tử công vụ được nâng cấp. Trong năm, Sở đặt lại mật khẩu cho 233 tài khoản.",
    "Hệ thống thư điện tử công vụ được nâng cấp. Có 1.420 tài khoản còn lại được chuyển sang máy chủ mới.",
    "Hệ thống thư điện tử công vụ được nâng cấp. Hiện vẫn có 618 tài khoản chưa từng đăng nhập.",
    "Hệ thống thư điện tử công vụ được nâng cấp. Số tài khoản chuyển đổi nhiều (huyện A 412 tài khoản, huyện B 380 "
    "tài khoản).",
])
def test_carried_accounts_that_something_is_done_to_are_no_stock(text):
    assert not [f for f in facts(text, meta={"published": "2021-06-01"}) if f[0].startswith("email_accounts")]


@pytest.mark.parametrize("text,expected", [
    # transactions are payments when their words say so, never dossiers
    ("- Thu phí, lệ phí trực tuyến: 9.816 giao dịch với số tiền hơn 3,2 tỷ đồng.", [("payments_online", 9816.0)]),
    ("Năm 2024, người dân thực hiện 41.572 giao dịch thanh toán trực tuyến.", [("payments_online", 41572.0)]),
    ("Tổng đài xử lý 2.300 giao dịch hỗ trợ qua điện thoại.", []),
])
def test_transactions_are_payments_when_they_say_so_never_dossiers(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate of one civil-status event is that event's, no dossier rate of ours
    ("Tỷ lệ khai sinh trực tuyến của huyện đạt 35,2%.", []),
    ("Phấn đấu năm sau tỷ lệ đăng ký kết hôn trực tuyến đạt trên 20%.", []),
    ("Xã dẫn đầu với tỷ lệ khai tử trực tuyến 61%, trong khi xã B chỉ 8%.", []),
    # the dossiers of a civil-status procedure are still dossiers
    ("Xã tiếp nhận 500 hồ sơ đăng ký khai sinh, trong đó 200 hồ sơ nộp trực tuyến.",
     [("dossiers_received", 500.0), ("dossiers_online", 200.0)]),
])
def test_civil_status_events_are_counted_on_their_own(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text, metric", [
    # issued in the figure's clause; the use after the comma is another clause's
    ("Năm 2023, 100% cán bộ, công chức được cấp hộp thư riêng, chấm dứt tình trạng dùng thư cá nhân.", "email_issued_pct"),
    ("Năm 2023, 97% công chức cấp xã đã được cấp hộp thư công vụ, thay cho việc dùng thư cá nhân.", "email_issued_pct"),
    # a level's "cấp" issues nothing: the use is the figure's own verb
    ("Năm 2023, 96% cán bộ cấp tỉnh, cấp huyện thường xuyên sử dụng thư điện tử công vụ.", "email_usage_pct"),
    ("Năm 2023, 88% công chức cấp xã dùng hộp thư công vụ, dù đã được cấp từ năm 2019.", "email_usage_pct"),
    # issued, then another system's use in a conjunct of its own: the use is not the mail's
    ("Năm 2022, 100% công chức của xã đã có hộp thư công vụ và dùng chữ ký số trên văn bản đi.", "email_issued_pct"),
    ("Năm 2022, 95% cán bộ được cấp tài khoản thư điện tử và sử dụng chứng thư số cá nhân.", "email_issued_pct"),
])
def test_the_e_mail_verb_of_the_figure_s_own_clause_names_its_share(text, metric):
    assert facts(text, ("metric",)) == [(metric,)]


@pytest.mark.parametrize("text, expected", [
    # a verb that reads mail names the mail itself, with no e-mail system in its sentence or the one before
    ("Năm 2022, hệ thống có 5.100 tài khoản thư điện tử công vụ.\nViệc dùng còn chênh lệch: ở các phường mới khoảng "
     "38% công chức mở thư hằng ngày.", [("email_accounts", 5100), ("email_usage_pct", 38)]),
    ("Năm 2022, hệ thống có 5.100 hộp thư công vụ.\nCòn ở vùng cao, chỉ 27% cán bộ đọc thư mỗi tuần.",
     [("email_accounts", 5100), ("email_usage_pct", 27)]),
    # a bare account issued or used when the system the article named last is e-mail
    ("Năm 2021, hệ thống thư điện tử của huyện có 1.240 tài khoản.\nTỷ lệ công chức cấp xã được cấp tài khoản đạt 91%; "
     "số còn lại là người mới về.", [("email_accounts", 1240), ("email_issued_pct", 91)]),
    ("Năm 2021, hệ thống thư điện tử của huyện có 1.240 tài khoản.\nĐến nay 74% cán bộ đã có tài khoản riêng; ít người "
     "còn dùng thư cá nhân.", [("email_accounts", 1240), ("email_issued_pct", 74)]),
    # … or a use said with no noun, the system the article named last being e-mail
    ("Năm 2019, tỉnh có 4.300 hộp thư công vụ.\nỞ khối sở, tỷ lệ sử dụng thường xuyên đạt 71%.",
     [("email_accounts", 4300), ("email_usage_pct", 71)]),
    ("Năm 2019, hệ thống thư điện tử có 4.300 tài khoản.\nTỷ lệ người dùng thường xuyên lần lượt là: Sở Y tế (64,5%), "
     "Sở Tư pháp (58%).", [("email_accounts", 4300), ("email_usage_pct", 64.5), ("email_usage_pct", 58)]),
])
def test_officials_words_that_name_the_mail_give_its_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "số" before using: the number of those using the mail, the users left out
    ("Năm 2022, tỉnh cấp hộp thư cho 100% công chức, nhưng ở cấp huyện số dùng thường xuyên chưa đến 45%.",
     [("email_issued_pct", 100), ("email_usage_pct", 45)]),
    ("Năm 2022, 98% cán bộ đã có hộp thư công vụ, còn số thường xuyên sử dụng chỉ khoảng 62%.",
     [("email_issued_pct", 98), ("email_usage_pct", 62)]),
    ("Năm 2022, huyện đã cấp 1.350 hộp thư công vụ; số sử dụng hằng ngày đạt 70%.",
     [("email_accounts", 1350), ("email_usage_pct", 70)]),
])
def test_the_number_using_the_mail_is_the_officials_use(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    # … not when the account is another system's, named last or in its own words
    "Năm 2021, hệ thống thư điện tử có 1.240 tài khoản.\nPhần mềm một cửa có 2.100 tài khoản.\nTỷ lệ công chức xã "
    "được cấp tài khoản đạt 91%; số còn lại là người mới về.",
    "Năm 2021, hệ thống thư điện tử có 1.240 tài khoản.\nTỷ lệ cán bộ được cấp tài khoản ngân hàng đạt 91%; số còn lại "
    "là người mới về.",
    "Năm 2021, hệ thống thư điện tử có 1.240 tài khoản.\nĐến cuối năm, 91% công chức xã được cấp chứng thư số cá nhân.",
    "Năm 2021, hệ thống thư điện tử có 1.240 tài khoản.\nPhần mềm quản lý văn bản có 2.100 người dùng.\nỞ khối sở, tỷ "
    "lệ sử dụng thường xuyên đạt 91%.",
])
def test_an_account_of_another_system_gives_no_e_mail_share(text):
    assert 91 not in [value for _, value in facts(text)]


@pytest.mark.parametrize("text, expected", [
    ("Tuần 19/2024, BPMC tiếp nhận 412 HS TTHC, trong đó nộp qua DVCTT 338 HS (82,04%).",
     [("dossiers_received", 412), ("dossiers_online", 338), ("dossiers_online_pct", 82.04)]),
    ("Năm 2024, 100% VB đi của UBND huyện được gửi dưới dạng điện tử.", [("edocs_pct", 100)]),
    ("Tuần 20 phấn đấu nâng tỷ lệ HS nộp qua DVC của huyện lên 85%.", [("dossiers_online_pct", 85)]),
    # "HSTT" (hồ sơ trực tuyến): online by its own letters, as a count's noun, a rate's, a level's
    ("Quý II/2022, xã nhận 1.140 hồ sơ, trong đó có 402 HSTT.", [("dossiers_received", 1140), ("dossiers_online", 402)]),
    ("Năm 2022, tỷ lệ HSTT của huyện trên tổng số hồ sơ đạt 31,7%.", [("dossiers_online_pct", 31.7)]),
    ("Năm 2022, số HSTT mức độ 4 là 95 hồ sơ.", [("dossiers_online_level4", 95)]),
])
def test_the_usual_abbreviations_of_minutes_read_as_their_words(text, expected):
    assert facts(text, ("metric", "value")) == expected


def test_dossiers_of_the_online_services_are_not_all_online():
    # "hồ sơ của các DVCTT": the dossiers the online services handled, whatever way they came in
    text = "Năm 2023, tổng số hồ sơ của các DVCTT được tiếp nhận là 131.788 hồ sơ."
    assert facts(text, ("metric",)) == [("dossiers_received",)]


@pytest.mark.parametrize("text,expected", [
    # a level after "và" is the next item's: this count's level stands before it
    ("Năm 2016, tỉnh phấn đấu nâng số dịch vụ mức độ 3 lên 250 dịch vụ và mức độ 4 lên 40 dịch vụ.",
     [("services_level3", 250.0), ("services_level4", 40.0)]),
    ("Năm 2016 kế hoạch đưa số dịch vụ công trực tuyến mức độ 3 lên ít nhất 180 dịch vụ và mức độ 4 lên 25 dịch vụ.",
     [("services_level3", 180.0), ("services_level4", 25.0)]),
    # a count with its own level keeps it
    ("Năm 2016 tỉnh có 120 dịch vụ mức độ 3 và 45 dịch vụ mức độ 4.",
     [("services_level3", 120.0), ("services_level4", 45.0)]),
])
def test_a_level_after_and_belongs_to_the_next_item(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a level named after a comma under a new subject ("số …", "tỷ lệ …") is that subject's, not the count's
    ("So với 1.500 thủ tục hành chính của tỉnh, số dịch vụ mức độ 4 chiếm 8%.",
     [("procedures_total", 1500.0), ("services_level4_pct", 8.0)]),
    ("Trong 1.720 TTHC đang áp dụng, tỷ lệ dịch vụ mức độ 3 là 21%.",
     [("procedures_total", 1720.0), ("services_level3_pct", 21.0)]),
    # a level in the count's own words stays its own
    ("Tỉnh có 230 thủ tục hành chính mức độ 3, số còn lại ở mức thấp hơn.", [("services_level3", 230.0)]),
])
def test_a_level_after_a_new_subject_is_not_the_procedures_count_s(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause set off by commas opening with a word of place ("nơi …") describes the unit, not the count after it
    ("Năm 2016, huyện A, nơi thí điểm nhận hồ sơ qua mạng từ năm 2013, tiếp nhận 2.300 hồ sơ.",
     [("dossiers_received", 2300.0)]),
    ("Năm 2016, xã B, là nơi có tổ hỗ trợ nộp hồ sơ trực tuyến, đã giải quyết 870 hồ sơ.",
     [("dossiers_resolved", 870.0)]),
    # the count's own words still name its kind
    ("Năm 2016, huyện A, nơi thí điểm từ năm 2013, tiếp nhận 460 hồ sơ qua mạng.", [("dossiers_online", 460.0)]),
])
def test_a_place_aside_gives_the_count_after_it_no_kind(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # the share right after a count of mailboxes in use is the usage rate
    ("Năm 2019, 2.300 hộp thư được dùng thường xuyên, đạt 87%.", [("email_accounts", 2300.0), ("email_usage_pct", 87.0)]),
    ("Năm 2019, có 940 tài khoản thư điện tử đăng nhập hằng ngày, chiếm 61,5%.",
     [("email_accounts", 940.0), ("email_usage_pct", 61.5)]),
    # a count of mailboxes given out keeps the issued share
    ("Năm 2019, tỉnh đã cấp 2.300 hộp thư điện tử công vụ, đạt 95%.", [("email_accounts", 2300.0), ("email_issued_pct", 95.0)]),
])
def test_the_share_of_mailboxes_in_use_is_the_usage_rate(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a share's own predicate is its first one: a second, coordinated with a negation, is another clause
    ("Năm 2024 phấn đấu trên 95% hồ sơ cư trú được nộp trực tuyến và không để tồn đọng hồ sơ quá hạn.",
     [("dossiers_online_pct", 95.0)]),
    ("Năm 2024 phấn đấu 98% hồ sơ được giải quyết đúng hạn, không để hồ sơ trễ hạn.", [("dossiers_ontime_pct", 98.0)]),
    # a second goal raising a count of its own keeps its level to itself, with or without the share's own verb
    ("Năm 2017, huyện phấn đấu 8% hồ sơ gửi qua mạng và nâng số dịch vụ mức độ 4 lên 25.",
     [("dossiers_online_pct", 8.0), ("services_level4", 25.0)]),
    ("Năm 2019, sở đặt chỉ tiêu 40% hồ sơ được nộp trực tuyến và đưa 30 thủ tục lên mức độ 4.",
     [("dossiers_online_pct", 40.0), ("services_level4", 30.0)]),
    ("Mục tiêu năm 2018: 12% hồ sơ nộp qua mạng, đồng thời nâng số dịch vụ mức độ 3 lên 200.",
     [("dossiers_online_pct", 12.0), ("services_level3", 200.0)]),
    # the level in the share's own phrase stays its own
    ("Năm 2018, 15% hồ sơ được nộp qua mạng ở mức độ 3 và đưa kết quả về tận nhà.", [("dossiers_online_level3_pct", 15.0)]),
    # a second goal of other work (the one-stop software, a system) names nothing the share counts
    ("Năm 2016, tỉnh đặt mục tiêu 6% hồ sơ gửi qua mạng và hoàn thành kết nối phần mềm một cửa điện tử các huyện.",
     [("dossiers_online_pct", 6.0)]),
    ("Năm 2020, huyện phấn đấu 25% hồ sơ nộp trực tuyến, triển khai phần mềm một cửa điện tử đến cấp xã.",
     [("dossiers_online_pct", 25.0)]),
])
def test_a_share_s_predicate_is_its_first_one(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a base named before its comma or "thì" ends there: the level after it is the next subject's
    ("Năm 2019, trên tổng số 1.530 thủ tục hành chính, dịch vụ mức độ 3 chiếm 41,2%.",
     [("procedures_total", 1530.0), ("services_level3_pct", 41.2)]),
    ("Năm 2019, trong tổng số 2.004 thủ tục, dịch vụ mức độ 4 chiếm 9,5%.",
     [("procedures_total", 2004.0), ("services_level4_pct", 9.5)]),
    ("Năm 2019, nếu tính trên tổng số 1.530 thủ tục hành chính thì số dịch vụ mức độ 3 chiếm 41,2%.",
     [("procedures_total", 1530.0), ("services_level3_pct", 41.2)]),
    # without a base word the level in the count's own phrase stays its own
    ("Năm 2019, tỉnh có 312 thủ tục mức độ 3, chiếm 20,4%.", [("services_level3", 312.0), ("services_level3_pct", 20.4)]),
])
def test_a_base_s_own_phrase_ends_at_its_comma(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a service level right on a dossier count names its channel: online at that level
    ("Năm 2016, trong số đó có 2.140 hồ sơ nộp ở mức độ 3 và 315 hồ sơ ở mức độ 4.",
     [("dossiers_online_level3", 2140.0), ("dossiers_online_level4", 315.0)]),
    ("Năm 2016, sở nhận 96 hồ sơ mức độ 3 trên tổng số 1.870 hồ sơ.",
     [("dossiers_online_level3", 96.0), ("dossiers_received", 1870.0)]),
    ("Năm 2017, có 58 hồ sơ được xử lý trọn vẹn ở mức độ IV.", [("dossiers_online_level4", 58.0)]),
    # (… whatever verbs stand between the noun and "ở" and the level, or as the subject of a copula)
    ("Năm 2019, 1.204 hồ sơ được giải quyết hoàn toàn ở mức độ 4, chiếm 41,2%.",
     [("dossiers_online_level4", 1204.0), ("dossiers_online_level4_pct", 41.2)]),
    ("Năm 2018, số hồ sơ giải quyết trọn vẹn ở mức độ 4 là 97.", [("dossiers_online_level4", 97.0)]),
    ("Năm 2016, số hồ sơ nộp ở mức độ 3 là 4.120.", [("dossiers_online_level3", 4120.0)]),
    # (… or the dossiers said to belong to the level or its services, each conjunct on its own)
    ("Quý II/2020, xã có 410 hồ sơ thuộc mức độ 3 và 37 hồ sơ thuộc mức độ 4.",
     [("dossiers_online_level3", 410.0), ("dossiers_online_level4", 37.0)]),
    ("Năm 2021, huyện ghi nhận 2.033 hồ sơ thuộc các dịch vụ mức độ 3 và 118 hồ sơ thuộc dịch vụ mức độ 4.",
     [("dossiers_online_level3", 2033.0), ("dossiers_online_level4", 118.0)]),
    ("Năm 2022, phường nhận 65 hồ sơ của dịch vụ mức độ 4.", [("dossiers_online_level4", 65.0)]),
    # … not a level of services named beside the count, nor level 2 (no online channel)
    ("Năm 2016, tỉnh tiếp nhận 5.000 hồ sơ, có 300 dịch vụ mức độ 3.",
     [("dossiers_received", 5000.0), ("services_level3", 300.0)]),
])
def test_a_service_level_on_a_dossier_count_names_its_online_channel(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate whose own words name using the e-mail, with no head of its own before the verb: the usage rate
    ("Năm 2014, tỷ lệ thường xuyên dùng hộp thư trong công việc mới khoảng 40%.", [("email_usage_pct", 40.0)]),
    ("Năm 2015, tỷ lệ sử dụng hộp thư công vụ trong trao đổi công việc đạt trên 70%.", [("email_usage_pct", 70.0)]),
    ("Ở cấp xã, tỷ lệ dùng thư điện tử công vụ hằng ngày chỉ đạt 38,5%.", [("email_usage_pct", 38.5)]),
    # issuing is no use; a use of something else is no e-mail rate
    ("Năm 2015, tỷ lệ cán bộ được cấp hộp thư đạt 95%.", [("email_issued_pct", 95.0)]),
    ("Năm 2015, tỷ lệ sử dụng phần mềm một cửa ở cấp xã đạt 88%.", []),
])
def test_a_rate_of_using_the_e_mail_is_the_usage_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # officials having a computer, in the rate's own words: the computers share, whatever e-mail the sentence named
    ("Năm 2020, tỷ lệ cán bộ được cấp hộp thư công vụ là 100%; tỷ lệ cán bộ, công chức có máy tính là 99%.",
     [("email_issued_pct", 100), ("computers_pct", 99)]),
    ("Hệ thống thư điện tử đã phủ khắp tỉnh, 96% công chức cấp xã được trang bị máy vi tính.", [("computers_pct", 96)]),
    # … the e-mail shares stay
    ("Năm 2021, 98% cán bộ, công chức được cấp hộp thư công vụ.", [("email_issued_pct", 98)]),
])
def test_officials_having_a_computer_are_the_computers_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share after the issued share whose own words (since the figure before, past a clause's comma) name use
    ("Năm 2018, tỷ lệ cán bộ được cấp hộp thư đạt 94% nhưng chỉ khoảng 61% thường xuyên dùng.",
     [("email_issued_pct", 94), ("email_usage_pct", 61)]),
    ("Năm 2018, tỷ lệ công chức được cấp hộp thư đạt 98%, song số người dùng hộp thư hằng ngày để gửi, nhận văn bản "
     "chỉ khoảng 47%.", [("email_issued_pct", 98), ("email_usage_pct", 47)]),
    # … not words of the figure before: "…70% … sử dụng thường xuyên, 100% … được cấp hộp thư" keeps the second issued
    ("Năm 2018, tỉnh phấn đấu 70% cán bộ sử dụng thư điện tử thường xuyên, 100% cán bộ được cấp hộp thư.",
     [("email_usage_pct", 70), ("email_issued_pct", 100)]),
])
def test_use_in_a_share_s_own_words_after_the_issued_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share of documents whose own clause says before it that they went electronically ("gửi điện tử chưa đến 10%
    # văn bản đi"): the e-document share
    ("Năm 2016, huyện A mới gửi điện tử chưa đến 12% văn bản đi.", [("edocs_pct", 12)]),
    ("Năm 2017, Sở đã trao đổi qua mạng khoảng 85% văn bản với các huyện.", [("edocs_pct", 85)]),
    # … not when the electronic words are another clause's
    ("Năm 2016, hồ sơ điện tử tăng mạnh, còn 40% văn bản vẫn gửi bằng giấy.", []),
])
def test_a_documents_share_sent_electronically_said_before_it(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # services offered on the national portal and, joined to it, another portal or system: all the services offered
    ("Năm 2024, tỉnh cung cấp 1.715 dịch vụ công trực tuyến trên Cổng Dịch vụ công của tỉnh và Cổng Dịch vụ công quốc "
     "gia.", [("services_total", 1715.0)]),
    ("Hiện sở cung cấp 84 dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ "
     "tục hành chính của tỉnh.", [("services_total", 84.0)]),
    ("Đến nay có 1.203 dịch vụ công trực tuyến được cung cấp trên Cổng Dịch vụ công quốc gia cùng ứng dụng di động của "
     "tỉnh.", [("services_total", 1203.0)]),
    # (the national portal alone, or another portal in another clause: the services offered there, still their total
    # when they are the first count of its sentence, see test_services_offered_on_the_national_portal_are_the_total)
    ("Năm 2024, tỉnh có 988 dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia, người dân vẫn dùng cổng của tỉnh.",
     [("services_total", 988.0)]),
])
def test_services_on_the_national_portal_and_another_are_all_services_offered(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # mailboxes issued to so many officials: one each, the accounts, whichever words name the e-mail
    ("Năm 2016, tỉnh đã cấp hộp thư cho 2.916 cán bộ, công chức.", [("email_accounts", 2916.0)]),
    ("Năm 2017, Sở đã tạo tài khoản thư điện tử công vụ cho 1.204 công chức cấp xã.", [("email_accounts", 1204.0)]),
    ("Năm 2018, hệ thống đã cấp hộp thư cho 3.050/3.400 cán bộ.", [("email_accounts", 3050.0)]),
    # a count of the mailboxes themselves between them is the figure; the officials after it are no second one
    ("Năm 2016, tỉnh cấp 300 hộp thư cho 1.204 cán bộ.", [("email_accounts", 300.0)]),
    # another thing issued to officials is not e-mail
    ("Năm 2016, Sở cấp chứng thư số cho 1.204 cán bộ.", [("digital_certificates", 1204.0)]),
])
def test_mailboxes_issued_to_officials_count_the_accounts(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # services or procedures counted by whether dossiers came through them: the services with (or without) dossiers,
    # whatever head names them, with or without "có"
    ("Năm 2020, có 436 dịch vụ phát sinh hồ sơ trực tuyến.", [("services_with_dossiers", 436.0)]),
    ("Năm 2020, chỉ có 436 thủ tục phát sinh hồ sơ trực tuyến, chiếm 34,96% số dịch vụ đang cung cấp.",
     [("services_with_dossiers", 436.0), ("services_with_dossiers_pct", 34.96)]),
    ("Năm 2020, có 436 thủ tục có phát sinh hồ sơ.", [("services_with_dossiers", 436.0)]),
    ("Năm 2020, có 377 thủ tục chưa phát sinh hồ sơ nào.", [("services_no_dossiers", 377.0)]),
    # dossiers that arose under procedures are dossiers, the procedures the catalogue
    ("Năm 2020, tỉnh có 1.200 thủ tục, phát sinh 40.000 hồ sơ.",
     [("procedures_total", 1200.0), ("dossiers_received", 40000.0)]),
])
def test_services_counted_by_their_dossiers(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a line's label naming the online services is the topic of the bare "dịch vụ" counted in its sentence
    ("3. Dịch vụ công trực tuyến: năm 2019 tỉnh cung cấp 1.612 dịch vụ trên Cổng thông tin điện tử.",
     [("services_total", 1612)]),
    ("- Dịch vụ công trực tuyến: năm 2020 thành phố đang cung cấp 1.433 dịch vụ.", [("services_total", 1433)]),
    # no label, or a label naming something else: a bare "dịch vụ" is none of ours
    ("Năm 2019 tỉnh cung cấp 1.612 dịch vụ trên Cổng thông tin điện tử.", []),
    ("3. Bưu chính: năm 2019 tỉnh có 1.612 dịch vụ.", []),
    # a bare total's label ("Tổng số: …") under a sentence naming the online services counts them
    ("Năm 2019 – dịch vụ công trực tuyến. Tổng số: 1.388 dịch vụ.", [("services_total", 1388)]),
    ("Năm 2019 – dịch vụ bưu chính. Tổng số: 1.388 dịch vụ.", []),
])
def test_a_line_s_label_names_the_services_of_its_sentence(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a count whose own clause names the services anew (a total raised to it) is not of the kind the count before named
    ("Năm 2023, huyện có 402 dịch vụ toàn trình và 215 dịch vụ một phần, nâng tổng số dịch vụ công trực tuyến lên 617 "
     "dịch vụ.", [("services_full_process", 402), ("services_partial", 215), ("services_total", 617)]),
    ("Năm 2022, thành phố có 311 dịch vụ toàn trình và 229 dịch vụ một phần, đưa tổng số dịch vụ công trực tuyến lên "
     "540.", [("services_full_process", 311), ("services_partial", 229), ("services_total", 540)]),
    # a series going on after the comma keeps the level said before it
    ("Năm 2019, kỳ trước tỉnh có 468 dịch vụ mức độ 3, kỳ này có 512 dịch vụ.",
     [("services_level3", 468), ("services_level3", 512)]),
])
def test_a_count_naming_the_services_anew_leaves_the_kind_of_the_count_before(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a kind the total adds in ("cộng với", "tính cả", "kể cả" … up to its comma) is a part of it, not its kind
    ("Năm 2023, tỉnh có 640 dịch vụ một phần; cộng với nhóm toàn trình, tổng số dịch vụ công trực tuyến là 1.502.",
     [("services_partial", 640), ("services_total", 1502)]),
    ("Năm 2024, tính cả các dịch vụ toàn trình, tổng số dịch vụ công trực tuyến của tỉnh là 1.877.",
     [("services_total", 1877)]),
    ("Năm 2024, kể cả dịch vụ một phần, thành phố cung cấp 1.120 dịch vụ công trực tuyến.", [("services_total", 1120)]),
    # … while a kind that is the figure's own keeps it
    ("Năm 2024, tỉnh có 735 dịch vụ toàn trình, gồm các lĩnh vực đất đai và xây dựng.",
     [("services_full_process", 735)]),
])
def test_a_kind_a_total_adds_in_is_not_its_kind(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a quantity opening the clause after the count's own phrase says the level of some of them: the count is the total
    ("Năm 2016, tỉnh cung cấp 1.230 dịch vụ công trực tuyến, phần lớn ở mức độ 2.", [("services_total", 1230)]),
    ("Năm 2016, huyện có 214 dịch vụ công trực tuyến, hầu hết ở mức độ 2.", [("services_total", 214)]),
    # … or an adverb of most ("chủ yếu", "đa số là"), however the level is written
    ("Năm 2015, tỉnh đưa lên mạng 906 dịch vụ công trực tuyến, chủ yếu ở mức độ 2.", [("services_total", 906)]),
    ("Đến cuối năm 2015, thị xã có 187 dịch vụ công trực tuyến, chủ yếu là mức độ hai.", [("services_total", 187)]),
    ("Năm 2017, các sở cung cấp 655 dịch vụ công trực tuyến, đa số là mức độ 2 và mức độ 3.",
     [("services_total", 655)]),
    # … a qualifier before the quantity ("gần như toàn bộ": almost all of them)
    ("Năm 2016, tỉnh cung cấp 312 dịch vụ công trực tuyến, gần như toàn bộ ở mức độ 2.", [("services_total", 312)]),
    ("Năm 2016, huyện có 198 dịch vụ công trực tuyến, khoảng một nửa ở mức độ 3.", [("services_total", 198)]),
    ("Năm 2015, tỉnh có 1.402 thủ tục hành chính, gần như tất cả ở mức độ 1 và 2.", [("procedures_total", 1402)]),
    # … or of procedures whose own phrase names no level
    ("Năm 2014, tỉnh đã công bố 1.604 thủ tục hành chính trên cổng thông tin, chủ yếu ở mức độ 2.",
     [("procedures_total", 1604)]),
    ("Năm 2014, huyện có 276 thủ tục hành chính, hầu hết ở mức độ 1 và mức độ 2.", [("procedures_total", 276)]),
    # the level in the count's own phrase stands
    ("Năm 2016, tỉnh cung cấp 1.230 dịch vụ công trực tuyến mức độ 2.", [("services_level2", 1230)]),
])
def test_a_level_said_of_some_of_the_services_is_not_the_count_s(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # accounts whose own words name another system are not mailboxes, however near the e-mail system was named
    ("Năm 2023, 9.400 tài khoản thư công vụ đã được cấp, khoảng 410.000 tài khoản định danh điện tử đã được kích hoạt.",
     [("email_accounts", 9400.0)]),
    ("Năm 2023, hệ thống thư điện tử có 9.400 hộp thư và 120.000 tài khoản VNeID.", [("email_accounts", 9400.0)]),
    ("Năm 2023, bên cạnh thư điện tử công vụ, tỉnh có 56.000 tài khoản ngân hàng mở trực tuyến.", []),
])
def test_accounts_named_for_another_system_are_no_mailboxes(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    # the mailboxes' own words end at a contrast: a part word in the next clause is none of theirs
    "Năm 2018, tỉnh đã cấp 5.120 hộp thư điện tử công vụ nhưng văn bản điện tử chưa thay thế văn bản giấy.",
    "Năm 2018, tỉnh có 5.120 hộp thư công vụ song nhiều xã chưa dùng thường xuyên.",
    "Năm 2018, toàn tỉnh đã cấp 5.120 tài khoản thư điện tử nhưng việc khai thác chưa hiệu quả.",
    # … or after a coordinator opening another noun, or before the next figure's bound
    "Năm 2018, trung tâm dữ liệu vận hành 5.120 hộp thư công vụ và phần mềm văn bản dùng chung.",
    "Năm 2018, tỉnh đã cấp 5.120 hộp thư công vụ nhưng chưa tới 45% cán bộ dùng thường xuyên.",
])
def test_a_part_word_after_a_contrast_leaves_the_mailboxes_counted(text):
    assert facts(text)[0] == ("email_accounts", 5120.0)


@pytest.mark.parametrize("text", [
    # a contrast that goes on with the mailboxes' own predicate keeps its part word theirs: no stock counted
    "Năm 2024, hiện còn 318 tài khoản thư đã cấp nhưng chưa từng đăng nhập.",
    "Năm 2024, có 1.214 hộp thư được cấp song không sử dụng.",
])
def test_a_part_word_in_the_mailboxes_own_predicate_after_a_contrast_still_names_a_part(text):
    assert not [f for f in facts(text) if f[0] == "email_accounts"]


@pytest.mark.parametrize("text,expected", [
    # agencies said not to use the e-mail system are no count of its users
    ("Năm 2015, vẫn còn 9 đơn vị chưa dùng hộp thư công vụ.", []),
    ("Năm 2015, còn 14 cơ quan không sử dụng hệ thống thư điện tử.", []),
    ("Năm 2015, có 6 xã vẫn chưa sử dụng thư điện tử công vụ để trao đổi văn bản.", []),
    ("Năm 2015, 120 cơ quan đã dùng hộp thư công vụ.", [("email_agencies", 120.0)]),
])
def test_agencies_that_do_not_use_the_e_mail_system_are_not_counted_as_its_users(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share of the mailboxes whose own words say they are used or logged in to: the usage share
    ("Năm 2018, khoảng 70% hộp thư được mở ít nhất một lần mỗi ngày.", [("email_usage_pct", 70.0)]),
    ("Năm 2018, tỉnh đã cấp 3.150 hộp thư công vụ, song chỉ 40% hộp thư có đăng nhập trong quý.",
     [("email_accounts", 3150.0), ("email_usage_pct", 40.0)]),
    ("Năm 2018, hệ thống thư điện tử có 5.000 tài khoản, chỉ 52% tài khoản được đăng nhập thường xuyên.",
     [("email_accounts", 5000.0), ("email_usage_pct", 52.0)]),
    # … any other share of them, or of another system's accounts, is none
    ("Năm 2018, 100% hộp thư đã được cấp cho cán bộ.", []),
    ("Năm 2018, bên cạnh thư điện tử, 60% tài khoản định danh được dùng hằng ngày.", []),
])
def test_a_share_of_mailboxes_in_use_is_the_usage_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the holders of a mailbox or an account, their use said after them: the usage share
    ("Năm 2020, chỉ khoảng 48% chủ hộp thư công vụ đăng nhập ít nhất một lần mỗi tuần.", [("email_usage_pct", 48.0)]),
    ("Năm 2020, 62% người có hộp thư kiểm tra thư mỗi buổi sáng.", [("email_usage_pct", 62.0)]),
    ("Năm 2020, theo nhật ký hệ thống, 57% trong số người có tài khoản mở hộp thư hằng ngày.",
     [("email_usage_pct", 57.0)]),
    ("Năm 2020, trong số những người đã có hộp thư, chỉ 36% thường xuyên dùng để gửi văn bản.",
     [("email_usage_pct", 36.0)]),
    # … not the holders' own having ("người được cấp hộp thư" is the issued share), nor another system's holders
    ("Năm 2020, đã có 91,5% người được cấp hộp thư công vụ.", [("email_issued_pct", 91.5)]),
    ("Năm 2020, 70% người có tài khoản định danh dùng dịch vụ công trên điện thoại.", []),
])
def test_the_holders_of_a_mailbox_using_it_give_the_usage_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # people whose own clause says they use the official mailbox are officials using it
    ("Năm 2021, số người đăng nhập hộp thư công vụ mỗi tuần chỉ khoảng 47%.", [("email_usage_pct", 47.0)]),
    ("Năm 2021, khoảng 58% người dùng hộp thư để gửi nhận văn bản hằng ngày.", [("email_usage_pct", 58.0)]),
    ("Năm 2021, số người kiểm tra thư công vụ vào đầu giờ sáng mới ở mức 33%.", [("email_usage_pct", 33.0)]),
    # … not people using their personal mail, nor people using something else
    ("Năm 2021, 26% người được hỏi vẫn dùng thư điện tử cá nhân để gửi văn bản.", []),
    ("Năm 2021, 64% người dân đã dùng dịch vụ công trực tuyến ít nhất một lần.", []),
])
def test_people_using_the_official_mailbox_give_the_usage_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # officials having an account, the e-mail system named in the sentence before: the issued share
    ("Năm 2016, hệ thống thư điện tử đã cấp 6.874 tài khoản. Tỷ lệ cán bộ, công chức cấp tỉnh có tài khoản đạt 92%.",
     [("email_accounts", 6874.0), ("email_issued_pct", 92.0)]),
    ("Năm 2016, hệ thống thư điện tử đã cấp 6.874 tài khoản. Tỷ lệ cán bộ có tài khoản định danh đạt 40%.",
     [("email_accounts", 6874.0)]),
    # a share continuing another share of officials, its own words naming the mailbox given
    ("Năm 2019, 98% cán bộ có máy tính phục vụ công việc, 100% được cấp hộp thư điện tử công vụ.",
     [("computers_pct", 98.0), ("email_issued_pct", 100.0)]),
    ("Năm 2019, 100% cán bộ được cấp hộp thư, 86,3% thường xuyên sử dụng.",
     [("email_issued_pct", 100.0), ("email_usage_pct", 86.3)]),
    # a usage share of the mailboxes given stays the usage share
    ("Năm 2015, tỉnh đã cấp 6.284 hộp thư, trong đó có 3.917 hộp thư được đăng nhập thường xuyên, bằng 62,33% số hộp thư "
     "đã cấp.", [("email_accounts", 6284.0), ("email_accounts_in_use", 3917.0), ("email_usage_pct", 62.33)]),
])
def test_a_share_of_officials_names_its_e_mail_metric_in_its_own_words(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a fraction in words ("một phần ba", "một phần tư") is no partial kind of service
    ("Năm 2023, tỉnh cung cấp 1.800 dịch vụ công trực tuyến, nhiều hơn một phần ba so với năm 2021.",
     [("services_total", 1800.0)]),
    ("Năm 2023, có 600 dịch vụ công trực tuyến, bằng một phần tư số thủ tục.", [("services_total", 600.0)]),
    # … the partial kind itself still is
    ("Năm 2023, tỉnh có 700 dịch vụ một phần và 900 dịch vụ toàn trình.",
     [("services_partial", 700.0), ("services_full_process", 900.0)]),
])
def test_a_fraction_in_words_is_no_partial_service(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the agencies served by "the system" opening its clause, the system named last before being e-mail
    ("Năm 2019, hệ thống thư điện tử công vụ của tỉnh có 5.230 hộp thư.\nHệ thống hiện phục vụ 204 cơ quan, đơn vị.",
     [("email_accounts", 5230.0), ("email_agencies", 204.0)]),
    ("Năm 2019, tỉnh đã cấp 5.230 hộp thư công vụ. Hiện hệ thống đang kết nối 204 cơ quan, đơn vị.",
     [("email_accounts", 5230.0), ("email_agencies", 204.0)]),
    # … its keeper may stand between ("Hệ thống do sở quản lý hiện phục vụ …")
    ("Năm 2019, hệ thống thư điện tử công vụ của tỉnh có 5.230 hộp thư.\nHệ thống do Sở Thông tin và Truyền thông vận "
     "hành đang kết nối 204 cơ quan, đơn vị.", [("email_accounts", 5230.0), ("email_agencies", 204.0)]),
    # … a figure of the system before them in the clause ("hệ thống đang quản lý 10.120 tài khoản và phục vụ 186 …"),
    # or "mới" (only, so far) after the system
    ("Năm 2017, tỉnh đã cấp 3.912 hộp thư công vụ. Cộng cả hai cấp, hệ thống đang quản lý 10.120 tài khoản và phục vụ "
     "186 cơ quan, đơn vị.", [("email_accounts", 3912.0), ("email_accounts", 10120.0), ("email_agencies", 186.0)]),
    ("Năm 2019, hệ thống thư điện tử công vụ của tỉnh có 5.230 hộp thư.\nHệ thống mới phục vụ 195 cơ quan, đơn vị.",
     [("email_accounts", 5230.0), ("email_agencies", 195.0)]),
    # … not when the system named last before is another one
    ("Năm 2019, cổng dịch vụ công có 1.520 dịch vụ.\nHệ thống hiện phục vụ 204 cơ quan, đơn vị.",
     [("services_total", 1520.0)]),
    ("Năm 2019, cổng dịch vụ công có 1.520 dịch vụ.\nHệ thống mới phục vụ 204 cơ quan, đơn vị.",
     [("services_total", 1520.0)]),
])
def test_agencies_served_by_the_system_named_before_as_e_mail(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # agencies counted after another system named nearer than the e-mail are that system's
    ("Năm 2018, hệ thống thư điện tử công vụ đã cấp 3.950 tài khoản; phần mềm quản lý văn bản được triển khai tại 34 cơ "
     "quan cấp tỉnh.", [("email_accounts", 3950.0), ("edocs_software_agencies", 34.0)]),
    ("Năm 2018, tỉnh cấp 3.950 hộp thư công vụ, còn hệ thống quản lý văn bản đã kết nối 34 cơ quan, đơn vị.",
     [("email_accounts", 3950.0), ("edocs_software_agencies", 34.0)]),
    # … the e-mail named last still counts its own
    ("Năm 2018, phần mềm quản lý văn bản chạy ổn định, còn hệ thống thư điện tử công vụ phục vụ 34 cơ quan, đơn vị.",
     [("email_agencies", 34.0)]),
])
def test_agencies_after_another_system_named_nearer_are_that_system_s(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # services moved between levels, both levels after the count: a move, neither level's stock
    ("Năm 2020, Sở đã nâng 145 dịch vụ công trực tuyến từ mức độ 3 lên mức độ 4.", []),
    ("Trong quý, tỉnh chuyển 32 dịch vụ từ mức 2 sang mức 3 và hiện có 410 dịch vụ mức độ 3.",
     [("services_level3", 410)]),
    # … or procedures moved from one channel or tier to another
    ("Năm 2021, Sở chuyển 46 thủ tục hành chính từ nhận hồ sơ giấy sang chỉ nhận trực tuyến.", []),
    ("Cũng năm 2021, 15 thủ tục được chuyển từ cấp huyện sang cấp xã giải quyết; tỉnh có 1.680 thủ tục hành chính.",
     [("procedures_total", 1680)]),
    # … while a level said of the count alone is its stock
    ("Năm 2020, tỉnh có 145 dịch vụ công trực tuyến mức độ 4, tăng 40 dịch vụ so với năm trước.",
     [("services_level4", 145)]),
])
def test_services_or_procedures_moved_are_no_stock(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # agencies labelled as using "the system", the system the article named last being e-mail
    ("Năm 2020, hệ thống thư điện tử công vụ có 6.842 hộp thư. Số cơ quan, đơn vị sử dụng hệ thống: 412.",
     [("email_accounts", 6842), ("email_agencies", 412)]),
    ("Mã 04. Số hộp thư công vụ đã cấp năm 2021: 5.120. Số đơn vị sử dụng hệ thống là 97.",
     [("email_accounts", 5120), ("email_agencies", 97)]),
])
def test_agencies_labelled_as_using_the_system_use_the_e_mail(text, expected):
    assert facts(text) == expected


def test_agencies_using_a_system_named_after_the_e_mail_are_not_the_e_mail_s():
    text = ("Năm 2020, hệ thống thư điện tử công vụ có 6.842 hộp thư. Phần mềm một cửa có 2.100 tài khoản. Số cơ quan "
            "sử dụng hệ thống: 412.")
    assert ("email_agencies", 412) not in facts(text)


@pytest.mark.parametrize("text,expected", [
    # a clause opening with the number of accounts in use, the noun said again after the count
    ("Năm 2016, hệ thống thư điện tử đã cấp 6.214 tài khoản. Tuy vậy, số tài khoản được dùng thường xuyên mới dừng ở "
     "3.987 tài khoản.", [("email_accounts", 6214), ("email_accounts_in_use", 3987)]),
    ("Năm 2017, tỉnh có 8.100 hộp thư công vụ; số hộp thư đăng nhập hằng ngày chỉ khoảng 4.020 hộp thư.",
     [("email_accounts", 8100), ("email_accounts_in_use", 4020)]),
    # … not a subject naming all of them
    ("Năm 2017, tổng số tài khoản thư điện tử đã cấp lên tới 8.100 tài khoản.", [("email_accounts", 8100)]),
])
def test_the_number_of_accounts_in_use_opening_the_clause_names_its_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a total raised after a part, the services named bare: all of them, not the part's kind
    ("Năm 2020, tỉnh còn 702 dịch vụ công trực tuyến một phần, nâng tổng số dịch vụ lên 1.738.",
     [("services_total", 1738)]),
    ("Năm 2022, Sở đưa thêm 96 dịch vụ công trực tuyến toàn trình, nâng tổng số dịch vụ của tỉnh lên 1.905.",
     [("services_total", 1905)]),
])
def test_a_raised_total_of_bare_services_is_all_of_them(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # procedures said to be put on the network are online services, the words after the count or right before it
    ("Năm 2016, 640 thủ tục hành chính của tỉnh đã lên mạng.", [("services_total", 640.0)]),
    ("Đến tháng 6/2017, huyện đưa lên mạng 58 thủ tục.", [("services_total", 58.0)]),
    ("Năm 2016, cấp huyện có 280 thủ tục, trong đó 97 thủ tục đã được đưa lên mạng.",
     [("procedures_total", 280.0), ("services_total", 97.0)]),
    # the catalogue itself, or procedures still to be put online as an addition, are no stock of online services
    ("Năm 2016, tỉnh có 1.450 thủ tục hành chính được công bố.", [("procedures_total", 1450.0)]),
    ("Năm 2017, tỉnh sẽ đưa thêm 120 thủ tục lên mạng.", []),
])
def test_procedures_put_on_the_network_are_online_services(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # … but not when another clause or another count says so, nor "trực tuyến" alone right before the count
    ("Năm 2016, tỉnh có 1.800 thủ tục, như vậy phần lớn thủ tục đã được đưa lên mạng.", [("procedures_total", 1800.0)]),
    ("Năm 2019, tỉnh có 1.600 thủ tục hành chính và đã đưa lên mạng 1.450 dịch vụ công trực tuyến.",
     [("procedures_total", 1600.0), ("services_total", 1450.0)]),
])
def test_procedures_put_on_the_network_only_in_their_own_phrase(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # what the writer draws from the count after a comma is none of its words: the catalogue
    ("Năm 2024, danh mục của tỉnh gồm 1.812 thủ tục hành chính, nghĩa là còn nhiều thủ tục chưa có dịch vụ trực tuyến.",
     [("procedures_total", 1812)]),
    ("Năm 2024, tỉnh công khai 1.812 thủ tục, tức là vẫn còn một phần chưa được cung cấp trực tuyến.",
     [("procedures_total", 1812)]),
    ("Năm 2024, tỉnh có 1.812 thủ tục, có nghĩa là chỉ một phần được đưa thành dịch vụ công trực tuyến.",
     [("procedures_total", 1812)]),
    # … while the count's own words after a comma still say it is online
    ("Năm 2024, tỉnh có 1.812 thủ tục, được cung cấp trực tuyến trên cổng của tỉnh.", [("services_total", 1812)]),
])
def test_what_is_drawn_from_a_procedures_count_is_none_of_its_words(text, expected):
    assert facts(text) == expected



@pytest.mark.parametrize("text,expected", [
    # mailboxes said to be newly issued are those added in the period, not all of them
    ("Năm 2014, Sở đã cấp mới 1.186 hộp thư.", [("email_accounts_added", 1186.0)]),
    ("Năm 2015, hệ thống quản lý 9.412 hộp thư, trong đó 1.130 hộp thư được cấp mới trong năm.",
     [("email_accounts", 9412.0), ("email_accounts_added", 1130.0)]),
    ("Năm 2016, số tài khoản thư công vụ cấp mới chỉ là 640.", [("email_accounts_added", 640.0)]),
    ("Năm 2017, trong quý I có 420 hộp thư công vụ được cấp thêm.", [("email_accounts_added", 420.0)]),
    ("Năm 2019, Sở tạo mới 85 tài khoản thư điện tử cho viên chức.", [("email_accounts_added", 85.0)]),
    # … also when they go on to raise a total, which is the stock
    ("Năm 2018, Văn phòng cấp bổ sung 260 hộp thư, nâng tổng số hộp thư lên 5.410.",
     [("email_accounts_added", 260.0), ("email_accounts", 5410.0)]),
    ("Năm 2021, có 730 tài khoản thư công vụ được tạo mới, đưa tổng số tài khoản lên 8.112.",
     [("email_accounts_added", 730.0), ("email_accounts", 8112.0)]),
    # … the stock stays the stock
    ("Năm 2016, hệ thống có 7.650 hộp thư công vụ.", [("email_accounts", 7650.0)]),
])
def test_mailboxes_newly_issued_are_those_added_in_the_period(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # procedures a measure applies to ("cho", "ở" right before the count) are no count of the catalogue
    ("Năm 2022, tỉnh giảm một nửa lệ phí cho 46 thủ tục khi nộp qua mạng.", []),
    ("Từ năm 2019, người nộp qua mạng không phải gửi bản giấy ở 126 thủ tục hành chính.", []),
    ("Năm 2020, Sở soạn mẫu đơn điền sẵn cho khoảng 50 thủ tục có nhiều hồ sơ nhất.", []),
    # … a level named in their own phrase is still a count of that level's services
    ("Năm 2017, tỉnh bỏ yêu cầu bản giấy cho 42 thủ tục mức độ 4.", [("services_level4", 42.0)]),
    # … and a count whose parts follow is the catalogue broken down
    ("Năm 2023, hệ thống đã cấu hình quy trình điện tử cho 1.654 thủ tục hành chính, trong đó 118 thủ tục mức độ 4.",
     [("procedures_total", 1654.0), ("services_level4", 118.0)]),
    # … other ways of stating the catalogue stay
    ("Năm 2023, tỉnh công bố 1.920 thủ tục hành chính.", [("procedures_announced", 1920.0)]),
    ("Năm 2021, Trung tâm tiếp nhận hồ sơ của 1.384 thủ tục hành chính thuộc thẩm quyền cấp tỉnh.",
     [("procedures_total", 1384.0)]),
])
def test_procedures_a_measure_applies_to_are_no_count_of_the_catalogue(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # procedures said to be eligible to go online are that subset, neither the catalogue nor the services provided
    ("Năm 2022, trong 1.986 thủ tục hành chính của ba cấp, có 1.402 thủ tục đủ điều kiện cung cấp trực tuyến.",
     [("procedures_total", 1986.0), ("procedures_eligible", 1402.0)]),
    ("Năm 2023, tỉnh phấn đấu cung cấp toàn trình đủ 1.146 thủ tục đủ điều kiện.", [("procedures_eligible", 1146.0)]),
    ("Năm 2017, còn 125 thủ tục đủ điều kiện nhưng chưa được đưa lên mạng.", [("procedures_eligible", 125.0)]),
    # … those not eligible come first; a level named in the count's own words is that level's services
    ("Năm 2019, tỉnh có 96 thủ tục chưa đủ điều kiện triển khai trực tuyến.", [("procedures_ineligible", 96.0)]),
    ("Năm 2019, toàn tỉnh có 210 thủ tục đủ điều kiện cung cấp trực tuyến mức độ 4.", [("services_level4", 210.0)]),
])
def test_procedures_eligible_to_go_online_are_a_subset_of_their_own(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # agencies counted in a clause of their own after ";" that names another thing covering them are no e-mail users
    ("Tỉnh đã cấp 4.120 hộp thư công vụ; bộ phận một cửa điện tử đã hoạt động tại 38/65 xã.", [("email_accounts", 4120)]),
    ("Hệ thống thư điện tử có 2.310 tài khoản; mạng LAN đã kéo đến 120 cơ quan.", [("email_accounts", 2310)]),
    # … but a clause after ";" naming no other system still counts the e-mail's agencies
    ("Tỉnh đã cấp 4.120 hộp thư công vụ; 96 cơ quan đã dùng thư thường xuyên.",
     [("email_accounts", 4120), ("email_agencies", 96)]),
])
def test_agencies_of_another_system_in_their_own_clause(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # teachers are public employees: their e-mail use or issue is the officials' rate
    ("Năm 2021, 95% giáo viên dùng thư điện tử công vụ để nhận văn bản của Phòng.", [("email_usage_pct", 95)]),
    ("Năm 2021, khoảng 72% giáo viên thường xuyên mở hộp thư công vụ.", [("email_usage_pct", 72)]),
    ("Năm 2021, 100% nhà giáo đã được cấp hộp thư công vụ.", [("email_issued_pct", 100)]),
])
def test_teachers_are_officials(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # so are the officers and soldiers of the provincial military and police commands
    ("Năm 2019, 100% sĩ quan, quân nhân chuyên nghiệp của Bộ Chỉ huy Quân sự tỉnh đã được cấp hộp thư công vụ.",
     [("email_issued_pct", 100)]),
    ("Năm 2020, khoảng 85% cán bộ, chiến sĩ Công an tỉnh thường xuyên dùng thư điện tử công vụ.",
     [("email_usage_pct", 85)]),
    ("Năm 2020, 64% quân nhân của Bộ Chỉ huy Bộ đội Biên phòng tỉnh dùng hộp thư công vụ hằng ngày.",
     [("email_usage_pct", 64)]),
])
def test_officers_and_soldiers_are_officials(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # units counted as issuing the accounts (an active issuing verb) are no users of the e-mail
    ("Năm 2017, ở cấp tỉnh đã cấp 3.912 hộp thư; còn ở cấp huyện, 13 huyện, thị xã, thành phố đã cấp 6.208 tài khoản.",
     [("email_accounts", 3912.0), ("email_accounts", 6208.0)]),
    ("Về thư điện tử công vụ, năm 2018 có 74 xã đã tạo 1.200 hộp thư cho cán bộ.",
     [("email_accounts", 1200.0)]),
    # … but units that use them still are
    ("Năm 2018, 96 cơ quan, đơn vị sử dụng thư điện tử công vụ.", [("email_agencies", 96.0)]),
])
def test_units_issuing_the_accounts_are_no_e_mail_users(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an adverb between the using verb and the system
    ("Năm 2020, 184 cơ quan, đơn vị dùng chung hệ thống thư điện tử công vụ của tỉnh.", [("email_agencies", 184.0)]),
    ("Năm 2020, 62 đơn vị sử dụng thường xuyên hộp thư công vụ.", [("email_agencies", 62.0)]),
    ("Năm 2020, có 75 cơ quan dùng ổn định hệ thống thư điện tử.", [("email_agencies", 75.0)]),
])
def test_agencies_using_the_mail_with_an_adverb_between(text, expected):
    assert facts(text) == expected



@pytest.mark.parametrize("text,expected", [
    # services offered on the national portal, the first count of services in their sentence: the province's total
    ("Năm 2024, tỉnh đang cung cấp 1.655 dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia.",
     [("services_total", 1655)]),
    ("Đến tháng 10/2023, thành phố có 1.402 dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia, gồm 811 dịch vụ "
     "toàn trình và 591 dịch vụ một phần.",
     [("services_total", 1402), ("services_full_process", 811), ("services_partial", 591)]),
    ("Về dịch vụ, năm 2024 huyện hiện cung cấp tổng cộng 1.206 dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia.",
     [("services_total", 1206)]),
])
def test_services_offered_on_the_national_portal_are_the_total(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,metric", [
    # put onto it ("lên", "tích hợp"): a subset integrated there
    ("Năm 2023, tỉnh đã tích hợp 1.188 dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia.",
     "services_national_portal"),
    ("Năm 2023, tỉnh đưa 1.188 dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia.", "services_national_portal"),
    # … or after the total in the same sentence: a part of it
    ("Năm 2023, tỉnh cung cấp 1.712 dịch vụ công trực tuyến, gồm 912 dịch vụ toàn trình và 800 dịch vụ một phần; "
     "1.188 dịch vụ được cung cấp trên Cổng Dịch vụ công quốc gia.", "services_national_portal"),
])
def test_services_put_onto_the_national_portal_stay_a_subset(text, metric):
    assert facts(text, ("metric", "value"))[-1] == (metric, 1188)


@pytest.mark.parametrize("text,expected", [
    # services counted bare ("dịch vụ"), their parts after "trong đó" / "gồm" naming levels or kinds that only online
    # public services have: the parts are figures, and so is the whole they name
    ("Năm 2020, cổng có 1.905 dịch vụ, trong đó 318 dịch vụ mức độ 3 và 84 dịch vụ mức độ 4.",
     [("services_total", 1905), ("services_level3", 318), ("services_level4", 84)]),
    ("Năm 2023, hệ thống có 2.110 dịch vụ, gồm 1.204 dịch vụ toàn trình và 906 dịch vụ một phần.",
     [("services_total", 2110), ("services_full_process", 1204), ("services_partial", 906)]),
    ("Năm 2019, trang của huyện có 377 dịch vụ, trong đó có 41 dịch vụ công trực tuyến mức độ 3.",
     [("services_total", 377), ("services_level3", 41)]),
    # parts that name no such level leave the bare count unread
    ("Năm 2020, ngân hàng có 1.905 dịch vụ, trong đó 318 dịch vụ thẻ.", []),
    ("Năm 2020, nhà mạng có 412 dịch vụ, gồm 12 dịch vụ mới.", []),
])
def test_parts_at_service_levels_name_their_bare_whole(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # units named as the owners ("của") of a thing their clause names, no e-mail in it: no agencies using e-mail
    ("Năm 2021, 100% công chức cấp xã đã được cấp hộp thư công vụ, và sổ hộ tịch của 106 xã, phường đã được số hóa.",
     [("email_issued_pct", 100.0)]),
    ("Năm 2021, tỉnh đã cấp 4.200 hộp thư công vụ; trang tin của 57 xã đã được nâng cấp.", [("email_accounts", 4200.0)]),
    # … while the owners of the mailboxes or accounts, or units whose clause uses the e-mail, are
    ("Năm 2015, hệ thống thư điện tử công vụ đang quản lý 6.295 tài khoản của 214 cơ quan, đơn vị.",
     [("email_accounts", 6295.0), ("email_agencies", 214.0)]),
    ("Năm 2021, hộp thư công vụ của 106 cơ quan đã được kết nối.", [("email_agencies", 106.0)]),
    ("Năm 2021, cán bộ của 96 cơ quan, đơn vị đã dùng thư điện tử công vụ.", [("email_agencies", 96.0)]),
])
def test_units_owning_another_thing_are_no_email_agencies(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # units whose people use their own mail are no agencies of the official e-mail
    ("Năm 2021 cấp tỉnh dùng hộp thư công vụ, còn ở 64 xã, thị trấn, nhiều cán bộ vẫn dùng hộp thư cá nhân.", []),
    ("Năm 2020, 27 đơn vị cấp huyện vẫn trao đổi công việc qua thư điện tử miễn phí.", []),
    # … the official mail in the units' own conjunct still counts them, whatever a contrast after it says
    ("Năm 2020 có 112 cơ quan, đơn vị dùng hộp thư công vụ, nhưng nhiều người vẫn quen dùng hộp thư cá nhân.",
     [("email_agencies", 112)]),
])
def test_units_using_personal_mail_are_no_email_agencies(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count's own level holds against a service kind named after its clause ("…, đúng bằng số dịch vụ một phần")
    ("Năm 2022, theo cách phân loại cũ, tỉnh có 512 dịch vụ mức độ 4 và 980 dịch vụ mức độ 3, đúng bằng số dịch vụ toàn "
     "trình và số dịch vụ một phần.", [("services_level4", 512.0), ("services_level3", 980.0)]),
    ("Năm 2022, tỉnh có 1.020 dịch vụ mức độ 3, tương ứng với nhóm dịch vụ một phần.", [("services_level3", 1020.0)]),
    # (the kind in its own words still names it: "980 dịch vụ một phần")
    ("Năm 2022, tỉnh có 980 dịch vụ một phần.", [("services_partial", 980.0)]),
])
def test_a_count_s_own_level_holds_against_a_kind_after_its_clause(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # officials' share in a conjunct of its own after a usage share: its own predicate (issued), not the one before "và"
    ("Năm 2016, 70% hộp thư được sử dụng thường xuyên và 100% cán bộ, công chức được cấp hộp thư.",
     [("email_usage_pct", 70.0), ("email_issued_pct", 100.0)]),
    ("Mục tiêu năm 2017 là 80% hộp thư được dùng hằng ngày và 95% cán bộ, công chức cấp xã được cấp hộp thư.",
     [("email_usage_pct", 80.0), ("email_issued_pct", 95.0)]),
])
def test_an_officials_share_after_and_reads_its_own_conjunct(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "mỗi tuần" after a verb of use says how often the accounts counted are used, no average; their subject's words
    # (commas pairing verbs and all) make them the accounts in use, their share after them the usage share
    ("Năm 2015, tỉnh đã cấp 4.395 hộp thư công vụ. Số hộp thư có đăng nhập ít nhất một lần mỗi tuần chỉ có 2.507, "
     "bằng 57,04% số hộp thư đã cấp.",
     [("email_accounts", 4395.0), ("email_accounts_in_use", 2507.0), ("email_usage_pct", 57.04)]),
    ("Năm 2019, tỉnh đã cấp 7.462 tài khoản thư điện tử. Số tài khoản đăng nhập và gửi, nhận thư thường xuyên mới là "
     "5.324 tài khoản.", [("email_accounts", 7462.0), ("email_accounts_in_use", 5324.0)]),
    # (an average is still none: "bình quân mỗi ngày … 700 hồ sơ")
    ("Năm 2015, bình quân mỗi ngày trung tâm tiếp nhận 700 hồ sơ.", []),
])
def test_how_often_accounts_are_used_is_no_average(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tỉnh đang công khai 1.902 thủ tục hành chính trên Cổng dịch vụ công trực tuyến của tỉnh.",
     [("procedures_total", 1902)]),
    ("Toàn tỉnh có 1.766 thủ tục hành chính được niêm yết tại hệ thống một cửa trực tuyến, trong đó 230 dịch vụ mức độ 4.",
     [("procedures_total", 1766), ("services_level4", 230)]),
    # … while the words outside the name still put them online
    ("Tỉnh đã cung cấp 1.150 thủ tục hành chính trực tuyến trên Cổng dịch vụ công của tỉnh.", [("services_total", 1150)]),
])
def test_the_name_of_the_system_procedures_are_published_on_puts_none_online(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("So với tổng số 1.912 thủ tục hành chính đang áp dụng, dịch vụ mức độ 3 chiếm 14,02%.",
     [("procedures_total", 1912), ("services_level3_pct", 14.02)]),
    ("So với 1.840 thủ tục của tỉnh, dịch vụ công trực tuyến mức độ IV mới chiếm 6,1%.",
     [("procedures_total", 1840), ("services_level4_pct", 6.1)]),
])
def test_a_base_compared_with_ends_at_its_comma(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Đến cuối năm 2020, Ban phấn đấu nâng số thủ tục mức độ 4 của mình lên 45 thủ tục.", [("services_level4", 45)]),
    ("Năm 2019, số TTHC mức độ 3 của huyện là 120 thủ tục.", [("services_level3", 120)]),
    ("Năm 2022, tổng số thủ tục hành chính được cung cấp ở mức độ 4 đạt 310 thủ tục.", [("services_level4", 310)]),
    # … a label with no level leaves the catalogue
    ("Năm 2022, số thủ tục hành chính của tỉnh là 1.850 thủ tục.", [("procedures_total", 1850)]),
])
def test_a_label_of_procedures_before_the_count_names_its_level(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2023, 461 dịch vụ đã có người thanh toán qua mạng, đa số là dịch vụ mức độ 4.",
     [("services_paid_online", 461)]),
    ("Năm 2019, tỉnh có 1.120 dịch vụ công trực tuyến đã được đưa lên cổng, phần lớn ở mức độ 2.",
     [("services_total", 1120)]),
    # … but a level in the count's own phrase is its own
    ("Năm 2019, tỉnh có 320 dịch vụ công trực tuyến mức độ 3 đã được đưa lên cổng, phần lớn thuộc lĩnh vực đất đai.",
     [("services_level3", 320)]),
])
def test_a_level_said_of_most_of_them_after_the_predicate_is_not_the_counts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2019, toàn tỉnh có 10.051 cán bộ, công chức thuộc diện được cấp hộp thư; hệ thống đã cấp 9.870 hộp thư.",
     [("email_accounts", 9870)]),
    ("Năm 2020, còn 312 cán bộ cấp xã chưa được cấp hộp thư công vụ.", []),
    # … those issued one still count the mailboxes
    ("Năm 2019, có 4.236 cán bộ, công chức được cấp hộp thư điện tử công vụ.", [("email_accounts", 4236)]),
])
def test_officials_who_are_to_get_a_mailbox_are_no_mailboxes(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2020, 92,6% cán bộ, công chức đã có hộp thư, nhưng chỉ 18,4% được cấp chứng thư số để ký văn bản.",
     [("email_issued_pct", 92.6)]),
    ("Năm 2021, toàn tỉnh đã cấp 5.200 hộp thư công vụ; 64% cán bộ có chữ ký số.", [("email_accounts", 5200)]),
])
def test_a_share_of_officials_holding_certificates_is_no_mail_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Theo quyết định năm 2024, 126 thủ tục thuộc thẩm quyền của các sở được rút ngắn thời gian giải quyết.",
     [("procedures_simplified", 126)]),
    ("Năm 2022, tỉnh công khai 1.870 thủ tục hành chính, trong đó 64 thủ tục được rút ngắn thời gian giải quyết.",
     [("procedures_total", 1870), ("procedures_simplified", 64)]),
])
def test_procedures_whose_time_was_shortened_are_simplified(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2016, tỉnh công bố 1.903 thủ tục hành chính, trong đó 112 thủ tục ở mức độ 3 và 20 thủ tục ở mức độ 4.",
     [("procedures_total", 1903), ("services_level3", 112), ("services_level4", 20)]),
    ("Năm 2018, tỉnh công bố 1.850 TTHC, trong đó có 410 dịch vụ công trực tuyến mức độ 3.",
     [("procedures_total", 1850), ("services_level3", 410)]),
    # … an act of announcing with parts of its own stays an announcement
    ("Năm 2016, UBND tỉnh ký quyết định công bố 45 thủ tục hành chính, trong đó 12 thủ tục mới.",
     [("procedures_announced", 45), ("procedures_new", 12)]),
])
def test_procedures_announced_with_parts_at_levels_are_the_catalogue(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # procedures whose clause pays online are the services that take payment online, not the online services' total
    ("Năm 2020, 318 thủ tục đã có thể thanh toán phí, lệ phí trực tuyến.", [("services_paid_online", 318.0)]),
    ("Đến cuối năm 2021, tỉnh có 205 thủ tục hành chính cho phép nộp phí qua mạng.", [("services_paid_online", 205.0)]),
    # … a fee the procedures owe is no payment made online
    ("Năm 2021, tỉnh có 1.230 thủ tục có thu phí được cung cấp trực tuyến.", [("services_total", 1230.0)]),
])
def test_procedures_whose_clause_pays_online_are_services_taking_payment(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # procedures still served only in person are a part of the catalogue, not its total nor the online services
    ("Năm 2022, tỉnh có 1.640 thủ tục, trong đó 1.402 thủ tục được cung cấp trực tuyến; 238 thủ tục còn lại vẫn chỉ "
     "tiếp nhận hồ sơ trực tiếp.",
     [("procedures_total", 1640.0), ("services_total", 1402.0), ("procedures_offline_only", 238.0)]),
    ("Theo rà soát năm 2023, có 96 thủ tục chỉ được nộp trực tiếp tại bộ phận một cửa do phải đối chiếu bản gốc.",
     [("procedures_offline_only", 96.0)]),
])
def test_procedures_served_only_in_person_are_their_own_part(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # agencies issued an official mailbox are on the e-mail system, as those using it are
    ("Đến tháng 6/2016, có 38/41 cơ quan được cấp hộp thư điện tử công vụ.", [("email_agencies", 38.0)]),
    ("Năm 2016, 112 cơ quan, đơn vị được cấp hộp thư công vụ dùng chung.", [("email_agencies", 112.0)]),
    # … not those that are not
    ("Năm 2016, vẫn còn 9 cơ quan chưa được cấp hộp thư công vụ.", []),
])
def test_agencies_issued_a_mailbox_are_on_the_email_system(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # procedures integrated onto the national portal are a subset, not the province's catalogue
    ("Tỉnh cung cấp 1.650 dịch vụ công trực tuyến; 1.180 thủ tục đã được tích hợp lên Cổng Dịch vụ công quốc gia.",
     [("services_total", 1650)]),
    ("Sở đã tích hợp 930 thủ tục hành chính trên Cổng Dịch vụ công quốc gia.", []),
    # … while the province's own portal integrating them holds its catalogue
    ("Cổng dịch vụ công của tỉnh tích hợp 1.870 thủ tục hành chính.", [("procedures_total", 1870)]),
])
def test_procedures_integrated_on_the_national_portal_are_a_subset(text, expected):
    assert facts(text, meta={"published": "2023-12-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # the procedures a fee waiver or cut applies to are no count of the catalogue, "đối với" or not
    ("Từ tháng 7, người dân được miễn phí, lệ phí đối với 58 thủ tục khi nộp trực tuyến.", []),
    ("Tỉnh giảm một nửa mức thu lệ phí đối với 31 thủ tục hành chính.", []),
    ("Năm tới tỉnh mở rộng danh mục miễn phí lên 90 thủ tục.", []),
    # … the catalogue itself stays
    ("Tỉnh hiện có 1.812 thủ tục hành chính.", [("procedures_total", 1812)]),
])
def test_procedures_a_fee_measure_applies_to(text, expected):
    assert facts(text, meta={"published": "2023-08-01"}) == expected


def test_an_announced_catalogue_broken_down_by_level_after_a_long_phrase_is_the_catalogue():
    text = ("Tỉnh đã công bố lại danh mục 1.402 thủ tục hành chính áp dụng thống nhất trên địa bàn tỉnh, trong đó 388 "
            "thủ tục được cung cấp trực tuyến ở mức độ 3 và 97 thủ tục ở mức độ 4.")
    assert facts(text, meta={"published": "2018-06-01"}) == [
        ("procedures_total", 1402), ("services_level3", 388), ("services_level4", 97)]


@pytest.mark.parametrize("text,expected", [
    # the national portal named in a clause of its own after "đồng thời" is no place of the services counted
    ("Năm 2023, tỉnh cung cấp 1.740 dịch vụ công trực tuyến trên Cổng dịch vụ công của tỉnh, đồng thời kết nối với "
     "Cổng Dịch vụ công quốc gia.", [("services_total", 1740)]),
    ("Năm 2023, tỉnh có 1.740 dịch vụ công trực tuyến; ngoài ra còn tham gia Cổng Dịch vụ công quốc gia.",
     [("services_total", 1740)]),
    # … or in a second predicate after "và", its verb perhaps after "đã"
    ("Năm 2023, huyện cung cấp 1.210 dịch vụ công trực tuyến trên cổng của tỉnh và đã kết nối với Cổng Dịch vụ công "
     "quốc gia.", [("services_total", 1210)]),
    ("Năm 2023, tỉnh có 1.655 dịch vụ công trực tuyến trên hệ thống của tỉnh và sẽ hoàn thành việc đồng bộ với Cổng "
     "Dịch vụ công quốc gia.", [("services_total", 1655)]),
    # … while services integrated on it, in the count's own clause, are that subset
    ("Năm 2023, tỉnh có 1.120 dịch vụ công trực tuyến được tích hợp trên Cổng Dịch vụ công quốc gia.",
     [("services_national_portal", 1120)]),
])
def test_the_national_portal_in_a_clause_of_its_own(text, expected):
    assert facts(text, meta={"published": "2023-12-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a count of procedures, then a comma and the services as a subject of their own: no level of the procedures
    ("Năm 2017, trong 1.912 thủ tục hành chính của tỉnh, dịch vụ mức độ 3 chiếm 15,2%.",
     [("procedures_total", 1912), ("services_level3_pct", 15.2)]),
    ("Năm 2017, tính trên 2.040 thủ tục hành chính, dịch vụ mức độ 4 mới có 61 dịch vụ.",
     [("procedures_total", 2040), ("services_level4", 61)]),
])
def test_services_after_a_comma_are_a_subject_of_their_own(text, expected):
    assert facts(text, meta={"published": "2017-12-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # of two verbs joined by a comma, the one next to the count says what it is: "công khai" publishes them
    ("Năm 2023, huyện đã rà soát, công khai 248 thủ tục hành chính tại bộ phận một cửa.",
     [("procedures_total", 248)]),
    ("Năm 2023, sau khi rà soát, tỉnh đã niêm yết 1.765 thủ tục hành chính.", [("procedures_total", 1765)]),
    # a comma after the kind's verb with no publishing verb keeps the kind
    ("Năm 2023, sở có nhiều thủ tục được rút ngắn nhất, với 57 thủ tục.", [("procedures_simplified", 57)]),
    # a single verb of review still names the reviewed
    ("Năm 2023, huyện đã rà soát 120 thủ tục hành chính.", [("procedures_reviewed", 120)]),
    ("Năm 2023, tỉnh đã sửa đổi, bổ sung 37 thủ tục hành chính.", [("procedures_amended", 37)]),
])
def test_the_verb_next_to_a_procedure_count_names_its_kind(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a services count with no level of its own: the nearest clause before it that names a level
    ("Năm 2020, các dịch vụ còn lại ở mức độ 1 và mức độ 2, riêng mức độ 2 có 915 dịch vụ.",
     [("services_level2", 915)]),
    ("Năm 2020, phần còn lại thuộc mức 2 và mức 3; riêng mức 3 có 210 dịch vụ.", [("services_level3", 210)]),
    # two levels joined by a comma stay one phrase
    ("Năm 2020, tỉnh phấn đấu nâng số dịch vụ mức độ 3, 4 lên ít nhất 480 dịch vụ.", [("services_level34", 480)]),
    ("Năm 2020, số dịch vụ mức độ 3, mức độ 4 của huyện mới là 96 dịch vụ.", [("services_level34", 96)]),
    # a level opening the next clause after another clause's level is this count's
    ("Năm 2020, ngoài số dịch vụ mức độ 4 kể trên, mức độ 3 có 287 dịch vụ.", [("services_level3", 287)]),
])
def test_a_services_count_takes_the_nearest_level_named_before_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # colleagues named as a head of office speaks of the staff ("anh chị em", "anh em"): people using the mailbox
    ("Năm 2022, khoảng 80% anh chị em trong sở đã dùng thư điện tử công vụ hằng ngày.", [("email_usage_pct", 80)]),
    ("Năm 2022, 90% anh em cán bộ thường xuyên sử dụng hộp thư công vụ.", [("email_usage_pct", 90)]),
])
def test_colleagues_using_the_mailbox_are_its_users(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # services on the province's portal, the national portal only in a passive predicate after the comma
    ("Năm 2022, tỉnh cung cấp 1.802 dịch vụ công trực tuyến trên Cổng dịch vụ công của tỉnh, được kết nối với Cổng "
     "Dịch vụ công quốc gia.", [("services_total", 1802)]),
    ("Năm 2022, huyện có 410 dịch vụ công trực tuyến trên hệ thống của tỉnh, đã được kết nối với Cổng Dịch vụ công "
     "quốc gia.", [("services_total", 410)]),
])
def test_a_portal_linked_in_a_passive_predicate_is_not_where_the_services_are(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a level label right before a services count is its level, whatever level the next clause names
    ("Năm 2017, mức độ 3 có 412 dịch vụ, còn mức độ 4 chỉ có vài dịch vụ.", [("services_level3", 412)]),
    ("Năm 2017, ở mức độ 2 là 1.230 dịch vụ, trong khi mức độ 3, mức độ 4 còn ít.", [("services_level2", 1230)]),
])
def test_a_level_label_before_a_services_count_wins_over_the_next_clause(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a total raised after parts named in full earlier in the sentence: the total, at the level its subject names
    ("Năm 2023, tỉnh có 980 dịch vụ công trực tuyến toàn trình và 704 dịch vụ một phần, nâng tổng số lên 1.684 dịch vụ.",
     [("services_full_process", 980), ("services_partial", 704), ("services_total", 1684)]),
    ("Năm 2017, về dịch vụ công trực tuyến, số dịch vụ mức độ 4 tăng thêm 21 dịch vụ, nâng tổng số lên 96 dịch vụ.",
     [("services_level4", 96)]),
])
def test_a_raised_total_of_services_named_in_full_before(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a coverage kind in the figure's unit only: a share is no count of agencies that signed a pledge
    ("Năm 2025, tỉnh đặt mục tiêu 85% hồ sơ trực tuyến; huyện A cam kết đạt 70%.",
     [("dossiers_online_pct", 85), ("dossiers_online_pct", 70)]),
    ("Năm 2024, 28/28 đơn vị đã ký cam kết cải cách hành chính.", [("commitment_coverage", 28)]),
    # … while a kind counted and shared keeps both ("bộ phận một cửa điện tử")
    ("Năm 2019, 100% xã đã có bộ phận một cửa điện tử.", [("one_stop_coverage", 100)]),
])
def test_a_coverage_kind_is_read_in_the_figure_s_unit_only(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # rooms named by what they are for are places, never offices counted as agencies
    ("Năm 2023, huyện có 9 phòng chuyên môn sử dụng hệ thống quản lý văn bản và 4 phòng học trực tuyến.",
     [("edocs_software_agencies", 9)]),
    ("Năm 2022, tỉnh đã lắp đặt 150 phòng họp trực tuyến kết nối đến cấp xã.", []),
    ("Năm 2021, 3 phòng máy và 6 phòng làm việc của sở đã nối mạng, 95% công chức dùng thư điện tử.",
     [("email_usage_pct", 95)]),
    # … while the offices themselves still count ("phòng" and its field)
    ("Năm 2020, 13 phòng giáo dục và đào tạo đã dùng thư điện tử công vụ.", [("email_agencies", 13)]),
])
def test_rooms_are_places_not_offices(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share of a system's or a person's time is no figure of ours, nor the rate before it again
    ("Năm 2024, tỷ lệ văn bản điện tử đạt 95%; cán bộ quản trị dành 40% thời gian làm việc cho việc sao lưu dữ liệu.",
     [("edocs_pct", 95)]),
    ("Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 61% và cổng dịch vụ công vận hành 99,8% thời gian trong năm.",
     [("dossiers_online_pct", 61)]),
    # … while "cùng thời gian" is a period: the rate again, at the same time
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 52%. Tỉnh bạn Bình Phước cùng thời gian đạt 47,5%.",
     [("dossiers_online_pct", 52), ("dossiers_online_pct", 47.5)]),
])
def test_a_share_of_time_is_no_figure_of_ours(text, expected):
    assert facts(text) == expected
