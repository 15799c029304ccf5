"""figcheck: the figures of news texts in 16 languages, checked against other reports.

Every function takes and returns plain Python values: claims, findings and
pair results are dicts shaped as in figcheck's docs/claims.md (§1, §3) and
its command line (``figcheck pairs --json``), with ``start``/``end`` offsets in code
points, so that ``text[c["start"]:c["end"]] == c["text"]``.

Errors are exceptions with a message: ``ValueError`` for a bad language code
or duplicate report names, ``TypeError`` for a value of the wrong type, and
``RuntimeError`` should figcheck itself fail (it is built never to).
"""

from . import _figcheck

__version__ = _figcheck.__version__
__all__ = ["extract", "check", "pairs", "pair_columns", "detect", "__version__"]


def _text(value, what):
    if not isinstance(value, str):
        raise TypeError(f"figcheck: {what} must be a str, not {type(value).__name__}")
    return value


def _lang(value, what):
    if value is not None and not isinstance(value, str):
        raise TypeError(f"figcheck: {what} must be a language code (str) or None, not {type(value).__name__}")
    return value


def extract(text, lang=None, *, quotes=False):
    """The figures of ``text`` (a list of claim dicts), read in ``lang`` or the language detected."""
    return _figcheck.extract(_text(text, "text"), _lang(lang, "lang"), bool(quotes))


def _reports(items, version, label):
    if isinstance(items, (str, dict)):
        items = (items,)
    out = []
    for i, r in enumerate(items, 1):
        if isinstance(r, str):
            out.append((f"{label} {i}", r, None, version))
        elif isinstance(r, dict):
            if "text" not in r:
                raise TypeError(f"figcheck: {label} {i} is a dict without 'text'")
            name = r.get("name", f"{label} {i}")
            out.append((_text(name, f"the name of {label} {i}"), _text(r["text"], f"the text of {label} {i}"),
                        _lang(r.get("lang"), f"the lang of {label} {i}"), version))
        else:
            raise TypeError(f"figcheck: {label} {i} must be a str or a dict with 'text', not {type(r).__name__}")
    return out


def check(page, reports=(), same_story=(), *, lang=None, page_name="page"):
    """The findings of ``page`` checked against ``reports`` and ``same_story``.

    Each report is a text (``str``, named ``"report 1"``, ``"report 2"``, …)
    or a dict ``{"text", "name", "lang"}`` (``name`` and ``lang`` optional).
    ``same_story`` reports are versions of the page's story (translations):
    their figures are aligned with the page's (``--same-story`` of the CLI);
    figcheck recognizes whether plain ``reports`` are. Each report is read in
    its own language (its ``lang``, or detected); ``lang`` is the page's.
    Findings give offsets in code points of the page, and each counterpart
    (``others``) in code points of its report's text (``file`` is its name).
    """
    rs = _reports(reports, False, "report") + _reports(same_story, True, "same story")
    return _figcheck.check(_text(page, "page"), rs, _lang(lang, "lang"), _text(page_name, "page_name"))


def pairs(iterable, *, source_lang=None, target_lang=None):
    """Checks translations pair by pair, lazily: yields one result dict per pair.

    Each item is a dict ``{"source", "target"}`` with optional ``"id"``,
    ``"source_lang"``, ``"target_lang"``, or a tuple ``(source, target)`` or
    ``(id, source, target)``; the id defaults to the item's position (from 0).
    ``source_lang``/``target_lang`` apply where an item gives none. Each
    result is the object ``figcheck pairs --json`` prints for a line (without
    ``line``), offsets in code points of the pair's ``source`` or ``target``.
    A bad item raises ``TypeError``/``ValueError`` naming its position.
    """
    sl, tl = _lang(source_lang, "source_lang"), _lang(target_lang, "target_lang")
    # Each item is read, checked and made into its dict by the Rust side (_figcheck.pair), one at a time.
    pair = _figcheck.pair
    for i, item in enumerate(iterable):
        yield pair(item, i, sl, tl)


def pair_columns(ids, sources, targets, source_langs=None, target_langs=None, unreadable=None):
    """Checks a batch of pairs given as columns and returns their findings
    flattened, one row per finding, as ``pyarrow`` arrays by column name
    (``pyarrow`` must be installed): the bulk form of :func:`pairs` for
    Arrow batches (the Spark example's ``mapInArrow``), with no Python
    object per row or value on the way out.

    The arguments are sequences of one length: ``ids`` (a str or None each),
    ``sources``, ``targets``, and optionally ``source_langs``,
    ``target_langs`` (a code, or None/empty for detection) and
    ``unreadable`` (bools: a row the reader could not parse). The columns:
    ``id``, ``kind`` (``aligned``, ``unchecked``, ``only_in_source``,
    ``only_in_target`` or ``error``), ``verdict``, ``slip_kind``, ``power``
    (int32), ``ratio``, ``text``, ``start``, ``end`` (int64, code points),
    ``low``, ``high``, ``unit``, ``lang``, ``other_text``, ``other_start``,
    ``other_end``, ``other_lang``, ``explanation``; rows in input order. A
    row that cannot be checked (unreadable, a side missing or not a str, an
    unknown language) becomes one ``error`` row whose ``explanation`` says
    why; the others go on. The pairs are checked without holding the GIL.
    """
    import pyarrow as pa

    types = {"string": pa.string(), "int32": pa.int32(), "int64": pa.int64(), "float64": pa.float64()}
    seq = lambda v: None if v is None else v if isinstance(v, list) else list(v)  # noqa: E731
    out = {}
    for name, typ, n, nulls, validity, values, offsets in _figcheck.pair_columns(
            seq(ids), seq(sources), seq(targets), seq(source_langs), seq(target_langs), seq(unreadable)):
        bufs = [None if validity is None else pa.py_buffer(validity)]
        bufs += [pa.py_buffer(values)] if offsets is None else [pa.py_buffer(offsets), pa.py_buffer(values)]
        out[name] = pa.Array.from_buffers(types[typ], n, bufs, null_count=nulls)
    return out


def detect(text):
    """The language code of ``text`` (``"en"``, ``"pt"``, ``"pt-PT"``, …)."""
    return _figcheck.detect(_text(text, "text"))
