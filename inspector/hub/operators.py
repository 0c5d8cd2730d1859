"""The site's team at the hub: operators added once, pulled by every bench by change number.

The PIN is kept as the bench's own salted slow hash (`inspector.domain.operators.hash_pin`), so a bench checks a PIN
it pulled exactly as one it was typed, offline too. Each change (a new operator, a deactivation) takes a new number
from the counter "operators", the way returns take theirs (`inspector.hub.feed.store_returns`): the counter row stays
locked until commit, so a bench's cursor never skips a change another hub process commits late.
"""
from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from inspector.domain.operators import Role, hash_pin
from inspector.hub.schema import counters, operators
from inspector.hub.storage import in_transaction, now_iso, reading
from inspector.languages import UnknownLanguage, language_code
from inspector.usecases.operators import NAME_LIMIT, PIN, normal_badge

LANG = re.compile(r"[a-z]{2,3}([_-][A-Za-z0-9]{2,8})?", re.ASCII)   # ro, en_US, pt-BR, sr-Latn

COLUMNS = ("badge", "name", "role", "lang", "pin")
MAX_ROWS = 10_000


class TeamError(ValueError):
    """What the administrator asked for cannot be done; the message says why."""


@dataclass(frozen=True)
class NewOperator:
    badge: str        # as given: checked and normalised by `checked`
    name: str
    role: str
    lang: str | None
    pin: str


@dataclass(frozen=True)
class RowProblem:
    line: int          # in the file, counting the header as line 1
    badge: str
    problem: str

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "badge": self.badge, "problem": self.problem}


class ImportRefused(TeamError):
    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(f"{len(problems)} row(s) are wrong; nothing was imported")
        self.problems = problems


def checked(new: NewOperator) -> NewOperator:
    """The operator with its badge and name as stored, or TeamError saying what is wrong (the bench's rules)."""
    badge = normal_badge(new.badge)
    if badge is None:
        raise TeamError(f"{new.badge.strip()[:40]!r} is not a badge: OP- followed by 3 to 8 digits, e.g. OP-1234")
    name = " ".join(new.name.split())
    if not name or len(name) > NAME_LIMIT:
        raise TeamError(f"the name must be 1 to {NAME_LIMIT} characters")
    if new.role not in {r.value for r in Role}:
        raise TeamError(f"role {new.role[:20]!r} is not one of {', '.join(r.value for r in Role)}")
    try:
        lang = language_code(new.lang)
    except UnknownLanguage as exc:
        # A language no bench speaks yet is kept (benches show their station's language to that person until a
        # catalogue comes); only a malformed code is refused, so one odd row does not sink a team import.
        lang = (new.lang or "").strip()
        if not LANG.fullmatch(lang):
            raise TeamError(f"language {lang[:20]!r} is not a language code such as ro, vi or pt_BR") from exc
    if not PIN.fullmatch(new.pin):
        raise TeamError("a PIN is 4 to 12 digits")
    return NewOperator(badge, name, new.role, lang, new.pin)


def _take_numbers(conn: Connection, count: int) -> int:
    """The first of `count` new change numbers; the counter row stays locked until commit."""
    last = conn.execute(update(counters).where(counters.c.name == "operators")
                        .values(value=counters.c.value + count).returning(counters.c.value)).scalar_one()
    return last - count + 1


def _holders(conn: Connection, badges: Sequence[str]) -> dict[str, tuple[str, bool]]:
    rows = conn.execute(select(operators.c.badge, operators.c.name, operators.c.active)
                        .where(operators.c.badge.in_(list(badges))))
    return {badge: (name, active) for badge, name, active in rows}


def _in_use(badge: str, holder: tuple[str, bool]) -> str:
    name, active = holder
    return (f"badge {badge} is already {name}'s at the site" + ("" if active else " (deactivated)")
            + "; a badge is never given to a second person")


def _store(engine: Engine, team: list[tuple[int, NewOperator]]) -> list[str]:
    """Stores checked operators, all or none; hashes the PINs first (slow on purpose, so outside the transaction)."""
    hashed = [(line, new, hash_pin(new.pin)) for line, new in team]

    def work(conn: Connection) -> list[str]:
        held = _holders(conn, [new.badge for _, new in team])
        wrong = [RowProblem(line, new.badge, _in_use(new.badge, held[new.badge]))
                 for line, new in team if new.badge in held]
        if wrong:
            raise ImportRefused(wrong)
        first, at = _take_numbers(conn, len(hashed)), now_iso()
        rows = [{"id": str(uuid.uuid4()), "badge": new.badge, "name": new.name, "role": new.role, "lang": new.lang,
                 "pin_hash": pin_hash, "active": True, "seq": first + n, "created_at": at, "updated_at": at}
                for n, (_, new, pin_hash) in enumerate(hashed)]
        conn.execute(insert(operators), rows)
        return [row["id"] for row in rows]
    try:
        return in_transaction(engine, work)
    except IntegrityError:   # another hub command added one of these badges between the check and the insert
        raise TeamError("a badge given here was added at the site meanwhile; nothing was stored, run it again "
                        "to see which") from None


