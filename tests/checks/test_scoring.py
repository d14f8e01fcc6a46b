"""Scoring of a check (issue 11, item 3), by property."""

from fractions import Fraction

from hypothesis import given, strategies as st

from branchdesk.services.checks.scoring import Given, Rule, mark, score

ANY_CRITICAL = st.booleans()
weights = st.sampled_from([0.5, 1.0, 1.5, 2.0, 3.0, 5.0])


@st.composite
def answered(draw, critical=ANY_CRITICAL):
    kind = draw(st.sampled_from(["pass_fail", "score", "number", "text"]))
    weight = draw(weights)
    crit = draw(critical)
    if kind == "pass_fail":
        return Rule(kind, weight, crit), Given(outcome=draw(st.sampled_from(["pass", "fail"])))
    if kind == "score":
        top = draw(st.integers(1, 10))
        return Rule(kind, weight, crit, max_score=top), Given(score=draw(st.integers(0, top)))
    if kind == "number":
        low = draw(st.integers(-5, 5))
        rule = Rule(kind, weight, crit, min_value=low, max_value=low + draw(st.integers(0, 10)))
        return rule, Given(number=draw(st.integers(-20, 20)))
    return Rule(kind, weight, crit), Given()


def _percent(result) -> Fraction | None:
    if result.possible == 0:
        return None
    return Fraction(result.earned) / Fraction(result.possible)


@given(st.lists(answered(), max_size=40), st.lists(st.builds(lambda r: (r, Given(not_applicable=True)),
                                                              answered().map(lambda a: a[0])), max_size=10),
       st.randoms())
def test_not_applicable_never_changes_the_percentage_of_the_rest(rest, not_applicable, rnd):
    mixed = rest + not_applicable
    rnd.shuffle(mixed)
    with_na, without = score(mixed), score(rest)
    assert with_na.possible == without.possible
    assert with_na.earned == without.earned
    assert _percent(with_na) == _percent(without)
    assert with_na.passed == without.passed


@given(st.lists(answered(), max_size=40), answered(critical=st.just(True)), st.randoms())
def test_a_failed_critical_item_always_fails_the_check(rest, critical, rnd):
    rule, answer = critical
    mixed = rest + [critical]
    rnd.shuffle(mixed)
    if mark(rule, answer).failed:
        assert not score(mixed).passed


@given(st.lists(answered(critical=st.just(False)), max_size=40))
def test_without_critical_items_the_check_passes_whatever_the_points(rest):
    assert score(rest).passed


def test_points_weights_and_limits():
    result = score([
        (Rule("pass_fail", 2.0), Given(outcome="pass")),
        (Rule("pass_fail", 1.0), Given(outcome="fail")),
        (Rule("score", 1.0, max_score=4), Given(score=3)),
        (Rule("number", 1.0, min_value=18, max_value=26), Given(number=27)),
        (Rule("number", 1.0, min_value=18, max_value=26), Given(number=26)),
        (Rule("pass_fail", 9.0), Given(not_applicable=True)),
        (Rule("text", 1.0), Given()),
    ])
    assert (result.earned, result.possible) == (2 + 0 + 0.75 + 0 + 1, 6)
    assert result.failed_items == 2 and result.passed
    assert score([]).percent is None
    assert mark(Rule("score", max_score=4), Given(score=1)).failed
    assert not mark(Rule("score", max_score=4), Given(score=2)).failed
