"""Inflected forms of the deal cues, generated from lemma lists (session 14).

Why: `cues.DEAL_CUES` listed words one by one and missed whole paradigms: "merged",
"übernahm", "erwarb", "compró", "comprou", "fusioni", "fournit", "beliefert", "loans",
"prêts", "préstamos", "Übernahmen", "Partnerschaften" (a coverage script over the lemma lists
below found 150 such forms). Here each verb is a stem and a conjugation class, each noun a
singular and a plural rule, so a form is never forgotten alone.

Decisions:
- Only regular paradigms are generated (French -er / -ir, Spanish and Portuguese -ar / -er /
  -ir, Italian -are / -ire, German weak verbs and -ieren); the irregular forms are listed
  (English pasts, "übernahm", "erwarb", "invierte", "adquiere").
- Bare words whose other senses outnumber the deal sense in business news are left out:
  "crédit" / "crédito" / "credito" (tax credit), "quota", "intesa" (Intesa Sanpaolo), "steigt"
  (rises), "bets", "deliver(ed)" (results), "deuda" / "debt" (a balance, not a deal), "Allianz"
  (the insurer; "Allianzen" is in), "Anteil" (a proportion), "rileva" (notes), "aporta"
  (adds); their deal phrases are listed instead ("ligne de crédit", "Kreditlinie", "steigt
  ... ein").
- Every form is an event cue of the family its lemma names; `cues.DEAL_CUES` appends them to
  the family's own fragments (the order of the families, which decides a tie, is unchanged).
"""

from __future__ import annotations

from collections.abc import Iterable

_FR_ER = ("er", "e", "es", "ent", "é", "ée", "és", "ées", "era", "eront", "erait", "ant", "ait")
_FR_IR = (
    *("ir", "it", "issent", "i", "ie", "is", "ies", "ira", "iront", "irait"),
    *("issant", "issait"),
)
_ES_AR = ("ar", "a", "an", "ó", "aron", "ará", "arán", "aría", "ado", "ada", "ados", "adas", "ando")
_ES_ER = ("er", "e", "en", "ió", "ieron", "erá", "erán", "ería", "ido", "ida", "idos", "iendo")
_PT_AR = ("ar", "a", "am", "ou", "aram", "ará", "arão", "aria", "ado", "ada", "ados", "ando")
_PT_ER = ("er", "e", "em", "eu", "eram", "erá", "erão", "eria", "ido", "ida", "idos", "endo")
_IT_ARE = ("are", "a", "ano", "ò", "arono", "erà", "eranno", "ato", "ata", "ati", "ate", "ando")
_IT_ISC = ("ire", "isce", "iscono", "ì", "irono", "irà", "iranno", "ito", "ita", "iti", "ite")
_DE_IEREN = ("ieren", "iert", "ierte", "ierten", "ierende")
_DE_WEAK = ("en", "t", "te", "ten")


def _w(text: str) -> list[str]:
    """Listed forms, "|"-separated (a form may hold spaces: "took over")."""
    return text.split("|")


def _conj(stems: str, endings: tuple[str, ...]) -> list[str]:
    return [stem + end for stem in stems.split() for end in endings]


def _de_weak(stems: str, ge: bool = True) -> list[str]:
    """German weak verbs: "schluck" -> schlucken, schluckt, schluckte, geschluckt (no "ge"
    after an inseparable prefix: "beliefert")."""
    return _conj(stems, _DE_WEAK) + ([f"ge{stem}t" for stem in stems.split()] if ge else [])


def _plurals(nouns: str, lang: str) -> list[str]:
    """Singular and plural of each noun, by the language's regular rule."""
    out: list[str] = []
    for noun in nouns.split():
        out.append(noun.replace("_", " "))
        head, sep, tail = noun.partition("_")  # "prise_de_contrôle": the head takes it
        out.append(_plural(head, lang) + (" " + tail.replace("_", " ") if sep else ""))
    return out


