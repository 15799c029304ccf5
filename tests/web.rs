//! The wasm API at its boundary, run by `wasm-pack test --node` and, with
//! `WASM_BINDGEN_USE_BROWSER=1`, `wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]

use figcheck::wasm::{check_js, detect_language, extract_js, languages, read_report_js, JsReportSet};
use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

#[path = "scenario/mod.rs"]
mod scenario;

fn get(v: &JsValue, k: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(k)).expect("property")
}

fn num(v: &JsValue, k: &str) -> f64 {
    get(v, k).as_f64().unwrap_or(f64::NAN)
}

fn s(v: &JsValue, k: &str) -> String {
    get(v, k).as_string().unwrap_or_default()
}

fn opts(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("json")
}

fn claims(text: &str, o: &str) -> Array {
    extract_js(JsValue::from_str(text), opts(o)).map_err(JsValue::from).expect("extract").dyn_into::<Array>().expect("array")
}

#[wasm_bindgen_test]
fn offsets_are_utf16_code_units() {
    // An emoji (2 UTF-16 units, 4 bytes) and accented letters before the figure.
    let text = "Ação 😀: a avaliação da empresa chegou a 2 trilhões de dólares.";
    let cs = claims(text, r#"{"lang":"pt"}"#);
    assert_eq!(cs.length(), 1);
    let c = cs.get(0);
    let js_text = js_sys::JsString::from(text);
    let start = num(&c, "start") as u32;
    let end = num(&c, "end") as u32;
    assert_eq!(String::from(js_text.slice(start, end)), "2 trilhões de dólares");
    assert_eq!(start, 41, "41 UTF-16 units before the figure (worked out by hand)");
    assert_eq!(num(&c, "low"), 2e12);
    assert_eq!(s(&c, "unit"), "USD");
    assert_eq!(s(&c, "qualifier"), "exact");
}

/// Both ways of converting offsets: claims in order (one walk) and claims
/// that overlap or come out of order (sorted points), on the same text.
#[wasm_bindgen_test]
fn offsets_convert_in_order_and_out_of_order() {
    // Bytes: "é" 0..2, "😀" 2..6, " " 6..7, "ab" 7..9, " " 9..10, "中" 10..13, "x" 13..14.
    // UTF-16:  0..1,      1..3,     3..4,     4..6,     6..7,      7..8,       8..9.
    let text = "é😀 ab 中x";
    let mut claims = figcheck::extract("Ele tem 2 milhões de dólares.", &figcheck::Options::default());
    let proto = claims.pop().expect("one claim");
    let at = |start: usize, end: usize| figcheck::Claim { start, end, ..proto.clone() };
    let mut in_order = vec![at(0, 2), at(2, 6), at(7, 9), at(10, 14)];
    figcheck::wasm::to_utf16_offsets(text, &mut in_order);
    let got: Vec<(usize, usize)> = in_order.iter().map(|c| (c.start, c.end)).collect();
    assert_eq!(got, [(0, 1), (1, 3), (4, 6), (7, 9)]);
    let mut overlapping = vec![at(7, 14), at(2, 9), at(0, 6), at(10, 13)];
    figcheck::wasm::to_utf16_offsets(text, &mut overlapping);
    let got: Vec<(usize, usize)> = overlapping.iter().map(|c| (c.start, c.end)).collect();
    assert_eq!(got, [(4, 9), (1, 6), (0, 3), (7, 8)]);
}

#[wasm_bindgen_test]
fn open_ends_are_null() {
    let cs = claims("Mais de 90% dos lançamentos.", r#"{"lang":"pt"}"#);
    let c = cs.get(0);
    assert_eq!(num(&c, "low"), 90.0);
    assert!(get(&c, "high").is_null(), "an open upper end is null, not undefined");
}

#[wasm_bindgen_test]
fn cjk_and_arabic_offsets() {
    let zh = "该项目总投资约500亿元。";
    let c = claims(zh, r#"{"lang":"zh"}"#).get(0);
    let js = js_sys::JsString::from(zh);
    assert_eq!(String::from(js.slice(num(&c, "start") as u32, num(&c, "end") as u32)), s(&c, "text"));
    assert_eq!(num(&c, "low"), 5e10);
    assert_eq!(s(&c, "unit"), "CNY");
    let ar = "خصصت الحكومة 3 مليارات دولار للمشروع.";
    let c = claims(ar, r#"{"lang":"ar"}"#).get(0);
    assert_eq!(num(&c, "low"), 3e9);
    assert_eq!(s(&c, "unit"), "USD");
}

#[wasm_bindgen_test]
fn errors_are_js_errors() {
    let e = extract_js(JsValue::from_str("x"), opts(r#"{"lang":"xx"}"#)).map_err(JsValue::from).expect_err("unknown language");
    assert!(e.is_instance_of::<js_sys::Error>());
    let msg = String::from(e.unchecked_into::<js_sys::Error>().message());
    assert!(msg.contains("unknown language 'xx'"), "{msg}");
    let e = check_js(JsValue::from_str("nope"), Array::new().into(), JsValue::UNDEFINED).map_err(JsValue::from).expect_err("bad claims");
    assert!(e.is_instance_of::<js_sys::Error>());
    let e = extract_js(JsValue::from_f64(42.0), JsValue::UNDEFINED).map_err(JsValue::from).expect_err("text must be a string");
    assert!(e.is_instance_of::<js_sys::Error>());
    let e = extract_js(JsValue::NULL, JsValue::UNDEFINED).map_err(JsValue::from).expect_err("null text");
    assert!(e.is_instance_of::<js_sys::Error>());
    let e = extract_js(JsValue::from_str("x"), JsValue::from_f64(3.0)).map_err(JsValue::from).expect_err("options must be an object");
    assert!(e.is_instance_of::<js_sys::Error>());
}

#[wasm_bindgen_test]
fn check_flags_the_translation_slip() {
    let page = claims("A avaliação da xAI chegou a 2 trilhões de dólares.", r#"{"lang":"pt"}"#);
    let fr = claims("La valorisation de xAI a atteint 200 milliards de dollars.", r#"{"lang":"fr"}"#);
    let report = js_sys::Object::new();
    Reflect::set(&report, &"name".into(), &"fr.html".into()).unwrap();
    Reflect::set(&report, &"claims".into(), &fr).unwrap();
    let reports = Array::of1(&report);
    let findings = check_js(page.into(), reports.into(), JsValue::UNDEFINED).map_err(JsValue::from).expect("check");
    let findings: Array = findings.dyn_into().unwrap();
    assert_eq!(findings.length(), 1);
    let f = findings.get(0);
    assert_eq!(s(&f, "verdict"), "conflict");
    assert_eq!(s(&f, "text"), "2 trilhões de dólares");
    let others: Array = get(&f, "others").dyn_into().unwrap();
    let o = others.get(0);
    assert_eq!(s(&o, "file"), "fr.html");
    assert!((num(&o, "ratio") - 10.0).abs() < 1e-9);
    assert!(s(&o, "explanation").contains("trilhões"));
}

#[wasm_bindgen_test]
fn detection() {
    let d = |t: &str| detect_language(JsValue::from_str(t)).map_err(JsValue::from).expect("detect");
    assert_eq!(d("La valorisation de la société a atteint 200 milliards de dollars, selon les fonds."), "fr");
    assert_eq!(d("公司估值达到五百亿美元。"), "zh");
    assert!(detect_language(JsValue::from_f64(1.0)).is_err());
}

#[wasm_bindgen_test]
fn languages_are_the_codes_of_lang_all_with_their_names() {
    let list: Array = languages().map_err(JsValue::from).expect("languages").unchecked_into();
    assert_eq!(list.length() as usize, figcheck::lang::ALL.len());
    let pairs: Vec<(String, String)> = list.iter().map(|l| (s(&l, "code"), s(&l, "name"))).collect();
    assert_eq!(pairs[0], ("en".to_string(), "English".to_string()));
    assert_eq!(pairs[2], ("pt-PT".to_string(), "European Portuguese".to_string()));
    assert_eq!(pairs[16], ("hi".to_string(), "Hindi".to_string()));
    for (l, (code, name)) in figcheck::lang::ALL.iter().zip(&pairs) {
        assert_eq!(l.code(), code);
        assert_eq!(l.name(), name);
    }
}

#[wasm_bindgen_test]
fn memory_stays_bounded_over_many_calls() {
    let text = "A avaliação chegou a 2 trilhões de dólares, com dezenas de milhares de GPUs e vários gigawatts.";
    for _ in 0..200 {
        claims(text, r#"{"lang":"pt"}"#);
    }
    let before = wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length();
    for _ in 0..10_000 {
        let cs = claims(text, r#"{"lang":"pt"}"#);
        assert_eq!(cs.length(), 3);
    }
    let after = wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length();
    assert!(after <= before + (1 << 20), "wasm memory grew from {before} to {after} bytes over 10 000 calls");
}

#[wasm_bindgen_test]
fn hostile_input_never_traps() {
    let mut input = String::new();
    for i in 0..5000 {
        input.push_str(["1.1.1.", "١٢٣٫٤", "milhões ", "万亿", "$", "%", "\u{202f}", "H100-", "de ", "𝟙"][i % 10]);
    }
    let cs = claims(&input, "{}");
    let js = js_sys::JsString::from(input.as_str());
    for i in 0..cs.length() {
        let c = cs.get(i);
        assert_eq!(String::from(js.slice(num(&c, "start") as u32, num(&c, "end") as u32)), s(&c, "text"));
    }
}

/// The packed crossing (js/claims.js) builds the same objects as serde's JSON
/// of the claims would: same fields, same order, same values, absent fields
/// absent. Texts with every optional field: counted things, measures,
/// subjects, dates, quotes, an alternative reading, entities, scale words,
/// open ends, non-BMP characters before figures.
#[wasm_bindgen_test]
fn packed_claims_equal_the_json_of_the_claims() {
    let cases = [
        ("Em maio de 2024 a xAI foi avaliada em 24 bilhões de dólares; 😀 a Tesla tem mais de 100 mil funcionários e dezenas de milhares de GPUs.", "pt", true),
        ("Le groupe vaut 1,7 trillion de dollars, selon Reuters, et emploie environ 3 000 personnes.", "fr", true),
        ("该项目总投资约500亿元，数据中心功率为250兆瓦。", "zh", false),
        ("قيمة الشركة 2000 مليون دولار ونحو 5 غيغاواط.", "ar", true),
        ("The plant will draw up to 858 MW; between 30,000 and 40,000 people work there.", "en", false),
        // More counted things and units than the string table remembers a
        // field (four), coming back after they are forgotten.
        (
            "The group runs 12 depots, 30 trucks, 41 farms, 7 ships and 90 stores; it spent $5 million, \
             drew 3 MW for 2 hours, grew 7%, then bought 15 ships, 8 depots, 16 trucks, 22 stores and 5 farms \
             for $6 million, 4 MW and 9%.",
            "en",
            false,
        ),
    ];
    for (text, lang, quotes) in cases {
        let o = figcheck::Options { lang: figcheck::Lang::from_code(lang), quotes, date: None };
        let mut native = figcheck::extract(text, &o);
        assert!(!native.is_empty(), "{lang}: figures found");
        figcheck::wasm::to_utf16_offsets(text, &mut native);
        // Through JSON.parse, so that numbers are written as JS writes them.
        let want = serde_json::to_string(&native).expect("json");
        let want = String::from(js_sys::JSON::stringify(&js_sys::JSON::parse(&want).expect("parse")).expect("stringify"));
        let got = claims(text, &format!(r#"{{"lang":"{lang}","quotes":{quotes}}}"#));
        let got = String::from(js_sys::JSON::stringify(&got).expect("stringify"));
        assert_eq!(got, want, "{lang}: packed claims differ from their JSON");
    }
    // One value worked out by hand: the French `trillion` keeps its long-scale reading as `alt`.
    let c = claims("Le groupe vaut 1,7 trillion de dollars.", r#"{"lang":"fr"}"#).get(0);
    assert_eq!(num(&c, "low"), 1.7e12);
    assert_eq!(num(&get(&c, "alt"), "low"), 1.7e18);
    assert_eq!(String::from(js_sys::JSON::stringify(&get(&c, "scale_words")).expect("json")), r#"["trillion"]"#);
}

#[wasm_bindgen_test]
fn a_report_set_reads_and_checks_a_page_in_one_call() {
    // An emoji (2 UTF-16 units) and a space before the sentence: the figure
    // starts at 3 + 28 = 31 and ends at 31 + 21 = 52 (counted by hand).
    let page_text = "😀 A avaliação da xAI chegou a 2 trilhões de dólares.";
    let fr_text = "La valorisation de xAI a atteint 200 milliards de dollars.";
    let report = |name: &str, cs: &Array| {
        let r = js_sys::Object::new();
        Reflect::set(&r, &"name".into(), &name.into()).unwrap();
        Reflect::set(&r, &"claims".into(), cs).unwrap();
        r
    };
    let fr = claims(fr_text, r#"{"lang":"fr","quotes":true}"#);
    // The page's own saved copy, with another figure: left out by `exclude`, it must not count.
    let own = claims("A avaliação da xAI chegou a 9 trilhões de dólares.", r#"{"lang":"pt","quotes":true}"#);
    let set =
        JsReportSet::new(Array::of2(&report("fr.html", &fr), &report("pt.html#saved", &own)).into()).map_err(JsValue::from).expect("set");
    assert_eq!(set.length(), 2);
    let pc = set
        .check_text(page_text.into(), opts(r#"{"lang":"pt","page_name":"pt.html","exclude":["pt.html#saved"]}"#), JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .expect("checkText");
    assert_eq!((pc.claims(), pc.length(), pc.conflicts(), pc.lang()), (1, 1, 1, "pt".to_string()));
    assert_eq!(pc.marks(), vec![31, 52, 1]);
    let f = pc.finding(0).map_err(JsValue::from).expect("finding");
    assert_eq!(s(&f, "text"), "2 trilhões de dólares");
    let others: Array = get(&f, "others").dyn_into().unwrap();
    assert_eq!(others.length(), 1, "only fr.html: the page's saved copy is left out");
    assert!((num(&others.get(0), "ratio") - 10.0).abs() < 1e-9);
    assert!(pc.finding(1).map_err(JsValue::from).expect("past the end").is_undefined());
    // The same findings as extract and check with the saved copy not given.
    let page = claims(page_text, r#"{"lang":"pt","quotes":true}"#);
    let want = check_js(page.clone().into(), Array::of1(&report("fr.html", &fr)).into(), opts(r#"{"page_name":"pt.html"}"#))
        .map_err(JsValue::from)
        .expect("check");
    let json = |v: &JsValue| String::from(js_sys::JSON::stringify(v).expect("json"));
    assert_eq!(json(&pc.findings().map_err(JsValue::from).expect("findings")), json(&want));
    // The findings are written when asked for, from the set's reports: a
    // check kept after its set is freed (the extension's saved reports
    // changed) still writes them.
    drop(set);
    assert_eq!(json(&pc.findings().map_err(JsValue::from).expect("findings after the set's end")), json(&want));
    assert_eq!(json(&pc.finding(0).map_err(JsValue::from).expect("finding")), json(&want.dyn_ref::<Array>().unwrap().get(0)));
    // And a kept set checks given claims as `check` does.
    let fr_only = JsReportSet::new(Array::of1(&report("fr.html", &fr)).into()).map_err(JsValue::from).expect("set");
    let got = fr_only.check(page.into(), opts(r#"{"page_name":"pt.html"}"#)).map_err(JsValue::from).expect("set.check");
    assert_eq!(json(&got), json(&want));

    // The French text given as a version instead: read by the engine, its
    // figure at 33..57 of its own text (UTF-16, counted by hand).
    let empty = JsReportSet::new(Array::new().into()).map_err(JsValue::from).expect("empty set");
    let version =
        js_sys::JSON::parse(&format!(r#"[{{"name":"fr.html","text":"{fr_text}","lang":"fr","title":"Version française"}}]"#)).unwrap();
    let pc = empty.check_text(page_text.into(), opts(r#"{"lang":"pt"}"#), version).map_err(JsValue::from).expect("versions");
    assert_eq!(pc.conflicts(), 1);
    let o = get(&pc.finding(0).map_err(JsValue::from).expect("finding"), "others");
    let o = o.dyn_into::<Array>().unwrap().get(0);
    assert_eq!((s(&o, "file"), num(&o, "start"), num(&o, "end")), ("fr.html".to_string(), 33.0, 57.0));
    assert_eq!(s(&o, "title"), "Version française");
    // Bad input is a JS error, not a trap.
    assert!(empty.check_text(JsValue::from_f64(1.0), JsValue::UNDEFINED, JsValue::UNDEFINED).is_err());
    assert!(empty.check_text("x".into(), opts(r#"{"lang":"xx"}"#), JsValue::UNDEFINED).is_err());
    assert!(empty.check_text("x".into(), JsValue::UNDEFINED, opts(r#"[{"name":1}]"#)).is_err());
}

/// The `check` scenarios of tests/check/*.toml through the JS API, as the
/// extension runs them: each report read by `readReport` (marked a version
/// when the scenario says so), a `ReportSet` of them, the page by `checkText`.
#[wasm_bindgen_test]
fn check_scenarios_through_the_js_api() {
    scenario::run(&scenario::FILES, |sc| {
        let reports = Array::new();
        for r in &sc.report {
            let o = opts(&format!(r#"{{"lang":"{}"}}"#, r.lang));
            let rep = read_report_js(r.name.as_str().into(), r.text.as_str().into(), o).map_err(JsValue::from).expect("readReport");
            if r.version || sc.versions {
                Reflect::set(&rep, &"version".into(), &JsValue::TRUE).unwrap();
            }
            reports.push(&rep);
        }
        let set = JsReportSet::new(reports.into()).map_err(JsValue::from).expect("set");
        let po = opts(&format!(r#"{{"lang":"{}","self_check":{}}}"#, sc.page.lang, sc.self_check));
        let pc = set.check_text(sc.page.text.as_str().into(), po, JsValue::UNDEFINED).map_err(JsValue::from).expect("checkText");
        let json = String::from(js_sys::JSON::stringify(&pc.findings().map_err(JsValue::from).expect("findings")).expect("json"));
        serde_json::from_str(&json).expect("findings as JSON")
    });
}
