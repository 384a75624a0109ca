"""ACLED fatalities and UCDP low/best/high are derived from the claims, never instead of them."""

from warlog.fatalities import acled_fatalities, ucdp_deaths
from warlog.records import Claim


def claim(low, source=None, victims=None, high="same", acled=None):
    return Claim(source=source, kind="killed", victims=victims, low=low, high=low if high == "same" else high,
                 acled_value=acled if acled is not None else low, text=str(low))


def test_lowest_reported_with_quantifier_map():
    claims = [claim(100, "coalition", "pro-regime fighters", None), claim(45, "Observatory"),
              claim(24, "state media", None, None, acled=12)]
    assert acled_fatalities(claims) == 12
    u = ucdp_deaths(claims)
    assert u.low == 12 and 45 <= u.best <= 101 and u.high >= 100


def test_victims_of_both_sides_add_up():
    claims = [claim(1, None, "a soldier"), claim(6, "the army", "militants")]
    assert acled_fatalities(claims) == 7


def test_no_deaths_is_zero():
    assert acled_fatalities([]) == 0
    assert acled_fatalities([claim(0)]) == 0