def _plural(word: str, lang: str) -> str:
    rules = {
        "es": (("ción", "ciones"), ("sión", "siones"), ("ón", "ones"), ("or", "ores")),
        "pt": (("ção", "ções"), ("são", "sões"), ("or", "ores"), ("al", "ais")),
        "it": (("zione", "zioni"), ("ore", "ori"), ("o", "i"), ("a", "e"), ("e", "i")),
        "de": (("ung", "ungen"), ("ion", "ionen"), ("schaft", "schaften"), ("e", "en")),
    }
    for end, plural in rules.get(lang, ()):
        if word.endswith(end):
            return word[: -len(end)] + plural
    if lang == "de":
        return word + "e"
    return word if word.endswith(("s", "x")) else word + "s"


def _forms() -> dict[str, list[str]]:
    """Per deal type, the generated forms (lower case, literal)."""
    return {
        "acquisition": [
            *_w("merge|merges|merged|merging|absorb|absorbs|absorbed|absorbing"),
            *_w("took over|takes over|taken over|taking over|bought out|buys out"),
            *_w("snapped up|snaps up|snap up"),
            *_plurals("takeover merger buyout", "en"),
            *_conj("fusionn absorb", _FR_ER),
            *_plurals("fusion absorption prise_de_contrôle offre_publique_d'achat", "fr"),
            *_w("prend le contrôle|pris le contrôle|prendre le contrôle|prendra le contrôle"),
            *_w("s'empare|s'emparer|s'est emparé|s'emparera"),
            *_w("übernahm|übernahmen|übernehme|übernehmende|erwarb|erwarben|zukauf|zukäufe"),
            *_w("übernahmen|übernahmeangebot|übernahmeangebote|übernahmeofferte|erwerb"),
            *_conj("fusion", _DE_IEREN),
            *_de_weak("schluck"),
            "fusionen",
            *_w("adquiere|adquieren|compró"),
            *_conj("fusion", _ES_AR),
            *_conj("absorb", _ES_ER),
            *_plurals("adquisición fusión toma_de_control absorción", "es"),
            *_w("se hizo con|se hace con|se hará con|hacerse con|se ha hecho con"),
            *_w("comprou|compraram"),
            *_conj("incorpor", _PT_AR),
            *_conj("absorv", _PT_ER),
            *_plurals("aquisição fusão incorporação", "pt"),
            *_plurals("fusione incorporazione acquisizione", "it"),
            "presa di controllo",
            *_w("preso il controllo|prende il controllo|prendere il controllo"),
        ],
        "investment": [
            *_plurals("stake", "en"),
            *_w("co-led|co-leads|co-leading|participated in|participates in|took part in"),
            "capital injection",
            *_plurals("participation", "fr"),
            *_w("entre au capital|entré au capital|entrer au capital|monte au capital"),
            *_w("monté au capital|monter au capital|entrée au capital"),
            *_w("einstieg|einsteigen|eingestiegen|kapitalspritze"),
            *_w("invierte|invierten"),
            *_plurals("inversión participación aporte", "es"),
            *_w("entrada en el capital|entra en el capital"),
            *_plurals("investimento participação", "pt"),
            *_plurals("partecipazione", "it"),
            *_w("ingresso nel capitale|entra nel capitale"),
        ],
        "financing": [
            *_plurals("loan", "en"),
            *_w("lend|lends|lent|refinancing|refinanced|refinance"),
            *_plurals("prêt ligne_de_crédit facilité_de_crédit crédit_syndiqué", "fr"),
            *_w("kredite|kredits|kreditlinie|kreditlinien|kreditrahmen|anleihe|anleihen"),
            *_plurals("préstamo financiamiento línea_de_crédito crédito_sindicado", "es"),
            *_plurals("empréstimo financiamento linha_de_crédito", "pt"),
            *_plurals("prestito finanziamento linea_di_credito", "it"),
        ],
        "supply": [
            *_plurals("supplier", "en"),
            *_conj("fourn", _FR_IR),
            *_plurals("fournisseur livraison approvisionnement", "fr"),
            *_conj("approvisionn", _FR_ER),
            *_de_weak("beliefer", ge=False),
            *_plurals("zulieferer lieferant", "de"),
            *_w("lieferanten|zulieferern"),
            *_conj("abastec", _ES_ER),
            *_plurals("proveedor abastecimiento", "es"),
            *_conj("abastec", _PT_ER),
            *_plurals("abastecimento", "pt"),
            *_conj("forn", _IT_ISC),
            *_plurals("fornitore fornitura approvvigionamento", "it"),
        ],
        "licensing": ["licenze"],
        "partnership": [
            *_w("join forces|joins forces|joined forces|joining forces|partnered"),
            *_plurals("tie-up", "en"),
            *_conj("collabor coopér", _FR_ER),
            *_w("s'associer|s'associent|s'est associé|s'allier|s'allient|s'est allié"),
            *_plurals("coopération", "fr"),
            *_conj("kooper", _DE_IEREN),
            *_plurals("kooperation partnerschaft", "de"),
            "allianzen",
            *_conj("colabor", _ES_AR),
            *_plurals("cooperación", "es"),
            *_conj("colabor", _PT_AR),
            *_plurals("cooperação", "pt"),
            *_conj("collabor", _IT_ARE),
            *_plurals("collaborazione cooperazione alleanza", "it"),
        ],
    }


