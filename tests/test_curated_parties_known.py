"""`parties_known` of the curated deal suites: every non-null party is a curated organisation
(the semantics of list_has_all, which the join-based query replaced for speed)."""

from __future__ import annotations

from expectations.curated import DEAL_MENTIONS_QUERY, DEALS_QUERY
from warehouse.connection import connect

PARTIES = {
    "known": "['Nvidia', 'Intel']",
    "unknown": "['Nvidia', 'Nope']",
    "null_element": "['Nvidia', NULL]",
    "only_null": "[NULL]::varchar[]",
    "empty": "[]::varchar[]",
}


def _known(with_orgs: bool) -> tuple[dict[str, bool], dict[str, bool]]:
    con = connect()
    if with_orgs:
        con.execute(
            "insert into curated.organizations (org_id, name)"
            " values ('o1', 'Nvidia'), ('o2', 'Intel')"
        )
    for deal, parties in PARTIES.items():
        con.execute(
            f"insert into curated.deals (deal_id, deal_type, parties, n_sources)"
            f" values ('{deal}', 'investment', {parties}, 1)"
        )
        con.execute(
            f"insert into curated.deal_mentions"
            f" (deal_id, article_id, parties, deal_type, char_start)"
            f" values ('{deal}', 'a1', {parties}, 'investment', 0)"
        )
    deals = dict(con.sql(f"select deal_id, parties_known from ({DEALS_QUERY})").fetchall())
    mentions = dict(
        con.sql(f"select deal_id, parties_known from ({DEAL_MENTIONS_QUERY})").fetchall()
    )
    con.close()
    return deals, mentions


def test_parties_known_follows_list_has_all() -> None:
    deals, mentions = _known(with_orgs=True)
    expected = {"known": True, "unknown": False, "null_element": True, "only_null": True,
                "empty": True}  # fmt: skip
    assert deals == expected and mentions == expected


def test_no_organisation_knows_no_party() -> None:
    deals, mentions = _known(with_orgs=False)
    assert set(deals.values()) == {False} and set(mentions.values()) == {False}