def add_operator(engine: Engine, new: NewOperator) -> str:
    """Adds one operator; returns the site id every bench will know them by. TeamError when refused."""
    new = checked(new)
    try:
        return _store(engine, [(0, new)])[0]
    except ImportRefused as exc:
        raise TeamError(exc.problems[0].problem) from None


def read_team_file(path: Path) -> tuple[list[tuple[int, NewOperator]], list[RowProblem]]:
    """The rows of a CSV file (header badge,name,role,lang,pin; UTF-8, a spreadsheet's BOM allowed), each checked:
    the good ones with their line numbers, and what is wrong with the others. OSError/TeamError: not readable."""
    try:
        content = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TeamError(f"{path.name} is not UTF-8 text (byte {exc.start}); save it as CSV UTF-8") from None
    reader = csv.DictReader(io.StringIO(content, newline=""))
    header = [h.strip().lower() for h in reader.fieldnames or ()]
    missing, unknown = [c for c in COLUMNS if c not in header], [h for h in header if h not in COLUMNS]
    if missing or unknown:
        raise TeamError(f"{path.name}: the first line must name the columns {','.join(COLUMNS)}"
                        + (f" (missing: {', '.join(missing)})" if missing else "")
                        + (f" (unknown: {', '.join(u[:20] for u in unknown)})" if unknown else ""))
    reader.fieldnames = header
    good: list[tuple[int, NewOperator]] = []
    problems: list[RowProblem] = []
    first_line: dict[str, int] = {}
    end_of_header = reader.line_num
    for row in reader:
        line = reader.line_num   # where the row ends: a quoted name may span lines
        if not any((value or "").strip() for value in row.values()):
            continue                                   # a blank line, as spreadsheets leave at the end
        if len(good) + len(problems) >= MAX_ROWS:
            raise TeamError(f"{path.name}: more than {MAX_ROWS} operators; split the file")
        if None in row:
            problems.append(RowProblem(line, (row.get("badge") or "").strip()[:40], "more values than columns"))
            continue
        given = NewOperator(*((row.get(c) or "").strip() for c in COLUMNS))
        try:
            new = checked(given)
        except TeamError as exc:
            problems.append(RowProblem(line, given.badge[:40], str(exc)))
            continue
        if new.badge in first_line:
            problems.append(RowProblem(line, new.badge, f"badge {new.badge} is on line {first_line[new.badge]} "
                                                         "already"))
            continue
        first_line[new.badge] = line
        good.append((line, new))
    if not good and not problems:
        raise TeamError(f"{path.name}: no operators after the header (line {end_of_header})")
    return good, problems


def import_operators(engine: Engine, path: Path) -> int:
    """All the file's operators, or none: ImportRefused lists every wrong row (their badges already at the site
    included). Returns how many were stored."""
    good, problems = read_team_file(path)
    if problems:
        # Badges the hub holds are told now too, so one round of corrections is enough.
        with engine.connect() as conn:
            held = _holders(conn, [new.badge for _, new in good])
        problems += [RowProblem(line, new.badge, _in_use(new.badge, held[new.badge]))
                     for line, new in good if new.badge in held]
        raise ImportRefused(sorted(problems, key=lambda p: p.line))
    return len(_store(engine, good))


def deactivate_operator(engine: Engine, raw_badge: str) -> tuple[str, bool]:
    """Deactivates the badge's operator at every bench that pulls after this; (name, whether it changed).
    TeamError for a badge the site does not know."""
    badge = normal_badge(raw_badge)
    if badge is None:
        raise TeamError(f"{raw_badge.strip()[:40]!r} is not a badge: OP- followed by 3 to 8 digits, e.g. OP-1234")

    def work(conn: Connection) -> tuple[str, bool]:
        found = conn.execute(select(operators.c.id, operators.c.name, operators.c.active)
                             .where(operators.c.badge == badge)).first()
        if found is None:
            raise TeamError(f"no operator at the site has badge {badge}")
        if not found.active:
            return found.name, False
        conn.execute(update(operators).where(operators.c.id == found.id)
                     .values(active=False, seq=_take_numbers(conn, 1), updated_at=now_iso()))
        return found.name, True
    return in_transaction(engine, work)


def operators_since(engine: Engine, cursor: int, limit: int) -> tuple[list[dict[str, Any]], int, bool]:
    """Operators changed after `cursor`, oldest change first, PIN hash included (for station tokens only); the new
    cursor; whether more are waiting."""
    with reading(engine) as conn:
        rows = conn.execute(select(operators.c.id, operators.c.badge, operators.c.name, operators.c.role,
                                   operators.c.lang, operators.c.active, operators.c.pin_hash,
                                   operators.c.updated_at, operators.c.seq)
                            .where(operators.c.seq > cursor).order_by(operators.c.seq).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    team = [{"id": r.id, "badge": r.badge, "name": r.name, "role": r.role, "lang": r.lang, "active": bool(r.active),
             "pin_hash": r.pin_hash, "updated_at": r.updated_at} for r in rows]
    return team, (rows[-1].seq if rows else cursor), more
