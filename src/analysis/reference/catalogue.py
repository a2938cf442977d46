"""The metric catalogue (resources/metrics.yml), loaded once: core metrics, units, Vietnamese labels,
the adoption ratios' ingredients and the relations the consistency audit checks."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..config import load_yaml, resource

SUM_OF_LEVELS = "sum_of_levels"  # a denominator: the stated service levels added up


@dataclass(frozen=True)
class RatioSpec:
    """One adoption ratio: label, numerators and denominators in order of preference, stated fallbacks."""

    name: str
    label: str
    numerators: tuple[str, ...]
    denominators: tuple[str, ...]
    levels: tuple[str, ...]
    stated: tuple[str, ...]

    @property
    def metrics(self) -> tuple[str, ...]:
        """Every metric the ratio reads."""
        parts = [m for n in self.numerators for m in n.split("+")]
        named = [*parts, *self.denominators, *self.levels, *self.stated]
        return tuple(dict.fromkeys(m for m in named if m != SUM_OF_LEVELS))

    @property
    def bases(self) -> tuple[str, ...]:
        """The `basis` values in order of preference: counts' denominators, then stated shares."""
        return (*self.denominators, *(f"stated:{m}" for m in self.stated))


@dataclass(frozen=True)
class Catalogue:
    metrics: dict[str, dict]
    ratios: dict[str, RatioSpec]
    stated_shares: tuple[tuple[str, str, tuple[str, ...]], ...]  # (share, numerator, denominators)
    part_of: tuple[tuple[str, str], ...]  # (part, whole)
    service_levels: tuple[str, ...]
    scoped_totals: tuple[str, ...]
    sums: dict[str, tuple[str, ...]]  # a count -> the counts that add up to it

    @property
    def core_metrics(self) -> tuple[str, ...]:
        return tuple(m for m, spec in self.metrics.items() if spec.get("core"))

    def units(self, metric: str) -> tuple[str, ...]:
        unit = self.metrics[metric]["unit"]
        return tuple(unit) if isinstance(unit, list) else (unit,)

    def share_of(self, metric: str) -> str | None:
        """The metric of a share stated of a count of `metric`: its `share` in metrics.yml, else <metric>_pct
        when catalogued, else None (no metric of ours)."""
        named = self.metrics.get(metric, {}).get("share")
        return named or (f"{metric}_pct" if f"{metric}_pct" in self.metrics else None)

    def count_of(self, share: str) -> str | None:
        """The count metric whose share `share` is ("dossiers_online_pct" -> "dossiers_online"), else None."""
        return next((m for m in self.metrics if m != share and self.share_of(m) == share), None)

    def whole_of(self, metric: str) -> str | None:
        """The one metric a count of `metric` is a part of (part_of in metrics.yml), else None: the base of an
        x/y figure of that part ("46/638 hồ sơ … trực tuyến": 638 dossiers received)."""
        return next((whole for part, whole in self.part_of if part == metric and "+" not in whole), None)

    def is_outermost_whole(self, metric: str) -> bool:
        """Whether `metric` is a whole of some part and no part of anything (part_of in metrics.yml): procedures,
        services, dossiers received. "x/y" of its bare noun is x out of y, y that whole."""
        return any(whole == metric for _, whole in self.part_of) \
            and not any(metric in part.split("+") for part, _ in self.part_of)

    def index_survey(self, metric: str) -> tuple[str, ...] | None:
        """The rankings whose editions report `metric` too (metrics.yml `index_survey`: SIPAS's satisfaction, in the
        PAR Index), so that such an edition's year dates it; None when no index reports it."""
        rankings = self.metrics.get(metric, {}).get("index_survey")
        return tuple(rankings) if rankings else None

    def is_flow(self, metric: str) -> bool:
        """Whether `metric` counts what was added in the period (metrics.yml `flow`), not a stock."""
        return bool(self.metrics.get(metric, {}).get("flow"))

    def usual_floor(self, metric: str) -> float | None:
        """The rate `metric` hardly ever falls below (metrics.yml `usual_floor`), else None."""
        floor = self.metrics.get(metric, {}).get("usual_floor")
        return float(floor) if floor is not None else None

    def sum_of(self, parts: list[str]) -> str | None:
        """The count that two or more different counts add up to: each one of its parts (`sums` in metrics.yml) or
        the whole itself ("1.200 hồ sơ trực tuyến và 300 hồ sơ mức độ 4" add up to online dossiers), else None."""
        distinct = set(parts)
        return next((whole for whole, named in self.sums.items()
                     if len(distinct) >= 2 and distinct <= {whole, *named}), None)

    def sum_containing(self, metric: str) -> str | None:
        """The count `metric` is one of the parts of (`sums` in metrics.yml), else None."""
        return next((whole for whole, parts in self.sums.items() if metric in parts), None)

    def is_part(self, metric: str) -> bool:
        """Whether `metric` is one of the parts some count adds up (`sums` in metrics.yml)."""
        return self.sum_containing(metric) is not None

    def label(self, metric: str) -> str:
        """The Vietnamese label of a metric, or the metric name itself when the catalogue lacks it."""
        return self.metrics.get(metric, {}).get("label", metric)


def _ratio(name: str, spec: dict) -> RatioSpec:
    return RatioSpec(name, spec["label"], tuple(spec.get("numerators", ())), tuple(spec.get("denominators", ())),
                     tuple(spec.get("levels", ())), tuple(spec.get("stated", ())))


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    """resources/metrics.yml as a Catalogue (read once)."""
    data = load_yaml(resource("metrics.yml").read_text(encoding="utf-8"))
    return Catalogue(
        metrics=data["metrics"],
        ratios={name: _ratio(name, spec) for name, spec in data["ratios"].items()},
        stated_shares=tuple((s["share"], s["numerator"], tuple(s["denominators"])) for s in data["stated_shares"]),
        part_of=tuple((p["part"], p["whole"]) for p in data["part_of"]),
        service_levels=tuple(data["service_levels"]),
        scoped_totals=tuple(data["scoped_totals"]),
        sums={whole: tuple(parts) for whole, parts in data["sums"].items()},
    )
