//! Vietnamese. `nghìn`/`ngàn` = 10^3, `triệu` = 10^6, `tỷ`/`tỉ` = 10^9,
//! `nghìn tỷ` = 10^12 (a thousand billions; the reader also multiplies
//! consecutive magnitudes, `5 nghìn tỷ` = 5·10^3·10^9). Decimal comma and
//! dot grouping: `1.500` = 1500, `2,5 tỷ`; a lone comma before three last
//! digits is the English grouping kept (`10,000 người`, but `1,250 tỷ`).
//! Words are syllables separated by spaces, so most of this table is
//! phrases (`định giá`, `hàng chục`).
//!
//! `năm` is both "five" and "year": alone it is the year (`3 năm`, `năm
//! 2023`); as five it is read only in phrases (`năm trăm`, `năm triệu`).
//! `ngày`, `tháng`, `năm` before a number are parts of a date (`ngày 12
//! tháng 7 năm 2023`), so they are also labels.

use super::{Decimal, Lang, Lexicon, Sense, BARREL, DAY, FOOT, HOUR, INCH, KMH, MILE, MONTH, MPH, POUND, WEEK, YARD, YEAR};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Vi,
    decimal: Decimal::Comma,
    space_groups: false,
    lone_groups: true,
    words: &[
        // number words (`năm` = 5 only in phrases, see above; `lăm` is 5 after a ten, `mốt` 1)
        ("một", Sense::Num(1.0)), ("hai", Sense::Num(2.0)), ("ba", Sense::Num(3.0)), ("bốn", Sense::Num(4.0)), ("sáu", Sense::Num(6.0)),
        ("bảy", Sense::Num(7.0)), ("tám", Sense::Num(8.0)), ("chín", Sense::Num(9.0)), ("mười", Sense::Num(10.0)), ("lăm", Sense::Num(5.0)),
        ("mốt", Sense::Num(1.0)), ("mươi", Sense::Small(10.0)), ("chục", Sense::Small(10.0)), ("trăm", Sense::Small(100.0)),
        ("năm mươi", Sense::Small(50.0)), ("năm chục", Sense::Small(50.0)), ("năm trăm", Sense::Small(500.0)),
        ("năm nghìn", Sense::Mag(5e3)), ("năm ngàn", Sense::Mag(5e3)), ("năm vạn", Sense::Mag(5e4)), ("năm triệu", Sense::Mag(5e6)),
        ("năm tỷ", Sense::Mag(5e9)), ("năm tỉ", Sense::Mag(5e9)), ("nửa", Sense::Num(0.5)), ("một nửa", Sense::Num(0.5)),
        ("ba lan", Sense::Stop), ("ba tư", Sense::Stop), ("ba mẹ", Sense::Stop), ("ba má", Sense::Stop),
        // compounds of magnitude syllables that are not numbers (ratio, exchange rate, billionaire, symptom…)
        ("tỷ lệ", Sense::Stop), ("tỉ lệ", Sense::Stop), ("tỷ giá", Sense::Stop), ("tỉ giá", Sense::Stop), ("tỷ phú", Sense::Stop), ("tỉ phú", Sense::Stop),
        ("tỷ suất", Sense::Stop), ("tỉ suất", Sense::Stop), ("tỷ số", Sense::Stop), ("tỉ số", Sense::Stop), ("tỷ trọng", Sense::Stop), ("tỉ trọng", Sense::Stop), ("triệu phú", Sense::Stop),
        ("triệu chứng", Sense::Stop), ("triệu tập", Sense::Stop), ("triệu hồi", Sense::Stop), ("vạn vật", Sense::Stop), ("đô thị", Sense::Stop),
        // magnitudes
        ("nghìn", Sense::Mag(1e3)), ("ngàn", Sense::Mag(1e3)), ("vạn", Sense::Mag(1e4)), ("triệu", Sense::Mag(1e6)),
        ("tỷ", Sense::Mag(1e9)), ("tỉ", Sense::Mag(1e9)), ("nghìn tỷ", Sense::Mag(1e12)), ("ngàn tỷ", Sense::Mag(1e12)),
        ("nghìn tỉ", Sense::Mag(1e12)), ("ngàn tỉ", Sense::Mag(1e12)), ("triệu tỷ", Sense::Mag(1e15)),
        ("hàng nghìn", Sense::MagPl(1e3)), ("hàng ngàn", Sense::MagPl(1e3)), ("hàng vạn", Sense::MagPl(1e4)),
        ("hàng triệu", Sense::MagPl(1e6)), ("hàng tỷ", Sense::MagPl(1e9)), ("hàng tỉ", Sense::MagPl(1e9)),
        // vague
        ("vài", Sense::Vague(2.0, 10.0)), ("một vài", Sense::Vague(2.0, 10.0)), ("một số", Sense::Vague(2.0, 10.0)),
        ("dăm", Sense::Vague(2.0, 10.0)),
        ("vài chục", Sense::Vague(20.0, 100.0)), ("vài trăm", Sense::Vague(200.0, 1000.0)), ("mấy chục", Sense::Vague(20.0, 100.0)),
        ("mấy trăm", Sense::Vague(200.0, 1000.0)), ("hàng chục", Sense::Vague(10.0, 100.0)), ("hàng trăm", Sense::Vague(100.0, 1000.0)),
                // currencies
        ("đồng", Sense::Cur("VND")), ("việt nam đồng", Sense::Cur("VND")), ("vnđ", Sense::Cur("VND")), ("đ", Sense::Cur("VND")),
        ("đô la", Sense::Cur("USD")), ("đô la mỹ", Sense::Cur("USD")), ("đôla", Sense::Cur("USD")), ("đôla mỹ", Sense::Cur("USD")), 
        ("euro", Sense::Cur("EUR")), ("bảng anh", Sense::Cur("GBP")), ("bảng", Sense::Cur("GBP")), ("yên", Sense::Cur("JPY")), ("yên nhật", Sense::Cur("JPY")),
        ("nhân dân tệ", Sense::Cur("CNY")), ("tệ", Sense::Cur("CNY")), ("won", Sense::Cur("KRW")), ("rúp", Sense::Cur("RUB")), ("rupee", Sense::Cur("INR")),
        ("đô la singapore", Sense::Cur("SGD")), ("đô la úc", Sense::Cur("AUD")), ("đô la hồng kông", Sense::Cur("HKD")), ("baht", Sense::Cur("THB")),
        // units
        ("phần trăm", Sense::Pct),
        ("oát", Sense::Unit("W", 1.0)), ("kilowatt", Sense::Unit("W", 1e3)), ("kilôoát", Sense::Unit("W", 1e3)), ("megawatt", Sense::Unit("W", 1e6)),
        ("mêgaoát", Sense::Unit("W", 1e6)), ("gigawatt", Sense::Unit("W", 1e9)), ("gigaoát", Sense::Unit("W", 1e9)), ("terawatt", Sense::Unit("W", 1e12)),
        ("kwh", Sense::Unit("Wh", 1e3)), ("số điện", Sense::Unit("Wh", 1e3)),
        ("lít", Sense::Unit("L", 1.0)), ("thùng", Sense::Unit("L", BARREL)), ("thùng dầu", Sense::Unit("L", BARREL)), ("mét khối", Sense::Unit("L", 1e3)),
        ("m3", Sense::Unit("L", 1e3)), ("khối", Sense::Unit("L", 1e3)),
        ("kg", Sense::Unit("kg", 1.0)), ("kilôgam", Sense::Unit("kg", 1.0)), ("ký", Sense::Unit("kg", 1.0)), ("tấn", Sense::Unit("kg", 1e3)), ("tạ", Sense::Unit("kg", 100.0)),
        ("km", Sense::Unit("m", 1e3)), ("kilômét", Sense::Unit("m", 1e3)), ("cây số", Sense::Unit("m", 1e3)), ("mét", Sense::Unit("m", 1.0)),
        ("mét vuông", Sense::Unit("m2", 1.0)), ("km2", Sense::Unit("m2", 1e6)), ("ki lô mét vuông", Sense::Unit("m2", 1e6)), ("hécta", Sense::Unit("m2", 1e4)),
        ("dặm", Sense::Unit("m", MILE)), ("feet", Sense::Unit("m", FOOT)), ("foot", Sense::Unit("m", FOOT)), ("inch", Sense::Unit("m", INCH)),
        ("yard", Sense::Unit("m", YARD)), ("pound", Sense::Unit("kg", POUND)), ("cm", Sense::Unit("m", 0.01)), ("xăng-ti-mét", Sense::Unit("m", 0.01)), ("mm", Sense::Unit("m", 0.001)),
        ("dặm trên giờ", Sense::Unit("m/s", MPH)), ("dặm/giờ", Sense::Unit("m/s", MPH)), ("dặm một giờ", Sense::Unit("m/s", MPH)),
        ("km/giờ", Sense::Unit("m/s", KMH)), ("km trên giờ", Sense::Unit("m/s", KMH)), ("km một giờ", Sense::Unit("m/s", KMH)),
        // temperatures (Vietnam writes Celsius; the other reading kept) and quake magnitudes
        ("độ", Sense::Unit("°C", 1.0)), ("độ", Sense::UnitAlt("°F", 1.0)), ("độ c", Sense::Unit("°C", 1.0)), ("độ f", Sense::Unit("°F", 1.0)),
        ("độ richter", Sense::Unit("magnitude", 1.0)), ("richter", Sense::Unit("magnitude", 1.0)),
        ("năm", Sense::Unit("s", YEAR)), ("năm", Sense::Label), ("tháng", Sense::Unit("s", MONTH)), ("tháng", Sense::Label), ("tuần", Sense::Unit("s", WEEK)),
        ("ngày", Sense::Unit("s", DAY)), ("ngày", Sense::Label), ("giờ", Sense::Unit("s", HOUR)), ("giờ", Sense::Label), ("tiếng", Sense::Unit("s", HOUR)), ("phút", Sense::Unit("s", 60.0)),
        ("thập kỷ", Sense::Unit("s", 10.0 * YEAR)), ("thập niên", Sense::Unit("s", 10.0 * YEAR)),
        // ages: `45 tuổi` is 45 years, as English `45-year-old`
        ("tuổi", Sense::Unit("s", YEAR)), ("ở tuổi", Sense::UnitBefore("s", YEAR)), ("độ tuổi", Sense::UnitBefore("s", YEAR)),
        // qualifiers
        ("khoảng", Sense::Qual(About)), ("gần", Sense::Qual(About)), ("chừng", Sense::Qual(About)), ("khoảng chừng", Sense::Qual(About)),
        ("xấp xỉ", Sense::Qual(About)), ("ước tính", Sense::Qual(About)), ("ước khoảng", Sense::Qual(About)),
        ("hơn", Sense::Qual(MoreThan)), ("trên", Sense::Qual(MoreThan)), ("vượt", Sense::Qual(MoreThan)), ("vượt quá", Sense::Qual(MoreThan)), ("hơn cả", Sense::Qual(MoreThan)),
        ("ít nhất", Sense::Qual(AtLeast)), ("tối thiểu", Sense::Qual(AtLeast)), ("không dưới", Sense::Qual(AtLeast)), ("không ít hơn", Sense::Qual(AtLeast)),
        ("dưới", Sense::Qual(LessThan)), ("chưa đến", Sense::Qual(LessThan)), ("chưa tới", Sense::Qual(LessThan)), ("ít hơn", Sense::Qual(LessThan)), ("không đến", Sense::Qual(LessThan)),
        ("tối đa", Sense::Qual(UpTo)), ("lên tới", Sense::Qual(UpTo)), ("lên đến", Sense::Qual(UpTo)), ("không quá", Sense::Qual(UpTo)), ("nhiều nhất", Sense::Qual(UpTo)),
        ("trở lên", Sense::PostQual(AtLeast)), ("trở xuống", Sense::PostQual(UpTo)),
        // structure
        ("từ", Sense::Between), ("đến", Sense::RangeSep), ("tới", Sense::RangeSep), ("hoặc", Sense::RangeSep), ("hay", Sense::RangeSep),
        ("giữa", Sense::Between), ("và", Sense::And),
        // months, January to December (also `tháng 7`: the number is then a label after `tháng`)
        ("tháng một", Sense::Month), ("tháng hai", Sense::Month), ("tháng ba", Sense::Month), ("tháng tư", Sense::Month), ("tháng năm", Sense::Month),
        ("tháng sáu", Sense::Month), ("tháng bảy", Sense::Month), ("tháng tám", Sense::Month), ("tháng chín", Sense::Month), ("tháng mười", Sense::Month),
        ("tháng mười một", Sense::Month), ("tháng mười hai", Sense::Month), ("tháng giêng", Sense::Month),
        // times of day after the hour (`4.40 giờ sáng`, `5.30 chiều`)
        ("sáng", Sense::Clock), ("chiều", Sense::Clock), ("tối", Sense::Clock), ("trưa", Sense::Clock),
        // labels
        ("điều", Sense::Label), ("chương", Sense::Label), ("mục", Sense::Label), ("trang", Sense::Label), ("phiên bản", Sense::Label), ("mẫu", Sense::Label),
        ("dự luật", Sense::Label), ("luật số", Sense::Label), ("phòng", Sense::Label), ("chuyến bay", Sense::Label), ("tuyến", Sense::Label), ("tập", Sense::Label),
        ("mùa", Sense::Label), ("lớp", Sense::Label), ("quốc lộ", Sense::Label), ("lúc", Sense::Label), ("hạng", Sense::Label), ("thứ", Sense::Label), ("thứ", Sense::OrdinalBefore),
        ("khoản", Sense::Label), ("nghị định", Sense::Label), ("quyết định", Sense::Label), ("đường", Sense::Label), ("số hiệu", Sense::Label), ("mã số", Sense::Label),
        // measures
        ("định giá", Sense::Measure("valuation")), ("mức định giá", Sense::Measure("valuation")), ("trị giá", Sense::Measure("valuation")),
        ("giá trị vốn hóa", Sense::Measure("market_cap")), ("giá trị vốn hoá", Sense::Measure("market_cap")), ("vốn hóa", Sense::Measure("market_cap")),
        ("vốn hoá", Sense::Measure("market_cap")), ("giá trị thị trường", Sense::Measure("market_cap")),
        ("huy động", Sense::Measure("funding")), ("gọi vốn", Sense::Measure("funding")), ("vòng gọi vốn", Sense::Measure("funding")), ("rót vốn", Sense::Measure("funding")),
        ("doanh thu", Sense::Measure("revenue")), ("doanh số", Sense::Measure("revenue")),
        ("lợi nhuận", Sense::Measure("profit")), ("lãi", Sense::Measure("profit")), ("lãi ròng", Sense::Measure("profit")),
        ("lỗ", Sense::Measure("loss")), ("thua lỗ", Sense::Measure("loss")), ("khoản lỗ", Sense::Measure("loss")),
        ("chi phí", Sense::Measure("cost")), ("tốn", Sense::Measure("cost")), ("giá", Sense::Measure("price")), ("giá bán", Sense::Measure("price")),
        ("đầu tư", Sense::Measure("investment")), ("vốn đầu tư", Sense::Measure("investment")), ("khoản đầu tư", Sense::Measure("investment")),
        ("nợ", Sense::Measure("debt")), ("khoản vay", Sense::Measure("debt")), ("vay", Sense::Measure("debt")), ("đi vay", Sense::Measure("debt")),
        ("ngân sách", Sense::Measure("budget")), ("chi tiêu", Sense::Measure("spending")), ("chi ra", Sense::Measure("spending")),
        ("công suất", Sense::Measure("power")), ("điện năng", Sense::Measure("energy")), ("sản lượng điện", Sense::Measure("energy")),
        ("lượng nước", Sense::Measure("water")), ("cổ phần", Sense::Measure("share")), ("cổ phiếu", Sense::Measure("share")),
        ("thương vụ", Sense::Measure("deal_value")), ("thỏa thuận", Sense::Measure("deal_value")), ("mua lại", Sense::Measure("deal_value")),
        ("mua lại cổ phiếu", Sense::Measure("buyback")), ("mua lại cổ phần", Sense::Measure("buyback")),
        ("nhân viên", Sense::Measure("employees")), ("lao động", Sense::Measure("employees")), ("công nhân", Sense::Measure("employees")),
        ("người dùng", Sense::Measure("users")), ("người sử dụng", Sense::Measure("users")), ("dân số", Sense::Measure("population")),
        ("thiệt mạng", Sense::Measure("deaths")), ("tử vong", Sense::Measure("deaths")), ("người chết", Sense::Measure("deaths")), ("số người chết", Sense::Measure("deaths")),
        // counted things
        ("gpu", Sense::Thing("gpu")), ("bộ xử lý đồ họa", Sense::Thing("gpu")), ("chip", Sense::Thing("chip")), ("con chip", Sense::Thing("chip")),
        ("máy chủ", Sense::Thing("server")), ("căn nhà", Sense::Thing("home")), ("ngôi nhà", Sense::Thing("home")), ("nhà ở", Sense::Thing("home")),
        ("hộ gia đình", Sense::Thing("home")), ("hộ", Sense::Thing("home")), ("việc làm", Sense::Thing("job")), ("người", Sense::Thing("person")),
        ("tình nguyện viên", Sense::Thing("volunteer")), ("người biểu tình", Sense::Thing("protester")), ("ô tô", Sense::Thing("car")),
        ("xe hơi", Sense::Thing("car")), ("xe", Sense::Thing("vehicle")), ("phương tiện", Sense::Thing("vehicle")),
        // classifiers before the noun
        ("chiếc", Sense::Counter), ("con", Sense::Counter), ("cái", Sense::Counter), ("căn", Sense::Counter), ("ngôi", Sense::Counter), ("tấm", Sense::Counter),
        // function words (single syllables: detection reads syllables)
        ("của", Sense::Stop), ("là", Sense::Stop), ("các", Sense::Stop), ("những", Sense::Stop), ("có", Sense::Stop), ("được", Sense::Stop), ("cho", Sense::Stop),
        ("với", Sense::Stop), ("trong", Sense::Stop), ("này", Sense::Stop), ("đã", Sense::Stop), ("sẽ", Sense::Stop), ("không", Sense::Stop), ("để", Sense::Stop),
        ("theo", Sense::Stop), ("về", Sense::Stop), ("khi", Sense::Stop), ("tại", Sense::Stop), ("như", Sense::Stop), ("nhưng", Sense::Stop), ("cũng", Sense::Stop),
        ("đang", Sense::Stop), ("bị", Sense::Stop), ("do", Sense::Stop), ("vào", Sense::Stop), ("ra", Sense::Stop), ("thì", Sense::Stop), ("mà", Sense::Stop),
        ("nên", Sense::Stop), ("nhiều", Sense::Stop), ("rất", Sense::Stop), ("lại", Sense::Stop), ("sau", Sense::Stop), ("trước", Sense::Stop), ("đó", Sense::Stop),
        ("còn", Sense::Stop), ("chỉ", Sense::Stop), ("vẫn", Sense::Stop), ("nay", Sense::Stop), ("ông", Sense::Stop), ("bà", Sense::Stop), ("họ", Sense::Stop),
        ("chúng", Sense::Stop), ("tôi", Sense::Stop), ("nó", Sense::Stop), ("ở", Sense::Stop), ("qua", Sense::Stop), ("cùng", Sense::Stop), ("bởi", Sense::Stop),
        ("vì", Sense::Stop), ("nếu", Sense::Stop), ("đều", Sense::Stop), ("mỗi", Sense::Stop), ("mới", Sense::Stop), ("hiện", Sense::Stop), ("biết", Sense::Stop),
        ("cũ", Sense::Stop), ("tăng", Sense::Stop), ("giảm", Sense::Stop),
        ("đạt", Sense::Stop), ("khiến", Sense::Stop), ("cả", Sense::Stop), ("hết", Sense::Stop), ("việc", Sense::Stop), ("thêm", Sense::Stop), ("tổng", Sense::Stop),
        ("gồm", Sense::Stop), ("thuộc", Sense::Stop), ("nhằm", Sense::Stop), ("rằng", Sense::Stop), ("lần", Sense::Stop), ("hơn nữa", Sense::Stop),
    ],
    cased: &[("VNĐ", Sense::Cur("VND")), ("VND", Sense::Cur("VND")), ("MW", Sense::Unit("W", 1e6)), ("GW", Sense::Unit("W", 1e9))],
    // The block of Latin letters with two diacritics (`ạ`, `ế`, `ữ`), and ư ơ đ.
    letters: &[('\u{1E00}', '\u{1EFF}'), ('ư', 'ư'), ('ơ', 'ơ'), ('đ', 'đ'), ('Ư', 'Ư'), ('Ơ', 'Ơ'), ('Đ', 'Đ')],
    ..Lexicon::PLAIN
};
