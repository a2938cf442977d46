"""Tables told in words (Vietnamese): one sentence per ratio, per province comparison, per trend model.

Honest by construction: a bound reads as a bound ("ít nhất 60%", "dưới 5,9%"), ranks compare one year
and one scope at a time with ties sharing a rank (a bound gets the range of ranks it allows), a merged
2025 province says which former provinces its value covers, and a value that cannot be true is never
told as a value."""
from __future__ import annotations

import math

import pandas as pd

from ..ratios.plausibility import possible, problems_of
from . import fmt
from .labels import bounded, ratio_label, translate, value_labels


def _fmt_pct(x: object) -> str:
    """A percentage the Vietnamese way, '?' when missing."""
    return fmt.percent(x) or "?"


def row_kind(row: pd.Series) -> str:
    """exact / estimate / bound_lower (at least: hơn, trên) / bound_upper (at most: dưới, chưa đến)."""
    kind = (fmt.text(row.get("kind")) or "exact")
    if kind != "bound":
        return kind
    lower, upper = row.get("lower"), row.get("upper")
    return "bound_upper" if pd.isna(lower) and not pd.isna(upper) else "bound_lower"


def row_kinds(rows: pd.DataFrame) -> pd.Series:
    """row_kind for every row of a ratio table."""
    if rows.empty:
        return pd.Series(dtype=str)
    return rows.apply(row_kind, axis=1).astype(str)


def value_text(row: pd.Series) -> str:
    """The row's value as the article allows it to be read: '16,1%', 'ít nhất 60%', 'dưới 5,9%', 'khoảng 95%'."""
    return bounded(_fmt_pct(row.get("value")), row_kind(row))


def _year(row: pd.Series) -> str:
    return "" if pd.isna(row.get("year")) else f" năm {int(row['year'])}"


def who(row: pd.Series) -> str:
    """The province of a ratio row; a merged 2025 province names the former provinces its value covers."""
    name = str(row["province"])
    if (fmt.text(row.get("level")) or "province") != "province_2025":
        return name
    members = [m for m in fmt.text(row.get("members")).split(";") if m]
    covers = f"chỉ gồm số liệu của {', '.join(members)}" if members else "không rõ gồm những tỉnh nào"
    missing = translate(fmt.text(row.get("note")))
    missing = next((part for part in missing.split("; ") if part.startswith("chưa có số liệu của")), "")
    return f"{name} (tỉnh sau sáp nhập 2025; {covers}{'; ' + missing if missing else ''})"


def target_verdict(row: pd.Series) -> str:
    """đạt / chưa đạt / không rõ: what the value, read with its kind, says about the national target."""
    value, target = row.get("value"), row.get("target_pct")
    if pd.isna(value) or pd.isna(target):
        return "không rõ"
    kind, v, t = row_kind(row), float(value), float(target)
    if kind == "bound_lower":
        return "đạt" if v >= t else "không rõ"
    if kind == "bound_upper":
        return "chưa đạt" if v < t else "không rõ"
    if kind == "estimate" and abs(v - t) <= 0.05 * t:
        return "không rõ"
    return "đạt" if v >= t else "chưa đạt"


def describe_ratio(row: pd.Series) -> str:
    """One sentence about one ratio row: value read with its kind, whom it covers, and the target."""
    label = ratio_label(str(row["ratio"])).lower()
    scope = fmt.text(row.get("scope"))
    head = f"{who(row)}{f' ({scope})' if scope else ''}{_year(row)}"
    problem = str(problems_of(row.to_frame().T).iloc[0])
    if problem:
        why = value_labels("problem").get(problem, problem)
        return (f"{head}: {label} không được nêu vì số liệu không thể đúng ({why}); "
                "xem mục các số liệu không thể đúng.")
    if (fmt.text(row.get("status")) or "actual") == "target":
        return f"{head}: mục tiêu {label} là {value_text(row)} (chưa có số liệu thực hiện đi kèm)."
    text = f"{head}: {label} là {value_text(row)}"
    if pd.notna(row.get("target_pct")) and pd.notna(row.get("target_year")):
        goal = f"mục tiêu quốc gia {_fmt_pct(row['target_pct'])} đến năm {int(row['target_year'])}"
        verdict = target_verdict(row)
        text += {"đạt": f", đã đạt {goal}", "chưa đạt": f", chưa đạt {goal}"}.get(
            verdict, f", chưa thể biết đã đạt {goal} hay chưa")
    return text + "."


