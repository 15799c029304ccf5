//! Indonesian (and Malay). `ribu` = 10^3, `juta` = 10^6, `miliar`/`milyar` =
//! 10^9, `triliun` = 10^12; abbreviations `rb`, `jt`, `M` (miliar: `Rp 5 M`),
//! `T` (triliun: `Rp 5 T`). `Rp` before the amount, glued or not (`Rp5
//! miliar`, `Rp 1,5 juta`). Decimal comma, dot grouping: `1.500` = 1500; a lone comma before three
//! last digits is the English grouping kept (`1,127 orang`, but `2,500 juta`).
//! Number words: `se-` is one (`seratus`, `seribu`), `belas` the teens,
//! `puluh` tens, `ratus` hundreds; `puluhan`, `ratusan`, `ribuan` are vague.

use super::{
    Decimal, Lang, Lexicon, BARREL, DAY, FOOT, GALLON, HOUR, INCH, KMH, KNOT, MILE, MONTH, MPH, NAUTICAL_MILE, POUND, W, WEEK, YARD, YEAR,
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
        ("satu", W::Num(1.0)), ("dua", W::Num(2.0)), ("tiga", W::Num(3.0)), ("empat", W::Num(4.0)), ("lima", W::Num(5.0)),
        ("enam", W::Num(6.0)), ("tujuh", W::Num(7.0)), ("delapan", W::Num(8.0)), ("sembilan", W::Num(9.0)), ("sepuluh", W::Num(10.0)),
        ("sebelas", W::Num(11.0)), ("dua belas", W::Num(12.0)), ("tiga belas", W::Num(13.0)), ("empat belas", W::Num(14.0)),
        ("lima belas", W::Num(15.0)), ("enam belas", W::Num(16.0)), ("tujuh belas", W::Num(17.0)), ("delapan belas", W::Num(18.0)),
        ("sembilan belas", W::Num(19.0)), ("puluh", W::Small(10.0)), ("ratus", W::Small(100.0)), ("seratus", W::Small(100.0)),
        ("setengah", W::Num(0.5)), ("selusin", W::Num(12.0)), ("lusin", W::Num(12.0)),
        // magnitudes
        ("ribu", W::Mag(1e3)), ("seribu", W::Mag(1e3)), ("rb", W::Mag(1e3)), ("juta", W::Mag(1e6)), ("sejuta", W::Mag(1e6)), ("jt", W::Mag(1e6)),
        ("miliar", W::Mag(1e9)), ("milyar", W::Mag(1e9)), ("triliun", W::Mag(1e12)), ("trilyun", W::Mag(1e12)), ("triliyun", W::Mag(1e12)),
        ("ribuan", W::MagPl(1e3)), ("jutaan", W::MagPl(1e6)), ("miliaran", W::MagPl(1e9)), ("milyaran", W::MagPl(1e9)), ("triliunan", W::MagPl(1e12)),
        // vague
        ("beberapa", W::Vague(2.0, 10.0)), ("sejumlah", W::Vague(2.0, 10.0)), ("beberapa puluh", W::Vague(20.0, 100.0)),
        ("beberapa ratus", W::Vague(200.0, 1000.0)), ("belasan", W::Vague(10.0, 20.0)), ("puluhan", W::Vague(10.0, 100.0)),
        ("ratusan", W::Vague(100.0, 1000.0)),
        // currencies
        ("rupiah", W::Cur("IDR")), ("dolar", W::Cur("USD")), ("dolar as", W::Cur("USD")), ("dolar amerika", W::Cur("USD")),
        ("dolar amerika serikat", W::Cur("USD")), ("euro", W::Cur("EUR")), ("poundsterling", W::Cur("GBP")),
        ("pound sterling", W::Cur("GBP")), ("yen", W::Cur("JPY")), ("yuan", W::Cur("CNY")), ("renminbi", W::Cur("CNY")), ("won", W::Cur("KRW")),
        ("ringgit", W::Cur("MYR")), ("dolar singapura", W::Cur("SGD")), ("dolar australia", W::Cur("AUD")), ("rupee", W::Cur("INR")),
        ("rubel", W::Cur("RUB")), ("riyal", W::Cur("SAR")),
        // units
        ("persen", W::Pct), ("prosen", W::Pct),
        ("watt", W::Unit("W", 1.0)), ("kilowatt", W::Unit("W", 1e3)), ("megawatt", W::Unit("W", 1e6)), ("gigawatt", W::Unit("W", 1e9)),
        ("terawatt", W::Unit("W", 1e12)), ("kilowatt jam", W::Unit("Wh", 1e3)), ("megawatt jam", W::Unit("Wh", 1e6)), ("gigawatt jam", W::Unit("Wh", 1e9)),
        ("terawatt jam", W::Unit("Wh", 1e12)),
        ("liter", W::Unit("L", 1.0)), ("galon", W::Unit("L", GALLON)), ("barel", W::Unit("L", BARREL)), ("meter kubik", W::Unit("L", 1e3)),
        ("kilogram", W::Unit("kg", 1.0)), ("kilo", W::Unit("kg", 1.0)), ("ton", W::Unit("kg", 1e3)), ("kuintal", W::Unit("kg", 100.0)),
        ("kilometer", W::Unit("m", 1e3)), ("meter", W::Unit("m", 1.0)), ("meter persegi", W::Unit("m2", 1.0)),
        ("kilometer persegi", W::Unit("m2", 1e6)), ("hektare", W::Unit("m2", 1e4)), ("hektar", W::Unit("m2", 1e4)),
        ("tahun", W::Unit("s", YEAR)), ("tahun", W::Label), ("bulan", W::Unit("s", MONTH)), ("bulan", W::Label), ("pekan", W::Unit("s", WEEK)), ("minggu", W::Unit("s", WEEK)),
        ("hari", W::Unit("s", DAY)), ("jam", W::Unit("s", HOUR)), ("menit", W::Unit("s", 60.0)), ("dekade", W::Unit("s", 10.0 * YEAR)),
        ("dasawarsa", W::Unit("s", 10.0 * YEAR)),
        // lengths (`mil` is a mile), speeds, temperatures (°C), earthquakes
        ("mil", W::Unit("m", MILE)), ("mil laut", W::Unit("m", NAUTICAL_MILE)), ("kaki", W::Unit("m", FOOT)), ("inci", W::Unit("m", INCH)),
        ("yard", W::Unit("m", YARD)), ("sentimeter", W::Unit("m", 0.01)), ("cm", W::Unit("m", 0.01)), ("milimeter", W::Unit("m", 1e-3)),
        ("mm", W::Unit("m", 1e-3)), ("pon", W::Unit("kg", POUND)), ("gram", W::Unit("kg", 1e-3)),
        ("km/jam", W::Unit("m/s", KMH)), ("kilometer per jam", W::Unit("m/s", KMH)), ("mil per jam", W::Unit("m/s", MPH)), ("knot", W::Unit("m/s", KNOT)),
        ("derajat", W::Unit("°C", 1.0)), ("derajat celsius", W::Unit("°C", 1.0)), ("°", W::Unit("°C", 1.0)), ("°c", W::Unit("°C", 1.0)),
        ("ºc", W::Unit("°C", 1.0)), ("℃", W::Unit("°C", 1.0)), ("celsius", W::Unit("°C", 1.0)), ("derajat fahrenheit", W::Unit("°F", 1.0)),
        ("fahrenheit", W::Unit("°F", 1.0)), ("°f", W::Unit("°F", 1.0)),
        ("magnitudo", W::UnitBefore("magnitude", 1.0)), ("bermagnitudo", W::UnitBefore("magnitude", 1.0)), ("berkekuatan", W::UnitBefore("magnitude", 1.0)),
        ("skala richter", W::Unit("magnitude", 1.0)), ("sr", W::Unit("magnitude", 1.0)),
        // times of day: `pukul 4.40`, `jam 10.30`
        ("pukul", W::ClockBefore), ("jam", W::ClockBefore),
        // days of the week: never a counted noun
        ("senin", W::Weekday), ("selasa", W::Weekday), ("rabu", W::Weekday), ("kamis", W::Weekday), ("jumat", W::Weekday), ("sabtu", W::Weekday),
        // qualifiers
        ("sekitar", W::Qual(About)), ("kurang lebih", W::Qual(About)), ("kira", W::Qual(About)), ("hampir", W::Qual(About)),
        ("nyaris", W::Qual(About)), ("sekira", W::Qual(About)), ("diperkirakan", W::Qual(About)), ("kisaran", W::Qual(About)),
        ("lebih dari", W::Qual(MoreThan)), ("di atas", W::Qual(MoreThan)), ("melebihi", W::Qual(MoreThan)), ("lebih", W::PostQual(MoreThan)),
        ("setidaknya", W::Qual(AtLeast)), ("sedikitnya", W::Qual(AtLeast)), ("minimal", W::Qual(AtLeast)), ("paling sedikit", W::Qual(AtLeast)),
        ("sekurang-kurangnya", W::Qual(AtLeast)), ("tak kurang dari", W::Qual(AtLeast)), ("tidak kurang dari", W::Qual(AtLeast)),
        ("kurang dari", W::Qual(LessThan)), ("di bawah", W::Qual(LessThan)), ("tidak sampai", W::Qual(LessThan)),
        ("hingga", W::Qual(UpTo)), ("sampai", W::Qual(UpTo)), ("maksimal", W::Qual(UpTo)), ("paling banyak", W::Qual(UpTo)),
        ("sebanyak-banyaknya", W::Qual(UpTo)), ("mencapai", W::Stop),
        ("ke atas", W::PostQual(AtLeast)),
        // `lebih` after a figure is "more than" (`100 orang lebih`), unless it makes a comparative
        ("lebih tinggi", W::Stop), ("lebih rendah", W::Stop), ("lebih besar", W::Stop), ("lebih kecil", W::Stop), ("lebih banyak", W::Stop),
        ("lebih sedikit", W::Stop), ("lebih cepat", W::Stop), ("lebih lambat", W::Stop), ("lebih murah", W::Stop), ("lebih mahal", W::Stop),
        ("lebih baik", W::Stop), ("lebih buruk", W::Stop), ("lebih lama", W::Stop), ("lebih awal", W::Stop), ("lebih kuat", W::Stop),
        // structure
        ("hingga", W::RangeSep), ("sampai", W::RangeSep), ("sampai dengan", W::RangeSep), ("sampai dengan", W::Qual(UpTo)), ("atau", W::RangeSep),
        ("antara", W::Between), ("dari", W::Between), ("dan", W::And),
        // months
        ("januari", W::Month), ("februari", W::Month), ("maret", W::Month), ("april", W::Month), ("mei", W::Month), ("juni", W::Month),
        ("juli", W::Month), ("agustus", W::Month), ("september", W::Month), ("oktober", W::Month), ("november", W::Month), ("desember", W::Month),
        ("jan", W::Month), ("feb", W::Month), ("mar", W::Month), ("apr", W::Month), ("mei", W::Month), ("jun", W::Month),
        ("jul", W::Month), ("agu", W::Month), ("sep", W::Month), ("okt", W::Month), ("nov", W::Month), ("des", W::Month),
        // labels
        ("pasal", W::Label), ("ayat", W::Label), ("bab", W::Label), ("halaman", W::Label), ("nomor", W::Label), ("no", W::Label),
        ("versi", W::Label), ("model", W::Label), ("tipe", W::Label), ("seri", W::Label), ("ruang", W::Label), ("penerbangan", W::Label),
        ("jalan", W::Label), ("jalur", W::Label), ("tanggal", W::Label), ("pukul", W::Label), ("uu", W::Label), ("ruu", W::Label),
        ("perpres", W::Label), ("pp", W::Label), ("peringkat", W::Label), ("urutan", W::Label), ("kelas", W::Label), ("episode", W::Label),
        ("musim", W::Label), ("lantai", W::Label), ("gedung", W::Label),
        // measures
        ("valuasi", W::Measure("valuation")), ("bernilai", W::Measure("valuation")), ("senilai", W::Measure("valuation")),
        ("nilai pasar", W::Measure("market_cap")), ("kapitalisasi pasar", W::Measure("market_cap")),
        ("pendanaan", W::Measure("funding")), ("menghimpun", W::Measure("funding")), ("penggalangan dana", W::Measure("funding")),
        ("meraih pendanaan", W::Measure("funding")), ("suntikan dana", W::Measure("funding")),
        ("pendapatan", W::Measure("revenue")), ("penjualan", W::Measure("revenue")), ("omzet", W::Measure("revenue")), ("omset", W::Measure("revenue")),
        ("laba", W::Measure("profit")), ("laba bersih", W::Measure("profit")), ("keuntungan", W::Measure("profit")),
        ("rugi", W::Measure("loss")), ("kerugian", W::Measure("loss")), ("rugi bersih", W::Measure("loss")),
        ("biaya", W::Measure("cost")), ("menelan biaya", W::Measure("cost")), ("harga", W::Measure("price")),
        ("investasi", W::Measure("investment")), ("berinvestasi", W::Measure("investment")), ("menanamkan", W::Measure("investment")),
        ("penanaman modal", W::Measure("investment")),
        ("utang", W::Measure("debt")), ("hutang", W::Measure("debt")), ("pinjaman", W::Measure("debt")), ("meminjam", W::Measure("debt")),
        ("anggaran", W::Measure("budget")), ("belanja", W::Measure("spending")), ("pengeluaran", W::Measure("spending")),
        ("kapasitas", W::Measure("power")), ("daya", W::Measure("power")), ("energi", W::Measure("energy")), ("listrik", W::Measure("energy")),
        ("air bersih", W::Measure("water")), ("kebutuhan air", W::Measure("water")), ("saham", W::Measure("share")),
        ("kesepakatan", W::Measure("deal_value")), ("akuisisi", W::Measure("deal_value")), ("pembelian kembali saham", W::Measure("buyback")),
        ("buyback", W::Measure("buyback")),
        ("karyawan", W::Measure("employees")), ("pegawai", W::Measure("employees")), ("pekerja", W::Measure("employees")),
        ("pengguna", W::Measure("users")), ("penduduk", W::Measure("population")), ("populasi", W::Measure("population")),
        ("tewas", W::Measure("deaths")), ("meninggal", W::Measure("deaths")), ("meninggal dunia", W::Measure("deaths")),
        ("korban jiwa", W::Measure("deaths")), ("korban tewas", W::Measure("deaths")),
        // counted things
        ("gpu", W::Thing("gpu")), ("chip", W::Thing("chip")), ("cip", W::Thing("chip")), ("server", W::Thing("server")),
        ("rumah", W::Thing("home")), ("rumah tangga", W::Thing("home")), ("lapangan kerja", W::Thing("job")), ("lapangan pekerjaan", W::Thing("job")),
        ("orang", W::Thing("person")), ("jiwa", W::Thing("person")), ("relawan", W::Thing("volunteer")), ("sukarelawan", W::Thing("volunteer")),
        ("pengunjuk rasa", W::Thing("protester")), ("demonstran", W::Thing("protester")), ("mobil", W::Thing("car")),
        ("kendaraan", W::Thing("vehicle")),
        // classifiers before the noun (`tiga buah mobil`, `lima unit kendaraan`)
        ("buah", W::Counter), ("unit", W::Counter), ("ekor", W::Counter),
        // function words
        ("yang", W::Stop), ("di", W::Stop), ("ini", W::Stop), ("itu", W::Stop), ("dengan", W::Stop), ("untuk", W::Stop), ("dari", W::Stop),
        ("dalam", W::Stop), ("pada", W::Stop), ("tidak", W::Stop), ("akan", W::Stop), ("juga", W::Stop), ("oleh", W::Stop),
        ("sebagai", W::Stop), ("adalah", W::Stop), ("atau", W::Stop), ("karena", W::Stop), ("telah", W::Stop), ("sudah", W::Stop),
        ("bisa", W::Stop), ("dapat", W::Stop), ("para", W::Stop), ("mereka", W::Stop), ("kami", W::Stop), ("kita", W::Stop),
        ("saat", W::Stop), ("setelah", W::Stop), ("tersebut", W::Stop), ("hanya", W::Stop), ("masih", W::Stop), ("bahwa", W::Stop),
        ("namun", W::Stop), ("tetapi", W::Stop), ("jika", W::Stop), ("agar", W::Stop), ("bagi", W::Stop), ("secara", W::Stop),
        ("menurut", W::Stop), ("sejak", W::Stop), ("yaitu", W::Stop), ("serta", W::Stop), ("belum", W::Stop), ("harus", W::Stop),
        ("sangat", W::Stop), ("kata", W::Stop), ("ujar", W::Stop), ("ia", W::Stop), ("dia", W::Stop), ("baru", W::Stop), ("pun", W::Stop),
        ("lagi", W::Stop), ("sebuah", W::Stop), ("seorang", W::Stop), ("ada", W::Stop), ("tak", W::Stop), ("sementara", W::Stop),
        ("hal", W::Stop), ("kepada", W::Stop), ("terhadap", W::Stop), ("sebesar", W::Stop), ("menjadi", W::Stop),
        ("melalui", W::Stop), ("sekitar", W::Stop), ("naik", W::Stop), ("turun", W::Stop), ("meningkat", W::Stop), ("per", W::Stop),
        ("ke", W::Stop), ("setiap", W::Stop), ("sebanyak", W::Stop), ("akibat", W::Stop), ("perlu", W::Stop), ("uang", W::Stop),
        ("mendapat", W::Stop), ("membuat", W::Stop), ("terbaru", W::Stop), ("berlangsung", W::Stop), ("dimulai", W::Stop),
        ("ditetapkan", W::Stop), ("membantu", W::Stop), ("menolak", W::Stop), ("membutuhkan", W::Stop), ("tumbuh", W::Stop),
        ("berkapasitas", W::Stop), ("mengalami", W::Stop), ("mengatakan", W::Stop), ("menyebutkan", W::Stop), ("sebelumnya", W::Stop),
        ("terjadi", W::Stop), ("sekarang", W::Stop), ("mulai", W::Stop), ("kembali", W::Stop), ("tengah", W::Stop), ("bahkan", W::Stop),
        // distinctive words read above with another sense, also counted to detect the language
        ("satu", W::Stop), ("dua", W::Stop), ("tiga", W::Stop), ("lima", W::Stop), ("ribu", W::Stop), ("juta", W::Stop),
        ("miliar", W::Stop), ("triliun", W::Stop), ("ribuan", W::Stop), ("puluhan", W::Stop), ("ratusan", W::Stop), ("ratus", W::Stop),
        ("puluh", W::Stop), ("beberapa", W::Stop), ("rupiah", W::Stop), ("persen", W::Stop), ("tahun", W::Stop), ("bulan", W::Stop),
        ("hari", W::Stop), ("pukul", W::Stop), ("hektare", W::Stop), ("kurang", W::Stop), ("lebih", W::Stop), ("hingga", W::Stop),
        ("sampai", W::Stop), ("setidaknya", W::Stop), ("sedikitnya", W::Stop), ("maksimal", W::Stop), ("hampir", W::Stop),
        ("antara", W::Stop), ("dan", W::Stop), ("tanggal", W::Stop), ("nomor", W::Stop), ("pasal", W::Stop),
    ],
    cased: &[
        ("Rp", W::Cur("IDR")), ("IDR", W::Cur("IDR")), ("M", W::Mag(1e9)), ("T", W::Mag(1e12)), ("Jt", W::Mag(1e6)), ("Rb", W::Mag(1e3)),
        ("MW", W::Unit("W", 1e6)), ("GW", W::Unit("W", 1e9)), ("kWh", W::Unit("Wh", 1e3)), ("MWh", W::Unit("Wh", 1e6)),
    ],
    appositive_age: true,
    ..Lexicon::PLAIN
};
