//! Hindi. Indian scale: `हज़ार` = 10^3, `लाख` = 10^5, `करोड़` = 10^7,
//! `अरब` = 10^9, `खरब` = 10^11 (and the English loans `मिलियन`, `बिलियन`,
//! `ट्रिलियन`). Digits ASCII or Devanagari, decimal point, Indian grouping
//! (`1,00,000`). Nukta letters are folded by the tokenizer (precomposed `ड़`
//! = `ड` + `़`), but news also drops the nukta: both spellings are listed.
//! `अरब` is also "Arab": it carries a `Stop` sense, so it is a magnitude only
//! after a number. Comparatives follow the number as postpositions:
//! `10 करोड़ से अधिक` (more than), `5 लाख तक` (up to).

use super::{Decimal, Lang, Lexicon, Sense, BARREL, DAY, FOOT, GALLON, HOUR, INCH, KMH, MILE, MONTH, MPH, POUND, WEEK, YARD, YEAR};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Hi,
    decimal: Decimal::Point,
    space_groups: false,
    words: &[
        // number words
        ("एक", Sense::Num(1.0)), ("दो", Sense::Num(2.0)), ("तीन", Sense::Num(3.0)), ("चार", Sense::Num(4.0)), ("पाँच", Sense::Num(5.0)), ("पांच", Sense::Num(5.0)),
        ("छह", Sense::Num(6.0)), ("छः", Sense::Num(6.0)), ("सात", Sense::Num(7.0)), ("आठ", Sense::Num(8.0)), ("नौ", Sense::Num(9.0)), ("दस", Sense::Num(10.0)),
        ("ग्यारह", Sense::Num(11.0)), ("बारह", Sense::Num(12.0)), ("तेरह", Sense::Num(13.0)), ("चौदह", Sense::Num(14.0)), ("पंद्रह", Sense::Num(15.0)),
        ("पन्द्रह", Sense::Num(15.0)), ("सोलह", Sense::Num(16.0)), ("सत्रह", Sense::Num(17.0)), ("अठारह", Sense::Num(18.0)), ("उन्नीस", Sense::Num(19.0)),
        ("बीस", Sense::Num(20.0)), ("पच्चीस", Sense::Num(25.0)), ("तीस", Sense::Num(30.0)), ("चालीस", Sense::Num(40.0)), ("पचास", Sense::Num(50.0)),
        ("साठ", Sense::Num(60.0)), ("सत्तर", Sense::Num(70.0)), ("पचहत्तर", Sense::Num(75.0)), ("अस्सी", Sense::Num(80.0)), ("नब्बे", Sense::Num(90.0)),
        ("डेढ़", Sense::Num(1.5)), ("डेढ", Sense::Num(1.5)), ("ढाई", Sense::Num(2.5)), ("दर्जन", Sense::Num(12.0)),
        ("सौ", Sense::Small(100.0)),
        // magnitudes
        ("हज़ार", Sense::Mag(1e3)), ("हजार", Sense::Mag(1e3)), ("लाख", Sense::Mag(1e5)), ("करोड़", Sense::Mag(1e7)), ("करोड", Sense::Mag(1e7)),
        ("अरब", Sense::Mag(1e9)), ("अरब", Sense::Stop), ("खरब", Sense::Mag(1e11)),
        ("मिलियन", Sense::Mag(1e6)), ("बिलियन", Sense::Mag(1e9)), ("ट्रिलियन", Sense::Mag(1e12)),
        ("हज़ारों", Sense::MagPl(1e3)), ("हजारों", Sense::MagPl(1e3)), ("लाखों", Sense::MagPl(1e5)), ("करोड़ों", Sense::MagPl(1e7)), ("करोडों", Sense::MagPl(1e7)),
        ("अरबों", Sense::MagPl(1e9)), ("खरबों", Sense::MagPl(1e11)),
        // vague quantities
        ("कई", Sense::Vague(2.0, 10.0)), ("दर्जनों", Sense::Vague(24.0, 120.0)), ("दसियों", Sense::Vague(10.0, 100.0)),
        ("सैकड़ों", Sense::Vague(100.0, 1000.0)), ("सैकड़ो", Sense::Vague(100.0, 1000.0)), ("सैंकड़ों", Sense::Vague(100.0, 1000.0)), ("सैकडों", Sense::Vague(100.0, 1000.0)),
        // currencies
        ("रुपये", Sense::Cur("INR")), ("रुपए", Sense::Cur("INR")), ("रुपया", Sense::Cur("INR")), ("रुपयों", Sense::Cur("INR")), ("रु", Sense::Cur("INR")),
        ("भारतीय रुपये", Sense::Cur("INR")), ("डॉलर", Sense::Cur("USD")), ("डालर", Sense::Cur("USD")), ("डॉलरों", Sense::Cur("USD")),
        ("अमेरिकी डॉलर", Sense::Cur("USD")), ("अमेरिकी डालर", Sense::Cur("USD")), ("यूरो", Sense::Cur("EUR")), ("पाउंड", Sense::Cur("GBP")),
        ("ब्रिटिश पाउंड", Sense::Cur("GBP")), ("येन", Sense::Cur("JPY")), ("युआन", Sense::Cur("CNY")), ("रूबल", Sense::Cur("RUB")), ("दिरहम", Sense::Cur("AED")),
        ("रियाल", Sense::Cur("SAR")), ("टका", Sense::Cur("BDT")), ("नेपाली रुपये", Sense::Cur("NPR")),
        // percent and units
        ("प्रतिशत", Sense::Pct), ("फ़ीसदी", Sense::Pct), ("फीसदी", Sense::Pct), ("फ़ीसद", Sense::Pct), ("फीसद", Sense::Pct),
        ("वाट", Sense::Unit("W", 1.0)), ("किलोवाट", Sense::Unit("W", 1e3)), ("मेगावाट", Sense::Unit("W", 1e6)), ("मेगावॉट", Sense::Unit("W", 1e6)),
        ("गीगावाट", Sense::Unit("W", 1e9)), ("गीगावॉट", Sense::Unit("W", 1e9)), ("टेरावाट", Sense::Unit("W", 1e12)),
        ("किलोवाट घंटे", Sense::Unit("Wh", 1e3)), ("मेगावाट घंटे", Sense::Unit("Wh", 1e6)), ("गीगावाट घंटे", Sense::Unit("Wh", 1e9)),
        ("टेरावाट घंटे", Sense::Unit("Wh", 1e12)),
        ("लीटर", Sense::Unit("L", 1.0)), ("गैलन", Sense::Unit("L", GALLON)), ("बैरल", Sense::Unit("L", BARREL)), ("घन मीटर", Sense::Unit("L", 1e3)),
        ("किलो", Sense::Unit("kg", 1.0)), ("किलोग्राम", Sense::Unit("kg", 1.0)), ("टन", Sense::Unit("kg", 1e3)), ("मीट्रिक टन", Sense::Unit("kg", 1e3)),
        ("किलोमीटर", Sense::Unit("m", 1e3)), ("किमी", Sense::Unit("m", 1e3)), ("मीटर", Sense::Unit("m", 1.0)),
        ("वर्ग किलोमीटर", Sense::Unit("m2", 1e6)), ("वर्ग किमी", Sense::Unit("m2", 1e6)), ("वर्ग मीटर", Sense::Unit("m2", 1.0)), ("वर्ग फुट", Sense::Unit("m2", 0.09290304)),
        ("हेक्टेयर", Sense::Unit("m2", 1e4)),
        ("मील", Sense::Unit("m", MILE)), ("फुट", Sense::Unit("m", FOOT)), ("फ़ुट", Sense::Unit("m", FOOT)), ("फीट", Sense::Unit("m", FOOT)), ("फ़ीट", Sense::Unit("m", FOOT)),
        ("इंच", Sense::Unit("m", INCH)), ("गज", Sense::Unit("m", YARD)), ("गज़", Sense::Unit("m", YARD)), ("सेंटीमीटर", Sense::Unit("m", 0.01)), ("मिलीमीटर", Sense::Unit("m", 0.001)),
        ("पाउंड वजन", Sense::Unit("kg", POUND)), ("पाउंड वज़न", Sense::Unit("kg", POUND)),
        ("मील प्रति घंटा", Sense::Unit("m/s", MPH)), ("मील प्रति घंटे", Sense::Unit("m/s", MPH)), ("किलोमीटर प्रति घंटा", Sense::Unit("m/s", KMH)),
        ("किलोमीटर प्रति घंटे", Sense::Unit("m/s", KMH)), ("किमी प्रति घंटा", Sense::Unit("m/s", KMH)), ("किमी प्रति घंटे", Sense::Unit("m/s", KMH)),
        // temperatures (India writes Celsius; the other reading kept) and quake magnitudes
        ("डिग्री", Sense::Unit("°C", 1.0)), ("डिग्री", Sense::UnitAlt("°F", 1.0)), ("डिग्री सेल्सियस", Sense::Unit("°C", 1.0)),
        ("डिग्री फ़ारेनहाइट", Sense::Unit("°F", 1.0)), ("डिग्री फारेनहाइट", Sense::Unit("°F", 1.0)), ("सेल्सियस", Sense::Unit("°C", 1.0)),
        ("परिमाण", Sense::Unit("magnitude", 1.0)), ("तीव्रता", Sense::Unit("magnitude", 1.0)), ("रिक्टर पैमाने पर", Sense::UnitBefore("magnitude", 1.0)), ("एकड़", Sense::Unit("m2", 4046.8564224)),
        ("साल", Sense::Unit("s", YEAR)), ("सालों", Sense::Unit("s", YEAR)), ("वर्ष", Sense::Unit("s", YEAR)), ("वर्षों", Sense::Unit("s", YEAR)), ("बरस", Sense::Unit("s", YEAR)),
        ("महीने", Sense::Unit("s", MONTH)), ("महीना", Sense::Unit("s", MONTH)), ("महीनों", Sense::Unit("s", MONTH)), ("माह", Sense::Unit("s", MONTH)),
        ("हफ़्ते", Sense::Unit("s", WEEK)), ("हफ्ते", Sense::Unit("s", WEEK)), ("सप्ताह", Sense::Unit("s", WEEK)),
        ("दिन", Sense::Unit("s", DAY)), ("दिनों", Sense::Unit("s", DAY)), ("घंटे", Sense::Unit("s", HOUR)), ("घंटा", Sense::Unit("s", HOUR)), ("घंटों", Sense::Unit("s", HOUR)),
        ("मिनट", Sense::Unit("s", 60.0)), ("दशक", Sense::Unit("s", 10.0 * YEAR)),
        // ages: `45 वर्षीय` is 45 years, as English `45-year-old`
        ("वर्षीय", Sense::Unit("s", YEAR)),
        // qualifiers: before the number, or postpositions after it
        ("लगभग", Sense::Qual(About)), ("करीब", Sense::Qual(About)), ("क़रीब", Sense::Qual(About)), ("तकरीबन", Sense::Qual(About)), ("तक़रीबन", Sense::Qual(About)),
        ("अनुमानित", Sense::Qual(About)), ("कम से कम", Sense::Qual(AtLeast)), ("न्यूनतम", Sense::Qual(AtLeast)), ("अधिकतम", Sense::Qual(UpTo)),
        ("अधिक से अधिक", Sense::Qual(UpTo)), ("ज़्यादा से ज़्यादा", Sense::Qual(UpTo)), ("ज्यादा से ज्यादा", Sense::Qual(UpTo)),
        ("से अधिक", Sense::PostQual(MoreThan)), ("से ज़्यादा", Sense::PostQual(MoreThan)), ("से ज्यादा", Sense::PostQual(MoreThan)), ("से ऊपर", Sense::PostQual(MoreThan)),
        ("से भी अधिक", Sense::PostQual(MoreThan)), ("से भी ज़्यादा", Sense::PostQual(MoreThan)), ("से भी ज्यादा", Sense::PostQual(MoreThan)),
        ("से कम", Sense::PostQual(LessThan)), ("से भी कम", Sense::PostQual(LessThan)), ("या उससे अधिक", Sense::PostQual(AtLeast)), ("या अधिक", Sense::PostQual(AtLeast)),
        ("या उससे ज़्यादा", Sense::PostQual(AtLeast)), ("तक", Sense::PostQual(UpTo)), ("के करीब", Sense::PostQual(About)), ("के आसपास", Sense::PostQual(About)),
        // structure: `5 से 10 लाख`, `दो या तीन`
        ("से", Sense::RangeSep), ("या", Sense::RangeSep), ("और", Sense::And), ("व", Sense::And), ("एवं", Sense::And), ("तथा", Sense::And),
        // months, then the other common spellings in the same order
        ("जनवरी", Sense::Month), ("फ़रवरी", Sense::Month), ("मार्च", Sense::Month), ("अप्रैल", Sense::Month), ("मई", Sense::Month), ("जून", Sense::Month),
        ("जुलाई", Sense::Month), ("अगस्त", Sense::Month), ("सितंबर", Sense::Month), ("अक्टूबर", Sense::Month), ("नवंबर", Sense::Month), ("दिसंबर", Sense::Month),
        ("जनवरी", Sense::Month), ("फरवरी", Sense::Month), ("मार्च", Sense::Month), ("अप्रेल", Sense::Month), ("मई", Sense::Month), ("जून", Sense::Month),
        ("जुलाई", Sense::Month), ("अगस्त", Sense::Month), ("सितम्बर", Sense::Month), ("अक्तूबर", Sense::Month), ("नवम्बर", Sense::Month), ("दिसम्बर", Sense::Month),
        // labels
        ("धारा", Sense::Label), ("अनुच्छेद", Sense::Label), ("नंबर", Sense::Label), ("नम्बर", Sense::Label), ("संख्या", Sense::Label), ("पृष्ठ", Sense::Label),
        ("मॉडल", Sense::Label), ("संस्करण", Sense::Label), ("अध्याय", Sense::Label), ("उड़ान", Sense::Label), ("कमरा", Sense::Label), ("सेक्शन", Sense::Label),
        ("नियम", Sense::Label), ("वार्ड", Sense::Label), ("आईफोन", Sense::Label), ("आईफ़ोन", Sense::Label), ("गैलेक्सी", Sense::Label), ("विधेयक", Sense::Label),
        ("सीज़न", Sense::Label), ("सीजन", Sense::Label), ("राजमार्ग", Sense::Label), ("प्लेटफॉर्म", Sense::Label), ("गेट", Sense::Label),
        // measures
        ("मूल्यांकन", Sense::Measure("valuation")), ("वैल्यूएशन", Sense::Measure("valuation")), ("आंका", Sense::Measure("valuation")), ("आंकी", Sense::Measure("valuation")),
        ("बाज़ार पूंजीकरण", Sense::Measure("market_cap")), ("बाजार पूंजीकरण", Sense::Measure("market_cap")), ("मार्केट कैप", Sense::Measure("market_cap")),
        ("बाज़ार मूल्य", Sense::Measure("market_cap")), ("बाजार मूल्य", Sense::Measure("market_cap")),
        ("फंडिंग", Sense::Measure("funding")), ("फ़ंडिंग", Sense::Measure("funding")), ("जुटाए", Sense::Measure("funding")), ("जुटाई", Sense::Measure("funding")),
        ("जुटाने", Sense::Measure("funding")), ("वित्तपोषण", Sense::Measure("funding")),
        ("राजस्व", Sense::Measure("revenue")), ("आय", Sense::Measure("revenue")), ("कमाई", Sense::Measure("revenue")), ("बिक्री", Sense::Measure("revenue")),
        ("रेवेन्यू", Sense::Measure("revenue")),
        ("मुनाफा", Sense::Measure("profit")), ("मुनाफ़ा", Sense::Measure("profit")), ("मुनाफे", Sense::Measure("profit")), ("लाभ", Sense::Measure("profit")),
        ("शुद्ध लाभ", Sense::Measure("profit")), ("घाटा", Sense::Measure("loss")), ("घाटे", Sense::Measure("loss")), ("नुकसान", Sense::Measure("loss")),
        ("लागत", Sense::Measure("cost")), ("कीमत", Sense::Measure("price")), ("क़ीमत", Sense::Measure("price")), ("दाम", Sense::Measure("price")),
        ("निवेश", Sense::Measure("investment")), ("कर्ज", Sense::Measure("debt")), ("कर्ज़", Sense::Measure("debt")), ("क़र्ज़", Sense::Measure("debt")),
        ("ऋण", Sense::Measure("debt")), ("उधार", Sense::Measure("debt")), ("बजट", Sense::Measure("budget")), ("खर्च", Sense::Measure("spending")),
        ("ख़र्च", Sense::Measure("spending")), ("व्यय", Sense::Measure("spending")),
        ("क्षमता", Sense::Measure("power")), ("बिजली", Sense::Measure("power")), ("ऊर्जा", Sense::Measure("energy")), ("पानी", Sense::Measure("water")),
        ("हिस्सेदारी", Sense::Measure("share")), ("सौदा", Sense::Measure("deal_value")), ("सौदे", Sense::Measure("deal_value")), ("अधिग्रहण", Sense::Measure("deal_value")),
        ("बायबैक", Sense::Measure("buyback")), ("पुनर्खरीद", Sense::Measure("buyback")),
        ("कर्मचारी", Sense::Measure("employees")), ("कर्मचारियों", Sense::Measure("employees")), ("उपयोगकर्ता", Sense::Measure("users")),
        ("उपयोगकर्ताओं", Sense::Measure("users")), ("यूजर्स", Sense::Measure("users")), ("यूज़र्स", Sense::Measure("users")),
        ("आबादी", Sense::Measure("population")), ("जनसंख्या", Sense::Measure("population")),
        ("मौत", Sense::Measure("deaths")), ("मौतें", Sense::Measure("deaths")), ("मौतों", Sense::Measure("deaths")), ("मृतकों", Sense::Measure("deaths")),
        ("मारे गए", Sense::Measure("deaths")), ("मृत्यु", Sense::Measure("deaths")),
        // counted things
        ("जीपीयू", Sense::Thing("gpu")), ("ग्राफिक्स प्रोसेसर", Sense::Thing("gpu")), ("चिप", Sense::Thing("chip")), ("चिप्स", Sense::Thing("chip")),
        ("सर्वर", Sense::Thing("server")), ("घर", Sense::Thing("home")), ("घरों", Sense::Thing("home")), ("मकान", Sense::Thing("home")), ("मकानों", Sense::Thing("home")),
        ("नौकरियां", Sense::Thing("job")), ("नौकरियाँ", Sense::Thing("job")), ("नौकरियों", Sense::Thing("job")), ("रोजगार", Sense::Thing("job")), ("रोज़गार", Sense::Thing("job")),
        ("लोग", Sense::Thing("person")), ("लोगों", Sense::Thing("person")), ("व्यक्ति", Sense::Thing("person")), ("व्यक्तियों", Sense::Thing("person")),
        ("स्वयंसेवक", Sense::Thing("volunteer")), ("स्वयंसेवकों", Sense::Thing("volunteer")),
        ("प्रदर्शनकारी", Sense::Thing("protester")), ("प्रदर्शनकारियों", Sense::Thing("protester")),
        ("कारें", Sense::Thing("car")), ("कारों", Sense::Thing("car")), ("वाहन", Sense::Thing("vehicle")), ("वाहनों", Sense::Thing("vehicle")),
        // entities written in Devanagari
        ("टेस्ला", Sense::Entity("Tesla")), ("मस्क", Sense::Entity("Musk")), ("एलन मस्क", Sense::Entity("Musk")), ("एक्सएआई", Sense::Entity("xAI")),
        ("ओपनएआई", Sense::Entity("OpenAI")), ("ओपन एआई", Sense::Entity("OpenAI")), ("माइक्रोसॉफ्ट", Sense::Entity("Microsoft")), ("माइक्रोसॉफ़्ट", Sense::Entity("Microsoft")),
        ("गूगल", Sense::Entity("Google")), ("एनवीडिया", Sense::Entity("Nvidia")), ("एनविडिया", Sense::Entity("Nvidia")), ("ऐपल", Sense::Entity("Apple")),
        ("एप्पल", Sense::Entity("Apple")), ("अमेज़न", Sense::Entity("Amazon")), ("अमेजन", Sense::Entity("Amazon")), ("मेटा", Sense::Entity("Meta")),
        ("स्पेसएक्स", Sense::Entity("SpaceX")), ("रिलायंस", Sense::Entity("Reliance")), ("टाटा", Sense::Entity("Tata")), ("इंफोसिस", Sense::Entity("Infosys")),
        ("अदाणी", Sense::Entity("Adani")), ("अडानी", Sense::Entity("Adani")), ("सैमसंग", Sense::Entity("Samsung")),
        // function words
        ("का", Sense::Stop), ("के", Sense::Stop), ("की", Sense::Stop), ("में", Sense::Stop), ("है", Sense::Stop), ("हैं", Sense::Stop), ("था", Sense::Stop), ("थे", Sense::Stop),
        ("थी", Sense::Stop), ("ने", Sense::Stop), ("को", Sense::Stop), ("पर", Sense::Stop), ("भी", Sense::Stop), ("यह", Sense::Stop), ("वह", Sense::Stop), ("ये", Sense::Stop),
        ("वे", Sense::Stop), ("इस", Sense::Stop), ("उस", Sense::Stop), ("इसे", Sense::Stop), ("उसे", Sense::Stop), ("कि", Sense::Stop), ("जो", Sense::Stop), ("तो", Sense::Stop),
        ("ही", Sense::Stop), ("लिए", Sense::Stop), ("साथ", Sense::Stop), ("बाद", Sense::Stop), ("पहले", Sense::Stop), ("गया", Sense::Stop), ("गई", Sense::Stop),
        ("गए", Sense::Stop), ("किया", Sense::Stop), ("कहा", Sense::Stop), ("रहा", Sense::Stop), ("रही", Sense::Stop), ("रहे", Sense::Stop), ("होगा", Sense::Stop),
        ("होगी", Sense::Stop), ("होने", Sense::Stop), ("वाले", Sense::Stop), ("वाली", Sense::Stop), ("वाला", Sense::Stop), ("अपने", Sense::Stop), ("अपनी", Sense::Stop),
        ("उनके", Sense::Stop), ("उनकी", Sense::Stop), ("इसके", Sense::Stop), ("उसके", Sense::Stop), ("जब", Sense::Stop), ("तब", Sense::Stop), ("अब", Sense::Stop),
        ("नहीं", Sense::Stop), ("न", Sense::Stop), ("हो", Sense::Stop), ("हुआ", Sense::Stop), ("हुई", Sense::Stop), ("हुए", Sense::Stop), ("कर", Sense::Stop),
        ("करने", Sense::Stop), ("करते", Sense::Stop), ("करता", Sense::Stop), ("द्वारा", Sense::Stop), ("बताया", Sense::Stop), ("अनुसार", Sense::Stop),
        ("गुना", Sense::Stop), ("बजे", Sense::Stop), ("वां", Sense::Stop), ("वीं", Sense::Stop), ("वें", Sense::Stop), ("बार", Sense::Stop), ("प्रति", Sense::Stop),
        ("सुबह", Sense::Stop), ("शाम", Sense::Stop), ("रात", Sense::Stop), ("दोपहर", Sense::Stop),
    ],
    cased: &[],
    ..Lexicon::PLAIN
};