def describe_comparisons(pairs: pd.DataFrame) -> list[str]:
    """One sentence per pairwise province comparison (two-proportion tests, Holm-adjusted p-values)."""
    out: list[str] = []
    for _, r in pairs.iterrows():
        year = "" if pd.isna(r.get("year")) else f" năm {int(r['year'])}"
        head = (f"{ratio_label(str(r['ratio']))}{year}: {r['province_a']} {_fmt_pct(r['value_a'])} so với "
                f"{r['province_b']} {_fmt_pct(r['value_b'])}")
        if not bool(r.get("tested")):
            out.append(f"{head}; {translate(r.get('reason')) or 'không kiểm định (không đủ điều kiện)'}.")
            continue
        p = float(r["p_adjusted"]) if pd.notna(r.get("p_adjusted")) else float(r["p_value"])
        gap = abs(float(r["value_a"]) - float(r["value_b"]))
        verdict = ("chênh lệch này lớn hơn mức dao động ngẫu nhiên" if bool(r.get("significant"))
                   else "chênh lệch này có thể chỉ là dao động ngẫu nhiên")
        note = f" Lưu ý: {translate(r['reason'])}." if fmt.text(r.get("reason")) else ""
        out.append(f"{head}: chênh {fmt.number(gap, 1)} điểm phần trăm; {verdict} "
                   f"({fmt.p_value(p)}, đã hiệu chỉnh cho nhiều phép so sánh).{note}")
    return out


def describe_trends(trends: pd.DataFrame) -> list[str]:
    """One sentence per trend model: the yearly change in odds and whether it is distinguishable from none."""
    out: list[str] = []
    for _, r in trends.iterrows():
        names = fmt.text(r.get("province")).replace(";", ", ") or "không có tỉnh nào đủ hai năm"
        head = f"Xu hướng {ratio_label(str(r['ratio'])).lower()} ({names})"
        if not bool(r.get("fitted")):
            out.append(f"{head}: {translate(r.get('reason')) or 'chưa ước lượng được (không đủ số liệu)'}.")
            continue
        odds = float(r["odds_ratio_per_year"])
        direction = "tăng" if odds > 1 else "giảm"
        lo, hi = math.exp(float(r["coef_ci_low"])), math.exp(float(r["coef_ci_high"]))
        sure = ("khoảng tin cậy không chứa 1 nên xu hướng rõ ràng" if lo > 1 or hi < 1
                else "khoảng tin cậy chứa 1 nên chưa thể khẳng định có xu hướng")
        out.append(f"{head}: mỗi năm số chênh (odds) {direction} {fmt.number(abs(odds - 1) * 100, 0)}% "
                   f"(KTC 95%: ×{fmt.number(lo, 2)} đến ×{fmt.number(hi, 2)}); {sure} "
                   f"({fmt.p_value(r['p_value'])}).")
    return out


def selected(ratios: pd.DataFrame) -> pd.DataFrame:
    """The ratio rows chosen for comparison (all rows when the table has no `selected` column)."""
    if ratios.empty or "selected" not in ratios:
        return ratios
    return ratios[ratios["selected"].fillna(False).astype(bool)]


