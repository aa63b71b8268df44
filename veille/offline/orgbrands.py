"""Hardware brands ("Nvidia GB300 systems", "GPU de Nvidia") and suppliers ("buy 16,000
Nvidia accelerators"): named organisations that are not, or are specially, deal parties."""

from __future__ import annotations

import re
from functools import cache

from veille.offline import lexicon as lx


@cache
def _brand_after() -> re.Pattern[str]:
    return re.compile(rf"(?:['’]s)?[\s-](?:{'|'.join(lx.BRAND_FOLLOWERS)})(?![\w])")


@cache
def _brand_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(lx.BRAND_PRECEDERS)})\s+$")


# "le concepteur de puces Ampere", "el fabricante de chips Kelvora": the noun before the
# product names the organisation's trade, so it is the maker, not a brand (session 7).
_TRADE_BEFORE = re.compile(
    r"(?:concepteur|conceptrice|fabricant|fabricante|fournisseur|fornecedor|fornecedora"
    r"|proveedor|fornitore|produttore|produtor|productor|designer|maker|spécialiste"
    r"|specialista|especialista|développeur|desarrollador|Hersteller|Entwickler|Anbieter)"
    r"\s+(?:de|des|d['’]|di|da|do|of|von|für)\s+\S+\s+$"
)


@cache
def _brand_of() -> re.Pattern[str]:
    products = "|".join(lx.BRAND_PRODUCTS)
    return re.compile(
        rf"(?:{products})(?:\s+[A-Z]{{1,4}}\d{{2,4}}\w*|\s+[A-Z][a-z]+\d?){{0,2}}\s+"
        rf"(?:de|di|von|da|do|del|d['’])\s*$"
    )


@cache
def _purchase_before() -> re.Pattern[str]:
    verbs = "|".join(lx.PURCHASE_BEFORE_BRAND)
    return re.compile(rf"(?<![\w])(?:{verbs})\s+(?:[\w.,']+\s+){{0,4}}$", re.I)


def brand_state(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(brand, supplier): "Nvidia GB300 systems", "GPU de Nvidia" name a hardware brand, not
    a party, unless the sentence buys it ("buy 16,000 Nvidia accelerators": a supplier)."""
    before = text[max(0, start - 30) : start]
    preceded = bool(_brand_before().search(before)) and not _TRADE_BEFORE.search(
        text[max(0, start - 60) : start]
    )
    brand = bool(_brand_after().match(text, end) or preceded)
    product = _brand_of().search(before)
    lead = (
        text[max(0, start - 75) : start - len(product[0])]
        if product
        else text[max(0, start - 45) : start]
    )
    if not (brand or product):
        return False, False
    bought = bool(_purchase_before().search(lead))
    return not bought, bought


def is_brand(text: str, start: int, end: int) -> bool:
    return brand_state(text, start, end)[0]
