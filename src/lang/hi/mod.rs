//! Hindi. Indian scale: `हज़ार` = 10^3, `लाख` = 10^5, `करोड़` = 10^7,
//! `अरब` = 10^9, `खरब` = 10^11 (and the English loans `मिलियन`, `बिलियन`,
//! `ट्रिलियन`). Digits ASCII or Devanagari, decimal point, Indian grouping
//! (`1,00,000`). Nukta letters are folded by the tokenizer (precomposed `ड़`
//! = `ड` + `़`), but news also drops the nukta: both spellings are listed.
//! `अरब` is also "Arab": it carries a `Stop` sense, so it is a magnitude only
//! after a number. Comparatives follow the number as postpositions:
//! `10 करोड़ से अधिक` (more than), `5 लाख तक` (up to).

use super::{Decimal, Lang, Lexicon, BARREL, DAY, FOOT, GALLON, HOUR, INCH, KMH, MILE, MONTH, MPH, POUND, W, WEEK, YARD, YEAR};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Hi,
    decimal: Decimal::Point,
    space_groups: false,
    words: &[
        // number words
        ("एक", W::Num(1.0)), ("दो", W::Num(2.0)), ("तीन", W::Num(3.0)), ("चार", W::Num(4.0)), ("पाँच", W::Num(5.0)), ("पांच", W::Num(5.0)),
        ("छह", W::Num(6.0)), ("छः", W::Num(6.0)), ("सात", W::Num(7.0)), ("आठ", W::Num(8.0)), ("नौ", W::Num(9.0)), ("दस", W::Num(10.0)),
        ("ग्यारह", W::Num(11.0)), ("बारह", W::Num(12.0)), ("तेरह", W::Num(13.0)), ("चौदह", W::Num(14.0)), ("पंद्रह", W::Num(15.0)),
        ("पन्द्रह", W::Num(15.0)), ("सोलह", W::Num(16.0)), ("सत्रह", W::Num(17.0)), ("अठारह", W::Num(18.0)), ("उन्नीस", W::Num(19.0)),
        ("बीस", W::Num(20.0)), ("पच्चीस", W::Num(25.0)), ("तीस", W::Num(30.0)), ("चालीस", W::Num(40.0)), ("पचास", W::Num(50.0)),
        ("साठ", W::Num(60.0)), ("सत्तर", W::Num(70.0)), ("पचहत्तर", W::Num(75.0)), ("अस्सी", W::Num(80.0)), ("नब्बे", W::Num(90.0)),
        ("डेढ़", W::Num(1.5)), ("डेढ", W::Num(1.5)), ("ढाई", W::Num(2.5)), ("दर्जन", W::Num(12.0)),
        ("सौ", W::Small(100.0)),
        // magnitudes
        ("हज़ार", W::Mag(1e3)), ("हजार", W::Mag(1e3)), ("लाख", W::Mag(1e5)), ("करोड़", W::Mag(1e7)), ("करोड", W::Mag(1e7)),
        ("अरब", W::Mag(1e9)), ("अरब", W::Stop), ("खरब", W::Mag(1e11)),
        ("मिलियन", W::Mag(1e6)), ("बिलियन", W::Mag(1e9)), ("ट्रिलियन", W::Mag(1e12)),
        ("हज़ारों", W::MagPl(1e3)), ("हजारों", W::MagPl(1e3)), ("लाखों", W::MagPl(1e5)), ("करोड़ों", W::MagPl(1e7)), ("करोडों", W::MagPl(1e7)),
        ("अरबों", W::MagPl(1e9)), ("खरबों", W::MagPl(1e11)),
        // vague quantities
        ("कई", W::Vague(2.0, 10.0)), ("दर्जनों", W::Vague(24.0, 120.0)), ("दसियों", W::Vague(10.0, 100.0)),
        ("सैकड़ों", W::Vague(100.0, 1000.0)), ("सैकड़ो", W::Vague(100.0, 1000.0)), ("सैंकड़ों", W::Vague(100.0, 1000.0)), ("सैकडों", W::Vague(100.0, 1000.0)),
        // currencies
        ("रुपये", W::Cur("INR")), ("रुपए", W::Cur("INR")), ("रुपया", W::Cur("INR")), ("रुपयों", W::Cur("INR")), ("रु", W::Cur("INR")),
        ("भारतीय रुपये", W::Cur("INR")), ("डॉलर", W::Cur("USD")), ("डालर", W::Cur("USD")), ("डॉलरों", W::Cur("USD")),
        ("अमेरिकी डॉलर", W::Cur("USD")), ("अमेरिकी डालर", W::Cur("USD")), ("यूरो", W::Cur("EUR")), ("पाउंड", W::Cur("GBP")),
        ("ब्रिटिश पाउंड", W::Cur("GBP")), ("येन", W::Cur("JPY")), ("युआन", W::Cur("CNY")), ("रूबल", W::Cur("RUB")), ("दिरहम", W::Cur("AED")),
        ("रियाल", W::Cur("SAR")), ("टका", W::Cur("BDT")), ("नेपाली रुपये", W::Cur("NPR")),
        // percent and units
        ("प्रतिशत", W::Pct), ("फ़ीसदी", W::Pct), ("फीसदी", W::Pct), ("फ़ीसद", W::Pct), ("फीसद", W::Pct),
        ("वाट", W::Unit("W", 1.0)), ("किलोवाट", W::Unit("W", 1e3)), ("मेगावाट", W::Unit("W", 1e6)), ("मेगावॉट", W::Unit("W", 1e6)),
        ("गीगावाट", W::Unit("W", 1e9)), ("गीगावॉट", W::Unit("W", 1e9)), ("टेरावाट", W::Unit("W", 1e12)),
        ("किलोवाट घंटे", W::Unit("Wh", 1e3)), ("मेगावाट घंटे", W::Unit("Wh", 1e6)), ("गीगावाट घंटे", W::Unit("Wh", 1e9)),
        ("टेरावाट घंटे", W::Unit("Wh", 1e12)),
        ("लीटर", W::Unit("L", 1.0)), ("गैलन", W::Unit("L", GALLON)), ("बैरल", W::Unit("L", BARREL)), ("घन मीटर", W::Unit("L", 1e3)),
        ("किलो", W::Unit("kg", 1.0)), ("किलोग्राम", W::Unit("kg", 1.0)), ("टन", W::Unit("kg", 1e3)), ("मीट्रिक टन", W::Unit("kg", 1e3)),
        ("किलोमीटर", W::Unit("m", 1e3)), ("किमी", W::Unit("m", 1e3)), ("मीटर", W::Unit("m", 1.0)),
        ("वर्ग किलोमीटर", W::Unit("m2", 1e6)), ("वर्ग किमी", W::Unit("m2", 1e6)), ("वर्ग मीटर", W::Unit("m2", 1.0)), ("वर्ग फुट", W::Unit("m2", 0.09290304)),
        ("हेक्टेयर", W::Unit("m2", 1e4)),
        ("मील", W::Unit("m", MILE)), ("फुट", W::Unit("m", FOOT)), ("फ़ुट", W::Unit("m", FOOT)), ("फीट", W::Unit("m", FOOT)), ("फ़ीट", W::Unit("m", FOOT)),
        ("इंच", W::Unit("m", INCH)), ("गज", W::Unit("m", YARD)), ("गज़", W::Unit("m", YARD)), ("सेंटीमीटर", W::Unit("m", 0.01)), ("मिलीमीटर", W::Unit("m", 0.001)),
        ("पाउंड वजन", W::Unit("kg", POUND)), ("पाउंड वज़न", W::Unit("kg", POUND)),
        ("मील प्रति घंटा", W::Unit("m/s", MPH)), ("मील प्रति घंटे", W::Unit("m/s", MPH)), ("किलोमीटर प्रति घंटा", W::Unit("m/s", KMH)),
        ("किलोमीटर प्रति घंटे", W::Unit("m/s", KMH)), ("किमी प्रति घंटा", W::Unit("m/s", KMH)), ("किमी प्रति घंटे", W::Unit("m/s", KMH)),
        // temperatures (India writes Celsius; the other reading kept) and quake magnitudes
        ("डिग्री", W::Unit("°C", 1.0)), ("डिग्री", W::UnitAlt("°F", 1.0)), ("डिग्री सेल्सियस", W::Unit("°C", 1.0)),
        ("डिग्री फ़ारेनहाइट", W::Unit("°F", 1.0)), ("डिग्री फारेनहाइट", W::Unit("°F", 1.0)), ("सेल्सियस", W::Unit("°C", 1.0)),
        ("परिमाण", W::Unit("magnitude", 1.0)), ("तीव्रता", W::Unit("magnitude", 1.0)), ("रिक्टर पैमाने पर", W::UnitBefore("magnitude", 1.0)), ("एकड़", W::Unit("m2", 4046.8564224)),
        ("साल", W::Unit("s", YEAR)), ("सालों", W::Unit("s", YEAR)), ("वर्ष", W::Unit("s", YEAR)), ("वर्षों", W::Unit("s", YEAR)), ("बरस", W::Unit("s", YEAR)),
        ("महीने", W::Unit("s", MONTH)), ("महीना", W::Unit("s", MONTH)), ("महीनों", W::Unit("s", MONTH)), ("माह", W::Unit("s", MONTH)),
        ("हफ़्ते", W::Unit("s", WEEK)), ("हफ्ते", W::Unit("s", WEEK)), ("सप्ताह", W::Unit("s", WEEK)),
        ("दिन", W::Unit("s", DAY)), ("दिनों", W::Unit("s", DAY)), ("घंटे", W::Unit("s", HOUR)), ("घंटा", W::Unit("s", HOUR)), ("घंटों", W::Unit("s", HOUR)),
        ("मिनट", W::Unit("s", 60.0)), ("दशक", W::Unit("s", 10.0 * YEAR)),
        // ages: `45 वर्षीय` is 45 years, as English `45-year-old`
        ("वर्षीय", W::Unit("s", YEAR)),
        // qualifiers: before the number, or postpositions after it
        ("लगभग", W::Qual(About)), ("करीब", W::Qual(About)), ("क़रीब", W::Qual(About)), ("तकरीबन", W::Qual(About)), ("तक़रीबन", W::Qual(About)),
        ("अनुमानित", W::Qual(About)), ("कम से कम", W::Qual(AtLeast)), ("न्यूनतम", W::Qual(AtLeast)), ("अधिकतम", W::Qual(UpTo)),
        ("अधिक से अधिक", W::Qual(UpTo)), ("ज़्यादा से ज़्यादा", W::Qual(UpTo)), ("ज्यादा से ज्यादा", W::Qual(UpTo)),
        ("से अधिक", W::PostQual(MoreThan)), ("से ज़्यादा", W::PostQual(MoreThan)), ("से ज्यादा", W::PostQual(MoreThan)), ("से ऊपर", W::PostQual(MoreThan)),
        ("से भी अधिक", W::PostQual(MoreThan)), ("से भी ज़्यादा", W::PostQual(MoreThan)), ("से भी ज्यादा", W::PostQual(MoreThan)),
        ("से कम", W::PostQual(LessThan)), ("से भी कम", W::PostQual(LessThan)), ("या उससे अधिक", W::PostQual(AtLeast)), ("या अधिक", W::PostQual(AtLeast)),
        ("या उससे ज़्यादा", W::PostQual(AtLeast)), ("तक", W::PostQual(UpTo)), ("के करीब", W::PostQual(About)), ("के आसपास", W::PostQual(About)),
        // structure: `5 से 10 लाख`, `दो या तीन`
        ("से", W::RangeSep), ("या", W::RangeSep), ("और", W::And), ("व", W::And), ("एवं", W::And), ("तथा", W::And),
        // months, then the other common spellings in the same order
        ("जनवरी", W::Month), ("फ़रवरी", W::Month), ("मार्च", W::Month), ("अप्रैल", W::Month), ("मई", W::Month), ("जून", W::Month),
        ("जुलाई", W::Month), ("अगस्त", W::Month), ("सितंबर", W::Month), ("अक्टूबर", W::Month), ("नवंबर", W::Month), ("दिसंबर", W::Month),
        ("जनवरी", W::Month), ("फरवरी", W::Month), ("मार्च", W::Month), ("अप्रेल", W::Month), ("मई", W::Month), ("जून", W::Month),
        ("जुलाई", W::Month), ("अगस्त", W::Month), ("सितम्बर", W::Month), ("अक्तूबर", W::Month), ("नवम्बर", W::Month), ("दिसम्बर", W::Month),
        // labels
        ("धारा", W::Label), ("अनुच्छेद", W::Label), ("नंबर", W::Label), ("नम्बर", W::Label), ("संख्या", W::Label), ("पृष्ठ", W::Label),
        ("मॉडल", W::Label), ("संस्करण", W::Label), ("अध्याय", W::Label), ("उड़ान", W::Label), ("कमरा", W::Label), ("सेक्शन", W::Label),
        ("नियम", W::Label), ("वार्ड", W::Label), ("आईफोन", W::Label), ("आईफ़ोन", W::Label), ("गैलेक्सी", W::Label), ("विधेयक", W::Label),
        ("सीज़न", W::Label), ("सीजन", W::Label), ("राजमार्ग", W::Label), ("प्लेटफॉर्म", W::Label), ("गेट", W::Label),
        // measures
        ("मूल्यांकन", W::Measure("valuation")), ("वैल्यूएशन", W::Measure("valuation")), ("आंका", W::Measure("valuation")), ("आंकी", W::Measure("valuation")),
        ("बाज़ार पूंजीकरण", W::Measure("market_cap")), ("बाजार पूंजीकरण", W::Measure("market_cap")), ("मार्केट कैप", W::Measure("market_cap")),
        ("बाज़ार मूल्य", W::Measure("market_cap")), ("बाजार मूल्य", W::Measure("market_cap")),
        ("फंडिंग", W::Measure("funding")), ("फ़ंडिंग", W::Measure("funding")), ("जुटाए", W::Measure("funding")), ("जुटाई", W::Measure("funding")),
        ("जुटाने", W::Measure("funding")), ("वित्तपोषण", W::Measure("funding")),
        ("राजस्व", W::Measure("revenue")), ("आय", W::Measure("revenue")), ("कमाई", W::Measure("revenue")), ("बिक्री", W::Measure("revenue")),
        ("रेवेन्यू", W::Measure("revenue")),
        ("मुनाफा", W::Measure("profit")), ("मुनाफ़ा", W::Measure("profit")), ("मुनाफे", W::Measure("profit")), ("लाभ", W::Measure("profit")),
        ("शुद्ध लाभ", W::Measure("profit")), ("घाटा", W::Measure("loss")), ("घाटे", W::Measure("loss")), ("नुकसान", W::Measure("loss")),
        ("लागत", W::Measure("cost")), ("कीमत", W::Measure("price")), ("क़ीमत", W::Measure("price")), ("दाम", W::Measure("price")),
        ("निवेश", W::Measure("investment")), ("कर्ज", W::Measure("debt")), ("कर्ज़", W::Measure("debt")), ("क़र्ज़", W::Measure("debt")),
        ("ऋण", W::Measure("debt")), ("उधार", W::Measure("debt")), ("बजट", W::Measure("budget")), ("खर्च", W::Measure("spending")),
        ("ख़र्च", W::Measure("spending")), ("व्यय", W::Measure("spending")),
        ("क्षमता", W::Measure("power")), ("बिजली", W::Measure("power")), ("ऊर्जा", W::Measure("energy")), ("पानी", W::Measure("water")),
        ("हिस्सेदारी", W::Measure("share")), ("सौदा", W::Measure("deal_value")), ("सौदे", W::Measure("deal_value")), ("अधिग्रहण", W::Measure("deal_value")),
        ("बायबैक", W::Measure("buyback")), ("पुनर्खरीद", W::Measure("buyback")),
        ("कर्मचारी", W::Measure("employees")), ("कर्मचारियों", W::Measure("employees")), ("उपयोगकर्ता", W::Measure("users")),
        ("उपयोगकर्ताओं", W::Measure("users")), ("यूजर्स", W::Measure("users")), ("यूज़र्स", W::Measure("users")),
        ("आबादी", W::Measure("population")), ("जनसंख्या", W::Measure("population")),
        ("मौत", W::Measure("deaths")), ("मौतें", W::Measure("deaths")), ("मौतों", W::Measure("deaths")), ("मृतकों", W::Measure("deaths")),
        ("मारे गए", W::Measure("deaths")), ("मृत्यु", W::Measure("deaths")),
        // counted things
        ("जीपीयू", W::Thing("gpu")), ("ग्राफिक्स प्रोसेसर", W::Thing("gpu")), ("चिप", W::Thing("chip")), ("चिप्स", W::Thing("chip")),
        ("सर्वर", W::Thing("server")), ("घर", W::Thing("home")), ("घरों", W::Thing("home")), ("मकान", W::Thing("home")), ("मकानों", W::Thing("home")),
        ("नौकरियां", W::Thing("job")), ("नौकरियाँ", W::Thing("job")), ("नौकरियों", W::Thing("job")), ("रोजगार", W::Thing("job")), ("रोज़गार", W::Thing("job")),
        ("लोग", W::Thing("person")), ("लोगों", W::Thing("person")), ("व्यक्ति", W::Thing("person")), ("व्यक्तियों", W::Thing("person")),
        ("स्वयंसेवक", W::Thing("volunteer")), ("स्वयंसेवकों", W::Thing("volunteer")),
        ("प्रदर्शनकारी", W::Thing("protester")), ("प्रदर्शनकारियों", W::Thing("protester")),
        ("कारें", W::Thing("car")), ("कारों", W::Thing("car")), ("वाहन", W::Thing("vehicle")), ("वाहनों", W::Thing("vehicle")),
        // entities written in Devanagari
        ("टेस्ला", W::Entity("Tesla")), ("मस्क", W::Entity("Musk")), ("एलन मस्क", W::Entity("Musk")), ("एक्सएआई", W::Entity("xAI")),
        ("ओपनएआई", W::Entity("OpenAI")), ("ओपन एआई", W::Entity("OpenAI")), ("माइक्रोसॉफ्ट", W::Entity("Microsoft")), ("माइक्रोसॉफ़्ट", W::Entity("Microsoft")),
        ("गूगल", W::Entity("Google")), ("एनवीडिया", W::Entity("Nvidia")), ("एनविडिया", W::Entity("Nvidia")), ("ऐपल", W::Entity("Apple")),
        ("एप्पल", W::Entity("Apple")), ("अमेज़न", W::Entity("Amazon")), ("अमेजन", W::Entity("Amazon")), ("मेटा", W::Entity("Meta")),
        ("स्पेसएक्स", W::Entity("SpaceX")), ("रिलायंस", W::Entity("Reliance")), ("टाटा", W::Entity("Tata")), ("इंफोसिस", W::Entity("Infosys")),
        ("अदाणी", W::Entity("Adani")), ("अडानी", W::Entity("Adani")), ("सैमसंग", W::Entity("Samsung")),
        // function words
        ("का", W::Stop), ("के", W::Stop), ("की", W::Stop), ("में", W::Stop), ("है", W::Stop), ("हैं", W::Stop), ("था", W::Stop), ("थे", W::Stop),
        ("थी", W::Stop), ("ने", W::Stop), ("को", W::Stop), ("पर", W::Stop), ("भी", W::Stop), ("यह", W::Stop), ("वह", W::Stop), ("ये", W::Stop),
        ("वे", W::Stop), ("इस", W::Stop), ("उस", W::Stop), ("इसे", W::Stop), ("उसे", W::Stop), ("कि", W::Stop), ("जो", W::Stop), ("तो", W::Stop),
        ("ही", W::Stop), ("लिए", W::Stop), ("साथ", W::Stop), ("बाद", W::Stop), ("पहले", W::Stop), ("गया", W::Stop), ("गई", W::Stop),
        ("गए", W::Stop), ("किया", W::Stop), ("कहा", W::Stop), ("रहा", W::Stop), ("रही", W::Stop), ("रहे", W::Stop), ("होगा", W::Stop),
        ("होगी", W::Stop), ("होने", W::Stop), ("वाले", W::Stop), ("वाली", W::Stop), ("वाला", W::Stop), ("अपने", W::Stop), ("अपनी", W::Stop),
        ("उनके", W::Stop), ("उनकी", W::Stop), ("इसके", W::Stop), ("उसके", W::Stop), ("जब", W::Stop), ("तब", W::Stop), ("अब", W::Stop),
        ("नहीं", W::Stop), ("न", W::Stop), ("हो", W::Stop), ("हुआ", W::Stop), ("हुई", W::Stop), ("हुए", W::Stop), ("कर", W::Stop),
        ("करने", W::Stop), ("करते", W::Stop), ("करता", W::Stop), ("द्वारा", W::Stop), ("बताया", W::Stop), ("अनुसार", W::Stop),
        ("गुना", W::Stop), ("बजे", W::Stop), ("वां", W::Stop), ("वीं", W::Stop), ("वें", W::Stop), ("बार", W::Stop), ("प्रति", W::Stop),
        ("सुबह", W::Stop), ("शाम", W::Stop), ("रात", W::Stop), ("दोपहर", W::Stop),
    ],
    cased: &[],
    ..Lexicon::PLAIN
};