# German separable verbs whose particle ends the clause: "steigt bei X ein", "tun sich
# zusammen" (patterns; the cue spans verb to particle).
SEPARABLE: dict[str, tuple[str, ...]] = {
    "investment": (r"(?:steigt|steigen|stieg|stiegen)\s+(?:[\w.-]+\s+){1,5}?ein",),
    "partnership": (
        r"(?:tun|tut|taten|tat|schließen|schließt|schlossen|schloss)\s+sich\s+"
        r"(?:[\w.-]+\s+){0,4}?zusammen",
    ),
    "acquisition": (r"(?:kauft|kaufen|kaufte|kauften)\s+(?:[\w.-]+\s+){1,5}?auf",),
}


def _unique(words: Iterable[str]) -> tuple[str, ...]:
    """Lower case, once each, every apostrophe written both ways ("s'allie", "s’allie")."""
    out = [w.lower() for w in words]
    return tuple(dict.fromkeys(out + [w.replace("'", "’") for w in out if "'" in w]))


FORMS: dict[str, tuple[str, ...]] = {
    kind: _unique(words) + SEPARABLE.get(kind, ()) for kind, words in _forms().items()
}


def _raises() -> list[str]:
    """A company raising money (the "self" family and the round cues): "lèvera",
    "eingesammelt", "recaudaron", "arrecadou", "raccolti", "rounds", "rondas"."""
    return [
        *_w("rounds|funding rounds|financing round|financing rounds"),
        *_w("lèvent|lèvera|lèveront|lèverait|lever|levait|levant|levées de fonds"),
        *_w("tours de table|augmentations de capital"),
        *_w("sammelte|sammelten|eingesammelt|einsammeln|eingeworben|einwerben"),
        *_w("finanzierungsrunden|kapitalerhöhung|kapitalerhöhungen|kapitalrunde"),
        *_conj("recaud capt", _ES_AR),
        *_plurals("ronda ampliación_de_capital", "es"),
        *_conj("capt levant arrecad", _PT_AR),
        *_plurals("rodada aumento_de_capital", "pt"),
        *_w("raccolgono|raccolta|raccolti|raccolte|raccoglierà|raccogliere|raccogliendo"),
        *_w("aumento di capitale|aumenti di capitale|round di finanziamento"),
    ]


RAISES: tuple[str, ...] = _unique(_raises())
