//! Indonesian (and Malay). `ribu` = 10^3, `juta` = 10^6, `miliar`/`milyar` =
//! 10^9, `triliun` = 10^12; abbreviations `rb`, `jt`, `M` (miliar: `Rp 5 M`),
//! `T` (triliun: `Rp 5 T`). `Rp` before the amount, glued or not (`Rp5
//! miliar`, `Rp 1,5 juta`). Decimal comma, dot grouping: `1.500` = 1500; a lone comma before three
//! last digits is the English grouping kept (`1,127 orang`, but `2,500 juta`).
//! Number words: `se-` is one (`seratus`, `seribu`), `belas` the teens,
//! `puluh` tens, `ratus` hundreds; `puluhan`, `ratusan`, `ribuan` are vague.

use super::{
    Decimal, Lang, Lexicon, Sense, BARREL, DAY, FOOT, GALLON, HOUR, INCH, KMH, KNOT, MILE, MONTH, MPH, NAUTICAL_MILE, POUND, WEEK, YARD,
    YEAR,
};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Id,
    decimal: Decimal::Comma,
    space_groups: false,
    lone_groups: true,
    words: &[
        // number words
        ("satu", Sense::Num(1.0)), ("dua", Sense::Num(2.0)), ("tiga", Sense::Num(3.0)), ("empat", Sense::Num(4.0)), ("lima", Sense::Num(5.0)),
        ("enam", Sense::Num(6.0)), ("tujuh", Sense::Num(7.0)), ("delapan", Sense::Num(8.0)), ("sembilan", Sense::Num(9.0)), ("sepuluh", Sense::Num(10.0)),
        ("sebelas", Sense::Num(11.0)), ("dua belas", Sense::Num(12.0)), ("tiga belas", Sense::Num(13.0)), ("empat belas", Sense::Num(14.0)),
        ("lima belas", Sense::Num(15.0)), ("enam belas", Sense::Num(16.0)), ("tujuh belas", Sense::Num(17.0)), ("delapan belas", Sense::Num(18.0)),
        ("sembilan belas", Sense::Num(19.0)), ("puluh", Sense::Small(10.0)), ("ratus", Sense::Small(100.0)), ("seratus", Sense::Small(100.0)),
        ("setengah", Sense::Num(0.5)), ("selusin", Sense::Num(12.0)), ("lusin", Sense::Num(12.0)),
        // magnitudes
        ("ribu", Sense::Mag(1e3)), ("seribu", Sense::Mag(1e3)), ("rb", Sense::Mag(1e3)), ("juta", Sense::Mag(1e6)), ("sejuta", Sense::Mag(1e6)), ("jt", Sense::Mag(1e6)),
        ("miliar", Sense::Mag(1e9)), ("milyar", Sense::Mag(1e9)), ("triliun", Sense::Mag(1e12)), ("trilyun", Sense::Mag(1e12)), ("triliyun", Sense::Mag(1e12)),
        ("ribuan", Sense::MagPl(1e3)), ("jutaan", Sense::MagPl(1e6)), ("miliaran", Sense::MagPl(1e9)), ("milyaran", Sense::MagPl(1e9)), ("triliunan", Sense::MagPl(1e12)),
        // vague
        ("beberapa", Sense::Vague(2.0, 10.0)), ("sejumlah", Sense::Vague(2.0, 10.0)), ("beberapa puluh", Sense::Vague(20.0, 100.0)),
        ("beberapa ratus", Sense::Vague(200.0, 1000.0)), ("belasan", Sense::Vague(10.0, 20.0)), ("puluhan", Sense::Vague(10.0, 100.0)),
        ("ratusan", Sense::Vague(100.0, 1000.0)),
        // currencies
        ("rupiah", Sense::Cur("IDR")), ("dolar", Sense::Cur("USD")), ("dolar as", Sense::Cur("USD")), ("dolar amerika", Sense::Cur("USD")),
        ("dolar amerika serikat", Sense::Cur("USD")), ("euro", Sense::Cur("EUR")), ("poundsterling", Sense::Cur("GBP")),
        ("pound sterling", Sense::Cur("GBP")), ("yen", Sense::Cur("JPY")), ("yuan", Sense::Cur("CNY")), ("renminbi", Sense::Cur("CNY")), ("won", Sense::Cur("KRW")),
        ("ringgit", Sense::Cur("MYR")), ("dolar singapura", Sense::Cur("SGD")), ("dolar australia", Sense::Cur("AUD")), ("rupee", Sense::Cur("INR")),
        ("rubel", Sense::Cur("RUB")), ("riyal", Sense::Cur("SAR")),
        // units
        ("persen", Sense::Pct), ("prosen", Sense::Pct),
        ("watt", Sense::Unit("W", 1.0)), ("kilowatt", Sense::Unit("W", 1e3)), ("megawatt", Sense::Unit("W", 1e6)), ("gigawatt", Sense::Unit("W", 1e9)),
        ("terawatt", Sense::Unit("W", 1e12)), ("kilowatt jam", Sense::Unit("Wh", 1e3)), ("megawatt jam", Sense::Unit("Wh", 1e6)), ("gigawatt jam", Sense::Unit("Wh", 1e9)),
        ("terawatt jam", Sense::Unit("Wh", 1e12)),
        ("liter", Sense::Unit("L", 1.0)), ("galon", Sense::Unit("L", GALLON)), ("barel", Sense::Unit("L", BARREL)), ("meter kubik", Sense::Unit("L", 1e3)),
        ("kilogram", Sense::Unit("kg", 1.0)), ("kilo", Sense::Unit("kg", 1.0)), ("ton", Sense::Unit("kg", 1e3)), ("kuintal", Sense::Unit("kg", 100.0)),
        ("kilometer", Sense::Unit("m", 1e3)), ("meter", Sense::Unit("m", 1.0)), ("meter persegi", Sense::Unit("m2", 1.0)),
        ("kilometer persegi", Sense::Unit("m2", 1e6)), ("hektare", Sense::Unit("m2", 1e4)), ("hektar", Sense::Unit("m2", 1e4)),
        ("tahun", Sense::Unit("s", YEAR)), ("tahun", Sense::Label), ("bulan", Sense::Unit("s", MONTH)), ("bulan", Sense::Label), ("pekan", Sense::Unit("s", WEEK)), ("minggu", Sense::Unit("s", WEEK)),
        ("hari", Sense::Unit("s", DAY)), ("jam", Sense::Unit("s", HOUR)), ("menit", Sense::Unit("s", 60.0)), ("dekade", Sense::Unit("s", 10.0 * YEAR)),
        ("dasawarsa", Sense::Unit("s", 10.0 * YEAR)),
        // lengths (`mil` is a mile), speeds, temperatures (°C), earthquakes
        ("mil", Sense::Unit("m", MILE)), ("mil laut", Sense::Unit("m", NAUTICAL_MILE)), ("kaki", Sense::Unit("m", FOOT)), ("inci", Sense::Unit("m", INCH)),
        ("yard", Sense::Unit("m", YARD)), ("sentimeter", Sense::Unit("m", 0.01)), ("cm", Sense::Unit("m", 0.01)), ("milimeter", Sense::Unit("m", 1e-3)),
        ("mm", Sense::Unit("m", 1e-3)), ("pon", Sense::Unit("kg", POUND)), ("gram", Sense::Unit("kg", 1e-3)),
        ("km/jam", Sense::Unit("m/s", KMH)), ("kilometer per jam", Sense::Unit("m/s", KMH)), ("mil per jam", Sense::Unit("m/s", MPH)), ("knot", Sense::Unit("m/s", KNOT)),
        ("derajat", Sense::Unit("°C", 1.0)), ("derajat", Sense::UnitAlt("°F", 1.0)), ("derajat celsius", Sense::Unit("°C", 1.0)), ("°", Sense::Unit("°C", 1.0)), ("°c", Sense::Unit("°C", 1.0)),
        ("ºc", Sense::Unit("°C", 1.0)), ("℃", Sense::Unit("°C", 1.0)), ("celsius", Sense::Unit("°C", 1.0)), ("derajat fahrenheit", Sense::Unit("°F", 1.0)),
        ("fahrenheit", Sense::Unit("°F", 1.0)), ("°f", Sense::Unit("°F", 1.0)),
        ("magnitudo", Sense::UnitBefore("magnitude", 1.0)), ("bermagnitudo", Sense::UnitBefore("magnitude", 1.0)), ("berkekuatan", Sense::UnitBefore("magnitude", 1.0)),
        ("skala richter", Sense::Unit("magnitude", 1.0)), ("sr", Sense::Unit("magnitude", 1.0)),
        // times of day: `pukul 4.40`, `jam 10.30`
        ("pukul", Sense::ClockBefore), ("jam", Sense::ClockBefore),
        // days of the week: never a counted noun
        ("senin", Sense::Weekday), ("selasa", Sense::Weekday), ("rabu", Sense::Weekday), ("kamis", Sense::Weekday), ("jumat", Sense::Weekday), ("sabtu", Sense::Weekday),
        // qualifiers
        ("sekitar", Sense::Qual(About)), ("kurang lebih", Sense::Qual(About)), ("kira", Sense::Qual(About)), ("hampir", Sense::Qual(About)),
        ("nyaris", Sense::Qual(About)), ("sekira", Sense::Qual(About)), ("diperkirakan", Sense::Qual(About)), ("kisaran", Sense::Qual(About)),
        ("lebih dari", Sense::Qual(MoreThan)), ("di atas", Sense::Qual(MoreThan)), ("melebihi", Sense::Qual(MoreThan)), ("lebih", Sense::PostQual(MoreThan)),
        ("setidaknya", Sense::Qual(AtLeast)), ("sedikitnya", Sense::Qual(AtLeast)), ("minimal", Sense::Qual(AtLeast)), ("paling sedikit", Sense::Qual(AtLeast)),
        ("sekurang-kurangnya", Sense::Qual(AtLeast)), ("tak kurang dari", Sense::Qual(AtLeast)), ("tidak kurang dari", Sense::Qual(AtLeast)),
        ("kurang dari", Sense::Qual(LessThan)), ("di bawah", Sense::Qual(LessThan)), ("tidak sampai", Sense::Qual(LessThan)),
        ("hingga", Sense::Qual(UpTo)), ("sampai", Sense::Qual(UpTo)), ("maksimal", Sense::Qual(UpTo)), ("paling banyak", Sense::Qual(UpTo)),
        ("sebanyak-banyaknya", Sense::Qual(UpTo)), ("mencapai", Sense::Stop),
        ("ke atas", Sense::PostQual(AtLeast)),
        // `lebih` after a figure is "more than" (`100 orang lebih`), unless it makes a comparative
        ("lebih tinggi", Sense::Stop), ("lebih rendah", Sense::Stop), ("lebih besar", Sense::Stop), ("lebih kecil", Sense::Stop), ("lebih banyak", Sense::Stop),
        ("lebih sedikit", Sense::Stop), ("lebih cepat", Sense::Stop), ("lebih lambat", Sense::Stop), ("lebih murah", Sense::Stop), ("lebih mahal", Sense::Stop),
        ("lebih baik", Sense::Stop), ("lebih buruk", Sense::Stop), ("lebih lama", Sense::Stop), ("lebih awal", Sense::Stop), ("lebih kuat", Sense::Stop),
        // structure
        ("hingga", Sense::RangeSep), ("sampai", Sense::RangeSep), ("sampai dengan", Sense::RangeSep), ("sampai dengan", Sense::Qual(UpTo)), ("atau", Sense::RangeSep),
        ("antara", Sense::Between), ("dari", Sense::Between), ("dan", Sense::And),
        // months
        ("januari", Sense::Month), ("februari", Sense::Month), ("maret", Sense::Month), ("april", Sense::Month), ("mei", Sense::Month), ("juni", Sense::Month),
        ("juli", Sense::Month), ("agustus", Sense::Month), ("september", Sense::Month), ("oktober", Sense::Month), ("november", Sense::Month), ("desember", Sense::Month),
        ("jan", Sense::Month), ("feb", Sense::Month), ("mar", Sense::Month), ("apr", Sense::Month), ("mei", Sense::Month), ("jun", Sense::Month),
        ("jul", Sense::Month), ("agu", Sense::Month), ("sep", Sense::Month), ("okt", Sense::Month), ("nov", Sense::Month), ("des", Sense::Month),
        // labels
        ("pasal", Sense::Label), ("ayat", Sense::Label), ("bab", Sense::Label), ("halaman", Sense::Label), ("nomor", Sense::Label), ("no", Sense::Label),
        ("versi", Sense::Label), ("model", Sense::Label), ("tipe", Sense::Label), ("seri", Sense::Label), ("ruang", Sense::Label), ("penerbangan", Sense::Label),
        ("jalan", Sense::Label), ("jalur", Sense::Label), ("tanggal", Sense::Label), ("pukul", Sense::Label), ("uu", Sense::Label), ("ruu", Sense::Label),
        ("perpres", Sense::Label), ("pp", Sense::Label), ("peringkat", Sense::Label), ("urutan", Sense::Label), ("kelas", Sense::Label), ("episode", Sense::Label),
        ("musim", Sense::Label), ("lantai", Sense::Label), ("gedung", Sense::Label),
        // measures
        ("valuasi", Sense::Measure("valuation")), ("bernilai", Sense::Measure("valuation")), ("senilai", Sense::Measure("valuation")),
        ("nilai pasar", Sense::Measure("market_cap")), ("kapitalisasi pasar", Sense::Measure("market_cap")),
        ("pendanaan", Sense::Measure("funding")), ("menghimpun", Sense::Measure("funding")), ("penggalangan dana", Sense::Measure("funding")),
        ("meraih pendanaan", Sense::Measure("funding")), ("suntikan dana", Sense::Measure("funding")),
        ("pendapatan", Sense::Measure("revenue")), ("penjualan", Sense::Measure("revenue")), ("omzet", Sense::Measure("revenue")), ("omset", Sense::Measure("revenue")),
        ("laba", Sense::Measure("profit")), ("laba bersih", Sense::Measure("profit")), ("keuntungan", Sense::Measure("profit")),
        ("rugi", Sense::Measure("loss")), ("kerugian", Sense::Measure("loss")), ("rugi bersih", Sense::Measure("loss")),
        ("biaya", Sense::Measure("cost")), ("menelan biaya", Sense::Measure("cost")), ("harga", Sense::Measure("price")),
        ("investasi", Sense::Measure("investment")), ("berinvestasi", Sense::Measure("investment")), ("menanamkan", Sense::Measure("investment")),
        ("penanaman modal", Sense::Measure("investment")),
        ("utang", Sense::Measure("debt")), ("hutang", Sense::Measure("debt")), ("pinjaman", Sense::Measure("debt")), ("meminjam", Sense::Measure("debt")),
        ("anggaran", Sense::Measure("budget")), ("belanja", Sense::Measure("spending")), ("pengeluaran", Sense::Measure("spending")),
        ("kapasitas", Sense::Measure("power")), ("daya", Sense::Measure("power")), ("energi", Sense::Measure("energy")), ("listrik", Sense::Measure("energy")),
        ("air bersih", Sense::Measure("water")), ("kebutuhan air", Sense::Measure("water")), ("saham", Sense::Measure("share")),
        ("kesepakatan", Sense::Measure("deal_value")), ("akuisisi", Sense::Measure("deal_value")), ("pembelian kembali saham", Sense::Measure("buyback")),
        ("buyback", Sense::Measure("buyback")),
        ("karyawan", Sense::Measure("employees")), ("pegawai", Sense::Measure("employees")), ("pekerja", Sense::Measure("employees")),
        ("pengguna", Sense::Measure("users")), ("penduduk", Sense::Measure("population")), ("populasi", Sense::Measure("population")),
        ("tewas", Sense::Measure("deaths")), ("meninggal", Sense::Measure("deaths")), ("meninggal dunia", Sense::Measure("deaths")),
        ("korban jiwa", Sense::Measure("deaths")), ("korban tewas", Sense::Measure("deaths")),
        // counted things
        ("gpu", Sense::Thing("gpu")), ("chip", Sense::Thing("chip")), ("cip", Sense::Thing("chip")), ("server", Sense::Thing("server")),
        ("rumah", Sense::Thing("home")), ("rumah tangga", Sense::Thing("home")), ("lapangan kerja", Sense::Thing("job")), ("lapangan pekerjaan", Sense::Thing("job")),
        ("orang", Sense::Thing("person")), ("jiwa", Sense::Thing("person")), ("relawan", Sense::Thing("volunteer")), ("sukarelawan", Sense::Thing("volunteer")),
        ("pengunjuk rasa", Sense::Thing("protester")), ("demonstran", Sense::Thing("protester")), ("mobil", Sense::Thing("car")),
        ("kendaraan", Sense::Thing("vehicle")),
        // classifiers before the noun (`tiga buah mobil`, `lima unit kendaraan`)
        ("buah", Sense::Counter), ("unit", Sense::Counter), ("ekor", Sense::Counter),
        // function words
        ("yang", Sense::Stop), ("di", Sense::Stop), ("ini", Sense::Stop), ("itu", Sense::Stop), ("dengan", Sense::Stop), ("untuk", Sense::Stop), ("dari", Sense::Stop),
        ("dalam", Sense::Stop), ("pada", Sense::Stop), ("tidak", Sense::Stop), ("akan", Sense::Stop), ("juga", Sense::Stop), ("oleh", Sense::Stop),
        ("sebagai", Sense::Stop), ("adalah", Sense::Stop), ("atau", Sense::Stop), ("karena", Sense::Stop), ("telah", Sense::Stop), ("sudah", Sense::Stop),
        ("bisa", Sense::Stop), ("dapat", Sense::Stop), ("para", Sense::Stop), ("mereka", Sense::Stop), ("kami", Sense::Stop), ("kita", Sense::Stop),
        ("saat", Sense::Stop), ("setelah", Sense::Stop), ("tersebut", Sense::Stop), ("hanya", Sense::Stop), ("masih", Sense::Stop), ("bahwa", Sense::Stop),
        ("namun", Sense::Stop), ("tetapi", Sense::Stop), ("jika", Sense::Stop), ("agar", Sense::Stop), ("bagi", Sense::Stop), ("secara", Sense::Stop),
        ("menurut", Sense::Stop), ("sejak", Sense::Stop), ("yaitu", Sense::Stop), ("serta", Sense::Stop), ("belum", Sense::Stop), ("harus", Sense::Stop),
        ("sangat", Sense::Stop), ("kata", Sense::Stop), ("ujar", Sense::Stop), ("ia", Sense::Stop), ("dia", Sense::Stop), ("baru", Sense::Stop), ("pun", Sense::Stop),
        ("lagi", Sense::Stop), ("sebuah", Sense::Stop), ("seorang", Sense::Stop), ("ada", Sense::Stop), ("tak", Sense::Stop), ("sementara", Sense::Stop),
        ("hal", Sense::Stop), ("kepada", Sense::Stop), ("terhadap", Sense::Stop), ("sebesar", Sense::Stop), ("menjadi", Sense::Stop),
        ("melalui", Sense::Stop), ("sekitar", Sense::Stop), ("naik", Sense::Stop), ("turun", Sense::Stop), ("meningkat", Sense::Stop), ("per", Sense::Stop),
        ("ke", Sense::Stop), ("setiap", Sense::Stop), ("sebanyak", Sense::Stop), ("akibat", Sense::Stop), ("perlu", Sense::Stop), ("uang", Sense::Stop),
        ("mendapat", Sense::Stop), ("membuat", Sense::Stop), ("terbaru", Sense::Stop), ("berlangsung", Sense::Stop), ("dimulai", Sense::Stop),
        ("ditetapkan", Sense::Stop), ("membantu", Sense::Stop), ("menolak", Sense::Stop), ("membutuhkan", Sense::Stop), ("tumbuh", Sense::Stop),
        ("berkapasitas", Sense::Stop), ("mengalami", Sense::Stop), ("mengatakan", Sense::Stop), ("menyebutkan", Sense::Stop), ("sebelumnya", Sense::Stop),
        ("terjadi", Sense::Stop), ("sekarang", Sense::Stop), ("mulai", Sense::Stop), ("kembali", Sense::Stop), ("tengah", Sense::Stop), ("bahkan", Sense::Stop),
        // distinctive words read above with another sense, also counted to detect the language
        ("satu", Sense::Stop), ("dua", Sense::Stop), ("tiga", Sense::Stop), ("lima", Sense::Stop), ("ribu", Sense::Stop), ("juta", Sense::Stop),
        ("miliar", Sense::Stop), ("triliun", Sense::Stop), ("ribuan", Sense::Stop), ("puluhan", Sense::Stop), ("ratusan", Sense::Stop), ("ratus", Sense::Stop),
        ("puluh", Sense::Stop), ("beberapa", Sense::Stop), ("rupiah", Sense::Stop), ("persen", Sense::Stop), ("tahun", Sense::Stop), ("bulan", Sense::Stop),
        ("hari", Sense::Stop), ("pukul", Sense::Stop), ("hektare", Sense::Stop), ("kurang", Sense::Stop), ("lebih", Sense::Stop), ("hingga", Sense::Stop),
        ("sampai", Sense::Stop), ("setidaknya", Sense::Stop), ("sedikitnya", Sense::Stop), ("maksimal", Sense::Stop), ("hampir", Sense::Stop),
        ("antara", Sense::Stop), ("dan", Sense::Stop), ("tanggal", Sense::Stop), ("nomor", Sense::Stop), ("pasal", Sense::Stop),
    ],
    cased: &[
        ("Rp", Sense::Cur("IDR")), ("IDR", Sense::Cur("IDR")), ("M", Sense::Mag(1e9)), ("T", Sense::Mag(1e12)), ("Jt", Sense::Mag(1e6)), ("Rb", Sense::Mag(1e3)),
        ("MW", Sense::Unit("W", 1e6)), ("GW", Sense::Unit("W", 1e9)), ("kWh", Sense::Unit("Wh", 1e3)), ("MWh", Sense::Unit("Wh", 1e6)),
    ],
    appositive_age: true,
    titles: &["dr", "prof"],
    ..Lexicon::PLAIN
};
