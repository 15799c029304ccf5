# Types of figcheck's Python API. Offsets are code points: text[c["start"]:c["end"]] == c["text"].
from typing import Any, Dict, Iterable, Iterator, List, Literal, Optional, Sequence, Tuple, TypedDict, Union

from typing_extensions import NotRequired

__version__: str

Qualifier = Literal["exact", "about", "more_than", "at_least", "less_than", "up_to", "range", "vague"]
Verdict = Literal["conflict", "agree"]
SlipKind = Literal["magnitude_word", "digits_power_of_ten", "swapped_digits", "other"]

class AltReading(TypedDict):
    low: Optional[float]
    high: Optional[float]
    note: str

class Claim(TypedDict):
    """One figure found in a text (docs/claims.md §1)."""
    text: str
    start: int
    end: int
    low: Optional[float]
    high: Optional[float]
    qualifier: Qualifier
    unit: str
    counted: NotRequired[str]
    measure: NotRequired[str]
    subject: NotRequired[str]
    lang: str
    alt: NotRequired[AltReading]
    date: NotRequired[str]
    quote: NotRequired[str]
    entities: NotRequired[List[str]]
    scale_words: NotRequired[List[str]]
    rounding: float

class Other(TypedDict):
    """A counterpart of a page figure, in a report (``file`` its name) or in the page itself."""
    file: str
    text: str
    start: int
    end: int
    low: Optional[float]
    high: Optional[float]
    unit: str
    ratio: Optional[float]
    verdict: Verdict
    explanation: str
    reading: NotRequired[str]
    quote: NotRequired[str]
    title: NotRequired[str]
    url: NotRequired[str]

class Finding(Claim):
    """A page figure with its counterparts (docs/claims.md §3)."""
    file: str
    verdict: Verdict
    #: a conflict more reports agree with than conflict with: the others differ
    upheld: bool
    explanation: str
    others: List[Other]

class Slip(TypedDict):
    other: int
    kind: SlipKind
    power: Optional[int]
    note: str

class PairFinding(Finding):
    slips: List[Slip]

class PairResult(TypedDict):
    id: Any
    source_lang: str
    target_lang: str
    source_figures: int
    target_figures: int
    findings: List[PairFinding]
    only_in_source: List[Claim]
    only_in_target: List[Claim]
    unchecked: NotRequired[str]

class ReportText(TypedDict):
    text: str
    name: NotRequired[str]
    lang: NotRequired[Optional[str]]

class PairDict(TypedDict):
    source: str
    target: str
    id: NotRequired[Any]
    source_lang: NotRequired[Optional[str]]
    target_lang: NotRequired[Optional[str]]

Report = Union[str, ReportText]
Pair = Union[PairDict, Tuple[str, str], Tuple[Any, str, str]]

def extract(text: str, lang: Optional[str] = None, *, quotes: bool = False) -> List[Claim]: ...
def check(page: str, reports: Union[Report, Sequence[Report]] = (), same_story: Union[Report, Sequence[Report]] = (), *,
          lang: Optional[str] = None, page_name: str = "page") -> List[Finding]: ...
def pairs(iterable: Iterable[Pair], *, source_lang: Optional[str] = None, target_lang: Optional[str] = None) -> Iterator[PairResult]: ...
def pair_columns(ids: Sequence[Optional[str]], sources: Sequence[Any], targets: Sequence[Any],
                 source_langs: Optional[Sequence[Optional[str]]] = None, target_langs: Optional[Sequence[Optional[str]]] = None,
                 unreadable: Optional[Sequence[bool]] = None) -> Dict[str, Any]: ...
def detect(text: str) -> str: ...