def comparable(ratios: pd.DataFrame, ratio: str | None = None) -> pd.DataFrame:
    """Rows that may be ranked: selected, achieved, as in the articles (not merged), possible, with a value."""
    rows = possible(selected(ratios))
    if "status" in rows:
        rows = rows[rows["status"].fillna("actual") == "actual"]
    if "level" in rows:
        rows = rows[rows["level"].fillna("province") == "province"]
    if ratio is not None:
        rows = rows[rows["ratio"] == ratio]
    return rows.dropna(subset=["value"])


def _interval(row: pd.Series) -> tuple[float, float]:
    """The values a row allows: a point, or from a lower bound to 100, or from 0 to an upper bound."""
    v = float(row["value"])
    kind = row_kind(row)
    return (v, 100.0) if kind == "bound_lower" else (0.0, v) if kind == "bound_upper" else (v, v)


def rank_range(peers: pd.DataFrame, province: str) -> tuple[int, int]:
    """(best, worst) rank of province among peers (one row each; highest value = 1; ties share a rank).

    best = 1 + those surely above; worst = 1 + those possibly above. Equal for exact values."""
    spans = {r["province"]: _interval(r) for _, r in peers.iterrows()}
    lo, hi = spans[province]
    others = [s for name, s in spans.items() if name != province]
    return 1 + sum(o_lo > hi for o_lo, _ in others), 1 + sum(o_hi > lo for _, o_hi in others)


def _one_per_province(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per province (its highest value, should a table hold two)."""
    return rows.sort_values("value", ascending=False).drop_duplicates("province")


def rank_sentence(ratios: pd.DataFrame, ratio: str, province: str) -> str:
    """Where province stands on ratio, year by year and scope by scope, among the provinces with the same year
    and scope (best value = rank 1; ties share a rank; a bound gets a range of ranks; undated values are
    not ranked)."""
    rows = comparable(ratios, ratio)
    label = ratio_label(ratio).lower()
    mine = rows[rows["province"] == province]
    if mine.empty:
        return f"{province} chưa có {label} (số liệu thực hiện)."
    sentences = []
    scopes = mine["scope"].fillna("") if "scope" in mine else pd.Series("", index=mine.index)
    for (year, scope), own in mine.groupby([mine["year"], scopes], dropna=False, sort=True):
        where = f" ({scope})" if scope else ""
        row = own.sort_values("value", ascending=False).iloc[0]
        head = f"{province}{where}{_year(row)}: {label} {value_text(row)}"
        if pd.isna(year):
            sentences.append(f"{head}; không xếp hạng vì không rõ năm của số liệu.")
            continue
        peer_scope = rows["scope"].fillna("") if "scope" in rows else pd.Series("", index=rows.index)
        peers = _one_per_province(rows[(rows["year"] == year) & (peer_scope == scope)])
        if len(peers) < 2:
            sentences.append(f"{head}; chưa có tỉnh nào khác có số liệu cùng năm để so sánh.")
            continue
        best, worst = rank_range(peers, province)
        n = len(peers)
        if best == worst:
            ties = [p for p in peers["province"] if p != province
                    and rank_range(peers, p) == (best, best)]
            place = f"đứng thứ {best}/{n}" + (f" (đồng hạng với {', '.join(ties)})" if ties else "")
        else:
            place = f"đứng trong khoảng từ thứ {best} đến thứ {worst}/{n} (giá trị chỉ là một cận)"
        others = [f"{r['province']} {value_text(r)}" for _, r in peers.iterrows() if r["province"] != province]
        sentences.append(f"{head}, {place} trong các tỉnh có số liệu năm {int(year)}{where} "
                         f"({'; '.join(others)}).")
    return " ".join(sentences)


def held_back_sentence(n_held: int) -> str:
    """What a chart or a list leaves out: 'n giá trị không thể đúng không được vẽ' (empty when none)."""
    return (f"{n_held} giá trị không thể đúng (tỷ lệ trên 100% hoặc tử số lớn hơn mẫu số) không được vẽ; "
            "xem mục các số liệu không thể đúng." if n_held else "")

