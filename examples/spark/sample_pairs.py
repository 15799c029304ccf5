"""A generated set of segment pairs for trying the Spark job, its test and the
benchmarks: sentences of our own on the patterns of real translations, in
seven language pairs, with every kind of outcome (faithful; a magnitude word
slipped; digits ×10; digits swapped; another figure; no figure).

    python examples/spark/sample_pairs.py COUNT OUT.parquet|OUT.jsonl
"""

import json
import random
import sys

TEMPLATES = [
    ("en", "pt", "The firm paid ${n} million for the plant.", "A empresa pagou {n} {mw} de dólares pela usina."),
    ("en", "fr", "Revenue rose {p}% to {n} billion euros.", "Le chiffre d'affaires a augmenté de {p} % à {n} {bw} d'euros."),
    ("en", "de", "The park produces {n} megawatts for {m} homes.", "Der Park erzeugt {n} Megawatt für {m2} Haushalte."),
    ("en", "es", "About {m} people attended, the police said.", "Unas {m2} personas asistieron, según la policía."),
    ("en", "zh", "The company is valued at ${n} billion.", "该公司估值为{n}{zw}美元。"),
    ("en", "ar", "The deal is worth {n} million dollars.", "تبلغ قيمة الصفقة {n} {aw} دولار."),
    ("en", "pt", "Nothing here has a figure.", "Nada aqui tem um número."),
]


def make_pairs(count, seed=7):
    """`count` pairs as dicts {id, source, target, source_lang, target_lang}; the same for the same seed."""
    rnd = random.Random(seed)
    out = []
    for i in range(count):
        sl, tl, s, t = rnd.choice(TEMPLATES)
        n, m, p = rnd.randint(2, 900), rnd.randint(120, 9800), rnd.randint(2, 60)
        slip = rnd.random() < 0.3
        m2 = m
        if slip and "{m2}" in t:
            swapped = int(str(m)[::-1])
            m2 = rnd.choice([m * 10, swapped if swapped != m else m + 7, m + 13])
        words = {"mw": "bilhões" if slip else "milhões", "bw": "millions" if slip else "milliards",
                 "zw": "万" if slip else "0亿", "aw": "مليار" if slip else "مليون"}
        out.append({"id": f"p{i}", "source": s.format(n=n, m=m, p=p), "target": t.format(n=n, m2=m2, p=p, **words),
                    "source_lang": sl, "target_lang": tl})
    return out


def write(pairs, path):
    if path.endswith(".parquet"):
        import pyarrow as pa
        import pyarrow.parquet as pq
        pq.write_table(pa.Table.from_pylist(pairs), path)
    else:
        with open(path, "w", encoding="utf-8") as f:
            for p in pairs:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1].strip())
    write(make_pairs(int(sys.argv[1])), sys.argv[2])
