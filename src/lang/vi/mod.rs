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

use super::{Decimal, Lang, Lexicon, BARREL, DAY, FOOT, HOUR, INCH, KMH, MILE, MONTH, MPH, POUND, W, WEEK, YARD, YEAR};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Vi,
    decimal: Decimal::Comma,
    space_groups: false,
    lone_groups: true,
    words: &[
        // number words (`năm` = 5 only in phrases, see above; `lăm` is 5 after a ten, `mốt` 1)
        ("một", W::Num(1.0)), ("hai", W::Num(2.0)), ("ba", W::Num(3.0)), ("bốn", W::Num(4.0)), ("sáu", W::Num(6.0)),
        ("bảy", W::Num(7.0)), ("tám", W::Num(8.0)), ("chín", W::Num(9.0)), ("mười", W::Num(10.0)), ("lăm", W::Num(5.0)),
        ("mốt", W::Num(1.0)), ("mươi", W::Small(10.0)), ("chục", W::Small(10.0)), ("trăm", W::Small(100.0)),
        ("năm mươi", W::Small(50.0)), ("năm chục", W::Small(50.0)), ("năm trăm", W::Small(500.0)),
        ("năm nghìn", W::Mag(5e3)), ("năm ngàn", W::Mag(5e3)), ("năm vạn", W::Mag(5e4)), ("năm triệu", W::Mag(5e6)),
        ("năm tỷ", W::Mag(5e9)), ("năm tỉ", W::Mag(5e9)), ("nửa", W::Num(0.5)), ("một nửa", W::Num(0.5)),
        ("ba lan", W::Stop), ("ba tư", W::Stop), ("ba mẹ", W::Stop), ("ba má", W::Stop),
        // compounds of magnitude syllables that are not numbers (ratio, exchange rate, billionaire, symptom…)
        ("tỷ lệ", W::Stop), ("tỉ lệ", W::Stop), ("tỷ giá", W::Stop), ("tỉ giá", W::Stop), ("tỷ phú", W::Stop), ("tỉ phú", W::Stop),
        ("tỷ số", W::Stop), ("tỉ số", W::Stop), ("tỷ trọng", W::Stop), ("tỉ trọng", W::Stop), ("triệu phú", W::Stop),
        ("triệu chứng", W::Stop), ("triệu tập", W::Stop), ("triệu hồi", W::Stop), ("vạn vật", W::Stop), ("đô thị", W::Stop),
        // magnitudes
        ("nghìn", W::Mag(1e3)), ("ngàn", W::Mag(1e3)), ("vạn", W::Mag(1e4)), ("triệu", W::Mag(1e6)),
        ("tỷ", W::Mag(1e9)), ("tỉ", W::Mag(1e9)), ("nghìn tỷ", W::Mag(1e12)), ("ngàn tỷ", W::Mag(1e12)),
        ("nghìn tỉ", W::Mag(1e12)), ("ngàn tỉ", W::Mag(1e12)), ("triệu tỷ", W::Mag(1e15)),
        ("hàng nghìn", W::MagPl(1e3)), ("hàng ngàn", W::MagPl(1e3)), ("hàng vạn", W::MagPl(1e4)),
        ("hàng triệu", W::MagPl(1e6)), ("hàng tỷ", W::MagPl(1e9)), ("hàng tỉ", W::MagPl(1e9)),
        // vague
        ("vài", W::Vague(2.0, 10.0)), ("một vài", W::Vague(2.0, 10.0)), ("một số", W::Vague(2.0, 10.0)),
        ("dăm", W::Vague(2.0, 10.0)),
        ("vài chục", W::Vague(20.0, 100.0)), ("vài trăm", W::Vague(200.0, 1000.0)), ("mấy chục", W::Vague(20.0, 100.0)),
        ("mấy trăm", W::Vague(200.0, 1000.0)), ("hàng chục", W::Vague(10.0, 100.0)), ("hàng trăm", W::Vague(100.0, 1000.0)),
                // currencies
        ("đồng", W::Cur("VND")), ("việt nam đồng", W::Cur("VND")), ("vnđ", W::Cur("VND")), ("đ", W::Cur("VND")),
        ("đô la", W::Cur("USD")), ("đô la mỹ", W::Cur("USD")), ("đôla", W::Cur("USD")), ("đôla mỹ", W::Cur("USD")), 
        ("euro", W::Cur("EUR")), ("bảng anh", W::Cur("GBP")), ("yên", W::Cur("JPY")), ("yên nhật", W::Cur("JPY")),
        ("nhân dân tệ", W::Cur("CNY")), ("tệ", W::Cur("CNY")), ("won", W::Cur("KRW")), ("rúp", W::Cur("RUB")), ("rupee", W::Cur("INR")),
        ("đô la singapore", W::Cur("SGD")), ("đô la úc", W::Cur("AUD")), ("đô la hồng kông", W::Cur("HKD")), ("baht", W::Cur("THB")),
        // units
        ("phần trăm", W::Pct),
        ("oát", W::Unit("W", 1.0)), ("kilowatt", W::Unit("W", 1e3)), ("kilôoát", W::Unit("W", 1e3)), ("megawatt", W::Unit("W", 1e6)),
        ("mêgaoát", W::Unit("W", 1e6)), ("gigawatt", W::Unit("W", 1e9)), ("gigaoát", W::Unit("W", 1e9)), ("terawatt", W::Unit("W", 1e12)),
        ("kwh", W::Unit("Wh", 1e3)), ("số điện", W::Unit("Wh", 1e3)),
        ("lít", W::Unit("L", 1.0)), ("thùng", W::Unit("L", BARREL)), ("thùng dầu", W::Unit("L", BARREL)), ("mét khối", W::Unit("L", 1e3)),
        ("m3", W::Unit("L", 1e3)), ("khối", W::Unit("L", 1e3)),
        ("kg", W::Unit("kg", 1.0)), ("kilôgam", W::Unit("kg", 1.0)), ("ký", W::Unit("kg", 1.0)), ("tấn", W::Unit("kg", 1e3)), ("tạ", W::Unit("kg", 100.0)),
        ("km", W::Unit("m", 1e3)), ("kilômét", W::Unit("m", 1e3)), ("cây số", W::Unit("m", 1e3)), ("mét", W::Unit("m", 1.0)),
        ("mét vuông", W::Unit("m2", 1.0)), ("km2", W::Unit("m2", 1e6)), ("ki lô mét vuông", W::Unit("m2", 1e6)), ("hécta", W::Unit("m2", 1e4)),
        ("dặm", W::Unit("m", MILE)), ("feet", W::Unit("m", FOOT)), ("foot", W::Unit("m", FOOT)), ("inch", W::Unit("m", INCH)),
        ("yard", W::Unit("m", YARD)), ("pound", W::Unit("kg", POUND)), ("cm", W::Unit("m", 0.01)), ("xăng-ti-mét", W::Unit("m", 0.01)), ("mm", W::Unit("m", 0.001)),
        ("dặm trên giờ", W::Unit("m/s", MPH)), ("dặm/giờ", W::Unit("m/s", MPH)), ("dặm một giờ", W::Unit("m/s", MPH)),
        ("km/giờ", W::Unit("m/s", KMH)), ("km trên giờ", W::Unit("m/s", KMH)), ("km một giờ", W::Unit("m/s", KMH)),
        // temperatures (Vietnam writes Celsius; the other reading kept) and quake magnitudes
        ("độ", W::Unit("°C", 1.0)), ("độ", W::UnitAlt("°F", 1.0)), ("độ c", W::Unit("°C", 1.0)), ("độ f", W::Unit("°F", 1.0)),
        ("độ richter", W::Unit("magnitude", 1.0)), ("richter", W::Unit("magnitude", 1.0)),
        ("năm", W::Unit("s", YEAR)), ("năm", W::Label), ("tháng", W::Unit("s", MONTH)), ("tháng", W::Label), ("tuần", W::Unit("s", WEEK)),
        ("ngày", W::Unit("s", DAY)), ("ngày", W::Label), ("giờ", W::Unit("s", HOUR)), ("giờ", W::Label), ("tiếng", W::Unit("s", HOUR)), ("phút", W::Unit("s", 60.0)),
        ("thập kỷ", W::Unit("s", 10.0 * YEAR)), ("thập niên", W::Unit("s", 10.0 * YEAR)),
        // ages: `45 tuổi` is 45 years, as English `45-year-old`
        ("tuổi", W::Unit("s", YEAR)),
        // qualifiers
        ("khoảng", W::Qual(About)), ("gần", W::Qual(About)), ("chừng", W::Qual(About)), ("khoảng chừng", W::Qual(About)),
        ("xấp xỉ", W::Qual(About)), ("ước tính", W::Qual(About)), ("ước khoảng", W::Qual(About)),
        ("hơn", W::Qual(MoreThan)), ("trên", W::Qual(MoreThan)), ("vượt", W::Qual(MoreThan)), ("vượt quá", W::Qual(MoreThan)), ("hơn cả", W::Qual(MoreThan)),
        ("ít nhất", W::Qual(AtLeast)), ("tối thiểu", W::Qual(AtLeast)), ("không dưới", W::Qual(AtLeast)), ("không ít hơn", W::Qual(AtLeast)),
        ("dưới", W::Qual(LessThan)), ("chưa đến", W::Qual(LessThan)), ("chưa tới", W::Qual(LessThan)), ("ít hơn", W::Qual(LessThan)), ("không đến", W::Qual(LessThan)),
        ("tối đa", W::Qual(UpTo)), ("lên tới", W::Qual(UpTo)), ("lên đến", W::Qual(UpTo)), ("không quá", W::Qual(UpTo)), ("nhiều nhất", W::Qual(UpTo)),
        ("trở lên", W::PostQual(AtLeast)), ("trở xuống", W::PostQual(UpTo)),
        // structure
        ("từ", W::Between), ("đến", W::RangeSep), ("tới", W::RangeSep), ("hoặc", W::RangeSep), ("hay", W::RangeSep),
        ("giữa", W::Between), ("và", W::And),
        // months, January to December (also `tháng 7`: the number is then a label after `tháng`)
        ("tháng một", W::Month), ("tháng hai", W::Month), ("tháng ba", W::Month), ("tháng tư", W::Month), ("tháng năm", W::Month),
        ("tháng sáu", W::Month), ("tháng bảy", W::Month), ("tháng tám", W::Month), ("tháng chín", W::Month), ("tháng mười", W::Month),
        ("tháng mười một", W::Month), ("tháng mười hai", W::Month), ("tháng giêng", W::Month),
        // times of day after the hour (`4.40 giờ sáng`, `5.30 chiều`)
        ("sáng", W::Clock), ("chiều", W::Clock), ("tối", W::Clock), ("trưa", W::Clock),
        // labels
        ("điều", W::Label), ("chương", W::Label), ("mục", W::Label), ("trang", W::Label), ("phiên bản", W::Label), ("mẫu", W::Label),
        ("dự luật", W::Label), ("luật số", W::Label), ("phòng", W::Label), ("chuyến bay", W::Label), ("tuyến", W::Label), ("tập", W::Label),
        ("mùa", W::Label), ("lớp", W::Label), ("quốc lộ", W::Label), ("lúc", W::Label), ("hạng", W::Label), ("thứ", W::Label),
        ("khoản", W::Label), ("nghị định", W::Label), ("quyết định", W::Label), ("đường", W::Label), ("số hiệu", W::Label), ("mã số", W::Label),
        // measures
        ("định giá", W::Measure("valuation")), ("mức định giá", W::Measure("valuation")), ("trị giá", W::Measure("valuation")),
        ("giá trị vốn hóa", W::Measure("market_cap")), ("giá trị vốn hoá", W::Measure("market_cap")), ("vốn hóa", W::Measure("market_cap")),
        ("vốn hoá", W::Measure("market_cap")), ("giá trị thị trường", W::Measure("market_cap")),
        ("huy động", W::Measure("funding")), ("gọi vốn", W::Measure("funding")), ("vòng gọi vốn", W::Measure("funding")), ("rót vốn", W::Measure("funding")),
        ("doanh thu", W::Measure("revenue")), ("doanh số", W::Measure("revenue")),
        ("lợi nhuận", W::Measure("profit")), ("lãi", W::Measure("profit")), ("lãi ròng", W::Measure("profit")),
        ("lỗ", W::Measure("loss")), ("thua lỗ", W::Measure("loss")), ("khoản lỗ", W::Measure("loss")),
        ("chi phí", W::Measure("cost")), ("tốn", W::Measure("cost")), ("giá", W::Measure("price")), ("giá bán", W::Measure("price")),
        ("đầu tư", W::Measure("investment")), ("vốn đầu tư", W::Measure("investment")), ("khoản đầu tư", W::Measure("investment")),
        ("nợ", W::Measure("debt")), ("khoản vay", W::Measure("debt")), ("vay", W::Measure("debt")), ("đi vay", W::Measure("debt")),
        ("ngân sách", W::Measure("budget")), ("chi tiêu", W::Measure("spending")), ("chi ra", W::Measure("spending")),
        ("công suất", W::Measure("power")), ("điện năng", W::Measure("energy")), ("sản lượng điện", W::Measure("energy")),
        ("lượng nước", W::Measure("water")), ("cổ phần", W::Measure("share")), ("cổ phiếu", W::Measure("share")),
        ("thương vụ", W::Measure("deal_value")), ("thỏa thuận", W::Measure("deal_value")), ("mua lại", W::Measure("deal_value")),
        ("mua lại cổ phiếu", W::Measure("buyback")), ("mua lại cổ phần", W::Measure("buyback")),
        ("nhân viên", W::Measure("employees")), ("lao động", W::Measure("employees")), ("công nhân", W::Measure("employees")),
        ("người dùng", W::Measure("users")), ("người sử dụng", W::Measure("users")), ("dân số", W::Measure("population")),
        ("thiệt mạng", W::Measure("deaths")), ("tử vong", W::Measure("deaths")), ("người chết", W::Measure("deaths")), ("số người chết", W::Measure("deaths")),
        // counted things
        ("gpu", W::Thing("gpu")), ("bộ xử lý đồ họa", W::Thing("gpu")), ("chip", W::Thing("chip")), ("con chip", W::Thing("chip")),
        ("máy chủ", W::Thing("server")), ("căn nhà", W::Thing("home")), ("ngôi nhà", W::Thing("home")), ("nhà ở", W::Thing("home")),
        ("hộ gia đình", W::Thing("home")), ("hộ", W::Thing("home")), ("việc làm", W::Thing("job")), ("người", W::Thing("person")),
        ("tình nguyện viên", W::Thing("volunteer")), ("người biểu tình", W::Thing("protester")), ("ô tô", W::Thing("car")),
        ("xe hơi", W::Thing("car")), ("xe", W::Thing("vehicle")), ("phương tiện", W::Thing("vehicle")),
        // classifiers before the noun
        ("chiếc", W::Counter), ("con", W::Counter), ("cái", W::Counter), ("căn", W::Counter), ("ngôi", W::Counter), ("tấm", W::Counter),
        // function words (single syllables: detection reads syllables)
        ("của", W::Stop), ("là", W::Stop), ("các", W::Stop), ("những", W::Stop), ("có", W::Stop), ("được", W::Stop), ("cho", W::Stop),
        ("với", W::Stop), ("trong", W::Stop), ("này", W::Stop), ("đã", W::Stop), ("sẽ", W::Stop), ("không", W::Stop), ("để", W::Stop),
        ("theo", W::Stop), ("về", W::Stop), ("khi", W::Stop), ("tại", W::Stop), ("như", W::Stop), ("nhưng", W::Stop), ("cũng", W::Stop),
        ("đang", W::Stop), ("bị", W::Stop), ("do", W::Stop), ("vào", W::Stop), ("ra", W::Stop), ("thì", W::Stop), ("mà", W::Stop),
        ("nên", W::Stop), ("nhiều", W::Stop), ("rất", W::Stop), ("lại", W::Stop), ("sau", W::Stop), ("trước", W::Stop), ("đó", W::Stop),
        ("còn", W::Stop), ("chỉ", W::Stop), ("vẫn", W::Stop), ("nay", W::Stop), ("ông", W::Stop), ("bà", W::Stop), ("họ", W::Stop),
        ("chúng", W::Stop), ("tôi", W::Stop), ("nó", W::Stop), ("ở", W::Stop), ("qua", W::Stop), ("cùng", W::Stop), ("bởi", W::Stop),
        ("vì", W::Stop), ("nếu", W::Stop), ("đều", W::Stop), ("mỗi", W::Stop), ("mới", W::Stop), ("hiện", W::Stop), ("biết", W::Stop),
        ("cũ", W::Stop), ("tăng", W::Stop), ("giảm", W::Stop),
        ("đạt", W::Stop), ("khiến", W::Stop), ("cả", W::Stop), ("hết", W::Stop), ("việc", W::Stop), ("thêm", W::Stop), ("tổng", W::Stop),
        ("gồm", W::Stop), ("thuộc", W::Stop), ("nhằm", W::Stop), ("rằng", W::Stop), ("lần", W::Stop), ("hơn nữa", W::Stop),
    ],
    cased: &[("VNĐ", W::Cur("VND")), ("VND", W::Cur("VND")), ("MW", W::Unit("W", 1e6)), ("GW", W::Unit("W", 1e9))],
    ..Lexicon::PLAIN
};
