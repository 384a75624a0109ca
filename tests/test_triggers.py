"""ACLED's typing rules on hand-made frames."""

import pytest

from warlog.triggers import Frame, classify, find_triggers, interaction


@pytest.mark.parametrize(
    "frame, expected",
    [
        (Frame({"clash", "air"}, "progov", "named"), ("Battles", "Armed clash")),  # higher type absorbs
        (Frame({"air"}, "military", None, victims_civilian=True, killed=True), ("Explosions/Remote violence", "Air/drone strike")),
        (Frame({"ied"}, None, "military"), ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        (Frame({"attack"}, "armed", "civilians", victims_civilian=True, killed=True), ("Violence against civilians", "Attack")),
        (Frame({"abduct"}, "named", None), ("Violence against civilians", "Abduction/forced disappearance")),
        (Frame({"arrest"}, "police", "civilians"), ("Strategic developments", "Arrests")),
        (Frame({"protest"}, "protesters", None), ("Protests", "Peaceful protest")),
        (Frame({"protest", "intervene"}, "protesters", "police"), ("Protests", "Protest with intervention")),
        (Frame({"protest", "intervene"}, "police", "protesters", killed=True), ("Protests", "Excessive force against protesters")),
        (Frame({"protest", "riot"}, "protesters", "police"), ("Riots", "Violent demonstration")),
        (Frame({"mob"}, "rioters", "civilians", killed=True), ("Riots", "Mob violence")),
        (Frame({"suicide", "ied"}, None, "civilians"), ("Explosions/Remote violence", "Suicide bomb")),
        (Frame({"loot"}, "named", None), ("Strategic developments", "Looting/property destruction")),
        (Frame({"agreement"}, None, None), ("Strategic developments", "Agreement")),
        (Frame({"clash"}, None, None, ethnic=True), ("Battles", "Armed clash")),
        (Frame({"clash"}, None, None), ("Riots", "Mob violence")),
    ],
)
def test_classify(frame, expected):
    assert classify(frame) == expected


def test_label_of_acled_note_wins():
    assert classify(Frame({"attack"}, "named", None, label="looting")) == ("Strategic developments", "Looting/property destruction")


def test_interaction_codes():
    assert interaction(3, 7) == 37 and interaction(7, 3) == 37 and interaction(6, None) == 60 and interaction(None, None) is None


def test_march_the_month_is_no_protest():
    assert [t.cue for t in find_triggers("On 28 March 2020, gunmen killed a man.")] == ["attack"]
    assert "protest" in {t.cue for t in find_triggers("Students marched to parliament.")}


def test_unknown_attackers_killing_police_fight_a_battle():
    frame = Frame({"attack"}, None, None, victims_armed=True, killed=True)
    assert classify(frame) == ("Battles", "Armed clash")
    assert classify(Frame({"attack"}, None, None, victims_civilian=True, killed=True)) == (
        "Violence against civilians", "Attack")
